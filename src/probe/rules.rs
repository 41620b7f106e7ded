//! The probe's rules: what each reads in a response and what it suggests.
//! They only suggest; a person answers. A 403 or 404 on a first page is
//! itself an observation ("not available on this plan or role").
//!
//! Two kinds: a rule that reads a **setting** answering its question
//! (two-factor enforcement, the password level) makes *direct*
//! observations, the only ones that can contradict an answer or be taken
//! as one; a rule that **infers** from the account's data (who enrolled in
//! 2FA, who has not signed in, what webhooks there are) makes observations
//! that are only *to verify*. Every field read is documented by Zendesk;
//! the page is cited beside the code that reads it.

use std::collections::BTreeMap;

use jiff::{SignedDuration, Timestamp};
use serde_json::Value;

use super::{Endpoint, Fetched};

mod account_data;
pub mod changes;
mod integrations;
mod people;
mod settings;
mod sign_in;
use crate::assessment::observations::MAX_NAMES;
use crate::assessment::observations::{RuleName, Word};
use crate::assessment::{Observation, Observed, Suggestion};
use crate::questionnaire::ProbeRule;

/// How long without a sign-in makes a team member inactive (and how new
/// an account must be to be left out of that count).
pub const INACTIVE_DAYS: i64 = 90;

/// The longest inactivity timeouts the questionnaire accepts without an
/// approval: team members, end users (minutes).
pub const TIMEOUT_LIMITS: (i64, i64) = (60, 480);

/// Everything the probe read, by endpoint.
pub type Read = BTreeMap<Endpoint, Fetched>;

/// One rule reading its endpoint's response: what every rule's function
/// is given.
struct Reading<'a> {
    rule: ProbeRule,
    /// The response of the rule's endpoint.
    got: &'a Fetched,
    /// Everything read, for rules that weigh more than one response.
    all: &'a Read,
    /// The field the rule reads, named in the observation.
    field: &'static str,
}

impl Reading<'_> {
    /// An observation of `value` with what it suggests, and whether it is
    /// direct (a setting that answers the question) or only to verify.
    fn base(&self, value: Observed, suggests: Suggestion, direct: bool) -> Observation {
        Observation {
            rule: RuleName::Known(self.rule),
            endpoint: self.got.endpoint.request().to_string(),
            field: self.field.to_string(),
            value,
            total: None,
            names: Vec::new(),
            status: self.got.status,
            fetched_at: self.got.fetched_at,
            sha256: self.got.sha256.clone(),
            suggests,
            direct,
            facts: Default::default(),
        }
    }

    /// How many of `of` items match, with some of their names.
    fn counted(
        &self,
        matching: Vec<&Value>,
        of: usize,
        suggests: Suggestion,
        direct: bool,
    ) -> Observation {
        Observation {
            total: Some(of as u64),
            names: names_of(&matching),
            ..self.base(Observed::Count(matching.len() as u64), suggests, direct)
        }
    }

    /// The response does not show the field.
    fn not_shown(&self) -> Observation {
        self.base(Observed::Word(Word::NotShown), Suggestion::Hint, false)
    }

    /// A security setting: developer.zendesk.com/api-reference/ticketing/
    /// account-configuration/security_settings (`security_settings`, its
    /// `authentication.agent` / `authentication.end_user` objects, `ip`).
    fn security(&self, pointer: &str) -> Option<&Value> {
        self.got
            .document
            .pointer(&format!("/security_settings{pointer}"))
    }

    /// An account setting (`settings`).
    fn account(&self, pointer: &str) -> Option<&Value> {
        self.got.document.pointer(&format!("/settings{pointer}"))
    }
}

/// The observation `rule` makes of what its endpoint returned (`got`),
/// weighed with the rest of what was read (`all`).
pub fn observe(rule: ProbeRule, got: &Fetched, all: &Read) -> Observation {
    let r = Reading {
        rule,
        got,
        all,
        field: field_of(rule),
    };
    if matches!(got.status, 403 | 404) {
        // Zendesk answers so when the plan lacks the feature (the audit log
        // is Enterprise only: developer.zendesk.com/rest_api/docs/support/
        // audit_logs). An audit log that does not exist cannot be
        // reviewed: the duty looks not to apply, to verify, never "no".
        let suggests = if rule == ProbeRule::AuditLog {
            Suggestion::Na
        } else {
            Suggestion::Hint
        };
        return r.base(Observed::Word(Word::Unavailable), suggests, false);
    }
    match rule {
        ProbeRule::TwoFactorEnforced => settings::two_factor_enforced(&r),
        ProbeRule::PasswordLevel => {
            settings::password_level(&r.got.document, |v, s, d| r.base(v, s, d))
        }
        ProbeRule::SsoSignIn => sign_in::sso_sign_in(&r),
        ProbeRule::SessionTimeout => settings::session_timeout(&r),
        ProbeRule::AccountAssumption => settings::account_assumption(&r),
        ProbeRule::IpRestrictions => settings::ip_restrictions(&r),
        ProbeRule::MobileAccess => settings::mobile_access(&r),
        ProbeRule::StaffTwoFactor => {
            people::staff_two_factor(r.got, r.all, |v, s, d| r.base(v, s, d))
        }
        ProbeRule::StaffInactive => people::staff_inactive(&r),
        ProbeRule::AdminCount => people::admin_count(&r),
        ProbeRule::CustomRoles => people::custom_roles(&r),
        ProbeRule::ApiTokenAccess => settings::api_token_access(&r),
        ProbeRule::OauthTokens => people::oauth_tokens(&r),
        ProbeRule::AttachmentPrivacy => settings::attachment_privacy(&r),
        ProbeRule::Channels => settings::channels(&r),
        ProbeRule::AuditLog => settings::audit_log(&r),
        ProbeRule::WebhookTls => people::webhook_tls(&r),
        ProbeRule::WebhookAuth => people::webhook_auth(&r),
        ProbeRule::OauthClients => people::oauth_clients(&r),
        ProbeRule::AppsInstalled => people::apps_installed(&r),
        ProbeRule::HostMapping => people::host_mapping(&r),
        ProbeRule::DeletionSchedules => people::deletion_schedules(&r),
        ProbeRule::AdminSetPasswords => settings::admin_set_passwords(&r),
        ProbeRule::EmailSenderAuth => settings::email_sender_auth(&r),
        ProbeRule::EndUserSignIn => settings::end_user_sign_in(&r),
        ProbeRule::Sandbox => settings::sandbox(&r),
        ProbeRule::SsoBypass => sign_in::sso_bypass(&r),
        ProbeRule::EndUserSocialSignIn => sign_in::end_user_social_sign_in(&r),
        ProbeRule::PasswordChangeNotice => sign_in::password_change_notice(&r),
        ProbeRule::AppRestrictions => integrations::app_restrictions(&r),
        ProbeRule::AppsDisabled => integrations::apps_disabled(&r),
        ProbeRule::OwnedApps => integrations::owned_apps(&r),
        ProbeRule::SharingAgreements => integrations::sharing_agreements(&r),
        ProbeRule::TicketDataOut => integrations::ticket_data_out(&r),
        ProbeRule::HelpCenter => account_data::help_center(&r),
        ProbeRule::SupportAddresses => account_data::support_addresses(&r),
        ProbeRule::CardField => account_data::card_field(&r),
        ProbeRule::AgentTicketScope => account_data::agent_ticket_scope(&r),
        ProbeRule::SettingChanges => changes::setting_changes(&r),
        ProbeRule::AccessLog => settings::access_log(&r),
    }
}

/// The setting changes (read into `all` and kept by
/// [`changes::keep_since`]) that touch one of `rules`, for a question
/// that reads those settings without listing `setting-changes` itself.
pub fn changes_touching(all: &Read, rules: &[ProbeRule]) -> Option<Observation> {
    let got = all.get(&Endpoint::SettingChanges)?;
    let r = Reading {
        rule: ProbeRule::SettingChanges,
        got,
        all,
        field: field_of(ProbeRule::SettingChanges),
    };
    changes::touching(&r, rules)
}

/// A boolean as Zendesk sends it: `true`/`false`, or the strings
/// `"true"`/`"false"` (as in the account settings' documented example).
fn flag(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// The moment before which a sign-in or a use is [`INACTIVE_DAYS`] old,
/// counted from when the response was fetched.
fn inactive_before(got: &Fetched) -> Timestamp {
    got.fetched_at
        .checked_sub(SignedDuration::from_hours(24 * INACTIVE_DAYS))
        .unwrap_or(Timestamp::MIN)
}

/// The items `keep` accepts.
fn select<'a>(items: &[&'a Value], keep: impl Fn(&Value) -> bool) -> Vec<&'a Value> {
    items.iter().copied().filter(|v| keep(v)).collect()
}

/// Partial when any item is found wanting, else only a hint (that none is
/// does not show the whole duty met).
fn partial_if_any(found: &[&Value]) -> Suggestion {
    if found.is_empty() {
        Suggestion::Hint
    } else {
        Suggestion::Partial
    }
}

/// The channels read from `active_features`.
const CHANNELS: [&str; 4] = ["chat", "voice", "facebook", "twitter"];

/// The field each rule reads, as a JSON pointer (`*`: every item).
pub fn field_of(rule: ProbeRule) -> &'static str {
    use ProbeRule as R;
    match rule {
        R::TwoFactorEnforced => "/security_settings/authentication/agent/two_factor_enforce",
        R::PasswordLevel => "/security_settings/authentication/*/security_policy_name",
        R::SsoSignIn => "/security_settings/authentication/agent",
        R::SessionTimeout => "/security_settings/agent_session_timeout",
        R::AccountAssumption => "/security_settings/assumption_duration",
        R::IpRestrictions => "/security_settings/ip/ip_restriction_enabled",
        R::MobileAccess => "/security_settings/mobile_app_access",
        R::StaffTwoFactor => "/users/*/two_factor_auth_enabled",
        R::StaffInactive => "/users/*/last_login_at",
        R::AdminCount => "/users/*/role",
        R::CustomRoles => "/custom_roles/*/configuration",
        R::ApiTokenAccess => "/settings/api/api_token_access",
        R::OauthTokens => "/tokens/*/scopes",
        R::AttachmentPrivacy => "/settings/tickets/private_attachments",
        R::AuditLog => "/audit_logs",
        R::WebhookTls => "/webhooks/*/endpoint",
        R::WebhookAuth => "/webhooks/*/authentication",
        R::OauthClients => "/clients/*/name",
        R::AppsInstalled => "/installations/*/enabled",
        R::HostMapping => "/brands/*/host_mapping",
        R::Channels => "/settings/active_features",
        R::DeletionSchedules => "/deletion_schedules/*/object",
        R::AdminSetPasswords => "/security_settings/admins_can_set_user_passwords",
        R::EmailSenderAuth => "/settings/email/email_sender_authentication",
        R::EndUserSignIn => "/security_settings/authentication/end_user",
        R::Sandbox => "/settings/active_features/sandbox",
        R::SsoBypass => "/security_settings/authentication/agent/remote_bypass",
        R::EndUserSocialSignIn => "/security_settings/authentication/end_user",
        R::PasswordChangeNotice => "/security_settings/email_agent_when_sensitive_fields_changed",
        R::AppRestrictions => "/installations/*/role_restrictions",
        R::AppsDisabled => "/installations/*/enabled",
        R::OwnedApps => "/apps/*/deprecated",
        R::SharingAgreements => "/sharing_agreements/*/status",
        R::TicketDataOut => "/triggers/*/actions",
        R::HelpCenter => "/brands/*/help_center_state",
        R::SupportAddresses => "/recipient_addresses/*/cname_status",
        R::CardField => "/ticket_fields/*/type",
        R::AgentTicketScope => "/users/*/ticket_restriction",
        R::SettingChanges => "/audit_logs/*/source_label",
        R::AccessLog => "/access_logs",
    }
}

/// Admins and agents who are neither suspended nor inactive.
fn active_staff(got: &Fetched) -> Vec<&Value> {
    got.items
        .iter()
        .filter(|u| u.get("suspended").and_then(flag) != Some(true))
        .filter(|u| u.get("active").and_then(flag) != Some(false))
        .filter(|u| {
            matches!(
                u.get("role").and_then(Value::as_str),
                Some("admin" | "agent")
            )
        })
        .collect()
}

/// Webhooks in use: `status` "active" (webhooks API); an inactive one
/// sends nothing.
fn active_webhooks(got: &Fetched) -> Vec<&Value> {
    got.items
        .iter()
        .filter(|w| w.get("status").and_then(Value::as_str) != Some("inactive"))
        .collect()
}

/// Whether an active webhook sends to a plain `http://` address.
fn sends_in_clear(webhook: &Value) -> bool {
    webhook
        .get("endpoint")
        .and_then(Value::as_str)
        .is_some_and(|e| e.trim().to_ascii_lowercase().starts_with("http://"))
}

/// App installations that are on (`enabled` not false).
fn enabled_installations(got: &Fetched) -> Vec<&Value> {
    got.items
        .iter()
        .filter(|i| i.get("enabled").and_then(flag) != Some(false))
        .collect()
}

/// Brands in use: `active`, not `is_deleted`.
fn live_brands(got: &Fetched) -> Vec<&Value> {
    got.items
        .iter()
        .filter(|b| b.get("active").and_then(flag) != Some(false))
        .filter(|b| b.get("is_deleted").and_then(flag) != Some(true))
        .collect()
}

/// The `name` of each item, cleaned, at most [`MAX_NAMES`].
fn names_of(items: &[&Value]) -> Vec<String> {
    limit_names(
        items
            .iter()
            .filter_map(|i| i.get("name").and_then(Value::as_str)),
    )
}

/// Names made safe to show (one line, no controls, at most 80
/// characters), at most [`MAX_NAMES`] of them.
fn limit_names<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    names
        .take(MAX_NAMES)
        .map(|n| crate::sanitize::one_line(n).chars().take(80).collect())
        .collect()
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
