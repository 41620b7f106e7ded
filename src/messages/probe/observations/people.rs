//! What the rules on people, tokens and integrations say.

use super::Seen;
use crate::assessment::observations::Word;
use crate::lang::Lang;
use crate::messages::*;

/// Who has access, and with which tokens.
pub(super) fn people_and_tokens_text(
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
pub(super) fn integrations_text(
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
