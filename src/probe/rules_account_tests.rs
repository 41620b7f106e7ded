//! The rules on sign-in set-ups, apps, sharing, business rules, published
//! data, attachments, the logs and setting changes.

use serde_json::json;

use super::*;

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
