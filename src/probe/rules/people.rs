//! Rules that count people, tokens and what is connected: inactive and
//! admin team members, broad roles, long-lived tokens, 2FA enrolment,
//! webhooks, OAuth clients, apps, host mappings, deletion schedules.

use jiff::Timestamp;
use serde_json::Value;

use super::{
    Read, Reading, active_staff, active_webhooks, enabled_installations, flag, inactive_before,
    limit_names, live_brands, names_of, partial_if_any, select, sends_in_clear,
};
use crate::assessment::observations::Word;
use crate::assessment::{Observation, Observed, Suggestion};
use crate::probe::{Endpoint, Fetched};

pub(super) fn staff_inactive(r: &Reading) -> Observation {
    // `last_login_at`: "Last time the user signed in to Zendesk
    // Support or made an API request using an API token"; people
    // created inside the window have not had the time to sign in.
    let staff = active_staff(r.got);
    let cutoff = inactive_before(r.got);
    let at = |u: &Value, key: &str| {
        u.get(key)
            .and_then(Value::as_str)
            .and_then(|t| t.parse::<Timestamp>().ok())
    };
    let old_enough: Vec<&Value> =
        select(&staff, |u| at(u, "created_at").is_none_or(|c| c < cutoff));
    let inactive = select(&old_enough, |u| {
        at(u, "last_login_at").is_none_or(|last| last < cutoff)
    });
    let suggests = partial_if_any(&inactive);
    let mut o = r.counted(inactive, old_enough.len(), suggests, false);
    o.facts
        .insert("new".into(), (staff.len() - old_enough.len()).to_string());
    o
}

pub(super) fn admin_count(r: &Reading) -> Observation {
    let staff = active_staff(r.got);
    let admins = select(&staff, |u| {
        u.get("role").and_then(Value::as_str) == Some("admin")
    });
    r.counted(admins, staff.len(), Suggestion::Hint, false)
}

pub(super) fn custom_roles(r: &Reading) -> Observation {
    // custom_roles: `configuration` flags such as
    // `end_user_profile_access` "full", `manage_business_rules`,
    // `assign_tickets_to_any_group`; `team_member_count`.
    // A role nobody holds grants nothing (`team_member_count` 0); a
    // missing count is kept.
    let all_roles: Vec<&Value> = r
        .got
        .items
        .iter()
        .filter(|r| r.get("team_member_count").and_then(Value::as_u64) != Some(0))
        .collect();
    let broad = select(&all_roles, |r| {
        let c = |key: &str| r.pointer(&format!("/configuration/{key}"));
        let word = |key: &str, values: &[&str]| {
            c(key)
                .and_then(Value::as_str)
                .is_some_and(|v| values.contains(&v))
        };
        word("end_user_profile_access", &["full", "edit"])
            || word("end_user_list_access", &["full"])
            || word("ticket_access", &["all"])
            || c("manage_business_rules").and_then(flag) == Some(true)
            || c("assign_tickets_to_any_group").and_then(flag) == Some(true)
    });
    r.counted(broad, all_roles.len(), Suggestion::Hint, false)
}

pub(super) fn oauth_tokens(r: &Reading) -> Observation {
    // oauth_tokens: `scopes`, `expires_at`, `client_id`, `global_client_id`.
    // Tokens of global clients (Zendesk's own apps, such as its mobile
    // app, `global_client_id` set) are not the subscriber's to control.
    let tokens: Vec<&Value> = r
        .got
        .items
        .iter()
        .filter(|t| t.get("global_client_id").is_none_or(Value::is_null))
        .collect();
    let risky = select(&tokens, |t| {
        let writes = t.get("scopes").and_then(Value::as_array).is_some_and(|s| {
            // `write`, `impersonate`, a bare resource (read and
            // write) or `RESOURCE:write`.
            s.iter().filter_map(Value::as_str).any(|s| {
                matches!(s, "write" | "impersonate")
                    || (!s.contains(':') && s != "read")
                    || s.ends_with(":write")
            })
        });
        // The question asks about expiry: an expiring token unused for
        // long is another matter.
        let endless = t.get("expires_at").is_none_or(Value::is_null);
        writes && endless
    });
    let suggests = partial_if_any(&risky);
    let labels: Vec<String> = risky
        .iter()
        .filter_map(|t| t.get("client_id"))
        .map(|c| match c.as_i64() {
            Some(n) => format!("client {n}"),
            None => format!("client {c}"),
        })
        .collect();
    let mut o = r.counted(risky, tokens.len(), suggests, false);
    o.names = limit_names(labels.iter().map(String::as_str));
    o
}

/// Team members who show Zendesk's 2FA set up: enrolment, not
/// enforcement, so only ever a hint. `two_factor_auth_enabled` is often
/// `null`; such users are counted as not shown, never dropped. When the
/// security settings show that nobody signs in with a Zendesk password,
/// nobody can enrol and the count says nothing.
pub(super) fn staff_two_factor(
    got: &Fetched,
    all: &Read,
    base: impl Fn(Observed, Suggestion, bool) -> Observation,
) -> Observation {
    let zendesk_login = all
        .get(&Endpoint::SecuritySettings)
        .filter(|s| s.status == 200)
        .and_then(|s| {
            s.document
                .pointer("/security_settings/authentication/agent/zendesk_login")
        })
        .and_then(flag);
    if zendesk_login == Some(false) {
        return base(Observed::Word(Word::SsoOnly), Suggestion::Hint, false);
    }
    let staff = active_staff(got);
    // A string "true" or "false" counts, as elsewhere (`flag`).
    let shown = |u: &&Value| u.get("two_factor_auth_enabled").and_then(flag);
    let off: Vec<&Value> = staff
        .iter()
        .copied()
        .filter(|u| shown(u) == Some(false))
        .collect();
    let on = staff.iter().filter(|u| shown(u) == Some(true)).count();
    let unknown = staff.len() - on - off.len();
    let mut o = Observation {
        total: Some(staff.len() as u64),
        names: names_of(&off),
        ..base(Observed::Count(off.len() as u64), Suggestion::Hint, false)
    };
    o.facts.insert("set_up".into(), on.to_string());
    o.facts.insert("not_shown".into(), unknown.to_string());
    o
}

pub(super) fn webhook_tls(r: &Reading) -> Observation {
    let active = active_webhooks(r.got);
    let plain = select(&active, sends_in_clear);
    let suggests = partial_if_any(&plain);
    r.counted(plain, active.len(), suggests, false)
}

pub(super) fn webhook_auth(r: &Reading) -> Observation {
    let active = active_webhooks(r.got);
    let open = select(&active, |w| {
        w.get("authentication").is_none_or(Value::is_null)
    });
    r.counted(open, active.len(), Suggestion::Hint, false)
}

pub(super) fn oauth_clients(r: &Reading) -> Observation {
    let all_clients: Vec<&Value> = r.got.items.iter().collect();
    let n = all_clients.len();
    r.counted(all_clients, n, Suggestion::Hint, false)
}

pub(super) fn apps_installed(r: &Reading) -> Observation {
    // apps/installations: `enabled`, `settings.name`.
    let enabled = enabled_installations(r.got);
    let mut o = r.counted(enabled.clone(), r.got.items.len(), Suggestion::Hint, false);
    o.names = limit_names(
        enabled
            .iter()
            .filter_map(|i| i.pointer("/settings/name").and_then(Value::as_str)),
    );
    o
}

pub(super) fn host_mapping(r: &Reading) -> Observation {
    // brands: `host_mapping` (admins only), `active`, `is_deleted`.
    let brands = live_brands(r.got);
    let mapped = select(&brands, |b| {
        b.get("host_mapping")
            .and_then(Value::as_str)
            .is_some_and(|h| !h.trim().is_empty())
    });
    // A value that is neither a text nor absent (a number, an object) says
    // nothing about the mapping: unknown, never "none".
    let unreadable = brands.iter().any(|b| {
        b.get("host_mapping")
            .is_some_and(|h| !h.is_null() && !h.is_string())
    });
    // Every page was read (a later page that failed stops the probe),
    // so no own domain means nothing to serve over HTTPS.
    let (suggests, direct) = if mapped.is_empty() && !unreadable {
        (Suggestion::Na, true)
    } else {
        (Suggestion::Hint, !unreadable)
    };
    let mut o = r.counted(mapped.clone(), brands.len(), suggests, direct);
    if !mapped.is_empty() {
        o.names = limit_names(
            mapped
                .iter()
                .filter_map(|b| b.get("host_mapping").and_then(Value::as_str)),
        );
    }
    o
}

pub(super) fn deletion_schedules(r: &Reading) -> Observation {
    // deletion_schedules: `active`, `object` ('zen:ticket', …).
    let schedules: Vec<&Value> = r.got.items.iter().collect();
    let active = select(&schedules, |s| s.get("active").and_then(flag) == Some(true));
    let mut objects: Vec<&str> = active
        .iter()
        .filter_map(|s| s.get("object").and_then(Value::as_str))
        .map(|o| o.trim_start_matches("zen:"))
        .collect();
    objects.sort_unstable();
    objects.dedup();
    let mut o = r.counted(active.clone(), schedules.len(), Suggestion::Hint, false);
    o.names = limit_names(objects.into_iter());
    o
}
