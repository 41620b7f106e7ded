//! The probe's run, pages and guards on hand-made responses.
use super::guard::read_only_scope;
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
        pages: 0,
        since: None,
    };
    assert!(matches!(
        check_scopes(&token(serde_json::json!(["users:read", "security:read"]))),
        Err(ProbeError::NoReadScope { .. })
    ));
    assert!(check_scopes(&token(serde_json::json!(["read"]))).is_ok());
    assert!(check_scopes(&token(serde_json::json!(["read", "users:read"]))).is_ok());
    let said = crate::messages::probe_no_read_scope(crate::lang::Lang::En, &["users:read".into()]);
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
        let out = String::from_utf8(scrub_secret(body.as_bytes(), token, "[gone]")).expect("utf-8");
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
