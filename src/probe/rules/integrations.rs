//! Rules on what is connected to the account and where ticket data goes:
//! apps and their restrictions, private apps, ticket sharing, business
//! rules that send data out.

use serde_json::Value;

use super::{
    Reading, active_webhooks, enabled_installations, flag, limit_names, partial_if_any, select,
    sends_in_clear,
};
use crate::assessment::{Observation, Suggestion};
use crate::probe::Endpoint;

/// The apps' names (`settings.name`), made safe to show.
fn app_names(apps: &[&Value]) -> Vec<String> {
    limit_names(
        apps.iter()
            .filter_map(|i| i.pointer("/settings/name").and_then(Value::as_str)),
    )
}

/// An installation's role and group restrictions (`role_restrictions`,
/// `group_restrictions`: lists of role or group ids, `null` when none).
/// Read beside `enabled` and, as some installations carry them, in its
/// `settings`.
fn restricted(installation: &Value) -> bool {
    ["role_restrictions", "group_restrictions"]
        .iter()
        .any(|key| {
            [
                installation.get(*key),
                installation.pointer(&format!("/settings/{key}")),
            ]
            .into_iter()
            .flatten()
            .any(|v| v.as_array().is_some_and(|ids| !ids.is_empty()))
        })
}

/// Enabled apps open to every role and group. Every one restricted is
/// what the question asks; an open app may be meant for everyone, so an
/// open one is only to verify.
pub(super) fn app_restrictions(r: &Reading) -> Observation {
    let on = enabled_installations(r.got);
    let open = select(&on, |i| !restricted(i));
    let (suggests, direct) = match (on.is_empty(), open.is_empty()) {
        (true, _) => (Suggestion::Hint, false),
        (false, true) => (Suggestion::Yes, true),
        (false, false) => (Suggestion::Hint, false),
    };
    let mut o = r.counted(open.clone(), on.len(), suggests, direct);
    o.names = app_names(&open);
    o
}

/// Apps installed but turned off: kept, not used, which the question asks
/// to remove at each review.
pub(super) fn apps_disabled(r: &Reading) -> Observation {
    let installed: Vec<&Value> = r.got.items.iter().collect();
    let off = select(&installed, |i| {
        i.get("enabled").and_then(flag) == Some(false)
    });
    let mut o = r.counted(off.clone(), installed.len(), partial_if_any(&off), false);
    o.names = app_names(&off);
    o
}

/// The apps the account owns (`apps/owned`: private apps, with
/// `deprecated` and `obsolete`): code the subscriber maintains, and
/// what is past its time.
pub(super) fn owned_apps(r: &Reading) -> Observation {
    let owned: Vec<&Value> = r.got.items.iter().collect();
    let old = select(&owned, |a| {
        a.get("deprecated").and_then(flag) == Some(true)
            || a.get("obsolete").and_then(flag) == Some(true)
    });
    let mut o = r.counted(old.clone(), owned.len(), partial_if_any(&old), false);
    o.names = limit_names(
        owned
            .iter()
            .filter_map(|a| a.get("name").and_then(Value::as_str)),
    );
    o.facts.insert("old".into(), old.len().to_string());
    o
}

/// Ticket-sharing agreements in force (`status` "accepted"), named by the
/// partner (`partner_name`, else `remote_subdomain`): another Zendesk
/// account, and its people, see the shared tickets.
pub(super) fn sharing_agreements(r: &Reading) -> Observation {
    let all: Vec<&Value> = r.got.items.iter().collect();
    let accepted = select(&all, |a| {
        a.get("status").and_then(Value::as_str) == Some("accepted")
    });
    let mut o = r.counted(accepted.clone(), all.len(), Suggestion::Hint, false);
    o.names = limit_names(accepted.iter().filter_map(|a| {
        let text = |key: &str| a.get(key).and_then(Value::as_str);
        text("partner_name").or_else(|| text("remote_subdomain"))
    }));
    o
}

/// The actions that send ticket data out of Zendesk (triggers and
/// automations: `notification_webhook` with the webhook's id first,
/// `notification_target`, `share_ticket`).
const SENDING: [&str; 3] = [
    "notification_webhook",
    "notification_target",
    "share_ticket",
];

/// Active triggers and automations whose actions send ticket data out.
/// One that calls a webhook whose address is `http://` sends it
/// unencrypted: partial, to verify.
pub(super) fn ticket_data_out(r: &Reading) -> Observation {
    let mut rules: Vec<&Value> = r.got.items.iter().collect();
    if let Some(automations) = r.all.get(&Endpoint::Automations) {
        rules.extend(automations.items.iter());
    }
    let active = select(&rules, |b| b.get("active").and_then(flag) != Some(false));
    let actions = |b: &Value| -> Vec<(String, Value)> {
        b.get("actions")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|a| {
                let field = a.get("field").and_then(Value::as_str)?;
                Some((
                    field.to_string(),
                    a.get("value").cloned().unwrap_or(Value::Null),
                ))
            })
            .collect()
    };
    let sending = select(&active, |b| {
        actions(b)
            .iter()
            .any(|(f, _)| SENDING.contains(&f.as_str()))
    });
    let plain: Vec<String> = plain_webhooks(r);
    let to_plain = select(&sending, |b| {
        actions(b).iter().any(|(f, v)| {
            f == "notification_webhook" && webhook_id(v).is_some_and(|id| plain.contains(&id))
        })
    });
    let mut o = r.counted(
        sending.clone(),
        active.len(),
        partial_if_any(&to_plain),
        false,
    );
    o.names = limit_names(
        sending
            .iter()
            .filter_map(|b| b.get("title").and_then(Value::as_str)),
    );
    o.facts.insert("plain".into(), to_plain.len().to_string());
    o
}

/// The ids of the active webhooks that send to `http://`.
fn plain_webhooks(r: &Reading) -> Vec<String> {
    r.all
        .get(&Endpoint::Webhooks)
        .map(|w| {
            active_webhooks(w)
                .into_iter()
                .filter(|w| sends_in_clear(w))
                .filter_map(|w| w.get("id").map(id_text))
                .collect()
        })
        .unwrap_or_default()
}

/// A webhook action's webhook id: the first of its value's list, or the
/// value itself.
fn webhook_id(value: &Value) -> Option<String> {
    match value {
        Value::Array(parts) => parts.first().map(id_text),
        Value::String(_) | Value::Number(_) => Some(id_text(value)),
        _ => None,
    }
}

/// An id as text, whether sent as a number or a string.
fn id_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_string(),
        other => other.to_string(),
    }
}
