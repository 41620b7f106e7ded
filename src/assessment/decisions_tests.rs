//! Tests of `decisions.rs`.
use super::*;

fn date(s: &str) -> Date {
    s.parse().expect("date")
}

#[test]
fn an_acceptance_holds_through_its_last_day() {
    let a = Acceptance {
        by: "CISO".into(),
        approved: date("2026-01-01"),
        until: date("2026-06-30"),
        reason: "r".into(),
        compensating: String::new(),
    };
    assert!(!a.expired(date("2026-06-30")));
    assert!(a.expired(date("2026-07-01")));
}

#[test]
fn addresses_are_told_from_files() {
    assert!(is_url("https://example.com/x") && is_url("HTTP://x"));
    assert!(!is_url("evidence/sso.png") && !is_url("/tmp/https://x"));
}
