//! What the probe's observations say, wherever they are shown: each in a
//! sentence, the contradictions, and the reports' sentences around them.

use super::*;
use crate::assessment::{Observation, Observed};

/// The report's sentence when no answer is contradicted.
pub fn probe_no_contradictions(observed: usize, total: usize) -> String {
    say!(
        "No answer is contradicted by what the Zendesk API shows (observations for {observed} of {total} questions).",
        "Nessuna risposta è smentita da ciò che mostra l'API di Zendesk (osservazioni per {observed} domande su {total}).",
    )
}

/// The report's sentence before the contradictions.
pub fn probe_contradictions_intro(n: usize) -> String {
    match n {
        1 => say!(
            "One answer disagrees with what the Zendesk API showed: check it before relying on it. The probe only reads; the answers are as the assessor gave them.",
            "Una risposta non concorda con ciò che l'API di Zendesk ha mostrato: verificatela prima di fidarvi. La verifica si limita a leggere; le risposte sono quelle date da chi ha compilato.",
        ),
        _ => say!(
            "{n} answers disagree with what the Zendesk API showed: check each before relying on it. The probe only reads; the answers are as the assessor gave them.",
            "{n} risposte non concordano con ciò che l'API di Zendesk ha mostrato: verificatele prima di fidarvi. La verifica si limita a leggere; le risposte sono quelle date da chi ha compilato.",
        ),
    }
}

/// One contradiction in the report: the answer, then what was seen.
pub fn probe_contradiction_line(answer: &str, seen: &str) -> String {
    say!(
        "Answered {answer}, but the Zendesk API shows: {seen}.",
        "Risposta {answer}, ma l'API di Zendesk mostra: {seen}.",
    )
}

/// The report's sentence before the observations table.
pub fn probe_observed_intro(observed: usize, total: usize, at: &str) -> String {
    say!(
        "A read-only probe of the Zendesk API (last run {at}) informs {observed} of {total} questions. Observations sit beside the answers and never change them; a suggestion is only a suggestion.",
        "Una verifica in sola lettura dell'API di Zendesk (ultima il {at}) informa {observed} domande su {total}. Le osservazioni stanno accanto alle risposte e non le cambiano mai; un suggerimento resta un suggerimento.",
    )
}

/// The report's sentence before the questions no endpoint shows.
pub fn probe_not_observable_intro(n: usize) -> String {
    say!(
        "No Zendesk API endpoint shows what these {n} questions ask (for example two-factor enforcement, the password level, SSO, session expiry, IP restrictions, processes and contracts): their answers rest on the assessor alone, and silence from the probe says nothing about them.",
        "Nessun endpoint dell'API di Zendesk mostra ciò che chiedono queste {n} domande (ad esempio l'obbligo dei due fattori, il livello delle password, l'SSO, la scadenza delle sessioni, le restrizioni IP, processi e contratti): le risposte si basano solo su chi ha compilato, e il silenzio della verifica non dice nulla su di esse.",
    )
}

/// The justification of a "does not apply" taken from the probe: what it saw.
pub fn probe_justification(seen: &[Observation]) -> String {
    let texts: Vec<String> = seen
        .iter()
        .filter(|o| o.suggests == crate::assessment::Suggestion::Na)
        .map(|o| {
            format!(
                "{} ({})",
                observation_text(o),
                o.fetched_at.strftime("%Y-%m-%d")
            )
        })
        .collect();
    let texts = texts.join("; ");
    say!(
        "Seen through the Zendesk API: {texts}",
        "Visto tramite l'API di Zendesk: {texts}",
    )
}

/// What an observation shows, in a sentence (names included).
pub fn observation_text(o: &Observation) -> String {
    if o.unavailable() {
        let status = o.status;
        return say!(
            "not available on this plan or role (HTTP {status})",
            "non disponibile con questo piano o ruolo (HTTP {status})",
        );
    }
    if o.value == Observed::Word("not shown".into()) {
        return say!(
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
        (false, more) => say!(": {list} and {more} more", ": {list} e altri {more}"),
    };
    use crate::questionnaire::ProbeRule as R;
    match R::parse(&o.rule) {
        Some(R::StaffTwoFactor) if of == 0 => say!(
            "the users' list does not show two-factor authentication",
            "l'elenco utenti non mostra l'autenticazione a due fattori",
        ),
        Some(R::StaffTwoFactor) => say!(
            "{n} of {of} active team members have two-factor authentication off{names}",
            "{n} di {of} membri del team attivi hanno l'autenticazione a due fattori disattivata{names}",
        ),
        Some(R::StaffInactive) => say!(
            "{n} of {of} active team members have not signed in for 90 days{names}",
            "{n} di {of} membri del team attivi non accedono da 90 giorni{names}",
        ),
        Some(R::AdminCount) => say!(
            "{n} of {of} active team members are admins{names}",
            "{n} di {of} membri del team attivi sono amministratori{names}",
        ),
        Some(R::ApiPasswordAccess) if on => say!(
            "password access to the API is on",
            "l'accesso all'API con password è attivo",
        ),
        Some(R::ApiPasswordAccess) => say!(
            "password access to the API is off",
            "l'accesso all'API con password è disattivato",
        ),
        Some(R::ApiTokenAccess) if on => {
            say!("API token access is on", "l'accesso con token API è attivo",)
        }
        Some(R::ApiTokenAccess) => say!(
            "API token access is off, so no API token can be used",
            "l'accesso con token API è disattivato, quindi nessun token API può essere usato",
        ),
        Some(R::AuditLog) => say!(
            "the account audit log is available",
            "il registro di controllo dell'account è disponibile",
        ),
        Some(R::WebhookTls) => say!(
            "{n} of {of} webhooks send to a plain http:// address{names}",
            "{n} di {of} webhook inviano a un indirizzo http:// non cifrato{names}",
        ),
        Some(R::WebhookAuth) => say!(
            "{n} of {of} webhooks send without authentication{names}",
            "{n} di {of} webhook inviano senza autenticazione{names}",
        ),
        Some(R::OauthClients) => say!(
            "{n} OAuth clients are registered{names}",
            "{n} client OAuth sono registrati{names}",
        ),
        Some(R::HostMapping) if n == 0 => say!(
            "none of {of} brands uses its own domain (host mapping)",
            "nessuno dei {of} brand usa un proprio dominio (host mapping)",
        ),
        Some(R::HostMapping) => say!(
            "{n} of {of} brands use their own domain{names}",
            "{n} di {of} brand usano un proprio dominio{names}",
        ),
        Some(R::Channels) if n == 0 => say!(
            "none of chat, voice, Facebook and X (Twitter) is on",
            "nessuno tra chat, voce, Facebook e X (Twitter) è attivo",
        ),
        Some(R::Channels) => say!(
            "channels on besides email and web form{names}",
            "canali attivi oltre a email e modulo web{names}",
        ),
        Some(R::PrivateApps) if on => say!(
            "admins can upload private apps",
            "gli amministratori possono caricare app private",
        ),
        Some(R::PrivateApps) => say!(
            "uploading private apps is off",
            "il caricamento di app private è disattivato",
        ),
        None => {
            let other = crate::sanitize::one_line(&o.rule);
            say!(
                "an observation by rule {other:?}, which this version does not know",
                "un'osservazione della regola {other:?}, che questa versione non conosce",
            )
        }
    }
}
