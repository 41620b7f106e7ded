//! Each rule on small hand-made responses shaped as Zendesk documents
//! them: what it counts, names and suggests, whether it is direct or only
//! to verify, and that it says "not shown" rather than guess. The
//! helpers here build those responses; the tests are in the files of
//! their area.

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
        pages: 1,
        since: None,
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

#[path = "rules_account_tests.rs"]
mod account;
#[path = "rules_recommended_tests.rs"]
mod recommended;
#[path = "rules_recommended_cases_tests.rs"]
mod recommended_cases;
#[path = "rules_settings_tests.rs"]
mod settings;
