//! Rules on what the account holds and shows: help centers, support
//! addresses on the subscriber's domains, card fields, which tickets
//! agents reach.

use serde_json::Value;

use super::{Reading, active_staff, flag, limit_names, live_brands, select};
use crate::assessment::{Observation, Observed, Suggestion};

/// Brands with a help center turned on (brands: `has_help_center`,
/// `help_center_state` "enabled", "disabled" or "restricted", the last
/// open to agents only). With none, nothing is published and nobody
/// posts: not applicable, as the questions' help says.
pub(super) fn help_center(r: &Reading) -> Observation {
    let brands = live_brands(r.got);
    fn state(b: &Value) -> Option<&str> {
        b.get("help_center_state").and_then(Value::as_str)
    }
    let shown = brands
        .iter()
        .any(|b| state(b).is_some() || b.get("has_help_center").and_then(flag).is_some());
    if !shown {
        return r.not_shown();
    }
    let on = select(&brands, |b| {
        b.get("has_help_center").and_then(flag) != Some(false)
            && matches!(state(b), Some("enabled" | "restricted"))
    });
    let public = on.iter().filter(|b| state(b) == Some("enabled")).count();
    let (suggests, direct) = if on.is_empty() {
        (Suggestion::Na, true)
    } else {
        (Suggestion::Hint, true)
    };
    let mut o = r.counted(on.clone(), brands.len(), suggests, direct);
    o.facts.insert("public".into(), public.to_string());
    o
}

/// The domain of an address, lower-cased.
fn domain(address: &str) -> Option<String> {
    address
        .rsplit_once('@')
        .map(|(_, d)| d.trim().to_ascii_lowercase())
        .filter(|d| !d.is_empty())
}

/// Support addresses on the subscriber's own domains (support addresses:
/// `email`; an address of `*.zendesk.com` is Zendesk's) and their DNS
/// check `cname_status` ("unknown", "verified", "failed": whether the
/// CNAME records Zendesk needs, among them DKIM's, are set). With none of
/// its own, the question's help says not applicable; a failed check is to
/// verify (partial).
pub(super) fn support_addresses(r: &Reading) -> Observation {
    let addresses: Vec<&Value> = r.got.items.iter().collect();
    let own = select(&addresses, |a| {
        a.get("email")
            .and_then(Value::as_str)
            .and_then(domain)
            .is_some_and(|d| d != "zendesk.com" && !d.ends_with(".zendesk.com"))
    });
    let failed = select(&own, |a| {
        a.get("cname_status").and_then(Value::as_str) == Some("failed")
    });
    let (suggests, direct) = match (own.is_empty(), failed.is_empty()) {
        (true, _) => (Suggestion::Na, true),
        (false, false) => (Suggestion::Partial, false),
        (false, true) => (Suggestion::Hint, false),
    };
    let shown = if failed.is_empty() { &own } else { &failed };
    let mut domains: Vec<String> = shown
        .iter()
        .filter_map(|a| a.get("email").and_then(Value::as_str).and_then(domain))
        .collect();
    domains.sort();
    domains.dedup();
    let mut o = r.base(Observed::Count(failed.len() as u64), suggests, direct);
    o.total = Some(own.len() as u64);
    o.names = limit_names(domains.iter().map(String::as_str));
    o
}

/// Active ticket fields of type `partialcreditcard` ("a PCI-compliant
/// credit card field" keeping the last four digits; ticket fields).
pub(super) fn card_field(r: &Reading) -> Observation {
    let fields: Vec<&Value> = r.got.items.iter().collect();
    let cards = select(&fields, |f| {
        f.get("type").and_then(Value::as_str) == Some("partialcreditcard")
            && f.get("active").and_then(flag) != Some(false)
    });
    let mut o = r.counted(cards.clone(), fields.len(), Suggestion::Hint, false);
    o.names = limit_names(
        cards
            .iter()
            .filter_map(|f| f.get("title").and_then(Value::as_str)),
    );
    o
}

/// Agents (administrators reach every ticket anyway) whose
/// `ticket_restriction` is `null`: every ticket (users: "organization",
/// "groups", "assigned", "requested" or null). A missing key is unknown.
/// Counts only: these are people.
pub(super) fn agent_ticket_scope(r: &Reading) -> Observation {
    let staff = active_staff(r.got);
    let agents = select(&staff, |u| {
        u.get("role").and_then(Value::as_str) == Some("agent")
    });
    let shown = select(&agents, |u| u.get("ticket_restriction").is_some());
    if shown.is_empty() && !agents.is_empty() {
        return r.not_shown();
    }
    let everywhere = select(&shown, |u| {
        u.get("ticket_restriction").is_some_and(Value::is_null)
    });
    let mut o = r.base(
        Observed::Count(everywhere.len() as u64),
        Suggestion::Hint,
        false,
    );
    o.total = Some(shown.len() as u64);
    o
}
