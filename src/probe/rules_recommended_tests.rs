//! A rule never contradicts the answer its question's help recommends:
//! the test, and its cases for two-factor, SSO, passwords, sessions,
//! account assumption, IP restrictions, API tokens, the mobile app and
//! sender authentication.

use serde_json::json;

use super::recommended_cases::{recommended_4, recommended_5, recommended_6};
use super::*;

/// One recommended-answer case: the rule, the question it informs, what
/// it observed, and the answers that question's help recommends there.
pub(super) type Case = (
    ProbeRule,
    &'static str,
    Fetched,
    Vec<crate::assessment::Answer>,
);

/// One active brand mapped to `mapping`.
pub(super) fn brands(mapping: Value) -> Fetched {
    list(
        Endpoint::Brands,
        vec![json!({"name": "Main", "active": true, "host_mapping": mapping})],
    )
}

/// Account assumption for `duration`.
fn assumption(duration: &str) -> Fetched {
    security(json!({"assumable": duration != "off", "assumption_duration": duration}))
}

/// Cases of the recommended-answer test, part 1: a rule, the question
/// it informs, a state it can observe and the answers the question's help
/// recommends there.
fn recommended_1() -> Vec<Case> {
    use crate::assessment::Answer::{Na, No, Partial, Yes};
    vec![
        // access.two-factor: "required ... for every team member who signs
        // in with a Zendesk password"; nobody does: not applicable.
        (
            ProbeRule::TwoFactorEnforced,
            "access.two-factor",
            agent_auth(json!({"zendesk_login": true, "two_factor_enforce": true})),
            vec![Yes],
        ),
        (
            ProbeRule::TwoFactorEnforced,
            "access.two-factor",
            agent_auth(json!({"zendesk_login": true, "two_factor_enforce": false})),
            vec![No],
        ),
        (
            ProbeRule::TwoFactorEnforced,
            "access.two-factor",
            agent_auth(json!({"zendesk_login": false})),
            vec![Na],
        ),
        // access.sso: company SSO, or Zendesk sign-in with 2FA required, is
        // a yes; Google or Microsoft sign-in counts only with MFA there.
        (
            ProbeRule::SsoSignIn,
            "access.sso",
            agent_auth(
                json!({"zendesk_login": true, "remote_login": false, "google_login": false,
                           "office_365_login": false, "two_factor_enforce": true}),
            ),
            vec![Yes, No],
        ),
        (
            ProbeRule::SsoSignIn,
            "access.sso",
            agent_auth(
                json!({"zendesk_login": false, "remote_login": false, "google_login": true}),
            ),
            vec![Yes, No],
        ),
        (
            ProbeRule::SsoSignIn,
            "access.sso",
            agent_auth(json!({"zendesk_login": false, "remote_login": true})),
            vec![Yes],
        ),
        (
            ProbeRule::SsoSignIn,
            "access.sso",
            agent_auth(
                json!({"zendesk_login": true, "remote_login": true, "sso_auto_redirect": false}),
            ),
            vec![Partial],
        ),
        // Keys missing: unknown, never a direct "no".
        (
            ProbeRule::SsoSignIn,
            "access.sso",
            agent_auth(json!({"zendesk_login": true})),
            vec![Yes, No],
        ),
    ]
}

/// Cases of the recommended-answer test, part 2: a rule, the question
/// it informs, a state it can observe and the answers the question's help
/// recommends there.
fn recommended_2() -> Vec<Case> {
    use crate::assessment::Answer::{No, Partial, Yes};
    vec![
        // access.passwords: Recommended for end users (and a Custom team
        // policy at least as strict).
        (
            ProbeRule::PasswordLevel,
            "access.passwords",
            agent_auth(json!({"zendesk_login": true, "security_policy_name": "recommended"})),
            vec![Yes],
        ),
        (
            ProbeRule::PasswordLevel,
            "access.passwords",
            agent_auth(json!({"zendesk_login": true, "security_policy_name": "custom"})),
            vec![Yes, No],
        ),
        // access.session-timeout: the defaults or shorter; longer only
        // approved (an inference, never a contradiction).
        (
            ProbeRule::SessionTimeout,
            "access.session-timeout",
            security(json!({"agent_session_timeout": 60, "end_user_session_timeout": 480})),
            vec![Yes],
        ),
        (
            ProbeRule::SessionTimeout,
            "access.session-timeout",
            security(json!({"agent_session_timeout": 240, "end_user_session_timeout": 480})),
            vec![Yes, Partial],
        ),
        // access.zendesk-support-access: off, a day or a week is a yes.
        (
            ProbeRule::AccountAssumption,
            "access.zendesk-support-access",
            assumption("off"),
            vec![Yes],
        ),
        (
            ProbeRule::AccountAssumption,
            "access.zendesk-support-access",
            assumption("day"),
            vec![Yes],
        ),
        (
            ProbeRule::AccountAssumption,
            "access.zendesk-support-access",
            assumption("week"),
            vec![Yes],
        ),
        (
            ProbeRule::AccountAssumption,
            "access.zendesk-support-access",
            assumption("month"),
            vec![Partial, No],
        ),
        (
            ProbeRule::AccountAssumption,
            "access.zendesk-support-access",
            assumption("always"),
            vec![No],
        ),
    ]
}

/// Cases of the recommended-answer test, part 3: a rule, the question
/// it informs, a state it can observe and the answers the question's help
/// recommends there.
fn recommended_3() -> Vec<Case> {
    use crate::assessment::Answer::{No, Partial, Yes};
    vec![
        // access.ip-restrictions: a recorded decision either way.
        (
            ProbeRule::IpRestrictions,
            "access.ip-restrictions",
            security(json!({"ip": {"ip_restriction_enabled": true, "ip_ranges": "10.0.0.0/8"}})),
            vec![Yes],
        ),
        (
            ProbeRule::IpRestrictions,
            "access.ip-restrictions",
            security(json!({"ip": {"ip_restriction_enabled": false, "ip_ranges": ""}})),
            vec![Yes, No],
        ),
        // access.api-token-migration: "Answer yes when API token access is off".
        (
            ProbeRule::ApiTokenAccess,
            "access.api-token-migration",
            settings(json!({"settings": {"api": {"api_token_access": false}}})),
            vec![Yes],
        ),
        (
            ProbeRule::ApiTokenAccess,
            "access.api-token-migration",
            settings(json!({"settings": {"api": {"api_token_access": true}}})),
            vec![Partial, No],
        ),
        // access.admin-set-passwords: "Is the option ... turned off".
        (
            ProbeRule::AdminSetPasswords,
            "access.admin-set-passwords",
            security(json!({"admins_can_set_user_passwords": false})),
            vec![Yes],
        ),
        (
            ProbeRule::AdminSetPasswords,
            "access.admin-set-passwords",
            security(json!({"admins_can_set_user_passwords": "true"})),
            vec![No],
        ),
        // access.mobile-app: "turned off, or turned on only with a mobile
        // session timeout".
        (
            ProbeRule::MobileAccess,
            "access.mobile-app",
            security(json!({"mobile_app_access": false})),
            vec![Yes],
        ),
        (
            ProbeRule::MobileAccess,
            "access.mobile-app",
            security(json!({"mobile_app_access": true, "mobile_app_session_timeout": 30})),
            vec![Yes, No],
        ),
        // monitoring.email-authentication: Native Traffic or stricter; on
        // does not say which level.
        (
            ProbeRule::EmailSenderAuth,
            "monitoring.email-authentication",
            settings(json!({"settings": {"email": {"email_sender_authentication": false}}})),
            vec![No],
        ),
        (
            ProbeRule::EmailSenderAuth,
            "monitoring.email-authentication",
            settings(json!({"settings": {"email": {"email_sender_authentication": true}}})),
            vec![Yes, Partial, No],
        ),
    ]
}

/// A rule may never contradict the answer the question's help recommends
/// for the state it observed (issue 41: `sso-sign-in` once marked the
/// "not applicable" the help prescribed as contradicted). For every rule
/// that can make a direct suggestion, each state it can observe, with the
/// answers the help of the question it informs recommends there.
#[test]
fn no_rule_contradicts_the_answer_its_help_recommends() {
    let cases: Vec<Case> = [
        recommended_1(),
        recommended_2(),
        recommended_3(),
        recommended_4(),
        recommended_5(),
        recommended_6(),
    ]
    .concat();
    let q = crate::questionnaire::builtin().expect("builtin");
    for (rule, id, got, recommended) in &cases {
        let question = q.question(id).expect("question");
        assert!(
            question.probe.contains(rule),
            "{rule:?} does not inform {id}"
        );
        let o = alone(*rule, got);
        for answer in recommended {
            assert!(
                !o.contradicts(Some(*answer)),
                "{rule:?} on {id} contradicts {answer:?}, which its help recommends: {o:?}"
            );
        }
    }
    // Every rule that can make a direct suggestion is in the table: run
    // every rule on every state above and on the other fixtures.
    let covered: std::collections::HashSet<ProbeRule> = cases.iter().map(|c| c.0).collect();
    let states: Vec<&Fetched> = cases.iter().map(|c| &c.2).collect();
    for rule in ProbeRule::ALL {
        for got in &states {
            if got.endpoint != Endpoint::for_rule(rule) {
                continue;
            }
            let o = alone(rule, got);
            assert!(
                covered.contains(&rule) || !o.direct || o.suggests.answer().is_none(),
                "{rule:?} makes a direct suggestion but has no recommended-answer case"
            );
        }
    }
}
