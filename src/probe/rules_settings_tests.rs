//! The rules of the first probe: settings, people, tokens, what is in use.

use serde_json::json;

use super::*;

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
