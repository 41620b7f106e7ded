//! What the rules on sign-in options, apps, ticket sharing, data sent out,
//! the audit log's reach, help centers, support addresses and ticket access say.

use super::Seen;
use crate::assessment::observations::Word;
use crate::lang::Lang;
use crate::messages::*;
use crate::questionnaire::ProbeRule as R;

/// The sentence of one of these rules, or `None` for another rule.
pub(super) fn account_text(l: Lang, rule: R, seen: &Seen) -> Option<String> {
    sign_in(l, rule, seen)
        .or_else(|| apps(l, rule, seen))
        .or_else(|| logs(l, rule, seen))
        .or_else(|| data(l, rule, seen))
}

fn sign_in(l: Lang, rule: R, seen: &Seen) -> Option<String> {
    let &Seen {
        n,
        on,
        ref names,
        word,
        ..
    } = seen;
    let word = word.map(Word::as_str);
    match rule {
        R::SsoBypass if word == Some("no sso") => Some(say!(
            l,
            "team members do not sign in through your own single sign-on, so there is nothing to bypass",
            "i membri del team non accedono tramite il vostro single sign-on, quindi non c'è nulla da aggirare",
        )),
        R::SsoBypass if word == Some("admins") => Some(say!(
            l,
            "every administrator may sign in around single sign-on with a Zendesk password (SSO bypass: admins)",
            "ogni amministratore può accedere aggirando il single sign-on con una password Zendesk (bypass SSO: amministratori)",
        )),
        R::SsoBypass => Some(say!(
            l,
            "only the account owner may sign in around single sign-on (whether each use is reviewed is not shown)",
            "solo il proprietario dell'account può accedere aggirando il single sign-on (se ogni uso viene esaminato non è indicato)",
        )),
        R::EndUserSocialSignIn if n == 0 => Some(say!(
            l,
            "no social or business sign-in option is on for end users",
            "nessuna opzione di accesso social o aziendale è attiva per gli utenti finali",
        )),
        R::EndUserSocialSignIn => Some(say!(
            l,
            "end users may sign in with{names}",
            "gli utenti finali possono accedere con{names}",
        )),
        R::PasswordChangeNotice if on => Some(say!(
            l,
            "team members are emailed when their password or email address changes (who looks at active sessions is not shown)",
            "i membri del team ricevono un'email quando la loro password o il loro indirizzo email cambia (chi controlla le sessioni attive non è indicato)",
        )),
        R::PasswordChangeNotice => Some(say!(
            l,
            "team members are not emailed when their password or email address changes",
            "i membri del team non ricevono un'email quando la loro password o il loro indirizzo email cambia",
        )),
        _ => None,
    }
}

fn apps(l: Lang, rule: R, seen: &Seen) -> Option<String> {
    let &Seen {
        n, of, ref names, ..
    } = seen;
    match rule {
        R::AppRestrictions if of == 0 => Some(say!(
            l,
            "no app is installed and enabled",
            "nessuna app è installata e attiva",
        )),
        R::AppRestrictions if n == 0 => Some(say!(
            l,
            "each of the {of} enabled apps is restricted to some roles or groups",
            "ciascuna delle {of} app attive è limitata ad alcuni ruoli o gruppi",
        )),
        R::AppRestrictions => Some(say!(
            l,
            "{n} of {of} enabled apps are open to every role and group{names}",
            "{n} di {of} app attive sono aperte a tutti i ruoli e gruppi{names}",
        )),
        R::AppsDisabled => Some(say!(
            l,
            "{n} of {of} installed apps are turned off but still installed{names}",
            "{n} di {of} app installate sono disattivate ma ancora installate{names}",
        )),
        R::OwnedApps => Some({
            let old = seen.fact("old");
            say!(
                l,
                "the account owns {of} private apps, {old} of them deprecated or obsolete{names}",
                "l'account possiede {of} app private, {old} delle quali deprecate od obsolete{names}",
            )
        }),
        R::SharingAgreements if n == 1 => Some(say!(
            l,
            "tickets are shared with 1 other Zendesk account{names}",
            "i ticket sono condivisi con 1 altro account Zendesk{names}",
        )),
        R::SharingAgreements => Some(say!(
            l,
            "tickets are shared with {n} other Zendesk accounts{names}",
            "i ticket sono condivisi con {n} altri account Zendesk{names}",
        )),
        R::TicketDataOut => Some({
            let plain = seen.fact("plain");
            say!(
                l,
                "{n} of {of} active triggers and automations send ticket data out (webhooks, targets, ticket sharing), {plain} of them to an http:// webhook{names}",
                "{n} di {of} trigger e automazioni attivi inviano dati dei ticket all'esterno (webhook, destinazioni, condivisione dei ticket), {plain} dei quali a un webhook http://{names}",
            )
        }),
        _ => None,
    }
}

/// The audit log, its setting changes and the Access log.
fn logs(l: Lang, rule: R, seen: &Seen) -> Option<String> {
    match rule {
        R::SettingChanges => Some(changes(l, seen)),
        R::AccessLog => Some(match seen.o.facts.get("newest") {
            Some(newest) => {
                let newest = crate::sanitize::one_line(newest);
                say!(
                    l,
                    "the Access log can be read, its newest entry from {newest} (whether anyone reviews it is not shown)",
                    "il registro degli accessi è leggibile, con la voce più recente del {newest} (se qualcuno lo esamina non è indicato)",
                )
            }
            None => say!(
                l,
                "the Access log can be read but shows no entry",
                "il registro degli accessi è leggibile ma non mostra voci",
            ),
        }),
        R::AuditLog => Some(match seen.o.facts.get("oldest") {
            Some(oldest) => {
                let oldest = crate::sanitize::one_line(oldest);
                say!(
                    l,
                    "the account audit log is available, with entries back to {oldest}",
                    "il registro di controllo dell'account è disponibile, con voci dal {oldest}",
                )
            }
            None => say!(
                l,
                "the account audit log is available",
                "il registro di controllo dell'account è disponibile",
            ),
        }),
        _ => None,
    }
}

/// The setting changes since the last probe, each with who made it.
fn changes(l: Lang, seen: &Seen) -> String {
    let (o, n) = (seen.o, seen.n);
    let since = seen.fact("since");
    if n == 0 {
        return say!(
            l,
            "no account setting changed since {since} (the audit log)",
            "nessuna impostazione dell'account è cambiata dal {since} (registro di controllo)",
        );
    }
    let by = say!(l, "by", "da");
    let items: Vec<String> = o
        .names
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let key = format!("{}{i}", crate::assessment::observations::CHANGED_BY);
            match (o.facts.get(&key), line.strip_suffix(')')) {
                (Some(actor), Some(open)) => {
                    format!("{open}, {by} {})", crate::sanitize::one_line(actor))
                }
                _ => line.clone(),
            }
        })
        .collect();
    let list = items.join("; ");
    let more = n.saturating_sub(o.names.len() as u64);
    let more = match more {
        0 => String::new(),
        more => say!(l, " and {more} more", " e altre {more}"),
    };
    if n == 1 {
        return say!(
            l,
            "1 account setting change since {since} (the audit log): {list}",
            "1 modifica alle impostazioni dell'account dal {since} (registro di controllo): {list}",
        );
    }
    say!(
        l,
        "{n} account setting changes since {since} (the audit log): {list}{more}",
        "{n} modifiche alle impostazioni dell'account dal {since} (registro di controllo): {list}{more}",
    )
}

fn data(l: Lang, rule: R, seen: &Seen) -> Option<String> {
    let &Seen {
        n, of, ref names, ..
    } = seen;
    match rule {
        R::HelpCenter if n == 0 => Some(say!(
            l,
            "none of {of} active brands has a help center turned on",
            "nessuno dei {of} brand attivi ha un help center attivo",
        )),
        R::HelpCenter => Some({
            let public = seen.fact("public");
            say!(
                l,
                "{n} of {of} active brands have a help center, {public} of them open to the public{names}",
                "{n} di {of} brand attivi hanno un help center, {public} dei quali aperti al pubblico{names}",
            )
        }),
        R::SupportAddresses if of == 0 => Some(say!(
            l,
            "every support address is on a Zendesk domain: no domain of your own to sign for",
            "ogni indirizzo di assistenza è su un dominio Zendesk: nessun vostro dominio da firmare",
        )),
        R::SupportAddresses if n == 0 => Some(say!(
            l,
            "no support address on your own domains fails Zendesk's DNS record check ({of} addresses{names}; whether DKIM signing is turned on is not shown)",
            "nessun indirizzo di assistenza sui vostri domini fallisce il controllo dei record DNS di Zendesk ({of} indirizzi{names}; se la firma DKIM è attiva non è indicato)",
        )),
        R::SupportAddresses => Some(say!(
            l,
            "{n} of {of} support addresses on your own domains fail Zendesk's DNS record check (CNAME){names}",
            "{n} di {of} indirizzi di assistenza sui vostri domini non superano il controllo dei record DNS di Zendesk (CNAME){names}",
        )),
        R::CardField if n == 0 => Some(say!(
            l,
            "no active ticket field is a PCI-compliant credit card field",
            "nessun campo ticket attivo è un campo carta di credito conforme PCI",
        )),
        R::CardField if n == 1 => Some(say!(
            l,
            "1 active ticket field keeps only the last four digits of card numbers{names}",
            "1 campo ticket attivo conserva solo le ultime quattro cifre dei numeri di carta{names}",
        )),
        R::CardField => Some(say!(
            l,
            "{n} active ticket fields keep only the last four digits of card numbers{names}",
            "{n} campi ticket attivi conservano solo le ultime quattro cifre dei numeri di carta{names}",
        )),
        R::AgentTicketScope => Some(say!(
            l,
            "{n} of {of} agents can reach every ticket (administrators always can)",
            "{n} di {of} agenti possono accedere a tutti i ticket (gli amministratori sempre)",
        )),
        _ => None,
    }
}
