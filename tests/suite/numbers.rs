//! One set of numbers: every format counts open gaps, accepted risks,
//! expired acceptances, overdue actions and questions not assessed by the
//! domain's one rule, so the Markdown summary, at a glance, HTML, JSON,
//! the CSV and the action plan agree on every fixture.

use crate::common;

use common::{fixture, report, zendesk};
use srm_assess::assessment::{Acceptance, Answer, Assessment, Entry, Metadata};
use srm_assess::lang::Lang;
use srm_assess::report::{Report, csv, html, json, markdown};

/// The counts as JSON gives them.
#[derive(Debug, PartialEq, Eq)]
struct Counts {
    gaps: u64,
    open: u64,
    open_by_severity: [u64; 3],
    accepted: u64,
    expired: u64,
    overdue: u64,
    not_assessed: u64,
}

fn date(s: &str) -> jiff::civil::Date {
    s.parse().expect("date")
}

/// An assessment with each kind of standing: an acceptance in force, one
/// that ran out, an overdue gap, a gap due later, and unanswered questions.
fn mixed() -> Assessment {
    let q = zendesk();
    let mut a = Assessment::new(
        &q,
        Lang::En,
        Metadata::default(),
        "2026-01-01T00:00:00Z".parse().expect("ts"),
    );
    let acceptance = |until: &str| Acceptance {
        by: "CISO".into(),
        approved: date("2026-01-02"),
        until: date(until),
        reason: "Vendor fix pending".into(),
        compensating: String::new(),
    };
    let kinds: [(Answer, Option<Acceptance>, Option<&str>); 8] = [
        (Answer::No, Some(acceptance("2099-01-01")), None),
        (Answer::Partial, Some(acceptance("2026-02-01")), None),
        (Answer::Unknown, None, Some("2026-03-01")),
        (Answer::No, None, Some("2099-03-01")),
        (Answer::Yes, None, None),
        (Answer::Na, None, None),
        // An acceptance on an answer that is no gap counts for nothing.
        (Answer::Yes, Some(acceptance("2099-01-01")), None),
        // Overdue and with an expired acceptance: one open gap, both marks.
        (
            Answer::No,
            Some(acceptance("2026-02-01")),
            Some("2026-03-01"),
        ),
    ];
    for (question, (answer, acceptance, due)) in q.questions.iter().step_by(3).zip(kinds) {
        a.answers.insert(
            question.id.to_string(),
            Entry {
                answer: Some(answer),
                acceptance,
                due: due.map(date),
                ..Entry::default()
            },
        );
    }
    a
}

fn json_counts(summary: &serde_json::Value) -> Counts {
    let n = |key: &str| summary[key].as_u64().unwrap_or_else(|| panic!("{key}"));
    Counts {
        gaps: n("gaps"),
        open: n("open_gaps"),
        open_by_severity: [n("open_high"), n("open_medium"), n("open_low")],
        accepted: n("accepted"),
        expired: n("expired"),
        overdue: n("overdue"),
        not_assessed: n("not_assessed"),
    }
}

/// The numbers in "15 gaps: 14 open (high 7, medium 4, low 3), 1 accepted".
fn gap_sentence(text: &str, after: &str) -> (u64, u64, [u64; 3], u64) {
    let start = text
        .find(after)
        .unwrap_or_else(|| panic!("{after} in {text}"));
    let rest = &text[start..];
    let at = rest
        .find(" gap")
        .unwrap_or_else(|| panic!("gap sentence after {after}"));
    let begin = rest[..at]
        .rfind(|c: char| !c.is_ascii_digit())
        .map_or(0, |i| i + 1);
    let numbers: Vec<u64> = rest[begin..]
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .take(6)
        .map(|s| s.parse().expect("number"))
        .collect();
    (
        numbers[0],
        numbers[1],
        [numbers[2], numbers[3], numbers[4]],
        numbers[5],
    )
}

fn labelled(text: &str, label: &str) -> u64 {
    let start = text
        .find(&format!("**{label}:** "))
        .unwrap_or_else(|| panic!("{label} in the report"));
    text[start + label.len() + 6..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("a number after {label}"))
}

#[test]
fn every_format_tells_the_same_numbers() {
    let q = zendesk();
    let empty = Assessment::new(
        &q,
        Lang::En,
        Metadata::default(),
        "2026-01-01T00:00:00Z".parse().expect("ts"),
    );
    let fixtures = [
        ("acme-prod", fixture("acme-prod")),
        ("acme-2026q2", fixture("acme-2026q2")),
        ("mixed", mixed()),
        ("empty", empty),
    ];
    for (name, a) in &fixtures {
        let r = report(&q, a, name, Lang::En, None);
        let c = json_adds_up(name, &r);
        csv_agrees(name, &r, &c);
        action_plan_agrees(name, &r, &c);
        markdown_and_html_agree(name, &r, &c, q.questions.len());
    }
}

/// The JSON's counts, checked against each other and against the sum of
/// its sections.
fn json_adds_up(name: &str, r: &Report) -> Counts {
    let value: serde_json::Value =
        serde_json::from_str(&json::render(&r.model()).expect("json")).expect("JSON");
    let c = json_counts(&value["summary"]);
    assert_eq!(c.gaps, c.open + c.accepted, "{name}: {c:?}");
    assert_eq!(c.open, c.open_by_severity.iter().sum::<u64>(), "{name}");
    assert_eq!(value["summary"]["unanswered"], c.not_assessed, "{name}");
    // The sections add up to the whole.
    let sections = value["sections"].as_array().expect("sections");
    let mut sum = Counts {
        gaps: 0,
        open: 0,
        open_by_severity: [0; 3],
        accepted: 0,
        expired: 0,
        overdue: 0,
        not_assessed: 0,
    };
    for s in sections {
        let s = json_counts(&s["summary"]);
        sum.gaps += s.gaps;
        sum.open += s.open;
        for i in 0..3 {
            sum.open_by_severity[i] += s.open_by_severity[i];
        }
        sum.accepted += s.accepted;
        sum.expired += s.expired;
        sum.overdue += s.overdue;
        sum.not_assessed += s.not_assessed;
    }
    assert_eq!(sum, c, "{name}: sections against the whole");
    c
}

/// The CSV: one status per question, counted as the JSON counts.
fn csv_agrees(name: &str, r: &Report, c: &Counts) {
    let text = csv::render(&r.model()).expect("csv");
    let mut rows = ::csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    let header = rows.headers().expect("header").clone();
    let col = |h: &str| header.iter().position(|x| x == h).expect(h);
    let (status, severity) = (col("status"), col("severity"));
    let (overdue, expired) = (col("overdue"), col("acceptance_expired"));
    let mut marks = [0u64; 2];
    let mut from_csv = [0u64; 7];
    let mut open_by = [0u64; 3];
    for row in rows.records() {
        let row = row.expect("row");
        marks[0] += u64::from(&row[overdue] == "true");
        marks[1] += u64::from(&row[expired] == "true");
        let s = &row[status];
        let i = [
            "open",
            "overdue",
            "expired",
            "accepted",
            "not_assessed",
            "met",
            "not_applicable",
        ]
        .iter()
        .position(|w| *w == s)
        .unwrap_or_else(|| panic!("{name}: unknown status {s:?}"));
        from_csv[i] += 1;
        if i < 3 {
            let sev = ["high", "medium", "low"]
                .iter()
                .position(|w| *w == &row[severity])
                .expect("severity");
            open_by[sev] += 1;
        }
    }
    assert_eq!(
        from_csv[0] + from_csv[1] + from_csv[2],
        c.open,
        "{name} csv"
    );
    assert_eq!(open_by, c.open_by_severity, "{name} csv");
    assert_eq!(marks, [c.overdue, c.expired], "{name} csv");
    assert_eq!(from_csv[3], c.accepted, "{name} csv");
    assert_eq!(from_csv[4], c.not_assessed, "{name} csv");
}

/// The action plan: one row per gap, accepted ones said so.
fn action_plan_agrees(name: &str, r: &Report, c: &Counts) {
    let plan = csv::render_action_plan(&r.model()).expect("plan");
    let mut plan = ::csv::Reader::from_reader(plan.trim_start_matches('\u{FEFF}').as_bytes());
    let statuses: Vec<String> = plan
        .records()
        .map(|r| r.expect("row")[8].to_string())
        .collect();
    assert_eq!(statuses.len() as u64, c.gaps, "{name} plan");
    let accepted = statuses
        .iter()
        .filter(|s| s.starts_with("accepted"))
        .count();
    assert_eq!(accepted as u64, c.accepted, "{name} plan");
}

/// Markdown and HTML: the summary and at a glance, the same words.
fn markdown_and_html_agree(name: &str, r: &Report, c: &Counts, questions: usize) {
    let md = markdown::render(&r.model());
    let want = (c.gaps, c.open, c.open_by_severity, c.accepted);
    assert_eq!(
        gap_sentence(&md, "## Executive summary"),
        want,
        "{name} summary"
    );
    assert_eq!(gap_sentence(&md, "## At a glance"), want, "{name} glance");
    let glance = &md[md.find("## At a glance").expect("glance")..];
    assert_eq!(labelled(glance, "Accepted risks"), c.accepted, "{name}");
    assert_eq!(labelled(glance, "Acceptances expired"), c.expired, "{name}");
    assert_eq!(labelled(glance, "Overdue"), c.overdue, "{name}");
    if c.not_assessed > 0 {
        assert!(
            md.contains(&format!("{} of {} questions", c.not_assessed, questions)),
            "{name}: not assessed in the summary"
        );
    }
    let page = html::render(&r.model());
    assert_eq!(
        gap_sentence(&page, "Executive summary"),
        want,
        "{name} html"
    );
}

/// The mixed fixture's counts, worked out by hand: the rule itself.
#[test]
fn the_rule_counts_each_standing_once() {
    let q = zendesk();
    let a = mixed();
    let r = report(&q, &a, "mixed", Lang::En, None);
    let value: serde_json::Value =
        serde_json::from_str(&json::render(&r.model()).expect("json")).expect("JSON");
    let c = json_counts(&value["summary"]);
    assert_eq!(
        (c.gaps, c.open, c.accepted, c.expired, c.overdue),
        (5, 4, 1, 2, 2),
        "{c:?}"
    );
    assert_eq!(c.not_assessed, q.questions.len() as u64 - 8);
}

/// Every format names the questionnaire and its revision, and the day it
/// is judged on.
#[test]
fn every_format_names_the_questionnaire_and_the_day() {
    let q = zendesk();
    let a = fixture("acme-prod");
    let r = report(&q, &a, "acme-prod", Lang::En, None);
    let revision = q
        .revision
        .clone()
        .expect("the built-in questionnaire has a revision");
    let named = format!("{} {} rev. {revision}", q.id, q.version);
    let md = markdown::render(&r.model());
    assert!(
        md.contains(&format!("{} version {}", q.id, q.version)),
        "{md}"
    );
    let value: serde_json::Value =
        serde_json::from_str(&json::render(&r.model()).expect("json")).expect("JSON");
    assert_eq!(value["assessment"]["questionnaire"]["id"], &*q.id);
    assert_eq!(value["assessment"]["questionnaire"]["version"], &*q.version);
    assert_eq!(value["assessment"]["questionnaire"]["revision"], &*revision);
    for (text, q_col, day_col) in [
        (
            csv::render(&r.model()).expect("csv"),
            "questionnaire",
            "as_of",
        ),
        (
            csv::render_action_plan(&r.model()).expect("plan"),
            "Questionnaire",
            "As Of",
        ),
    ] {
        let mut rows = ::csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
        let header = rows.headers().expect("header").clone();
        let qi = header.iter().position(|h| h == q_col).expect(q_col);
        let di = header.iter().position(|h| h == day_col).expect(day_col);
        let mut n = 0;
        for row in rows.records() {
            let row = row.expect("row");
            assert_eq!(&row[qi], named);
            assert_eq!(&row[di], "2026-11-25");
            n += 1;
        }
        assert!(n > 0);
    }
}
