//! Each rule on small hand-made responses: what it counts, names and
//! suggests, and that it says "not shown" rather than guess.

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

fn settings(document: Value) -> Fetched {
    Fetched {
        document,
        ..list(Endpoint::AccountSettings, Vec::new())
    }
}

fn user(name: &str, role: &str, two_factor: Value, last_login: Value) -> Value {
    json!({"name": name, "role": role, "active": true, "suspended": false,
           "two_factor_auth_enabled": two_factor, "last_login_at": last_login})
}

#[test]
fn two_factor_suggests_by_how_many_have_it() {
    let recent = json!("2026-11-20T00:00:00Z");
    let all = list(
        Endpoint::Staff,
        vec![
            user("A", "admin", json!(true), recent.clone()),
            user("B", "agent", json!(true), recent.clone()),
        ],
    );
    assert_eq!(
        observe(ProbeRule::StaffTwoFactor, &all).suggests,
        Suggestion::Yes
    );
    let none = list(
        Endpoint::Staff,
        vec![user("A", "admin", json!(false), recent.clone())],
    );
    assert_eq!(
        observe(ProbeRule::StaffTwoFactor, &none).suggests,
        Suggestion::No
    );
    // The field absent (an older API, a proxy): a hint, never a yes.
    let unknown = list(
        Endpoint::Staff,
        vec![user("A", "admin", Value::Null, recent)],
    );
    let o = observe(ProbeRule::StaffTwoFactor, &unknown);
    assert_eq!(o.suggests, Suggestion::Hint);
    assert_eq!(o.total, Some(0));
}

#[test]
fn end_users_and_suspended_staff_are_not_counted() {
    let old = json!("2020-01-01T00:00:00Z");
    let mut suspended = user("S", "agent", json!(false), old.clone());
    suspended["suspended"] = json!(true);
    let got = list(
        Endpoint::Staff,
        vec![
            suspended,
            user("E", "end-user", json!(false), old.clone()),
            user("A", "admin", json!(true), old),
        ],
    );
    let o = observe(ProbeRule::StaffInactive, &got);
    assert_eq!((o.value.clone(), o.total), (Observed::Count(1), Some(1)));
    assert_eq!(o.names, ["A"]);
    assert_eq!(o.suggests, Suggestion::Partial);
    let admins = observe(ProbeRule::AdminCount, &got);
    assert_eq!(admins.value, Observed::Count(1));
    assert_eq!(admins.suggests, Suggestion::Hint);
}

#[test]
fn settings_rules_read_their_flags_or_say_not_shown() {
    let on = settings(json!({"settings": {
        "api": {"api_password_access": false, "api_token_access": false},
        "apps": {"create_private": true},
        "active_features": {"chat": true, "voice": true, "facebook": false}
    }}));
    let tokens = observe(ProbeRule::ApiTokenAccess, &on);
    assert_eq!(tokens.suggests, Suggestion::Na);
    assert_eq!(tokens.value, Observed::Flag(false));
    assert_eq!(
        observe(ProbeRule::ApiPasswordAccess, &on).suggests,
        Suggestion::Hint
    );
    assert_eq!(
        observe(ProbeRule::PrivateApps, &on).value,
        Observed::Flag(true)
    );
    let channels = observe(ProbeRule::Channels, &on);
    assert_eq!(channels.names, ["chat", "voice"]);
    let empty = settings(json!({"settings": {}}));
    for rule in [
        ProbeRule::ApiPasswordAccess,
        ProbeRule::ApiTokenAccess,
        ProbeRule::PrivateApps,
    ] {
        let o = observe(rule, &empty);
        assert_eq!(o.value, Observed::Word("not shown".into()), "{rule:?}");
        assert_eq!(o.suggests, Suggestion::Hint, "{rule:?}");
    }
}

#[test]
fn integrations_are_counted_and_named() {
    let hooks = list(
        Endpoint::Webhooks,
        vec![
            json!({"name": "a", "endpoint": "HTTP://x.test", "authentication": null}),
            json!({"name": "b", "endpoint": "https://y.test", "authentication": {"type": "basic_auth"}}),
        ],
    );
    let plain = observe(ProbeRule::WebhookTls, &hooks);
    assert_eq!(
        (plain.value.clone(), plain.names.clone()),
        (Observed::Count(1), vec!["a".to_string()])
    );
    let open = observe(ProbeRule::WebhookAuth, &hooks);
    assert_eq!(open.names, ["a"]);
    let names: Vec<Value> = (0..30).map(|i| json!({"name": format!("c{i}")})).collect();
    let clients = observe(
        ProbeRule::OauthClients,
        &list(Endpoint::OauthClients, names),
    );
    assert_eq!(clients.value, Observed::Count(30));
    assert_eq!(
        clients.names.len(),
        crate::assessment::observations::MAX_NAMES
    );
}

#[test]
fn unavailable_endpoints_are_observations() {
    let mut got = list(Endpoint::AuditLog, Vec::new());
    got.status = 403;
    let audit = observe(ProbeRule::AuditLog, &got);
    assert_eq!(audit.suggests, Suggestion::No);
    assert!(audit.unavailable());
    got.endpoint = Endpoint::Webhooks;
    got.status = 404;
    assert_eq!(
        observe(ProbeRule::WebhookTls, &got).suggests,
        Suggestion::Hint
    );
}

#[test]
fn names_are_made_safe_to_show() {
    let got = list(
        Endpoint::OauthClients,
        vec![json!({"name": "evil\u{1b}[2J\nname"})],
    );
    let o = observe(ProbeRule::OauthClients, &got);
    assert!(!o.names[0].contains('\u{1b}') && !o.names[0].contains('\n'));
}
