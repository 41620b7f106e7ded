//! Each rule on small hand-made responses shaped as Zendesk documents
//! them: what it counts, names and suggests, whether it is direct or only
//! to verify, and that it says "not shown" rather than guess.

use serde_json::json;

use super::*;
use crate::probe::Endpoint;

fn list(endpoint: Endpoint, items: Vec<Value>) -> Fetched {
    Fetched {
        endpoint,
        status: 200,
        document: Value::Null,
        items,
        sha256: "0".repeat(64),
        fetched_at: "2026-11-26T00:00:00Z".parse().expect("timestamp"),
    }
}

fn document(endpoint: Endpoint, document: Value) -> Fetched {
    Fetched {
        document,
        ..list(endpoint, Vec::new())
    }
}

fn settings(value: Value) -> Fetched {
    document(Endpoint::AccountSettings, value)
}

fn security(value: Value) -> Fetched {
    document(
        Endpoint::SecuritySettings,
        json!({ "security_settings": value }),
    )
}

/// The security settings with `end_user` as given.
fn end_users(end_user: Value) -> Fetched {
    security(json!({"authentication": {"agent": {"zendesk_login": true}, "end_user": end_user}}))
}

/// One active brand whose help center is in `state`.
fn help_centers(state: &str) -> Fetched {
    list(
        Endpoint::Brands,
        vec![
            json!({"name": "Main", "active": true, "has_help_center": state != "disabled",
                    "help_center_state": state, "host_mapping": null}),
        ],
    )
}

fn alone(rule: ProbeRule, got: &Fetched) -> Observation {
    observe(rule, got, &Read::new())
}

fn user(name: &str, role: &str, two_factor: Value, last_login: Value) -> Value {
    json!({"name": name, "role": role, "active": true, "suspended": false,
           "created_at": "2024-01-01T00:00:00Z",
           "two_factor_auth_enabled": two_factor, "last_login_at": last_login})
}

/// The security settings of Zendesk's documented example, with `agent`
/// replaced.
fn agent_auth(agent: Value) -> Fetched {
    security(json!({
        "agent_session_timeout": 30,
        "end_user_session_timeout": 60,
        "assumable": true,
        "assumable_account_type": false,
        "assumption_duration": "week",
        "authentication": {
            "agent": agent,
            "end_user": {"security_policy_name": "recommended", "zendesk_login": true}
        },
        "ip": {"ip_restriction_enabled": false, "ip_ranges": ""},
        "mobile_app_access": true,
        "mobile_app_session_timeout": 30
    }))
}

#[test]
fn two_factor_enforcement_is_read_directly() {
    let enforced = agent_auth(json!({"two_factor_enforce": true, "zendesk_login": true}));
    let o = alone(ProbeRule::TwoFactorEnforced, &enforced);
    assert_eq!((o.suggests, o.direct), (Suggestion::Yes, true));
    assert!(!o.contradicts(Some(crate::assessment::Answer::Yes)));
    let off = agent_auth(json!({"two_factor_enforce": false, "zendesk_login": true}));
    let o = alone(ProbeRule::TwoFactorEnforced, &off);
    assert_eq!(o.suggests, Suggestion::No);
    assert!(o.contradicts(Some(crate::assessment::Answer::Yes)));
    // Nobody signs in with a Zendesk password: Zendesk's 2FA does not apply.
    let sso = agent_auth(json!({"two_factor_enforce": false, "zendesk_login": false}));
    assert_eq!(
        alone(ProbeRule::TwoFactorEnforced, &sso).suggests,
        Suggestion::Na
    );
    let silent = security(json!({}));
    let o = alone(ProbeRule::TwoFactorEnforced, &silent);
    assert_eq!(
        o.value,
        Observed::Word(crate::assessment::observations::Word::NotShown)
    );
    assert_eq!(o.suggests, Suggestion::Hint);
}

#[test]
fn enrolment_is_only_a_hint_with_honest_counts() {
    let recent = json!("2026-11-20T00:00:00Z");
    let mut staff = vec![user("A", "admin", json!(true), recent.clone())];
    staff.extend((0..9).map(|i| user(&format!("N{i}"), "agent", Value::Null, recent.clone())));
    staff.push(user("O", "agent", json!(false), recent.clone()));
    let got = list(Endpoint::Staff, staff);
    let o = alone(ProbeRule::StaffTwoFactor, &got);
    // One `true` among nine nulls is no yes: 1 set up, 1 off, 9 not shown.
    assert_eq!(o.suggests, Suggestion::Hint);
    assert!(!o.direct);
    assert_eq!(o.total, Some(11));
    assert_eq!(o.value, Observed::Count(1));
    assert_eq!(o.facts["set_up"], "1");
    assert_eq!(o.facts["not_shown"], "9");
    let text = crate::messages::observation_text(crate::lang::Lang::En, &o);
    assert!(
        text.contains("1 of 11") && text.contains("9 do not show it"),
        "{text}"
    );
    // Team members on SSO only: nobody can enrol, the count says nothing.
    let mut read = Read::new();
    read.insert(
        Endpoint::SecuritySettings,
        agent_auth(json!({"zendesk_login": false, "remote_login": true})),
    );
    let o = observe(ProbeRule::StaffTwoFactor, &got, &read);
    assert_eq!(
        o.value,
        Observed::Word(crate::assessment::observations::Word::SsoOnly)
    );
}

#[test]
fn new_staff_are_not_inactive_and_end_users_and_suspended_are_not_counted() {
    let old = json!("2020-01-01T00:00:00Z");
    let mut suspended = user("S", "agent", json!(false), old.clone());
    suspended["suspended"] = json!("true");
    let mut newcomer = user("New", "agent", json!(false), Value::Null);
    newcomer["created_at"] = json!("2026-11-25T00:00:00Z");
    let got = list(
        Endpoint::Staff,
        vec![
            suspended,
            user("E", "end-user", json!(false), old.clone()),
            user("A", "admin", json!(true), old),
            newcomer,
        ],
    );
    let o = alone(ProbeRule::StaffInactive, &got);
    assert_eq!((o.value.clone(), o.total), (Observed::Count(1), Some(1)));
    assert_eq!(o.names, ["A"]);
    assert_eq!((o.suggests, o.direct), (Suggestion::Partial, false));
    assert_eq!(o.facts["new"], "1");
    let admins = alone(ProbeRule::AdminCount, &got);
    assert_eq!(admins.value, Observed::Count(1));
    assert_eq!(admins.suggests, Suggestion::Hint);
}

#[test]
fn security_settings_answer_their_questions() {
    let doc = agent_auth(json!({
        "two_factor_enforce": true, "zendesk_login": true, "remote_login": true,
        "sso_auto_redirect": false, "security_policy_name": "recommended"
    }));
    let sso = alone(ProbeRule::SsoSignIn, &doc);
    assert_eq!((sso.suggests, sso.direct), (Suggestion::Partial, true));
    assert_eq!(
        alone(ProbeRule::PasswordLevel, &doc).suggests,
        Suggestion::Yes
    );
    assert_eq!(
        alone(ProbeRule::SessionTimeout, &doc).suggests,
        Suggestion::Yes
    );
    assert_eq!(
        alone(ProbeRule::AccountAssumption, &doc).suggests,
        Suggestion::Yes
    );
    let ip = alone(ProbeRule::IpRestrictions, &doc);
    assert_eq!(
        (ip.suggests, ip.value.clone()),
        (Suggestion::Hint, Observed::Flag(false))
    );
    assert_eq!(
        alone(ProbeRule::MobileAccess, &doc).value,
        Observed::Flag(true)
    );
    // A medium level where team members use passwords is a no; high is
    // partial; a team on SSO only is judged by the end users' level.
    let medium = agent_auth(json!({"zendesk_login": true, "security_policy_name": "medium"}));
    assert_eq!(
        alone(ProbeRule::PasswordLevel, &medium).suggests,
        Suggestion::No
    );
    let high = agent_auth(json!({"zendesk_login": true, "security_policy_name": "high"}));
    assert_eq!(
        alone(ProbeRule::PasswordLevel, &high).suggests,
        Suggestion::Partial
    );
    let sso_only = agent_auth(json!({"zendesk_login": false, "security_policy_name": "low"}));
    assert_eq!(
        alone(ProbeRule::PasswordLevel, &sso_only).suggests,
        Suggestion::Yes
    );
    // Longer sessions may be approved: to verify, not a contradiction.
    let long = security(json!({"agent_session_timeout": 480, "end_user_session_timeout": 20160}));
    let o = alone(ProbeRule::SessionTimeout, &long);
    assert_eq!((o.suggests, o.direct), (Suggestion::Partial, false));
    let forever = security(json!({"assumable": true, "assumption_duration": "always"}));
    assert_eq!(
        alone(ProbeRule::AccountAssumption, &forever).suggests,
        Suggestion::No
    );
    let trial = security(json!({"assumable_account_type": true, "assumption_duration": "always"}));
    assert_eq!(
        alone(ProbeRule::AccountAssumption, &trial).suggests,
        Suggestion::Hint
    );
    let limited = security(
        json!({"ip": {"ip_restriction_enabled": true, "ip_ranges": "10.0.0.0/8 192.0.2.1"}}),
    );
    let o = alone(ProbeRule::IpRestrictions, &limited);
    assert_eq!((o.suggests, o.total), (Suggestion::Yes, Some(2)));
}

#[test]
fn settings_rules_read_booleans_as_zendesk_sends_them() {
    // The account settings' documented example sends "true" as a string.
    let on = settings(json!({"settings": {
        "api": {"api_token_access": "false"},
        "tickets": {"private_attachments": true},
        "active_features": {"chat": true, "voice": "true", "facebook": false}
    }}));
    let tokens = alone(ProbeRule::ApiTokenAccess, &on);
    assert_eq!((tokens.suggests, tokens.direct), (Suggestion::Yes, true));
    assert_eq!(tokens.value, Observed::Flag(false));
    assert_eq!(
        alone(ProbeRule::AttachmentPrivacy, &on).value,
        Observed::Flag(true)
    );
    assert_eq!(alone(ProbeRule::Channels, &on).names, ["chat", "voice"]);
    let empty = settings(json!({"settings": {}}));
    for rule in [ProbeRule::ApiTokenAccess, ProbeRule::AttachmentPrivacy] {
        let o = alone(rule, &empty);
        assert_eq!(
            o.value,
            Observed::Word(crate::assessment::observations::Word::NotShown),
            "{rule:?}"
        );
        assert_eq!(o.suggests, Suggestion::Hint, "{rule:?}");
    }
}

#[test]
fn only_what_is_in_use_is_counted() {
    let hooks = list(
        Endpoint::Webhooks,
        vec![
            json!({"name": "a", "status": "active", "endpoint": "HTTP://x.test", "authentication": null}),
            json!({"name": "b", "status": "active", "endpoint": "https://y.test", "authentication": {"type": "basic_auth"}}),
            json!({"name": "old", "status": "inactive", "endpoint": "http://z.test", "authentication": null}),
        ],
    );
    let plain = alone(ProbeRule::WebhookTls, &hooks);
    assert_eq!(
        (plain.value.clone(), plain.total, plain.names.clone()),
        (Observed::Count(1), Some(2), vec!["a".to_string()])
    );
    assert_eq!(alone(ProbeRule::WebhookAuth, &hooks).names, ["a"]);
    let names: Vec<Value> = (0..30).map(|i| json!({"name": format!("c{i}")})).collect();
    let clients = alone(
        ProbeRule::OauthClients,
        &list(Endpoint::OauthClients, names),
    );
    assert_eq!(clients.value, Observed::Count(30));
    assert_eq!(
        clients.names.len(),
        crate::assessment::observations::MAX_NAMES
    );
    let apps = list(
        Endpoint::AppInstallations,
        vec![
            json!({"app_id": 1, "enabled": true, "settings": {"name": "Slack"}}),
            json!({"app_id": 2, "enabled": false, "settings": {"name": "Old"}}),
        ],
    );
    let o = alone(ProbeRule::AppsInstalled, &apps);
    assert_eq!(
        (o.value.clone(), o.names.clone()),
        (Observed::Count(1), vec!["Slack".to_string()])
    );
    let brands = list(
        Endpoint::Brands,
        vec![
            json!({"name": "Main", "active": true, "host_mapping": null}),
            json!({"name": "Gone", "active": true, "is_deleted": true, "host_mapping": "help.old.test"}),
        ],
    );
    let o = alone(ProbeRule::HostMapping, &brands);
    assert_eq!((o.suggests, o.total), (Suggestion::Na, Some(1)));
    // W12: a host mapping that is not a text is unknown, never "none".
    for odd in [json!(12345), json!({}), json!(["help.acme.test"])] {
        let brands = list(
            Endpoint::Brands,
            vec![json!({"name": "Main", "active": true, "host_mapping": odd})],
        );
        let o = alone(ProbeRule::HostMapping, &brands);
        assert_eq!((o.suggests, o.direct), (Suggestion::Hint, false), "{odd}");
    }
}

#[test]
fn new_rules_read_documented_fields() {
    let tokens = list(
        Endpoint::OauthTokens,
        vec![
            json!({"client_id": 7, "scopes": ["read", "write"], "expires_at": null, "used_at": "2026-11-20T00:00:00Z"}),
            json!({"client_id": 8, "scopes": ["read"], "expires_at": null, "used_at": null}),
            json!({"client_id": 9, "scopes": ["tickets:write"], "expires_at": "2027-01-01T00:00:00Z", "used_at": "2026-11-25T00:00:00Z"}),
        ],
    );
    let o = alone(ProbeRule::OauthTokens, &tokens);
    assert_eq!((o.value.clone(), o.total), (Observed::Count(1), Some(3)));
    assert_eq!(o.names, ["client 7"]);
    assert_eq!((o.suggests, o.direct), (Suggestion::Partial, false));
    let roles = list(
        Endpoint::CustomRoles,
        vec![
            json!({"name": "Lead", "configuration": {"end_user_profile_access": "full"}}),
            json!({"name": "Light", "configuration": {"end_user_profile_access": "readonly"}}),
        ],
    );
    assert_eq!(alone(ProbeRule::CustomRoles, &roles).names, ["Lead"]);
    let schedules = list(
        Endpoint::DeletionSchedules,
        vec![
            json!({"active": true, "object": "zen:ticket"}),
            json!({"active": false, "object": "zen:user"}),
        ],
    );
    let o = alone(ProbeRule::DeletionSchedules, &schedules);
    assert_eq!(
        (o.value.clone(), o.names.clone()),
        (Observed::Count(1), vec!["ticket".to_string()])
    );
}

#[test]
fn an_unavailable_audit_log_never_suggests_no() {
    let mut got = list(Endpoint::AuditLog, Vec::new());
    got.status = 403;
    let audit = alone(ProbeRule::AuditLog, &got);
    assert_eq!((audit.suggests, audit.direct), (Suggestion::Na, false));
    assert!(audit.unavailable());
    assert!(!audit.contradicts(Some(crate::assessment::Answer::Na)));
    assert!(!audit.contradicts(Some(crate::assessment::Answer::Yes)));
    got.endpoint = Endpoint::Webhooks;
    got.status = 404;
    assert_eq!(
        alone(ProbeRule::WebhookTls, &got).suggests,
        Suggestion::Hint
    );
}

#[test]
fn names_are_made_safe_to_show() {
    let got = list(
        Endpoint::OauthClients,
        vec![json!({"name": "evil\u{1b}[2J\nname"})],
    );
    let o = alone(ProbeRule::OauthClients, &got);
    assert!(!o.names[0].contains('\u{1b}') && !o.names[0].contains('\n'));
}

/// One recommended-answer case: the rule, the question it informs, what
/// it observed, and the answers that question's help recommends there.
type Case = (
    ProbeRule,
    &'static str,
    Fetched,
    Vec<crate::assessment::Answer>,
);

/// One active brand mapped to `mapping`.
fn brands(mapping: Value) -> Fetched {
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

/// Cases of the recommended-answer test, part 4: a rule, the question
/// it informs, a state it can observe and the answers the question's help
/// recommends there.
fn recommended_4() -> Vec<Case> {
    use crate::assessment::Answer::{Na, No, Partial, Yes};
    vec![
        // data.host-mapping-tls: "not applicable if you use only your
        // zendesk.com address"; a mapping is to check.
        (
            ProbeRule::HostMapping,
            "data.host-mapping-tls",
            brands(Value::Null),
            vec![Na],
        ),
        (
            ProbeRule::HostMapping,
            "data.host-mapping-tls",
            brands(json!("help.acme.test")),
            vec![Yes, No],
        ),
        (
            ProbeRule::HostMapping,
            "data.host-mapping-tls",
            brands(json!(12345)),
            vec![Yes, No, Na],
        ),
        // access.sso-bypass: owner only, each use reviewed; "not
        // applicable if team members do not sign in through SSO".
        (
            ProbeRule::SsoBypass,
            "access.sso-bypass",
            agent_auth(json!({"zendesk_login": true, "remote_login": false})),
            vec![Na],
        ),
        (
            ProbeRule::SsoBypass,
            "access.sso-bypass",
            agent_auth(json!({"remote_login": true, "remote_bypass": 2})),
            vec![No],
        ),
        (
            ProbeRule::SsoBypass,
            "access.sso-bypass",
            agent_auth(json!({"remote_login": true, "remote_bypass": 1})),
            vec![Yes, Partial, No],
        ),
        // access.end-user-social-sign-in: each option on only where meant;
        // not applicable if end users never sign in.
        (
            ProbeRule::EndUserSocialSignIn,
            "access.end-user-social-sign-in",
            end_users(
                json!({"zendesk_login": true, "google_login": false, "facebook_login": "false"}),
            ),
            vec![Yes],
        ),
        (
            ProbeRule::EndUserSocialSignIn,
            "access.end-user-social-sign-in",
            end_users(
                json!({"zendesk_login": false, "remote_login": false, "google_login": false}),
            ),
            vec![Na],
        ),
        (
            ProbeRule::EndUserSocialSignIn,
            "access.end-user-social-sign-in",
            end_users(json!({"zendesk_login": true, "google_login": true})),
            vec![Yes, Partial, No],
        ),
    ]
}

/// Cases of the recommended-answer test, part 5: a rule, the question
/// it informs, a state it can observe and the answers the question's help
/// recommends there.
fn recommended_5() -> Vec<Case> {
    use crate::assessment::Answer::{Na, No, Partial, Yes};
    vec![
        // access.session-oversight: notifications on, and sessions looked at.
        (
            ProbeRule::PasswordChangeNotice,
            "access.session-oversight",
            security(json!({"email_agent_when_sensitive_fields_changed": false})),
            vec![Partial, No],
        ),
        (
            ProbeRule::PasswordChangeNotice,
            "access.session-oversight",
            security(json!({"email_agent_when_sensitive_fields_changed": true})),
            vec![Yes, Partial, No],
        ),
        // integrations.app-restrictions: no app open to every agent
        // unless every agent needs it.
        (
            ProbeRule::AppRestrictions,
            "integrations.app-restrictions",
            list(
                Endpoint::AppInstallations,
                vec![
                    json!({"enabled": true, "role_restrictions": [4], "settings": {"name": "Billing"}}),
                ],
            ),
            vec![Yes],
        ),
        (
            ProbeRule::AppRestrictions,
            "integrations.app-restrictions",
            list(
                Endpoint::AppInstallations,
                vec![
                    json!({"enabled": true, "role_restrictions": null, "group_restrictions": [], "settings": {"name": "Maps"}}),
                ],
            ),
            vec![Yes, Partial, No],
        ),
        // data.help-center-visibility and monitoring.community-moderation:
        // not applicable without a help center.
        (
            ProbeRule::HelpCenter,
            "data.help-center-visibility",
            help_centers("disabled"),
            vec![Na],
        ),
        (
            ProbeRule::HelpCenter,
            "monitoring.community-moderation",
            help_centers("disabled"),
            vec![Na],
        ),
        (
            ProbeRule::HelpCenter,
            "data.help-center-visibility",
            help_centers("enabled"),
            vec![Yes, Partial, No],
        ),
    ]
}

/// Cases of the recommended-answer test, part 6: a rule, the question
/// it informs, a state it can observe and the answers the question's help
/// recommends there.
fn recommended_6() -> Vec<Case> {
    use crate::assessment::Answer::{Na, No, Partial, Yes};
    vec![
        // monitoring.dkim-signing: "with Zendesk's own support addresses
        // alone, answer not applicable".
        (
            ProbeRule::SupportAddresses,
            "monitoring.dkim-signing",
            list(
                Endpoint::RecipientAddresses,
                vec![json!({"email": "support@acme.zendesk.com", "cname_status": "unknown"})],
            ),
            vec![Na],
        ),
        (
            ProbeRule::SupportAddresses,
            "monitoring.dkim-signing",
            list(
                Endpoint::RecipientAddresses,
                vec![json!({"email": "help@acme.example", "cname_status": "verified"})],
            ),
            vec![Yes, Partial, No],
        ),
        // maintenance.sandbox: "Without a sandbox, answer *partial*".
        (
            ProbeRule::Sandbox,
            "maintenance.sandbox",
            settings(json!({"settings": {"active_features": {"sandbox": false}}})),
            vec![Partial],
        ),
        (
            ProbeRule::Sandbox,
            "maintenance.sandbox",
            settings(json!({"settings": {"active_features": {"sandbox": true}}})),
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

/// P10, P13, P14, P15: the noise the fourth probe review found.
#[test]
fn global_clients_unused_roles_string_flags_and_missing_kinds_are_read_right() {
    // Zendesk's own global clients (its mobile app) are not counted, nor
    // an expiring token that was unused for long.
    let tokens = list(
        Endpoint::OauthTokens,
        vec![
            json!({"client_id": 1, "global_client_id": 77, "scopes": ["read", "write"], "expires_at": null}),
            json!({"client_id": 2, "scopes": ["read", "write"], "expires_at": "2027-01-01T00:00:00Z", "used_at": null}),
            json!({"client_id": 3, "scopes": ["tickets:write"], "expires_at": null}),
        ],
    );
    let o = alone(ProbeRule::OauthTokens, &tokens);
    assert_eq!((o.value.clone(), o.total), (Observed::Count(1), Some(2)));
    assert_eq!(o.names, ["client 3"]);
    // A role nobody holds grants nothing; "all" tickets and "edit" on
    // end-user profiles are broad.
    let roles = list(
        Endpoint::CustomRoles,
        vec![
            json!({"name": "Unused", "team_member_count": 0, "configuration": {"ticket_access": "all"}}),
            json!({"name": "Lead", "team_member_count": 3, "configuration": {"ticket_access": "all"}}),
            json!({"name": "Editor", "configuration": {"end_user_profile_access": "edit"}}),
            json!({"name": "Narrow", "team_member_count": 5, "configuration": {"ticket_access": "within-groups"}}),
        ],
    );
    let o = alone(ProbeRule::CustomRoles, &roles);
    assert_eq!((o.value.clone(), o.total), (Observed::Count(2), Some(3)));
    // Deletion schedules without the undocumented `object`: a sentence
    // that ends.
    let schedules = list(
        Endpoint::DeletionSchedules,
        vec![json!({"active": true}), json!({"active": false})],
    );
    let o = alone(ProbeRule::DeletionSchedules, &schedules);
    let said = crate::messages::observation_text(crate::lang::Lang::En, &o);
    assert!(
        said.ends_with("1 of 2 deletion schedules are active"),
        "{said}"
    );
}

/// End-user sign-in and the sandbox, read from settings already fetched:
/// inferences (to verify), never contradictions.
#[test]
fn end_user_sign_in_is_inferred_and_a_missing_sandbox_read_directly() {
    let end_user = |value: Value| {
        security(json!({"authentication": {"agent": {"zendesk_login": true}, "end_user": value}}))
    };
    let cases = [
        (
            json!({"zendesk_login": true, "security_policy_name": "recommended", "two_factor_enforce": true}),
            Suggestion::Yes,
        ),
        (
            json!({"zendesk_login": true, "security_policy_name": "recommended", "two_factor_enforce": false}),
            Suggestion::Partial,
        ),
        (
            json!({"zendesk_login": true, "security_policy_name": "low", "two_factor_enforce": "false"}),
            Suggestion::No,
        ),
        (
            json!({"zendesk_login": false, "remote_login": true}),
            Suggestion::Yes,
        ),
        (json!({"zendesk_login": false}), Suggestion::Hint),
    ];
    for (value, want) in cases {
        let o = alone(ProbeRule::EndUserSignIn, &end_user(value.clone()));
        assert_eq!((o.suggests, o.direct), (want, false), "{value}");
    }
    let none = alone(ProbeRule::EndUserSignIn, &security(json!({})));
    assert_eq!(none.value, Observed::Word(Word::NotShown));
    let sandbox = |on: Value| settings(json!({"settings": {"active_features": {"sandbox": on}}}));
    // The question's help prescribes partial without a sandbox: direct.
    let o = alone(ProbeRule::Sandbox, &sandbox(json!(false)));
    assert_eq!((o.suggests, o.direct), (Suggestion::Partial, true));
    let o = alone(ProbeRule::Sandbox, &sandbox(json!("true")));
    assert_eq!((o.suggests, o.direct), (Suggestion::Hint, false));
}

/// P1, P2, P12: the company's single sign-on is an active SAML, JWT or
/// OpenID Connect set-up for team members in the remote authentications;
/// Google or Microsoft sign-in is not it; a missing key is unknown.
#[test]
fn company_sso_comes_from_the_remote_authentications() {
    let settings = agent_auth(json!({"zendesk_login": true, "google_login": true,
                                     "sso_auto_redirect": true, "remote_bypass": 2,
                                     "remote_bypass_name": "admins"}));
    let with = |setups: Vec<Value>| {
        let mut all = Read::new();
        all.insert(
            Endpoint::RemoteAuthentications,
            list(Endpoint::RemoteAuthentications, setups),
        );
        all
    };
    // An inactive SAML set-up and one for end users only: no company SSO.
    let none = with(vec![
        json!({"is_active": false, "agent": true, "auth_mode_name": "saml"}),
        json!({"is_active": true, "agent": "false", "end_user": true, "auth_mode_name": "jwt"}),
    ]);
    let o = observe(ProbeRule::SsoSignIn, &settings, &none);
    assert_eq!((o.suggests, o.direct), (Suggestion::Hint, false));
    assert_eq!(o.names, vec!["Google".to_string()]);
    let bypass = observe(ProbeRule::SsoBypass, &settings, &none);
    assert_eq!((bypass.suggests, bypass.direct), (Suggestion::Na, true));
    // An active OpenID Connect set-up for team members, with redirect.
    let oidc = with(vec![
        json!({"is_active": "true", "agent": true, "auth_mode_name": "oidc"}),
    ]);
    let o = observe(ProbeRule::SsoSignIn, &settings, &oidc);
    assert_eq!((o.suggests, o.direct), (Suggestion::Yes, true));
    assert_eq!(o.names, vec!["OIDC".to_string(), "Google".to_string()]);
    let bypass = observe(ProbeRule::SsoBypass, &settings, &oidc);
    assert_eq!((bypass.suggests, bypass.direct), (Suggestion::No, true));
    assert!(
        crate::messages::observation_text(crate::lang::Lang::En, &bypass)
            .contains("every administrator")
    );
    // Without the list (a 403) and without `remote_login`: not shown.
    let o = alone(
        ProbeRule::SsoBypass,
        &agent_auth(json!({"zendesk_login": true})),
    );
    assert_eq!(o.value, Observed::Word(Word::NotShown));
}

/// The rules on apps and ticket sharing, on documented shapes.
#[test]
fn connected_data_is_read_from_documented_shapes() {
    use crate::lang::Lang::En;
    let says = |o: &Observation| crate::messages::observation_text(En, o);
    let apps = list(
        Endpoint::AppInstallations,
        vec![
            json!({"enabled": true, "settings": {"name": "Maps", "role_restrictions": [2]}}),
            json!({"enabled": "true", "settings": {"name": "Open"}, "group_restrictions": null}),
            json!({"enabled": false, "settings": {"name": "Old survey"}}),
        ],
    );
    let o = alone(ProbeRule::AppRestrictions, &apps);
    assert_eq!((o.value.clone(), o.total), (Observed::Count(1), Some(2)));
    assert_eq!(o.names, vec!["Open".to_string()]);
    let o = alone(ProbeRule::AppsDisabled, &apps);
    assert_eq!(
        (o.value.clone(), o.suggests),
        (Observed::Count(1), Suggestion::Partial)
    );
    assert!(says(&o).contains("Old survey"), "{}", says(&o));
    let owned = list(
        Endpoint::OwnedApps,
        vec![
            json!({"name": "Billing", "deprecated": true}),
            json!({"name": "CRM", "obsolete": false}),
        ],
    );
    let o = alone(ProbeRule::OwnedApps, &owned);
    assert_eq!(
        says(&o),
        "the account owns 2 private apps, 1 of them deprecated or obsolete: Billing, CRM"
    );
    let sharing = list(
        Endpoint::SharingAgreements,
        vec![
            json!({"status": "accepted", "partner_name": null, "remote_subdomain": "outsourcer"}),
            json!({"status": "declined", "partner_name": "jira"}),
        ],
    );
    let o = alone(ProbeRule::SharingAgreements, &sharing);
    assert_eq!(
        says(&o),
        "tickets are shared with 1 other Zendesk account: outsourcer"
    );
}

/// Triggers and automations that send ticket data out, and to `http://`.
#[test]
fn business_rules_that_send_data_out_are_read_from_documented_shapes() {
    use crate::lang::Lang::En;
    let says = |o: &Observation| crate::messages::observation_text(En, o);
    // Business rules: a trigger to an http:// webhook (id as a string in
    // the action, a number elsewhere), an automation sharing tickets, an
    // inactive trigger and one that only notifies the requester.
    let triggers = list(
        Endpoint::Triggers,
        vec![
            json!({"title": "To BI", "active": true, "actions": [{"field": "notification_webhook", "value": ["42", "{}"]}]}),
            json!({"title": "Off", "active": false, "actions": [{"field": "notification_target", "value": ["1", "x"]}]}),
            json!({"title": "Mail", "active": true, "actions": [{"field": "notification_user", "value": ["requester_id", "s", "b"]}]}),
        ],
    );
    let mut all = Read::new();
    all.insert(
        Endpoint::Automations,
        list(Endpoint::Automations, vec![json!({"title": "Share", "active": true, "actions": [{"field": "share_ticket", "value": "7"}]})]),
    );
    all.insert(
        Endpoint::Webhooks,
        list(
            Endpoint::Webhooks,
            vec![json!({"id": 42, "status": "active", "endpoint": "HTTP://bi.acme.example"})],
        ),
    );
    let o = observe(ProbeRule::TicketDataOut, &triggers, &all);
    assert_eq!(
        (o.value.clone(), o.total, o.suggests),
        (Observed::Count(2), Some(3), Suggestion::Partial)
    );
    assert!(
        says(&o).contains("1 of them to an http:// webhook: To BI, Share"),
        "{}",
        says(&o)
    );
}

/// Help centers, support addresses, card fields and ticket access.
#[test]
fn published_and_held_data_is_read_from_documented_shapes() {
    use crate::lang::Lang::En;
    let says = |o: &Observation| crate::messages::observation_text(En, o);
    // Help centers: one public, one for agents only, one off.
    let brands = list(
        Endpoint::Brands,
        vec![
            json!({"name": "Main", "active": true, "has_help_center": true, "help_center_state": "enabled"}),
            json!({"name": "Staff", "active": true, "has_help_center": true, "help_center_state": "restricted"}),
            json!({"name": "Old", "active": true, "has_help_center": false, "help_center_state": "disabled"}),
        ],
    );
    let o = alone(ProbeRule::HelpCenter, &brands);
    assert_eq!(
        says(&o),
        "2 of 3 active brands have a help center, 1 of them open to the public: Main, Staff"
    );
    let unshown = list(
        Endpoint::Brands,
        vec![json!({"name": "Main", "active": true})],
    );
    assert_eq!(
        alone(ProbeRule::HelpCenter, &unshown).value,
        Observed::Word(Word::NotShown)
    );
    let addresses = list(
        Endpoint::RecipientAddresses,
        vec![
            json!({"email": "support@acme.zendesk.com", "cname_status": "failed"}),
            json!({"email": "Help@Acme.Example", "cname_status": "failed"}),
            json!({"email": "billing@acme.example", "cname_status": "verified"}),
        ],
    );
    let o = alone(ProbeRule::SupportAddresses, &addresses);
    assert_eq!(
        (o.value.clone(), o.total, o.suggests, o.direct),
        (Observed::Count(1), Some(2), Suggestion::Partial, false)
    );
    assert_eq!(o.names, vec!["acme.example".to_string()]);
    let fields = list(
        Endpoint::TicketFields,
        vec![
            json!({"type": "partialcreditcard", "title": "Card", "active": true}),
            json!({"type": "partialcreditcard", "title": "Old card", "active": false}),
            json!({"type": "text", "title": "Notes"}),
        ],
    );
    assert_eq!(
        says(&alone(ProbeRule::CardField, &fields)),
        "1 active ticket field keeps only the last four digits of card numbers: Card"
    );
    // Ticket access: admins apart; a missing key is unknown.
    let mut staff = list(
        Endpoint::Staff,
        vec![
            json!({"name": "A", "role": "agent", "active": true, "ticket_restriction": null}),
            json!({"name": "B", "role": "agent", "active": true, "ticket_restriction": "groups"}),
            json!({"name": "C", "role": "admin", "active": true, "ticket_restriction": null}),
        ],
    );
    let o = alone(ProbeRule::AgentTicketScope, &staff);
    assert_eq!((o.value.clone(), o.total), (Observed::Count(1), Some(2)));
    assert!(o.names.is_empty());
    staff.items = vec![json!({"name": "A", "role": "agent", "active": true})];
    assert_eq!(
        alone(ProbeRule::AgentTicketScope, &staff).value,
        Observed::Word(Word::NotShown)
    );
}

/// Mailed attachments, and how far back the audit log reaches.
#[test]
fn attachments_and_the_audit_log_are_read_from_documented_shapes() {
    use crate::lang::Lang::En;
    let says = |o: &Observation| crate::messages::observation_text(En, o);
    // Mailed attachments make private attachments only partial.
    let mailed = settings(
        json!({"settings": {"tickets": {"private_attachments": true, "email_attachments": "true"}}}),
    );
    let o = alone(ProbeRule::AttachmentPrivacy, &mailed);
    assert_eq!((o.suggests, o.direct), (Suggestion::Partial, false));
    assert!(says(&o).contains("as files"));
    // The audit log's oldest entry.
    let audit = document(
        Endpoint::AuditLog,
        json!({"audit_logs": [{"created_at": "2025-03-01T10:00:00Z"}]}),
    );
    assert_eq!(
        says(&alone(ProbeRule::AuditLog, &audit)),
        "the account audit log is available, with entries back to 2025-03-01"
    );
}

/// Setting changes: only those after the previous probe (or within the
/// first look), on the questions whose rules read the setting, with who
/// made them in the assessment but not in a shareable report.
#[test]
fn setting_changes_are_kept_since_the_last_probe_and_tied_to_their_rules() {
    let entry = |label: &str, at: &str, actor: &str| {
        json!({"source_label": label, "change_description": "Turned off",
               "created_at": at, "actor_name": actor, "source_type": "account_setting"})
    };
    let feed = document(
        Endpoint::SettingChanges,
        json!({"audit_logs": [
            entry("Require two-factor authentication", "2026-11-25T09:00:00Z", "A. Admin"),
            entry("Mobile app access", "2026-11-20T09:00:00Z", "B. Admin"),
            entry("Agent session timeout", "2026-10-01T09:00:00Z", "C. Admin"),
        ]}),
    );
    let mut all = Read::new();
    all.insert(Endpoint::SettingChanges, feed.clone());
    // A first probe (fetched 2026-11-26) looks back 30 days.
    changes::keep_since(&mut all, None);
    let got = all[&Endpoint::SettingChanges].clone();
    let o = observe(ProbeRule::SettingChanges, &got, &all);
    assert_eq!(o.value, Observed::Count(2));
    assert!(o.shows_setting_changes() && !o.direct);
    let text = crate::messages::observation_text(crate::lang::Lang::En, &o);
    assert_eq!(
        text,
        "2 account setting changes since 2026-10-27 (the audit log): Require two-factor authentication: Turned off (2026-11-25, by A. Admin); Mobile app access: Turned off (2026-11-20, by B. Admin)"
    );
    let shared = crate::messages::observation_text(crate::lang::Lang::En, &o.for_report());
    assert!(
        !shared.contains("Admin") && shared.contains("Turned off (2026-11-25)"),
        "{shared}"
    );
    let two_factor = changes_touching(
        &all,
        &[ProbeRule::TwoFactorEnforced, ProbeRule::StaffTwoFactor],
    )
    .expect("the two-factor change");
    assert_eq!(two_factor.value, Observed::Count(1));
    assert!(changes_touching(&all, &[ProbeRule::Channels]).is_none());
    // Since a later probe, only what came after it.
    let mut all = Read::new();
    all.insert(Endpoint::SettingChanges, feed);
    changes::keep_since(
        &mut all,
        Some("2026-11-22T00:00:00Z".parse().expect("time")),
    );
    assert_eq!(all[&Endpoint::SettingChanges].items.len(), 1);
    assert!(changes_touching(&all, &[ProbeRule::MobileAccess]).is_none());
}
