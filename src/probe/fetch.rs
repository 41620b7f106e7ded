//! Reading one endpoint whole: every page by its cursor (built from the
//! fixed path, never from a link a response names), within the caps on
//! pages, items and bytes, or a clear stop.

use jiff::Timestamp;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::{
    Endpoint, Fetch, Fetched, MAX_PAGE_ITEMS, ProbeError, Why, endpoint, holds_secret, http,
};

/// Reads every page of `endpoint` (a cursor, up to `max_pages`);
/// `kept` counts the bytes of every response of the run, up to
/// [`http::MAX_TOTAL`]. A list is read whole or not at all: a later page
/// refused, or a full page with no sign of whether more follow, stops the
/// probe rather than judge part of the list.
pub(super) fn fetch_all(
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
        let done = |document: Value, items: Vec<Value>, hasher: Sha256, pages: usize| Fetched {
            endpoint,
            status,
            document,
            items,
            sha256: hex(&hasher.finalize()),
            fetched_at,
            pages,
            since: None,
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
            return Ok(done(Value::Null, Vec::new(), hasher, 0));
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
            return Ok(done(document, Vec::new(), hasher, 0));
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
            None => return Ok(done(Value::Null, items, hasher, pages)),
        }
    }
}

/// The page's list under `key`, taken out of the page (not copied: a page
/// holds up to 100 users).
pub(super) fn take_list(
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
pub(super) fn next_cursor(
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

/// Lowercase hexadecimal.
pub(super) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
