//! The recommended-answer cases of host mapping, SSO bypass, end users'
//! social sign-in, session oversight, app restrictions, help centers,
//! DKIM and the sandbox.

use serde_json::json;

use super::recommended::{Case, brands};
use super::*;

/// Cases of the recommended-answer test, part 4: a rule, the question
/// it informs, a state it can observe and the answers the question's help
/// recommends there.
pub(super) fn recommended_4() -> Vec<Case> {
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
pub(super) fn recommended_5() -> Vec<Case> {
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
pub(super) fn recommended_6() -> Vec<Case> {
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
