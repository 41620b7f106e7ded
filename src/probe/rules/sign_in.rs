//! Rules on how people sign in: single sign-on and its bypass, end users'
//! social sign-in, the notice of a changed password.

use serde_json::Value;

use super::{Reading, flag, limit_names};
use crate::assessment::observations::Word;
use crate::assessment::{Observation, Observed, Suggestion};
use crate::probe::Endpoint;

/// Whether team members can sign in through the company's own single
/// sign-on, with the set-ups that say so. The remote authentications
/// ("enterprise single sign-on (SSO) options", `is_active`, `agent`,
/// `auth_mode_name` saml/jwt/oidc) decide when they were read; otherwise
/// the security setting `remote_login`. `None`: neither shows it (a missing
/// key is unknown, never "off").
pub(super) fn company_sso(r: &Reading) -> Option<(bool, Vec<String>)> {
    if let Some(remote) = r
        .all
        .get(&Endpoint::RemoteAuthentications)
        .filter(|f| f.status == 200)
    {
        let active: Vec<&Value> = remote
            .items
            .iter()
            .filter(|a| a.get("is_active").and_then(flag) == Some(true))
            .filter(|a| a.get("agent").and_then(flag) == Some(true))
            .collect();
        let kinds = active.iter().map(|a| {
            a.get("auth_mode_name")
                .and_then(Value::as_str)
                .unwrap_or("sso")
        });
        let mut names: Vec<String> = limit_names(kinds)
            .into_iter()
            .map(|k| k.to_ascii_uppercase())
            .collect();
        names.dedup();
        return Some((!active.is_empty(), names));
    }
    let on = r
        .security("/authentication/agent/remote_login")
        .and_then(flag)?;
    Some((on, if on { vec!["SSO".into()] } else { Vec::new() }))
}

/// How team members sign in: company SSO, Zendesk passwords, Google or
/// Microsoft. The question's help counts Zendesk sign-in with two-factor
/// required as a yes, and Google or Microsoft sign-in only with MFA on
/// that account: neither is the company's SSO, and neither can be judged
/// from these settings alone.
pub(super) fn sso_sign_in(r: &Reading) -> Observation {
    let agent = |key: &str| {
        r.security(&format!("/authentication/agent/{key}"))
            .and_then(flag)
    };
    let (Some(zendesk_login), Some((company, mut methods))) =
        (agent("zendesk_login"), company_sso(r))
    else {
        return r.not_shown();
    };
    for (key, name) in [
        ("google_login", "Google"),
        ("office_365_login", "Microsoft"),
    ] {
        if agent(key) == Some(true) {
            methods.push(name.into());
        }
    }
    let redirect = agent("sso_auto_redirect") == Some(true);
    let enforced = agent("enforce_sso") == Some(true);
    let suggests = match (company, zendesk_login, redirect || enforced) {
        (false, _, _) => Suggestion::Hint,
        (true, false, _) | (true, true, true) => Suggestion::Yes,
        (true, true, false) => Suggestion::Partial,
    };
    let mut o = r.base(Observed::Flag(!methods.is_empty()), suggests, company);
    o.names = methods;
    o.facts
        .insert("zendesk_login".into(), zendesk_login.to_string());
    o.facts
        .insert("sso_auto_redirect".into(), redirect.to_string());
    o
}

/// `authentication.agent.remote_bypass`: who may sign in with a Zendesk
/// password while SSO is on (1 the account owner, 2 every administrator;
/// `remote_bypass_name` "owner" or "admins"). Without company SSO the
/// question's help says not applicable. Owner only is what it asks, but
/// whether each use is reviewed no setting shows: a hint.
pub(super) fn sso_bypass(r: &Reading) -> Observation {
    let Some((sso, _)) = company_sso(r) else {
        return r.not_shown();
    };
    if !sso {
        return r.base(
            Observed::Word(Word::Value("no sso".into())),
            Suggestion::Na,
            true,
        );
    }
    let number = r
        .security("/authentication/agent/remote_bypass")
        .and_then(Value::as_i64);
    let name = r
        .security("/authentication/agent/remote_bypass_name")
        .and_then(Value::as_str);
    match (number, name) {
        (Some(2), _) | (_, Some("admins")) => r.base(
            Observed::Word(Word::Value("admins".into())),
            Suggestion::No,
            true,
        ),
        (Some(1), _) | (_, Some("owner")) => r.base(
            Observed::Word(Word::Value("owner".into())),
            Suggestion::Hint,
            true,
        ),
        _ => r.not_shown(),
    }
}

/// The social and business sign-in options of end users
/// (`authentication.end_user`: `google_login`, `office_365_login`,
/// `facebook_login`, `twitter_login`). All off is what the question asks
/// when nobody chose one, or, with no Zendesk password or SSO for end
/// users either, what its help calls not applicable (end users never sign
/// in); any on is to be weighed by whoever decided it.
pub(super) fn end_user_social_sign_in(r: &Reading) -> Observation {
    let options = [
        ("google_login", "Google"),
        ("office_365_login", "Microsoft"),
        ("facebook_login", "Facebook"),
        ("twitter_login", "X"),
    ];
    let seen: Vec<(&str, bool)> = options
        .iter()
        .filter_map(|(key, name)| {
            r.security(&format!("/authentication/end_user/{key}"))
                .and_then(flag)
                .map(|on| (*name, on))
        })
        .collect();
    if seen.is_empty() {
        return r.not_shown();
    }
    let on: Vec<String> = seen
        .iter()
        .filter(|(_, on)| *on)
        .map(|(name, _)| (*name).to_string())
        .collect();
    let end_user = |key: &str| {
        r.security(&format!("/authentication/end_user/{key}"))
            .and_then(flag)
    };
    let no_sign_in =
        end_user("zendesk_login") == Some(false) && end_user("remote_login") == Some(false);
    let suggests = match (on.is_empty(), no_sign_in) {
        (true, true) => Suggestion::Na,
        (true, false) => Suggestion::Yes,
        (false, _) => Suggestion::Hint,
    };
    let mut o = r.base(Observed::Count(on.len() as u64), suggests, true);
    o.total = Some(seen.len() as u64);
    o.names = on;
    o
}

/// `email_agent_when_sensitive_fields_changed`: whether a team member is
/// emailed when their password or email address changes. Off, the first
/// half of the question is not met; on, the second (an administrator
/// looking at sessions) is not shown.
pub(super) fn password_change_notice(r: &Reading) -> Observation {
    match r
        .security("/email_agent_when_sensitive_fields_changed")
        .and_then(flag)
    {
        Some(false) => r.base(Observed::Flag(false), Suggestion::Partial, true),
        Some(true) => r.base(Observed::Flag(true), Suggestion::Hint, true),
        None => r.not_shown(),
    }
}
