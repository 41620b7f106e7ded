//! The read-only Zendesk probe: asks the token's scopes first and stops
//! at anything beyond reading, GETs a compiled-in list of endpoints
//! ([`endpoint`]), and turns what they show into observations per
//! question ([`rules`]). It never changes an answer: the command stores
//! the observations beside them.
//!
//! Where responses come from is a [`Fetch`]: Zendesk ([`http::Live`]), a
//! recording ([`recording::Replay`]), or either kept as files
//! ([`recording::Recorder`]).

pub mod endpoint;
pub mod error;
pub mod http;
pub mod recording;
pub mod rules;
pub mod target;

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde_json::Value;
use sha2::{Digest, Sha256};

pub use endpoint::Endpoint;
pub use error::ProbeError;
pub use http::{Fetch, Reply};
pub use target::{BaseUrl, Token};

use crate::assessment::Observation;
use crate::questionnaire::{ProbeRule, Questionnaire};

/// The most pages read of one list.
pub const MAX_PAGES: usize = 100;

/// What one endpoint showed, every page read.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The endpoint.
    pub endpoint: Endpoint,
    /// The status (of the first page; 403 or 404: not available).
    pub status: u16,
    /// A single document's JSON (`Null` for a list or when unavailable).
    pub document: Value,
    /// A list's items, from every page.
    pub items: Vec<Value>,
    /// The SHA-256 of every page's body, in order.
    pub sha256: String,
    /// When the first page was fetched.
    pub fetched_at: Timestamp,
}

/// The endpoints a probe of `questionnaire` reads, in order: the token's
/// scopes and its user first, then what its questions' rules need.
pub fn plan(questionnaire: &Questionnaire) -> Vec<Endpoint> {
    let needed: std::collections::BTreeSet<Endpoint> = rules_of(questionnaire)
        .map(|(_, rule)| Endpoint::for_rule(rule))
        .collect();
    let mut plan = vec![Endpoint::TokenScopes, Endpoint::Me];
    plan.extend(needed);
    plan
}

/// Every (question id, rule) the questionnaire declares.
fn rules_of(questionnaire: &Questionnaire) -> impl Iterator<Item = (&str, ProbeRule)> {
    questionnaire
        .questions
        .iter()
        .flat_map(|q| q.probe.iter().map(move |rule| (q.id.as_str(), *rule)))
}

/// Runs the probe: checks the token (scopes first, alone; then that its
/// user is an admin), reads every endpoint of the [`plan`] and applies
/// the rules. `progress` hears each request before it is sent: how many
/// endpoints are done, how many there are, the request.
pub fn run(
    fetch: &mut dyn Fetch,
    questionnaire: &Questionnaire,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> Result<BTreeMap<String, Vec<Observation>>, ProbeError> {
    let plan = plan(questionnaire);
    let total = plan.len();
    let mut fetched = BTreeMap::new();
    for (done, endpoint) in plan.into_iter().enumerate() {
        let got = fetch_all(fetch, endpoint, &mut |request| {
            progress(done, total, request)
        })?;
        match endpoint {
            Endpoint::TokenScopes => check_scopes(&got)?,
            Endpoint::Me => check_admin(&got)?,
            _ => {
                fetched.insert(endpoint, got);
            }
        }
    }
    let mut observations: BTreeMap<String, Vec<Observation>> = BTreeMap::new();
    for (id, rule) in rules_of(questionnaire) {
        if let Some(got) = fetched.get(&Endpoint::for_rule(rule)) {
            observations
                .entry(id.to_string())
                .or_default()
                .push(rules::observe(rule, got));
        }
    }
    Ok(observations)
}

/// Reads every page of `endpoint` (a cursor, up to [`MAX_PAGES`]).
fn fetch_all(
    fetch: &mut dyn Fetch,
    endpoint: Endpoint,
    progress: &mut dyn FnMut(&str),
) -> Result<Fetched, ProbeError> {
    let mut hasher = Sha256::new();
    let mut items = Vec::new();
    let mut after: Option<String> = None;
    let mut first: Option<(u16, Timestamp)> = None;
    let mut pages = 0;
    loop {
        let request = endpoint.page_request(after.as_deref());
        progress(&request);
        let reply = fetch.get(endpoint, &request)?;
        hasher.update(&reply.body);
        let (status, fetched_at) = *first.get_or_insert((reply.status, reply.fetched_at));
        let done = |document: Value, items: Vec<Value>, hasher: Sha256| Fetched {
            endpoint,
            status,
            document,
            items,
            sha256: hex(&hasher.finalize()),
            fetched_at,
        };
        if matches!(reply.status, 403 | 404) {
            return Ok(done(Value::Null, Vec::new(), hasher));
        }
        let malformed = |reason: String| ProbeError::Malformed {
            request: endpoint.request().to_string(),
            reason,
        };
        let mut document: Value =
            serde_json::from_slice(&reply.body).map_err(|e| malformed(e.to_string()))?;
        let Some(key) = endpoint.list_key() else {
            if !document.is_object() {
                return Err(malformed(crate::messages::probe_not_an_object()));
            }
            return Ok(done(document, Vec::new(), hasher));
        };
        // Taken out of the page, not copied: a page holds up to 100 users.
        let Some(Value::Array(list)) = document.get_mut(key).map(Value::take) else {
            return Err(malformed(crate::messages::probe_no_list(key)));
        };
        items.extend(list);
        pages += 1;
        let more = document
            .pointer("/meta/has_more")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let cursor = document
            .pointer("/meta/after_cursor")
            .and_then(Value::as_str)
            .filter(|c| !c.is_empty());
        match cursor {
            Some(cursor) if more => {
                if pages >= MAX_PAGES {
                    return Err(ProbeError::PageCap {
                        request: endpoint.request().to_string(),
                        pages,
                    });
                }
                after = Some(cursor.to_string());
            }
            _ => return Ok(done(Value::Null, items, hasher)),
        }
    }
}

/// Refuses a token that can do more than read: every scope must be
/// `read` or `RESOURCE:read` (a bare resource such as `tickets` means
/// read and write).
fn check_scopes(got: &Fetched) -> Result<(), ProbeError> {
    if got.status != 200 {
        return Err(ProbeError::ScopesUnknown { status: got.status });
    }
    let Some(scopes) = got
        .document
        .pointer("/token/scopes")
        .and_then(Value::as_array)
    else {
        return Err(ProbeError::ScopesUnknown { status: got.status });
    };
    let scopes: Vec<String> = scopes
        .iter()
        .map(|s| s.as_str().map_or_else(|| s.to_string(), str::to_string))
        .collect();
    let beyond: Vec<String> = scopes
        .iter()
        .filter(|s| !(*s == "read" || s.ends_with(":read")))
        .cloned()
        .collect();
    if !beyond.is_empty() {
        return Err(ProbeError::WriteScopes { scopes: beyond });
    }
    if scopes.is_empty() {
        return Err(ProbeError::ScopesUnknown { status: got.status });
    }
    Ok(())
}

/// Refuses a token whose user is not an admin: the endpoints that show
/// the account's security are for admins, and an agent's 403s would read
/// as "not on this plan".
fn check_admin(got: &Fetched) -> Result<(), ProbeError> {
    let role = got
        .document
        .pointer("/user/role")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if got.status == 200 && role == "admin" {
        Ok(())
    } else {
        Err(ProbeError::NotAdmin {
            role: crate::sanitize::one_line(role),
        })
    }
}

/// Lowercase hexadecimal.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
