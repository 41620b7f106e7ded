//! What the probe's observations say, wherever they are shown: each in a
//! sentence, the contradictions, and the reports' sentences around them.

use crate::assessment::observations::{RuleName, Word};
use crate::assessment::{Observation, Observed};
use crate::lang::Lang;
use crate::messages::*;

mod account;

/// The report's sentence when no answer is contradicted.
pub fn probe_no_contradictions(l: Lang, observed: usize, total: usize) -> String {
    say!(
        l,
        "No answer is contradicted by what the Zendesk API shows (observations for {observed} of {total} questions).",
        "Nessuna risposta è smentita da ciò che mostra l'API di Zendesk (osservazioni per {observed} domande su {total}).",
    )
}

/// The report's sentence before the contradictions.
pub fn probe_contradictions_intro(l: Lang, n: usize) -> String {
    match n {
        1 => say!(
            l,
            "One answer disagrees with what the Zendesk API showed: check it before relying on it. The probe only reads; the answers are as the assessor gave them.",
            "Una risposta non concorda con ciò che l'API di Zendesk ha mostrato: verificatela prima di fidarvi. La verifica si limita a leggere; le risposte sono quelle date da chi ha compilato.",
        ),
        _ => say!(
            l,
            "{n} answers disagree with what the Zendesk API showed: check each before relying on it. The probe only reads; the answers are as the assessor gave them.",
            "{n} risposte non concordano con ciò che l'API di Zendesk ha mostrato: verificatele prima di fidarvi. La verifica si limita a leggere; le risposte sono quelle date da chi ha compilato.",
        ),
    }
}

/// One contradiction in the report: the answer, then what was seen.
pub fn probe_contradiction_line(l: Lang, answer: &str, seen: &str) -> String {
    say!(
        l,
        "Answered {answer}, but the Zendesk API shows: {seen}.",
        "Risposta {answer}, ma l'API di Zendesk mostra: {seen}.",
    )
}

/// The report's sentence before the observations table.
pub fn probe_observed_intro(l: Lang, observed: usize, total: usize, at: &str) -> String {
    say!(
        l,
        "A read-only probe of the Zendesk API (last run {at}) informs {observed} of {total} questions. Observations sit beside the answers and never change them; a suggestion is only a suggestion.",
        "Una verifica in sola lettura dell'API di Zendesk (ultima il {at}) informa {observed} domande su {total}. Le osservazioni stanno accanto alle risposte e non le cambiano mai; un suggerimento resta un suggerimento.",
    )
}

/// The report's sentence before the questions no endpoint shows.
pub fn probe_not_observable_intro(l: Lang, n: usize) -> String {
    say!(
        l,
        "No Zendesk API endpoint shows what these {n} questions ask (processes, contracts, training, what happens outside Zendesk): their answers rest on the assessor alone, and silence from the probe says nothing about them.",
        "Nessun endpoint dell'API di Zendesk mostra ciò che chiedono queste {n} domande (processi, contratti, formazione, ciò che avviene fuori da Zendesk): le risposte si basano solo su chi ha compilato, e il silenzio della verifica non dice nulla su di esse.",
    )
}

/// The justification of a "does not apply" taken from the probe: what it saw.
pub fn probe_justification(l: Lang, seen: &[Observation]) -> String {
    let texts: Vec<String> = seen
        .iter()
        .filter(|o| o.suggests == crate::assessment::Suggestion::Na)
        .map(|o| {
            format!(
                "{} ({})",
                observation_text(l, o),
                o.fetched_at.strftime("%Y-%m-%d")
            )
        })
        .collect();
    let texts = texts.join("; ");
    say!(
        l,
        "Seen through the Zendesk API: {texts}",
        "Visto tramite l'API di Zendesk: {texts}",
    )
}

/// What an observation shows, in a sentence (names included).
pub fn observation_text(l: Lang, o: &Observation) -> String {
    if o.unavailable() {
        let status = o.status;
        return say!(
            l,
            "not available on this plan or role (HTTP {status})",
            "non disponibile con questo piano o ruolo (HTTP {status})",
        );
    }
    if o.value == Observed::Word(Word::NotShown) {
        return say!(
            l,
            "the response does not show this setting",
            "la risposta non mostra questa impostazione",
        );
    }
    let n = match &o.value {
        Observed::Count(n) => *n,
        _ => 0,
    };
    let on = o.value == Observed::Flag(true);
    let of = o.total.unwrap_or(0);
    let list = crate::sanitize::one_line(&o.names.join(", "));
    let more = n.saturating_sub(o.names.len() as u64);
    let names = match (list.is_empty(), more) {
        (true, _) => String::new(),
        (false, 0) => format!(": {list}"),
        (false, more) => say!(l, ": {list} and {more} more", ": {list} e altri {more}"),
    };
    let word = match &o.value {
        Observed::Word(w) => Some(w),
        _ => None,
    };
    let seen = Seen {
        o,
        n,
        on,
        of,
        names,
        word,
    };
    let RuleName::Known(rule) = o.rule else {
        let other = crate::sanitize::one_line(o.rule.as_str());
        return say!(
            l,
            "an observation by rule {other:?}, which this version does not know",
            "un'osservazione della regola {other:?}, che questa versione non conosce",
        );
    };
    let text = sign_in_text(l, rule, &seen)
        .or_else(|| settings_text(l, rule, &seen))
        .or_else(|| session_text(l, rule, &seen))
        .or_else(|| people_and_tokens_text(l, rule, &seen))
        .or_else(|| integrations_text(l, rule, &seen))
        .or_else(|| account::account_text(l, rule, &seen))
        .unwrap_or_default();
    // Break-glass accounts the assessment leaves out of the user checks.
    match o.facts.get("left_out") {
        Some(n) => say!(
            l,
            "{text} ({n} break-glass account(s) left out, as the assessment lists)",
            "{text} ({n} account di emergenza esclusi, come elenca la valutazione)",
        ),
        None => text,
    }
}

/// What an observation shows, ready to be said.
struct Seen<'a> {
    o: &'a Observation,
    /// Its count (0 when it is not one).
    n: u64,
    /// Whether it is a setting that is on.
    on: bool,
    /// Out of how many.
    of: u64,
    /// ": a, b and 3 more", or nothing.
    names: String,
    /// Its word, when it is one.
    word: Option<&'a Word>,
}

impl Seen<'_> {
    /// A fact the rule noted (`?` when it did not).
    fn fact(&self, key: &str) -> String {
        crate::sanitize::one_line(self.o.facts.get(key).map_or("?", String::as_str))
    }
}

/// How team members sign in, and what attachments need.
fn sign_in_text(l: Lang, rule: crate::questionnaire::ProbeRule, seen: &Seen) -> Option<String> {
    use crate::questionnaire::ProbeRule as R;
    let &Seen { o, on, word, .. } = seen;
    match rule {
        R::TwoFactorEnforced if word == Some(&Word::SsoOnly) => Some(say!(
            l,
            "team members cannot sign in with a Zendesk password (single sign-on only), so Zendesk's two-factor authentication does not apply; your identity provider's MFA does",
            "i membri del team non possono accedere con una password Zendesk (solo accesso unico), quindi l'autenticazione a due fattori di Zendesk non si applica; vale la MFA del vostro identity provider",
        )),
        R::TwoFactorEnforced if on => Some(say!(
            l,
            "two-factor authentication is required of team members who sign in with a Zendesk password",
            "l'autenticazione a due fattori è obbligatoria per i membri del team che accedono con una password Zendesk",
        )),
        R::TwoFactorEnforced => Some(say!(
            l,
            "two-factor authentication is not required of team members",
            "l'autenticazione a due fattori non è obbligatoria per i membri del team",
        )),
        R::PasswordLevel => Some({
            let (agent, end_user) = (seen.fact("agent"), seen.fact("end_user"));
            say!(
                l,
                "password level: team members {agent}, end users {end_user}",
                "livello delle password: membri del team {agent}, utenti finali {end_user}",
            )
        }),
        R::SsoSignIn if !on => Some(say!(
            l,
            "team members sign in with Zendesk passwords only (no single sign-on)",
            "i membri del team accedono solo con password Zendesk (nessun accesso unico)",
        )),
        R::SsoSignIn => Some({
            let methods = crate::sanitize::one_line(&o.names.join(", "));
            match (
                seen.fact("zendesk_login").as_str(),
                seen.fact("sso_auto_redirect").as_str(),
            ) {
                ("false", _) => say!(
                    l,
                    "team members sign in through {methods} only",
                    "i membri del team accedono solo tramite {methods}",
                ),
                (_, "true") => say!(
                    l,
                    "team members are sent to {methods}; Zendesk passwords remain allowed",
                    "i membri del team sono reindirizzati a {methods}; le password Zendesk restano ammesse",
                ),
                _ => say!(
                    l,
                    "team members may choose {methods} or a Zendesk password",
                    "i membri del team possono scegliere {methods} o una password Zendesk",
                ),
            }
        }),
        R::AttachmentPrivacy if on && seen.fact("email_attachments") == "true" => Some(say!(
            l,
            "attachments can be opened only after signing in, but email notifications carry them as files",
            "gli allegati si aprono solo dopo aver effettuato l'accesso, ma le notifiche email li portano come file",
        )),
        R::AttachmentPrivacy if on => Some(say!(
            l,
            "attachments can be opened only after signing in",
            "gli allegati si aprono solo dopo aver effettuato l'accesso",
        )),
        R::AttachmentPrivacy => Some(say!(
            l,
            "secure downloads are off: agents' attachment links open without signing in (end users' attachments are private since Zendesk's 2026 change)",
            "i download sicuri sono disattivati: i link agli allegati degli agenti si aprono senza accesso (quelli degli utenti finali sono privati dalla modifica di Zendesk del 2026)",
        )),
        _ => None,
    }
}

/// How long sessions last and from where.
fn session_text(l: Lang, rule: crate::questionnaire::ProbeRule, seen: &Seen) -> Option<String> {
    use crate::questionnaire::ProbeRule as R;
    let &Seen { o, on, word, .. } = seen;
    match rule {
        R::SessionTimeout => Some({
            let (agent, end_user) = (seen.fact("agent_minutes"), seen.fact("end_user_minutes"));
            let max = o
                .facts
                .get("maximum_minutes")
                .map(|m| crate::sanitize::one_line(m));
            let longest = match max {
                Some(m) => say!(
                    l,
                    ", at most {m} minutes signed in",
                    ", al massimo {m} minuti di accesso"
                ),
                None => String::new(),
            };
            let (a, e) = crate::probe::rules::TIMEOUT_LIMITS;
            let beyond = if on {
                String::new()
            } else {
                say!(
                    l,
                    " (longer than {a} and {e} minutes: check that the longer setting was approved and recorded)",
                    " (oltre {a} e {e} minuti: verificate che l'impostazione più lunga sia stata approvata e registrata)",
                )
            };
            say!(
                l,
                "sessions end after {agent} minutes of inactivity for team members and {end_user} for end users{longest}{beyond}",
                "le sessioni terminano dopo {agent} minuti di inattività per i membri del team e {end_user} per gli utenti finali{longest}{beyond}",
            )
        }),
        R::AccountAssumption => Some(
            match crate::sanitize::one_line(word.map_or("", Word::as_str)).as_str() {
                "off" => say!(
                    l,
                    "Zendesk staff cannot assume the account",
                    "il personale Zendesk non può assumere l'account",
                ),
                "always (account type)" => say!(
                    l,
                    "the account can always be assumed because of its type (a trial)",
                    "l'account può sempre essere assunto per il suo tipo (una prova)",
                ),
                "always" => say!(
                    l,
                    "Zendesk staff may assume the account indefinitely",
                    "il personale Zendesk può assumere l'account a tempo indeterminato",
                ),
                period => say!(
                    l,
                    "Zendesk staff may assume the account for a {period}",
                    "il personale Zendesk può assumere l'account per un periodo: {period}",
                ),
            },
        ),
        R::IpRestrictions if on => Some({
            let ranges = o.total.unwrap_or(0);
            say!(
                l,
                "access is limited to {ranges} IP addresses or ranges",
                "l'accesso è limitato a {ranges} indirizzi o intervalli IP",
            )
        }),
        R::IpRestrictions => Some(say!(
            l,
            "access is not limited by IP address",
            "l'accesso non è limitato per indirizzo IP",
        )),
        _ => None,
    }
}

/// Single settings that are on or off: administrators setting passwords,
/// sender authentication, the mobile app.
fn settings_text(l: Lang, rule: crate::questionnaire::ProbeRule, seen: &Seen) -> Option<String> {
    use crate::questionnaire::ProbeRule as R;
    let on = seen.on;
    match rule {
        R::EndUserSignIn => Some({
            let level = seen.fact("level");
            if on {
                say!(
                    l,
                    "end users sign in with two-factor authentication required or through SSO (password level {level})",
                    "gli utenti finali accedono con l'autenticazione a due fattori obbligatoria o tramite SSO (livello password {level})",
                )
            } else {
                say!(
                    l,
                    "end users are not required to use two-factor authentication or SSO (password level {level})",
                    "agli utenti finali non sono richiesti l'autenticazione a due fattori né l'SSO (livello password {level})",
                )
            }
        }),
        R::Sandbox if on => Some(say!(
            l,
            "the account has a sandbox",
            "l'account ha una sandbox"
        )),
        R::Sandbox => Some(say!(
            l,
            "the account has no sandbox",
            "l'account non ha una sandbox",
        )),
        R::AdminSetPasswords if on => Some(say!(
            l,
            "administrators may set other users' passwords by hand",
            "gli amministratori possono impostare a mano le password di altri utenti",
        )),
        R::AdminSetPasswords => Some(say!(
            l,
            "administrators can only send password resets, not set passwords",
            "gli amministratori possono solo inviare la reimpostazione della password, non impostarla",
        )),
        R::EmailSenderAuth if on => Some(say!(
            l,
            "incoming email is checked for sender authentication (the level is not shown)",
            "le email in entrata sono sottoposte all'autenticazione del mittente (il livello non è indicato)",
        )),
        R::EmailSenderAuth => Some(say!(
            l,
            "incoming email is not checked for sender authentication",
            "le email in entrata non sono sottoposte all'autenticazione del mittente",
        )),
        R::MobileAccess if on => Some(say!(
            l,
            "team members may use the Zendesk mobile app",
            "i membri del team possono usare l'app mobile di Zendesk",
        )),
        R::MobileAccess => Some(say!(
            l,
            "the Zendesk mobile app is off for team members",
            "l'app mobile di Zendesk è disattivata per i membri del team",
        )),
        _ => None,
    }
}

/// Who has access, and with which tokens.
fn people_and_tokens_text(
    l: Lang,
    rule: crate::questionnaire::ProbeRule,
    seen: &Seen,
) -> Option<String> {
    use crate::questionnaire::ProbeRule as R;
    let &Seen {
        n,
        on,
        of,
        ref names,
        word,
        ..
    } = seen;
    match rule {
        R::StaffTwoFactor if word == Some(&Word::SsoOnly) => Some(say!(
            l,
            "nobody signs in with a Zendesk password, so nobody enrols in Zendesk's two-factor authentication",
            "nessuno accede con una password Zendesk, quindi nessuno si iscrive all'autenticazione a due fattori di Zendesk",
        )),
        R::StaffTwoFactor => Some({
            let (set_up, unknown) = (seen.fact("set_up"), seen.fact("not_shown"));
            let shows = if n == 1 { "shows" } else { "show" };
            let unknown_verb = if unknown == "1" { "does" } else { "do" };
            say!(
                l,
                "{set_up} of {of} active team members show two-factor authentication set up, {n} {shows} it off, {unknown} {unknown_verb} not show it{names} (enrolment, not enforcement; people who sign in through SSO cannot enrol)",
                "{set_up} di {of} membri del team attivi risultano con l'autenticazione a due fattori configurata, {n} senza, {unknown} non la mostrano{names} (iscrizione, non obbligo; chi accede con SSO non può iscriversi)",
            )
        }),
        R::StaffInactive => Some({
            let new = seen.fact("new");
            say!(
                l,
                "{n} of {of} active team members created over 90 days ago have not signed in to Zendesk Support nor used an API token for 90 days{names} ({new} newer accounts left out)",
                "{n} di {of} membri del team attivi creati da oltre 90 giorni non accedono a Zendesk Support né usano un token API da 90 giorni{names} ({new} account più recenti esclusi)",
            )
        }),
        R::AdminCount => Some(say!(
            l,
            "{n} of {of} active team members are admins{names}",
            "{n} di {of} membri del team attivi sono amministratori{names}",
        )),
        R::CustomRoles => Some(say!(
            l,
            "{n} of {of} custom roles grant broad permissions (full access to end-user profiles or lists, business rules, any group){names}",
            "{n} di {of} ruoli personalizzati concedono permessi ampi (accesso completo a profili o elenchi degli utenti finali, regole di business, qualsiasi gruppo){names}",
        )),
        R::ApiTokenAccess if on => Some({
            say!(
                l,
                "API token access is on",
                "l'accesso con token API è attivo",
            )
        }),
        R::ApiTokenAccess => Some(say!(
            l,
            "API token access is off: no integration can use an API token (tokens that exist are dormant, not revoked: turning access on again revives them)",
            "l'accesso con token API è disattivato: nessuna integrazione può usare un token API (i token esistenti sono dormienti, non revocati: riattivando l'accesso tornano validi)",
        )),
        R::OauthTokens => Some(say!(
            l,
            "{n} of {of} OAuth tokens of your own clients can write or impersonate and never expire{names}",
            "{n} di {of} token OAuth dei vostri client possono scrivere o impersonare e non scadono mai{names}",
        )),
        _ => None,
    }
}

/// What is connected, shown and kept.
fn integrations_text(
    l: Lang,
    rule: crate::questionnaire::ProbeRule,
    seen: &Seen,
) -> Option<String> {
    use crate::questionnaire::ProbeRule as R;
    let &Seen {
        n, of, ref names, ..
    } = seen;
    match rule {
        R::WebhookTls => Some(say!(
            l,
            "{n} of {of} active webhooks send to a plain http:// address{names}",
            "{n} di {of} webhook attivi inviano a un indirizzo http:// non cifrato{names}",
        )),
        R::WebhookAuth => Some(say!(
            l,
            "{n} of {of} active webhooks send without authentication{names}",
            "{n} di {of} webhook attivi inviano senza autenticazione{names}",
        )),
        R::OauthClients => Some(say!(
            l,
            "{n} OAuth clients are registered{names}",
            "{n} client OAuth sono registrati{names}",
        )),
        R::AppsInstalled => Some(say!(
            l,
            "{n} of {of} installed apps are enabled{names}",
            "{n} di {of} app installate sono attive{names}",
        )),
        R::HostMapping if n == 0 => Some(say!(
            l,
            "none of {of} active brands uses its own domain (host mapping)",
            "nessuno dei {of} brand attivi usa un proprio dominio (host mapping)",
        )),
        R::HostMapping => Some(say!(
            l,
            "{n} of {of} active brands use their own domain{names}",
            "{n} di {of} brand attivi usano un proprio dominio{names}",
        )),
        R::Channels if n == 0 => Some(say!(
            l,
            "none of chat, voice, Facebook and X (Twitter) is on",
            "nessuno tra chat, voce, Facebook e X (Twitter) è attivo",
        )),
        R::Channels => Some(say!(
            l,
            "channels on besides email and web form{names}",
            "canali attivi oltre a email e modulo web{names}",
        )),
        R::DeletionSchedules if n == 0 => Some(say!(
            l,
            "no deletion schedule is active",
            "nessuna pianificazione di eliminazione è attiva",
        )),
        // The schema documents no `object`: without it, no list of kinds.
        R::DeletionSchedules if names.is_empty() => Some(say!(
            l,
            "{n} of {of} deletion schedules are active",
            "{n} di {of} pianificazioni di eliminazione sono attive",
        )),
        R::DeletionSchedules => Some(say!(
            l,
            "{n} of {of} deletion schedules are active, for{names}",
            "{n} di {of} pianificazioni di eliminazione sono attive, per{names}",
        )),
        _ => None,
    }
}
