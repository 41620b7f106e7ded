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
mod fetch;
mod guard;
pub mod http;
pub mod recording;
pub mod rules;
pub mod target;

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde_json::Value;

pub use endpoint::Endpoint;
pub use error::{ProbeError, Why};
pub use http::{Fetch, HttpResponse};
pub use target::{BaseUrl, Token};

use fetch::fetch_all;
use guard::{check_admin, check_scopes, scrub_text};
pub use guard::{holds_secret, scrub_secret};

use crate::assessment::Observation;
use crate::questionnaire::{ProbeRule, Questionnaire};

/// The most pages read of one list unless `--max-pages` says otherwise.
pub const MAX_PAGES: usize = 100;
/// The most `--max-pages` can ask for.
pub const MAX_PAGES_LIMIT: usize = 10_000;
/// The most items accepted in one page: Zendesk sends at most 100 (the
/// probe asks for 100), so a page with more is not Zendesk's answer.
pub const MAX_PAGE_ITEMS: usize = 1000;

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
    /// How many pages of a list were read (0 for a single document, or one
    /// that was not available).
    pub pages: usize,
    /// For a feed kept to what is new (the setting changes): the moment
    /// its items are kept from (see `rules::changes::keep_since`).
    pub since: Option<Timestamp>,
}

/// The endpoints a probe of `questionnaire` reads, in order: the token's
/// scopes and its user first, then what its questions' rules need.
pub fn plan(questionnaire: &Questionnaire) -> Vec<Endpoint> {
    let needed: std::collections::BTreeSet<Endpoint> = rules_of(questionnaire)
        .flat_map(|(_, rule)| Endpoint::needed_by(rule))
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
        .flat_map(|q| q.probe.iter().map(move |rule| (&*q.id, *rule)))
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
    run_with(fetch, questionnaire, MAX_PAGES, progress)
}

/// [`run`], reading at most `max_pages` pages of each list.
pub fn run_with(
    fetch: &mut dyn Fetch,
    questionnaire: &Questionnaire,
    max_pages: usize,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> Result<BTreeMap<String, Vec<Observation>>, ProbeError> {
    let options = Options {
        max_pages,
        left_out: &[],
        since: None,
    };
    run_for(fetch, questionnaire, &options, progress)
}

/// How a probe runs beyond what it reads.
pub struct Options<'a> {
    /// The most pages read of one list.
    pub max_pages: usize,
    /// Team members (email addresses) left out of the user checks:
    /// break-glass accounts; each such observation says how many.
    pub left_out: &'a [String],
    /// When the previous probe read the account: setting changes after it
    /// are shown (`None`: the last [`rules::changes::FIRST_LOOK_DAYS`]).
    pub since: Option<Timestamp>,
}

/// [`run`] with [`Options`].
pub fn run_for(
    fetch: &mut dyn Fetch,
    questionnaire: &Questionnaire,
    options: &Options,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> Result<BTreeMap<String, Vec<Observation>>, ProbeError> {
    let (max_pages, left_out) = (options.max_pages, options.left_out);
    let plan = plan(questionnaire);
    let total = plan.len();
    let mut fetched = BTreeMap::new();
    let mut kept = 0u64;
    for (done, endpoint) in plan.into_iter().enumerate() {
        let got = fetch_all(fetch, endpoint, max_pages, &mut kept, &mut |request| {
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
    let removed = leave_out(&mut fetched, left_out);
    rules::changes::keep_since(&mut fetched, options.since);
    let mut observations: BTreeMap<String, Vec<Observation>> = BTreeMap::new();
    for (id, rule) in rules_of(questionnaire) {
        if let Some(got) = fetched.get(&Endpoint::for_rule(rule)) {
            let mut o = rules::observe(rule, got, &fetched);
            // A list's reading says how many pages made it whole (for the
            // auditor's bundle).
            if got.pages > 0 {
                o.facts.insert("pages".into(), got.pages.to_string());
            }
            observations.entry(id.to_string()).or_default().push(o);
        }
    }
    attach_setting_changes(questionnaire, &fetched, &mut observations);
    if removed > 0 {
        for o in observations.values_mut().flatten() {
            let reads_staff = matches!(
                o.rule,
                crate::assessment::observations::RuleName::Known(rule)
                    if Endpoint::for_rule(rule) == Endpoint::Staff
            );
            if reads_staff {
                o.facts.insert("left_out".into(), removed.to_string());
            }
        }
    }
    // Names come from the account (a webhook's, an app's): one that echoes
    // the token must not carry it into the assessment file.
    if let Some(secret) = fetch.secret() {
        for o in observations.values_mut().flatten() {
            for name in &mut o.names {
                if let Some(cleaned) = scrub_text(name, secret, "[token removed]") {
                    *name = cleaned;
                }
            }
        }
    }
    Ok(observations)
}

/// Each setting change also goes on the questions whose rules read the
/// setting it names (those listing `setting-changes` have them all).
fn attach_setting_changes(
    questionnaire: &Questionnaire,
    fetched: &BTreeMap<Endpoint, Fetched>,
    observations: &mut BTreeMap<String, Vec<Observation>>,
) {
    for q in questionnaire.questions.iter() {
        if q.probe.is_empty() || q.probe.contains(&ProbeRule::SettingChanges) {
            continue;
        }
        if let Some(o) = rules::changes_touching(fetched, &q.probe) {
            observations.entry(q.id.to_string()).or_default().push(o);
        }
    }
}

/// Removes from the staff list the accounts `left_out` names (by email
/// address, case aside); returns how many were removed.
fn leave_out(fetched: &mut BTreeMap<Endpoint, Fetched>, left_out: &[String]) -> usize {
    let Some(staff) = fetched.get_mut(&Endpoint::Staff) else {
        return 0;
    };
    let before = staff.items.len();
    staff.items.retain(|u| {
        let email = u.get("email").and_then(Value::as_str).unwrap_or_default();
        !left_out
            .iter()
            .any(|a| a.eq_ignore_ascii_case(email.trim()))
    });
    before - staff.items.len()
}

#[cfg(test)]
#[path = "run_tests.rs"]
mod tests;
