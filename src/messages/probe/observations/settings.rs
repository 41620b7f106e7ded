//! What the rules on single settings say: sign-in, sessions, account
//! assumption, IP restrictions, passwords set by admins, the mobile app.

use super::Seen;
use crate::assessment::observations::Word;
use crate::lang::Lang;
use crate::messages::*;

/// How team members sign in, and what attachments need.
pub(super) fn sign_in_text(
    l: Lang,
    rule: crate::questionnaire::ProbeRule,
    seen: &Seen,
) -> Option<String> {
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
pub(super) fn session_text(
    l: Lang,
    rule: crate::questionnaire::ProbeRule,
    seen: &Seen,
) -> Option<String> {
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
pub(super) fn settings_text(
    l: Lang,
    rule: crate::questionnaire::ProbeRule,
    seen: &Seen,
) -> Option<String> {
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
