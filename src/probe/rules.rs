//! The probe's rules: what each reads in a response and what it suggests.
//! They only suggest; a person answers. A 403 or 404 is itself an
//! observation ("not available on this plan or role"), never an error.

use jiff::{SignedDuration, Timestamp};
use serde_json::Value;

use super::Fetched;
use crate::assessment::observations::MAX_NAMES;
use crate::assessment::{Observation, Observed, Suggestion};
use crate::questionnaire::ProbeRule;

/// How long without a sign-in makes a team member inactive.
pub const INACTIVE_DAYS: i64 = 90;

/// The observation `rule` makes of what its endpoint returned.
pub fn observe(rule: ProbeRule, got: &Fetched) -> Observation {
    let base = |field: &str, value: Observed, suggests: Suggestion| Observation {
        rule: rule.as_str().to_string(),
        endpoint: got.endpoint.request().to_string(),
        field: field.to_string(),
        value,
        total: None,
        names: Vec::new(),
        status: got.status,
        fetched_at: got.fetched_at,
        sha256: got.sha256.clone(),
        suggests,
    };
    let field = field_of(rule);
    if matches!(got.status, 403 | 404) {
        // No audit log on the plan: it cannot be reviewed.
        let suggests = if rule == ProbeRule::AuditLog {
            Suggestion::No
        } else {
            Suggestion::Hint
        };
        return base(field, Observed::Word("unavailable".into()), suggests);
    }
    let counted = |matching: Vec<&Value>, of: usize, suggests: Suggestion| Observation {
        total: Some(of as u64),
        names: names_of(&matching),
        ..base(field, Observed::Count(matching.len() as u64), suggests)
    };
    let setting = |pointer: &str| got.document.pointer(pointer).and_then(Value::as_bool);
    match rule {
        ProbeRule::StaffTwoFactor => {
            let staff = active_staff(got);
            let known: Vec<&Value> = staff
                .iter()
                .copied()
                .filter(|u| {
                    u.get("two_factor_auth_enabled")
                        .is_some_and(Value::is_boolean)
                })
                .collect();
            let without: Vec<&Value> = known
                .iter()
                .copied()
                .filter(|u| u.get("two_factor_auth_enabled") == Some(&Value::Bool(false)))
                .collect();
            let suggests = if known.is_empty() {
                Suggestion::Hint
            } else if without.is_empty() {
                Suggestion::Yes
            } else if without.len() == known.len() {
                Suggestion::No
            } else {
                Suggestion::Partial
            };
            counted(without, known.len(), suggests)
        }
        ProbeRule::StaffInactive => {
            let staff = active_staff(got);
            let cutoff = got
                .fetched_at
                .checked_sub(SignedDuration::from_hours(24 * INACTIVE_DAYS))
                .unwrap_or(Timestamp::MIN);
            let inactive = select(&staff, |u| {
                u.get("last_login_at")
                    .and_then(Value::as_str)
                    .and_then(|t| t.parse::<Timestamp>().ok())
                    .is_none_or(|at| at < cutoff)
            });
            let suggests = partial_if_any(&inactive);
            counted(inactive, staff.len(), suggests)
        }
        ProbeRule::AdminCount => {
            let staff = active_staff(got);
            let admins = select(&staff, |u| {
                u.get("role").and_then(Value::as_str) == Some("admin")
            });
            counted(admins, staff.len(), Suggestion::Hint)
        }
        ProbeRule::ApiPasswordAccess => match setting("/settings/api/api_password_access") {
            Some(true) => base(field, Observed::Flag(true), Suggestion::Partial),
            Some(false) => base(field, Observed::Flag(false), Suggestion::Hint),
            None => not_shown(base(field, Observed::Flag(false), Suggestion::Hint)),
        },
        ProbeRule::ApiTokenAccess => match setting("/settings/api/api_token_access") {
            // No token can be used: the token duties do not apply.
            Some(false) => base(field, Observed::Flag(false), Suggestion::Na),
            Some(true) => base(field, Observed::Flag(true), Suggestion::Hint),
            None => not_shown(base(field, Observed::Flag(false), Suggestion::Hint)),
        },
        ProbeRule::PrivateApps => match setting("/settings/apps/create_private") {
            Some(on) => base(field, Observed::Flag(on), Suggestion::Hint),
            None => not_shown(base(field, Observed::Flag(false), Suggestion::Hint)),
        },
        ProbeRule::Channels => {
            let on: Vec<String> = CHANNELS
                .iter()
                .filter(|c| setting(&format!("/settings/active_features/{c}")) == Some(true))
                .map(|c| (*c).to_string())
                .collect();
            Observation {
                total: Some(CHANNELS.len() as u64),
                names: on.clone(),
                ..base(field, Observed::Count(on.len() as u64), Suggestion::Hint)
            }
        }
        ProbeRule::AuditLog => base(field, Observed::Word("available".into()), Suggestion::Hint),
        ProbeRule::WebhookTls => {
            let all: Vec<&Value> = got.items.iter().collect();
            let plain = select(&all, |w| {
                w.get("endpoint")
                    .and_then(Value::as_str)
                    .is_some_and(|e| e.trim().to_ascii_lowercase().starts_with("http://"))
            });
            let suggests = partial_if_any(&plain);
            counted(plain, all.len(), suggests)
        }
        ProbeRule::WebhookAuth => {
            let all: Vec<&Value> = got.items.iter().collect();
            let open = select(&all, |w| w.get("authentication").is_none_or(Value::is_null));
            counted(open, all.len(), Suggestion::Hint)
        }
        ProbeRule::OauthClients => {
            let all: Vec<&Value> = got.items.iter().collect();
            let n = all.len();
            counted(all, n, Suggestion::Hint)
        }
        ProbeRule::HostMapping => {
            let all: Vec<&Value> = got.items.iter().collect();
            let mapped = select(&all, |b| {
                b.get("host_mapping")
                    .and_then(Value::as_str)
                    .is_some_and(|h| !h.trim().is_empty())
            });
            let mut observation = counted(mapped.clone(), all.len(), Suggestion::Hint);
            if mapped.is_empty() {
                // No own domain: nothing to serve over HTTPS.
                observation.suggests = Suggestion::Na;
            } else {
                observation.names = limit_names(
                    mapped
                        .iter()
                        .filter_map(|b| b.get("host_mapping").and_then(Value::as_str)),
                );
            }
            observation
        }
    }
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
    match rule {
        ProbeRule::StaffTwoFactor => "/users/*/two_factor_auth_enabled",
        ProbeRule::StaffInactive => "/users/*/last_login_at",
        ProbeRule::AdminCount => "/users/*/role",
        ProbeRule::ApiPasswordAccess => "/settings/api/api_password_access",
        ProbeRule::ApiTokenAccess => "/settings/api/api_token_access",
        ProbeRule::AuditLog => "/audit_logs",
        ProbeRule::WebhookTls => "/webhooks/*/endpoint",
        ProbeRule::WebhookAuth => "/webhooks/*/authentication",
        ProbeRule::OauthClients => "/clients/*/name",
        ProbeRule::HostMapping => "/brands/*/host_mapping",
        ProbeRule::Channels => "/settings/active_features",
        ProbeRule::PrivateApps => "/settings/apps/create_private",
    }
}

/// A setting the response did not hold: said so, not guessed.
fn not_shown(mut observation: Observation) -> Observation {
    observation.value = Observed::Word("not shown".into());
    observation
}

/// Admins and agents who are neither suspended nor inactive.
fn active_staff(got: &Fetched) -> Vec<&Value> {
    got.items
        .iter()
        .filter(|u| u.get("suspended") != Some(&Value::Bool(true)))
        .filter(|u| u.get("active") != Some(&Value::Bool(false)))
        .filter(|u| {
            matches!(
                u.get("role").and_then(Value::as_str),
                Some("admin" | "agent")
            )
        })
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
