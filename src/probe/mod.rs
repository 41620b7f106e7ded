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
pub use error::{ProbeError, Why};
pub use http::{Fetch, HttpResponse};
pub use target::{BaseUrl, Token};

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
            observations
                .entry(id.to_string())
                .or_default()
                .push(rules::observe(rule, got, &fetched));
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

/// Reads every page of `endpoint` (a cursor, up to `max_pages`);
/// `kept` counts the bytes of every response of the run, up to
/// [`http::MAX_TOTAL`]. A list is read whole or not at all: a later page
/// refused, or a full page with no sign of whether more follow, stops the
/// probe rather than judge part of the list.
fn fetch_all(
    fetch: &mut dyn Fetch,
    endpoint: Endpoint,
    max_pages: usize,
    kept: &mut u64,
    progress: &mut dyn FnMut(&str),
) -> Result<Fetched, ProbeError> {
    let mut hasher = Sha256::new();
    let mut items = Vec::new();
    let mut after: Option<String> = None;
    let mut first: Option<(u16, Timestamp)> = None;
    let mut pages = 0;
    let mut followed = std::collections::HashSet::new();
    loop {
        let request = endpoint.page_request(after.as_deref());
        progress(&request);
        let reply = fetch.get(endpoint, &request)?;
        *kept += reply.body.len() as u64;
        if *kept > http::MAX_TOTAL {
            return Err(ProbeError::TotalCap {
                limit: http::MAX_TOTAL,
            });
        }
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
            if pages > 0 {
                // What was read is part of a list: never judged as a whole.
                return Err(ProbeError::LaterPage {
                    request: endpoint.request().to_string(),
                    page: pages + 1,
                    status: reply.status,
                });
            }
            return Ok(done(Value::Null, Vec::new(), hasher));
        }
        let malformed = |reason: Why| ProbeError::Malformed {
            request: endpoint.request().to_string(),
            reason,
        };
        let mut document: Value = serde_json::from_slice(&reply.body)
            .map_err(|e| malformed(Why::System(e.to_string())))?;
        let Some(key) = endpoint.list_key() else {
            if !document.is_object() {
                return Err(malformed(Why::NotAnObject));
            }
            return Ok(done(document, Vec::new(), hasher));
        };
        let list = take_list(endpoint, &mut document, key)?;
        let full = list.len() >= endpoint::PAGE_SIZE as usize;
        items.extend(list);
        pages += 1;
        match next_cursor(endpoint, &document, full, pages, max_pages, fetch.secret())? {
            // A cursor already followed gives the same page again, forever.
            Some(cursor) if !followed.insert(cursor.clone()) => {
                return Err(ProbeError::RepeatedCursor {
                    request: endpoint.request().to_string(),
                    page: pages,
                });
            }
            Some(cursor) => after = Some(cursor),
            None => return Ok(done(Value::Null, items, hasher)),
        }
    }
}

/// The page's list under `key`, taken out of the page (not copied: a page
/// holds up to 100 users).
fn take_list(
    endpoint: Endpoint,
    document: &mut Value,
    key: &str,
) -> Result<Vec<Value>, ProbeError> {
    let Some(Value::Array(list)) = document.get_mut(key).map(Value::take) else {
        return Err(ProbeError::Malformed {
            request: endpoint.request().to_string(),
            reason: Why::NoList(key.to_string()),
        });
    };
    if list.len() > MAX_PAGE_ITEMS {
        return Err(ProbeError::PageItems {
            request: endpoint.request().to_string(),
            items: list.len(),
            limit: MAX_PAGE_ITEMS,
        });
    }
    Ok(list)
}

/// The cursor of the next page, or `None` after the last one.
///
/// Cursor pagination (developer.zendesk.com/api-reference/introduction/
/// pagination): go on while `meta.has_more` is true or `links.next` names
/// a page. The next request is built from the fixed path and
/// `meta.after_cursor`, never from `links.next`, so the token never goes to
/// an address taken from a response.
fn next_cursor(
    endpoint: Endpoint,
    document: &Value,
    full: bool,
    pages: usize,
    max_pages: usize,
    secret: Option<&str>,
) -> Result<Option<String>, ProbeError> {
    let request = || endpoint.request().to_string();
    let has_more = document.pointer("/meta/has_more").and_then(Value::as_bool);
    let next_link = document
        .pointer("/links/next")
        .and_then(Value::as_str)
        .is_some_and(|n| !n.trim().is_empty());
    // Offset pagination's `next_page` (lists that document no cursor):
    // more follow, and no cursor reads them.
    let next_page = document.pointer("/next_page").is_some_and(|n| !n.is_null());
    let more = has_more.unwrap_or(next_link) || next_page;
    let cursor = document
        .pointer("/meta/after_cursor")
        .and_then(Value::as_str)
        .filter(|c| !c.is_empty());
    if (has_more.is_none() && !next_link && full) || (more && cursor.is_none()) {
        return Err(ProbeError::NoPaginationSignal {
            request: request(),
            page: pages,
            full: !more,
        });
    }
    match cursor {
        Some(cursor) if more => {
            if pages >= max_pages {
                return Err(ProbeError::PageCap {
                    request: request(),
                    pages,
                });
            }
            if secret.is_some_and(|t| holds_secret(cursor, t)) {
                return Err(ProbeError::CursorIsToken { request: request() });
            }
            Ok(Some(cursor.to_string()))
        }
        _ => Ok(None),
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
        .filter(|s| !read_only_scope(s))
        .cloned()
        .collect();
    if !beyond.is_empty() {
        return Err(ProbeError::WriteScopes { scopes: beyond });
    }
    if scopes.is_empty() {
        return Err(ProbeError::ScopesUnknown { status: got.status });
    }
    // Resource scopes alone (`users:read`) do not reach the account
    // settings, OAuth clients, brands, custom roles or deletion schedules,
    // which no resource scope covers: their 403s would read as "not on
    // this plan". Plain `read` is needed.
    if !scopes.iter().any(|s| s == "read") {
        return Err(ProbeError::NoReadScope { scopes });
    }
    Ok(())
}

/// Whether a scope only reads: `read`, or `RESOURCE:read` where RESOURCE
/// is a plain resource name (lowercase letters and `_`), never `write`,
/// `impersonate` or `read` itself. Whole names are compared: `write:read`
/// and `tickets:read:write` are not read-only.
fn read_only_scope(scope: &str) -> bool {
    if scope == "read" {
        return true;
    }
    let Some((resource, access)) = scope.split_once(':') else {
        return false;
    };
    access == "read"
        && !resource.is_empty()
        && resource
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'_')
        && !matches!(resource, "write" | "impersonate" | "read")
}

/// Whether `text` (a decoded string) holds `secret`, as it is or
/// percent-encoded in any mix of escapes.
pub fn holds_secret(text: &str, secret: &str) -> bool {
    !secret.is_empty() && (text.contains(secret) || percent_decoded(text).contains(secret))
}

/// `text` with every `%XX` escape decoded (bytes that do not form UTF-8
/// are replaced).
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A response body with the secret taken out wherever it stands: in a
/// JSON body, every string that holds it (however the JSON escaped it,
/// percent-encoded too) is cleaned and the body written again; any other
/// body has its plain and percent-encoded forms replaced. A body without
/// the secret is returned byte for byte.
pub fn scrub_secret(body: &[u8], secret: &str, mark: &str) -> Vec<u8> {
    if secret.is_empty() {
        return body.to_vec();
    }
    if let Ok(mut value) = serde_json::from_slice::<Value>(body) {
        if scrub_value(&mut value, secret, mark) {
            return value.to_string().into_bytes();
        }
        return body.to_vec();
    }
    match scrub_text(&String::from_utf8_lossy(body), secret, mark) {
        Some(cleaned) => cleaned.into_bytes(),
        None => body.to_vec(),
    }
}

/// `text` with the secret replaced by `mark`, or `None` when it holds none:
/// the plain form first, and where a percent-encoded form is left, the
/// text decoded and the secret replaced again. The one rule for bodies,
/// JSON strings and the names the probe keeps.
fn scrub_text(text: &str, secret: &str, mark: &str) -> Option<String> {
    if !holds_secret(text, secret) {
        return None;
    }
    let plain = text.replace(secret, mark);
    Some(if holds_secret(&plain, secret) {
        percent_decoded(&plain).replace(secret, mark)
    } else {
        plain
    })
}

/// Cleans every string (and key) of `value` that holds the secret;
/// whether any did.
fn scrub_value(value: &mut Value, secret: &str, mark: &str) -> bool {
    let clean = |text: &str| scrub_text(text, secret, mark);
    match value {
        Value::String(text) => match clean(text) {
            Some(cleaned) => {
                *text = cleaned;
                true
            }
            None => false,
        },
        Value::Array(items) => {
            let mut any = false;
            for item in items {
                any |= scrub_value(item, secret, mark);
            }
            any
        }
        Value::Object(map) => {
            let mut any = false;
            let keys: Vec<String> = map.keys().cloned().collect();
            for key in keys {
                if let Some(cleaned) = clean(&key) {
                    if let Some(v) = map.remove(&key) {
                        map.insert(cleaned, v);
                    }
                    any = true;
                }
            }
            for v in map.values_mut() {
                any |= scrub_value(v, secret, mark);
            }
            any
        }
        _ => false,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// An endless list whose pages are each `size` bytes of padding.
    struct Heavy {
        size: usize,
        sent: usize,
    }

    impl Fetch for Heavy {
        fn get(&mut self, _: Endpoint, _: &str) -> Result<HttpResponse, ProbeError> {
            self.sent += 1;
            let pad = "x".repeat(self.size);
            let body = format!(
                r#"{{"webhooks": [], "pad": "{pad}", "meta": {{"has_more": true, "after_cursor": "c{}"}}}}"#,
                self.sent
            );
            Ok(HttpResponse {
                status: 200,
                body: body.into_bytes(),
                fetched_at: jiff::Timestamp::UNIX_EPOCH,
            })
        }

        fn sent(&self) -> usize {
            self.sent
        }
    }

    #[test]
    fn what_a_run_keeps_is_capped_in_total() {
        let mut heavy = Heavy {
            size: 7 * 1024 * 1024,
            sent: 0,
        };
        let mut kept = 0;
        let got = fetch_all(
            &mut heavy,
            Endpoint::Webhooks,
            MAX_PAGES,
            &mut kept,
            &mut |_| {},
        );
        assert!(
            matches!(got, Err(ProbeError::TotalCap { .. })),
            "{:?}",
            got.err()
        );
        assert_eq!(heavy.sent, 10, "64 MiB is passed on the tenth 7 MiB page");
    }

    /// A list whose every page is `body`.
    struct Same(&'static str, usize);

    impl Fetch for Same {
        fn get(&mut self, _: Endpoint, _: &str) -> Result<HttpResponse, ProbeError> {
            self.1 += 1;
            Ok(HttpResponse {
                status: 200,
                body: self.0.as_bytes().to_vec(),
                fetched_at: jiff::Timestamp::UNIX_EPOCH,
            })
        }

        fn sent(&self) -> usize {
            self.1
        }
    }

    /// W11: a cursor that never changes is the same page again (not a
    /// list "longer than 100 pages"), and an empty page that announces
    /// more without a cursor is not "full".
    #[test]
    fn a_repeated_cursor_and_an_empty_page_are_named_for_what_they_are() {
        let mut kept = 0;
        let mut same = Same(
            r#"{"webhooks": [], "meta": {"has_more": true, "after_cursor": "same"}}"#,
            0,
        );
        let got = fetch_all(
            &mut same,
            Endpoint::Webhooks,
            MAX_PAGES,
            &mut kept,
            &mut |_| {},
        );
        assert!(
            matches!(got, Err(ProbeError::RepeatedCursor { page: 2, .. })),
            "{:?}",
            got.err()
        );
        assert_eq!(same.1, 2);
        let mut empty = Same(
            r#"{"webhooks": [], "links": {"next": "https://x.test/next"}}"#,
            0,
        );
        let got = fetch_all(
            &mut empty,
            Endpoint::Webhooks,
            MAX_PAGES,
            &mut kept,
            &mut |_| {},
        );
        assert!(
            matches!(
                got,
                Err(ProbeError::NoPaginationSignal {
                    page: 1,
                    full: false,
                    ..
                })
            ),
            "{:?}",
            got.err()
        );
    }

    /// P8: lists without documented cursor pagination are asked without
    /// `page[size]`, and an offset `next_page` stops the probe rather than
    /// let the first page pass for the whole list.
    #[test]
    fn offset_paged_lists_are_never_judged_from_their_first_page() {
        assert_eq!(
            Endpoint::CustomRoles.page_request(None),
            "/api/v2/custom_roles"
        );
        assert!(
            Endpoint::Webhooks
                .page_request(None)
                .contains("page%5Bsize%5D=100")
        );
        let mut kept = 0;
        let mut paged = Same(
            r#"{"custom_roles": [], "next_page": "https://acme.zendesk.com/api/v2/custom_roles?page=2"}"#,
            0,
        );
        let got = fetch_all(
            &mut paged,
            Endpoint::CustomRoles,
            MAX_PAGES,
            &mut kept,
            &mut |_| {},
        );
        assert!(
            matches!(got, Err(ProbeError::NoPaginationSignal { full: false, .. })),
            "{:?}",
            got.err()
        );
        let mut last = Same(r#"{"custom_roles": [], "next_page": null}"#, 0);
        assert!(
            fetch_all(
                &mut last,
                Endpoint::CustomRoles,
                MAX_PAGES,
                &mut kept,
                &mut |_| {}
            )
            .is_ok()
        );
    }

    /// P7: resource scopes alone are refused, naming the `read` scope.
    #[test]
    fn resource_scopes_alone_are_refused() {
        let token = |scopes: serde_json::Value| Fetched {
            endpoint: Endpoint::TokenScopes,
            status: 200,
            document: serde_json::json!({"token": {"scopes": scopes}}),
            items: Vec::new(),
            sha256: String::new(),
            fetched_at: jiff::Timestamp::UNIX_EPOCH,
        };
        assert!(matches!(
            check_scopes(&token(serde_json::json!(["users:read", "security:read"]))),
            Err(ProbeError::NoReadScope { .. })
        ));
        assert!(check_scopes(&token(serde_json::json!(["read"]))).is_ok());
        assert!(check_scopes(&token(serde_json::json!(["read", "users:read"]))).is_ok());
        let said =
            crate::messages::probe_no_read_scope(crate::lang::Lang::En, &["users:read".into()]);
        assert!(said.contains("the scope read"), "{said}");
    }

    #[test]
    fn only_whole_read_scopes_pass() {
        for ok in ["read", "tickets:read", "users:read", "security:read"] {
            assert!(read_only_scope(ok), "{ok}");
        }
        for bad in [
            "write",
            "write:read",
            "impersonate:read",
            "read:read",
            "tickets",
            "tickets:write",
            "tickets:read:write",
            ":read",
            "Tickets:read",
            "tickets:readx",
            "impersonate",
        ] {
            assert!(!read_only_scope(bad), "{bad}");
        }
    }

    #[test]
    fn a_secret_is_found_plain_or_percent_encoded() {
        let token = "ab/c+d=e";
        for text in [
            "x ab/c+d=e y",
            "after=ab%2Fc%2Bd%3De",
            "after=ab%2fc%2bd%3de",
            "after=%61%62%2f%63%2b%64%3d%65",
        ] {
            assert!(holds_secret(text, token), "{text}");
        }
        assert!(!holds_secret("nothing here", token));
        assert!(!holds_secret("anything", ""));
    }

    #[test]
    fn the_secret_leaves_a_body_however_it_was_encoded() {
        let token = "ab/c+d=e";
        for body in [
            r#"{"c":"ab\/c+d=e"}"#,
            r#"{"c":"\u0061\u0062\u002f\u0063\u002b\u0064\u003d\u0065"}"#,
            r#"{"next":"https://x/?t=ab%2Fc%2Bd%3De","ab/c+d=e":1}"#,
            "plain ab/c+d=e and ab%2fc%2bd%3de",
        ] {
            let out =
                String::from_utf8(scrub_secret(body.as_bytes(), token, "[gone]")).expect("utf-8");
            assert!(!holds_secret(&out, token), "{out}");
            if let Ok(v) = serde_json::from_str::<Value>(&out) {
                assert!(!holds_secret(&v.to_string(), token), "{v}");
                let text = format!("{v:?}");
                assert!(!text.contains(token), "{text}");
            }
            assert!(out.contains("[gone]"), "{out}");
        }
        let clean = br#"{"a": "untouched"  }"#;
        assert_eq!(scrub_secret(clean, token, "[gone]"), clean.to_vec());
    }
}
