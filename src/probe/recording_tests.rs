//! Tests of `recording.rs`.
use super::*;

/// P4: an app installation keeps only what the rules read (its
/// settings hold the app's own credentials under any name); IP ranges
/// are counted, not kept; tenant ids and audit texts are removed.
#[test]
fn recordings_keep_an_allow_list_of_installations_and_no_identifiers() {
    let mut installations = serde_json::json!({"installations": [{
        "id": 1, "app_id": 2, "enabled": true,
        "settings": {"name": "BI export", "api_token": "sekret-1", "API_token": "sekret-2",
                     "subdomain": "acme", "title": "BI"},
        "collapsible": true
    }]});
    scrub(&mut installations, Endpoint::AppInstallations, false, "");
    let text = installations.to_string();
    assert!(
        !text.contains("sekret") && !text.contains("subdomain"),
        "{text}"
    );
    assert!(
        text.contains("BI export") && text.contains("\"enabled\":true"),
        "{text}"
    );
    let mut security = serde_json::json!({"security_settings": {
        "ip": {"ip_restriction_enabled": true, "ip_ranges": "10.0.0.0/8 192.168.1.0/24"},
        "authentication": {"agent": {"office_365_allowed_tids": ["tenant-1"]}}
    }});
    scrub(&mut security, Endpoint::SecuritySettings, false, "");
    let text = security.to_string();
    assert!(
        !text.contains("10.0.0.0") && !text.contains("tenant-1"),
        "{text}"
    );
    assert!(text.contains("[range] [range]"), "{text}");
    let mut audit = serde_json::json!({"audit_logs": [{
        "change_description": "Email changed to ann@acme.example", "source_label": "Ann"
    }]});
    scrub(&mut audit, Endpoint::AuditLog, false, "");
    assert!(!audit.to_string().contains("ann@"), "{audit}");
    // With --record-personal-data, ranges and texts stay.
    let mut security = serde_json::json!({"ip": {"ip_ranges": "10.0.0.0/8"}});
    scrub(&mut security, Endpoint::SecuritySettings, true, "");
    assert!(security.to_string().contains("10.0.0.0/8"));
}

/// Identity providers' addresses and certificates, business rules'
/// messages, app authors and support mailboxes stay out of a
/// recording; what the rules read stays in.
#[test]
fn new_endpoints_keep_only_what_the_rules_read() {
    let mut remote = serde_json::json!({"remote_authentications": [{
        "id": 1, "is_active": true, "agent": true, "auth_mode_name": "saml",
        "fingerprint": "AA:BB", "remote_login_url": "https://idp.acme.example/sso",
        "client_id": "0oa-client", "ip_ranges": "10.0.0.0/8"
    }]});
    scrub(&mut remote, Endpoint::RemoteAuthentications, false, "");
    let text = remote.to_string();
    for gone in ["AA:BB", "idp.acme", "0oa-client", "10.0.0.0"] {
        assert!(!text.contains(gone), "{text}");
    }
    assert!(
        text.contains("\"is_active\":true") && text.contains("saml"),
        "{text}"
    );
    let mut triggers = serde_json::json!({"triggers": [{
        "id": 7, "title": "Escalate", "active": true,
        "conditions": {"all": [{"field": "requester_id", "value": "ann@acme.example"}]},
        "actions": [
            {"field": "notification_webhook", "value": ["01GWEBHOOK", "{\"secret\": \"body\"}"]},
            {"field": "notification_user", "value": ["requester_id", "Subject", "Dear Ann"]}
        ]
    }]});
    scrub(&mut triggers, Endpoint::Triggers, false, "");
    let text = triggers.to_string();
    assert!(
        !text.contains("ann@") && !text.contains("Dear Ann") && !text.contains("body"),
        "{text}"
    );
    assert!(
        text.contains("01GWEBHOOK") && text.contains("Escalate"),
        "{text}"
    );
    let mut owned = serde_json::json!({"apps": [{"id": 3, "name": "Billing", "deprecated": true,
        "author_email": "dev@acme.example", "author_name": "Dev"}]});
    scrub(&mut owned, Endpoint::OwnedApps, false, "");
    assert!(!owned.to_string().contains("dev@"), "{owned}");
    let mut addresses = serde_json::json!({"recipient_addresses": [{
        "email": "ann.smith@acme.example", "cname_status": "failed"}]});
    scrub(&mut addresses, Endpoint::RecipientAddresses, false, "");
    let text = addresses.to_string();
    assert!(
        !text.contains("ann.smith") && text.contains("@acme.example"),
        "{text}"
    );
}
