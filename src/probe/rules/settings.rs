//! Rules that read one account or security setting: two-factor
//! enforcement, the password levels, sessions, account assumption, IP
//! restrictions, API tokens, attachments, channels, the logs.

use jiff::Timestamp;
use serde_json::Value;

use super::{CHANNELS, Reading, TIMEOUT_LIMITS, flag};
use crate::assessment::observations::Word;
use crate::assessment::{Observation, Observed, Suggestion};

pub(super) fn two_factor_enforced(r: &Reading) -> Observation {
    let zendesk_login = r
        .security("/authentication/agent/zendesk_login")
        .and_then(flag);
    let enforced = r
        .security("/authentication/agent/two_factor_enforce")
        .and_then(flag);
    match (zendesk_login, enforced) {
        // Zendesk's 2FA covers Zendesk passwords only: with no
        // Zendesk sign-in, the identity provider's MFA is what counts.
        (Some(false), _) => r.base(Observed::Word(Word::SsoOnly), Suggestion::Na, true),
        (_, Some(true)) => r.base(Observed::Flag(true), Suggestion::Yes, true),
        (_, Some(false)) => r.base(Observed::Flag(false), Suggestion::No, true),
        (_, None) => r.not_shown(),
    }
}

pub(super) fn session_timeout(r: &Reading) -> Observation {
    let minutes = |key: &str| r.security(&format!("/{key}")).and_then(Value::as_i64);
    let (Some(agent), Some(end_user)) = (
        minutes("agent_session_timeout"),
        minutes("end_user_session_timeout"),
    ) else {
        return r.not_shown();
    };
    // Longer than recommended may be approved and recorded (the
    // question allows it): to verify, not a contradiction.
    let within = agent <= TIMEOUT_LIMITS.0 && end_user <= TIMEOUT_LIMITS.1;
    let mut o = if within {
        r.base(Observed::Flag(true), Suggestion::Yes, true)
    } else {
        r.base(Observed::Flag(false), Suggestion::Partial, false)
    };
    o.facts.insert("agent_minutes".into(), agent.to_string());
    o.facts
        .insert("end_user_minutes".into(), end_user.to_string());
    if r.security("/maximum_session_duration_enabled")
        .and_then(flag)
        == Some(true)
        && let Some(max) = minutes("maximum_session_duration")
    {
        o.facts.insert("maximum_minutes".into(), max.to_string());
    }
    o
}

pub(super) fn account_assumption(r: &Reading) -> Observation {
    if r.security("/assumable_account_type").and_then(flag) == Some(true) {
        // Always assumable by account type (a trial): not a choice.
        return r.base(
            Observed::Word(Word::AssumableByAccountType),
            Suggestion::Hint,
            true,
        );
    }
    let assumable = r.security("/assumable").and_then(flag);
    let duration = r.security("/assumption_duration").and_then(Value::as_str);
    let (value, suggests) = match (assumable, duration) {
        (Some(false), _) | (_, Some("off")) => ("off", Suggestion::Yes),
        (_, Some("day")) => ("day", Suggestion::Yes),
        (_, Some("week")) => ("week", Suggestion::Yes),
        (_, Some("month")) => ("month", Suggestion::Partial),
        (_, Some("year")) => ("year", Suggestion::Partial),
        (_, Some("always")) => ("always", Suggestion::No),
        _ => return r.not_shown(),
    };
    r.base(Observed::Word(Word::Value(value.into())), suggests, true)
}

pub(super) fn ip_restrictions(r: &Reading) -> Observation {
    match r.security("/ip/ip_restriction_enabled").and_then(flag) {
        Some(true) => {
            let ranges = r
                .security("/ip/ip_ranges")
                .and_then(Value::as_str)
                .map_or(0, |r| r.split_whitespace().count());
            let mut o = r.base(Observed::Flag(true), Suggestion::Yes, true);
            o.total = Some(ranges as u64);
            o
        }
        // Not restricting can be a recorded decision: a hint.
        Some(false) => r.base(Observed::Flag(false), Suggestion::Hint, true),
        None => r.not_shown(),
    }
}

/// `admins_can_set_user_passwords`: "If administrators are allowed to set
/// passwords for users. When disabled, administrators can only reset
/// passwords" (security settings): word for word
/// access.admin-set-passwords.
pub(super) fn admin_set_passwords(r: &Reading) -> Observation {
    match r.security("/admins_can_set_user_passwords").and_then(flag) {
        Some(true) => r.base(Observed::Flag(true), Suggestion::No, true),
        Some(false) => r.base(Observed::Flag(false), Suggestion::Yes, true),
        None => r.not_shown(),
    }
}

/// `settings.email.email_sender_authentication`: "Whether incoming email
/// is subjected to sender authentication checks (SPF, DKIM)". Off is a
/// gap; on says nothing of the level (Minimal or Native), which the
/// question asks about.
pub(super) fn email_sender_auth(r: &Reading) -> Observation {
    match r
        .account("/email/email_sender_authentication")
        .and_then(flag)
    {
        Some(false) => r.base(Observed::Flag(false), Suggestion::No, true),
        Some(true) => r.base(Observed::Flag(true), Suggestion::Hint, true),
        None => r.not_shown(),
    }
}

/// `authentication.end_user`: the password level, required 2FA, SSO.
/// Which end users see sensitive tickets is not in the settings, so this
/// is an inference: to verify, never a contradiction.
pub(super) fn end_user_sign_in(r: &Reading) -> Observation {
    let end_user = |key: &str| r.security(&format!("/authentication/end_user/{key}"));
    let Some(password) = end_user("zendesk_login").and_then(flag) else {
        return r.not_shown();
    };
    let sso = end_user("remote_login").and_then(flag) == Some(true);
    let two_factor = end_user("two_factor_enforce").and_then(flag) == Some(true);
    let level = end_user("security_policy_name")
        .and_then(Value::as_str)
        .map(str::to_ascii_lowercase);
    let suggests = match (password, sso, two_factor, level.as_deref()) {
        (false, true, _, _) | (true, _, true, Some("recommended")) => Suggestion::Yes,
        (true, _, false, Some("recommended")) => Suggestion::Partial,
        (true, false, false, Some("low" | "medium" | "high")) => Suggestion::No,
        _ => Suggestion::Hint,
    };
    let mut o = r.base(Observed::Flag(two_factor || sso), suggests, false);
    if let Some(level) = level {
        o.facts.insert("level".into(), level);
    }
    o
}

/// `settings.active_features.sandbox`: whether the account has a sandbox.
/// The question's help prescribes the answer: "Without a sandbox, answer
/// *partial*".
pub(super) fn sandbox(r: &Reading) -> Observation {
    match r.account("/active_features/sandbox").and_then(flag) {
        Some(false) => r.base(Observed::Flag(false), Suggestion::Partial, true),
        Some(true) => r.base(Observed::Flag(true), Suggestion::Hint, false),
        None => r.not_shown(),
    }
}

pub(super) fn mobile_access(r: &Reading) -> Observation {
    match r.security("/mobile_app_access").and_then(flag) {
        // Off is what the question asks first: a yes.
        Some(false) => r.base(Observed::Flag(false), Suggestion::Yes, true),
        Some(on) => {
            let mut o = r.base(Observed::Flag(on), Suggestion::Hint, true);
            if let Some(minutes) = r
                .security("/mobile_app_session_timeout")
                .and_then(Value::as_i64)
            {
                o.facts.insert("mobile_minutes".into(), minutes.to_string());
            }
            o
        }
        None => r.not_shown(),
    }
}

pub(super) fn api_token_access(r: &Reading) -> Observation {
    match r.account("/api/api_token_access").and_then(flag) {
        // settings.api.api_token_access: typed boolean, but Zendesk's own
        // example sends "true" (account_settings page): both are read.
        // No token can be used: the migration to OAuth is done, as the
        // question's help says.
        Some(false) => r.base(Observed::Flag(false), Suggestion::Yes, true),
        Some(true) => r.base(Observed::Flag(true), Suggestion::Hint, true),
        None => r.not_shown(),
    }
}

/// `settings.tickets.private_attachments` ("Users must sign in to access
/// attachments") and `email_attachments` (attachments sent in email as
/// files, not links): either way out of a signed-in session is to verify.
pub(super) fn attachment_privacy(r: &Reading) -> Observation {
    let mailed = r.account("/tickets/email_attachments").and_then(flag);
    let mut o = match r.account("/tickets/private_attachments").and_then(flag) {
        Some(true) if mailed == Some(true) => {
            r.base(Observed::Flag(true), Suggestion::Partial, false)
        }
        Some(true) => r.base(Observed::Flag(true), Suggestion::Hint, true),
        Some(false) => r.base(Observed::Flag(false), Suggestion::Partial, false),
        None => return r.not_shown(),
    };
    if let Some(mailed) = mailed {
        o.facts
            .insert("email_attachments".into(), mailed.to_string());
    }
    o
}

/// The Access log answered (the ADPP add-on, its API turned on): it
/// records; whether anyone reviews it is not shown. Without it (403 or
/// 404) the generic "not available" is said.
pub(super) fn access_log(r: &Reading) -> Observation {
    let mut o = r.base(Observed::Word(Word::Available), Suggestion::Hint, false);
    let newest = r
        .got
        .document
        .pointer("/access_logs/0/timestamp")
        .and_then(Value::as_str)
        .and_then(|t| t.parse::<Timestamp>().ok());
    if let Some(newest) = newest {
        o.facts
            .insert("newest".into(), newest.strftime("%Y-%m-%d").to_string());
    }
    o
}

/// The audit log answered: it exists. Its oldest entry (the request sorts
/// by `created_at`, oldest first) says how far back it actually reaches.
pub(super) fn audit_log(r: &Reading) -> Observation {
    let mut o = r.base(Observed::Word(Word::Available), Suggestion::Hint, false);
    let oldest = r
        .got
        .document
        .pointer("/audit_logs/0/created_at")
        .and_then(Value::as_str)
        .and_then(|t| t.parse::<Timestamp>().ok());
    if let Some(oldest) = oldest {
        o.facts
            .insert("oldest".into(), oldest.strftime("%Y-%m-%d").to_string());
    }
    o
}

pub(super) fn channels(r: &Reading) -> Observation {
    let on: Vec<String> = CHANNELS
        .iter()
        .filter(|c| r.account(&format!("/active_features/{c}")).and_then(flag) == Some(true))
        .map(|c| (*c).to_string())
        .collect();
    Observation {
        total: Some(CHANNELS.len() as u64),
        names: on.clone(),
        ..r.base(Observed::Count(on.len() as u64), Suggestion::Hint, false)
    }
}

/// The password levels of team members and end users: recommended for
/// everyone who signs in with a Zendesk password is a yes; high (which
/// Zendesk rates below recommended) partial; low or medium no; a custom
/// level (team members only) cannot be judged from its name.
pub(super) fn password_level(
    document: &Value,
    base: impl Fn(Observed, Suggestion, bool) -> Observation,
) -> Observation {
    let security = |pointer: &str| document.pointer(&format!("/security_settings{pointer}"));
    let side = |who: &str| {
        let uses_password =
            security(&format!("/authentication/{who}/zendesk_login")).and_then(flag) != Some(false);
        let level = security(&format!("/authentication/{who}/security_policy_name"))
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase);
        (uses_password, level)
    };
    let (agent, end_user) = (side("agent"), side("end_user"));
    if agent.1.is_none() && end_user.1.is_none() {
        return base(Observed::Word(Word::NotShown), Suggestion::Hint, false);
    }
    let rank = |level: &str| match level {
        "recommended" => Some(3),
        "high" => Some(2),
        "medium" => Some(1),
        "low" => Some(0),
        _ => None,
    };
    let judged: Vec<Option<i32>> = [&agent, &end_user]
        .iter()
        .filter(|(uses, _)| *uses)
        .map(|(_, level)| level.as_deref().and_then(rank))
        .collect();
    let suggests = if judged.is_empty() || judged.iter().any(Option::is_none) {
        Suggestion::Hint
    } else {
        match judged.iter().flatten().min() {
            Some(3) => Suggestion::Yes,
            Some(2) => Suggestion::Partial,
            _ => Suggestion::No,
        }
    };
    let mut o = base(
        Observed::Word(Word::Value(agent.1.clone().unwrap_or_else(|| "?".into()))),
        suggests,
        suggests != Suggestion::Hint,
    );
    for (key, (uses, level)) in [("agent", agent), ("end_user", end_user)] {
        let shown = if uses {
            level.unwrap_or_else(|| "?".into())
        } else {
            "sso".into()
        };
        o.facts
            .insert(key.into(), crate::sanitize::one_line(&shown));
    }
    o
}
