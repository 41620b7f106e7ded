//! The real binary in a real pseudo-terminal: keys in, files on disk out.

use crate::common::binary;
use crate::common::pty;

use assert_cmd::Command;
use binary::{read, srm};
use predicates::prelude::*;
use pty::Session;
use srm_assess::assessment::Answer;

fn new(dir: &std::path::Path, name: &str) {
    binary::create(dir, name, &[]);
}

#[test]
fn answer_quit_resume_not_applicable_and_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "e2e");
    let mut s = Session::start(&["open", "e2e"], dir.path(), 100, 30);
    s.wait_for("Why it matters");
    for key in ["y", "p", "n", "u"] {
        s.send(key);
    }
    s.wait_for("4/63 answered");
    s.send("q");
    assert!(s.wait_exit());
    let a = read(dir.path(), "e2e");
    assert_eq!(a.answer("access.lifecycle"), Some(Answer::Yes));
    assert_eq!(a.answer("access.least-privilege"), Some(Answer::Partial));
    assert_eq!(a.answer("access.review"), Some(Answer::No));
    // Questions follow their references: the fourth I.1 question, added
    // last to the file, comes before every I.2 one.
    assert_eq!(a.answer("access.agent-ticket-scope"), Some(Answer::Unknown));
    assert_eq!(a.answer("access.sso"), None);
    let raw = String::from_utf8_lossy(&s.raw()).into_owned();
    let left = raw
        .rfind("\u{1b}[?1049l")
        .expect("the alternate screen is left");
    assert!(
        raw[left..].contains("\u{1b}[?25h"),
        "the cursor is shown again"
    );

    // Reopened, it resumes at the fifth question, the first unanswered.
    let mut s = Session::start(&["open", "e2e"], dir.path(), 100, 30);
    s.wait_for("single sign-on");
    s.wait_for("question 5 of 23");
    s.send("x");
    s.wait_for("Why does this not apply?");
    s.send("\r");
    s.wait_for("A justification is required.");
    s.send("All sign-ins go through SSO.");
    s.send("\r");
    s.wait_for("question 6 of 23");
    s.send("r");
    s.wait_for("Report written to");
    s.send("q");
    assert!(s.wait_exit());
    let a = read(dir.path(), "e2e");
    assert_eq!(a.answer("access.sso"), Some(Answer::Na));
    assert_eq!(
        a.answers["access.sso"].justification,
        "All sign-ins go through SSO."
    );
    let report = std::fs::read_to_string(dir.path().join("assessments/e2e.md")).expect("report");
    assert!(report.contains("All sign-ins go through SSO."));
}

#[test]
fn two_windows_on_one_assessment_lose_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "shared");
    let mut a = Session::start(&["open", "shared"], dir.path(), 100, 30);
    let mut b = Session::start(&["open", "shared"], dir.path(), 100, 30);
    a.wait_for("Why it matters");
    b.wait_for("Why it matters");
    a.send("y"); // access.lifecycle
    a.wait_for("1/63 answered");
    b.send("\t"); // section II
    b.wait_for("II. Integrations");
    b.send("n"); // integrations.api-sdk
    b.wait_for("Saved");
    a.send("p"); // access.least-privilege
    a.wait_for("Saved");
    a.send("q");
    b.send("q");
    assert!(a.wait_exit() && b.wait_exit());
    let saved = read(dir.path(), "shared");
    assert_eq!(saved.answer("access.lifecycle"), Some(Answer::Yes));
    assert_eq!(
        saved.answer("access.least-privilege"),
        Some(Answer::Partial)
    );
    assert_eq!(saved.answer("integrations.api-sdk"), Some(Answer::No));
}

#[cfg(unix)]
#[test]
fn sigterm_restores_the_terminal_and_keeps_the_notes_being_typed() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "sig");
    let mut s = Session::start(&["open", "sig"], dir.path(), 100, 30);
    s.wait_for("Why it matters");
    s.send("e");
    s.wait_for("Esc saves and closes");
    s.send("half-typed evidence");
    let status = std::process::Command::new("kill")
        .args(["-TERM", &s.pid().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    s.wait_exit();
    assert_eq!(
        read(dir.path(), "sig").answers["access.lifecycle"].notes,
        "half-typed evidence"
    );
    assert!(s.wait_raw("\u{1b}[?1049l"), "the alternate screen is left");
}

/// Types `notes` into the notes editor, closes the terminal, and checks
/// that the program is gone within 2 s with the notes on disk.
#[cfg(unix)]
fn close_the_terminal_while_typing(env: &[(&str, &str)], notes: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "hup");
    let mut s = Session::start_env(&["open", "hup"], dir.path(), 100, 30, env);
    s.wait_for("Why it matters");
    s.send("e");
    s.wait_for("Esc saves and closes");
    s.send(notes);
    s.wait_for(notes);
    // Enter starts an empty last line (trimmed when saved) and redraws,
    // which lets the reader thread go; see `Session::hang_up` for why.
    s.hang_up("\r");
    let gone = s.exits_within(std::time::Duration::from_secs(2));
    if !gone {
        let _ = std::process::Command::new("kill")
            .args(["-KILL", &s.pid().to_string()])
            .status();
    }
    assert!(
        gone,
        "the program is still running 2 s after its terminal closed"
    );
    assert_eq!(
        read(dir.path(), "hup").answers["access.lifecycle"].notes,
        notes
    );
}

/// A closed window or a dropped SSH connection: the program notices, keeps
/// the notes being typed and exits promptly instead of spinning.
#[cfg(unix)]
#[test]
fn a_closed_terminal_saves_the_notes_being_typed_and_exits() {
    close_the_terminal_while_typing(&[], "typed before the window closed");
}

/// The same with SIGHUP ignored (as under `nohup`): the closed terminal
/// itself is noticed, not only the signal.
#[cfg(unix)]
#[test]
fn a_closed_terminal_is_noticed_even_when_sighup_is_ignored() {
    close_the_terminal_while_typing(
        &[("SRM_ASSESS_TEST_IGNORE_SIGHUP", "1")],
        "nohup-notes-kept",
    );
}

#[test]
fn the_start_screen_lists_and_opens_assessments() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "alpha");
    new(dir.path(), "beta");
    let mut s = Session::start(&[], dir.path(), 100, 30);
    s.wait_for("Saved assessments");
    s.wait_for("beta");
    s.send("j");
    s.send("\r");
    s.wait_for("srm-assess · beta");
    s.send("q");
    assert!(s.wait_exit());
}

#[test]
fn without_a_terminal_the_interface_says_what_to_use() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "x");
    for args in [vec!["open", "x"], vec![], vec!["new", "y"]] {
        Command::cargo_bin("srm-assess")
            .expect("bin")
            .arg("--data-dir")
            .arg(dir.path())
            .args(&args)
            .assert()
            .code(1)
            .stderr(
                predicate::str::contains("needs a terminal")
                    .and(predicate::str::contains("srm-assess ask")),
            );
    }
    assert!(
        !dir.path().join("assessments/y.toml").exists(),
        "nothing is created when it cannot be opened"
    );
}

#[test]
fn keys_do_nothing_while_the_terminal_is_too_small() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "small");
    let mut s = Session::start(&["open", "small"], dir.path(), 40, 10);
    s.wait_for("too small");
    for key in ["n", "n", "f", "e"] {
        s.send(key);
    }
    s.send("q");
    assert!(s.wait_exit());
    assert!(
        read(dir.path(), "small").answers.is_empty(),
        "keys acted on a screen that could not show them"
    );
}

/// SRM_ASSESS_THEME reaches the real terminal: mono sends no colour, and an
/// unknown name is refused before anything is created.
#[test]
fn the_theme_variable_is_honoured_by_the_real_binary() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "t");
    let mut s = Session::start_env(
        &["open", "t"],
        dir.path(),
        100,
        30,
        &[("SRM_ASSESS_THEME", "mono")],
    );
    s.wait_for("Why it matters");
    s.send("q");
    assert!(s.wait_exit());
    let raw = String::from_utf8_lossy(&s.raw()).to_string();
    for colour in ["\u{1b}[38;", "\u{1b}[36m", "\u{1b}[33m", "\u{1b}[90m"] {
        assert!(!raw.contains(colour), "mono sent a colour: {colour:?}");
    }
    let mut s = Session::start_env(
        &["new", "u"],
        dir.path(),
        100,
        30,
        &[("SRM_ASSESS_THEME", "neon")],
    );
    assert_eq!(s.exit_code(), 1);
    // Read to the end of what it wrote (the reader may lag behind the
    // exit on a busy machine).
    s.wait_for("mono, high-contrast or color");
    assert!(!dir.path().join("assessments/u.toml").exists());
}

/// A second window shows what the first saved, and what a script saved,
/// without a key of its own.
#[test]
fn a_window_shows_answers_saved_elsewhere_within_seconds() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "live");
    let mut a = Session::start(&["open", "live"], dir.path(), 100, 30);
    let mut b = Session::start(&["open", "live"], dir.path(), 100, 30);
    a.wait_for("Why it matters");
    b.wait_for("Why it matters");
    a.send("y");
    a.wait_for("1/63 answered");
    let start = std::time::Instant::now();
    b.wait_for("1/63 answered");
    assert!(start.elapsed() < std::time::Duration::from_secs(3));
    srm(dir.path())
        .args(["answer", "live", "integrations.api-sdk", "no"])
        .assert()
        .success();
    a.wait_for("2/63 answered");
    b.wait_for("2/63 answered");
    a.send("q");
    b.send("q");
    assert!(a.wait_exit() && b.wait_exit());
}

/// `a` accepts a gap as a risk and `E` records evidence, through the real
/// binary: the form takes typed text, Tab moves between fields, Enter
/// saves, and the question shows the accepted risk.
#[test]
fn a_risk_is_accepted_and_evidence_recorded_from_the_keyboard() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "audit");
    srm(dir.path())
        .args(["answer", "audit", "access.lifecycle", "no"])
        .assert()
        .success();
    let mut s = Session::start(&["open", "audit"], dir.path(), 110, 34);
    // It resumes at the first unanswered question; back to the gap.
    s.wait_for("question 2 of 23");
    s.send("k");
    s.wait_for("question 1 of 23");
    s.send("a");
    s.wait_for("Accept the gap as a risk");
    s.send("Maria (CISO)");
    s.send("\t");
    s.send("2099-12-31");
    s.send("\t");
    s.send("HR system replaces it next year");
    s.send("\r");
    s.wait_for("risk accepted by Maria (CISO) until 2099-12-31");
    s.send("E");
    s.wait_for("Record evidence");
    s.send("https://wiki.example.com/offboarding");
    s.send("\r");
    s.wait_for("wiki.example.com/offboarding");
    s.send("q");
    assert!(s.wait_exit());
    let a = read(dir.path(), "audit");
    let entry = &a.answers["access.lifecycle"];
    let acceptance = entry.acceptance.as_ref().expect("accepted");
    assert_eq!(acceptance.by, "Maria (CISO)");
    assert_eq!(acceptance.until.to_string(), "2099-12-31");
    assert_eq!(acceptance.reason, "HR system replaces it next year");
    assert_eq!(
        entry.evidence[0].reference,
        "https://wiki.example.com/offboarding"
    );
}

/// The terminal closes while an acceptance is being typed (a dropped SSH
/// connection): what was typed is in the notes as a draft, not lost, no
/// acceptance nobody confirmed is recorded, and the program exits cleanly
/// (it used to abort: ratatui's drop printed to the closed terminal).
#[cfg(unix)]
#[test]
fn a_closed_terminal_keeps_a_half_typed_form_as_a_draft() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "hupform");
    let mut s = Session::start(&["open", "hupform"], dir.path(), 100, 30);
    s.wait_for("Why it matters");
    s.send("n");
    s.send("k");
    s.send("a");
    s.send("Maria (CISO)");
    s.send("\t");
    s.send("2099-01-31");
    s.send("\t");
    s.send("Vendor fix in Q1");
    s.wait_for("Vendor fix in Q1");
    // One-line fields ignore the Ctrl-J and Ctrl-D the harness sends as it
    // closes (see `Session::hang_up`).
    s.hang_up(" ");
    let gone = s.exits_within(std::time::Duration::from_secs(2));
    if !gone {
        let _ = std::process::Command::new("kill")
            .args(["-KILL", &s.pid().to_string()])
            .status();
    }
    assert!(gone, "still running 2 s after its terminal closed");
    let status = s.status_debug();
    assert!(!status.contains("Aborted"), "{status}");
    let entry = read(dir.path(), "hupform").answers["access.lifecycle"].clone();
    assert!(entry.acceptance.is_none());
    for typed in [
        "[Draft, not confirmed",
        "Maria (CISO)",
        "2099-01-31",
        "Vendor fix in Q1",
    ] {
        assert!(entry.notes.contains(typed), "{typed}: {}", entry.notes);
    }
}

#[test]
fn a_merge_conflict_is_settled_with_one_key_in_the_real_binary() {
    let dir = tempfile::tempdir().expect("tempdir");
    new(dir.path(), "merged");
    // What the merge driver leaves: this branch's yes, the other's no.
    let path = dir.path().join("assessments/merged.toml");
    let q = srm_assess::questionnaire::builtin().expect("builtin");
    let mut a = read(dir.path(), "merged");
    a.answers.insert(
        "access.review".into(),
        srm_assess::assessment::Entry {
            answer: Some(Answer::Yes),
            ..Default::default()
        },
    );
    a.conflicts.insert(
        "access.review".into(),
        srm_assess::assessment::Conflict {
            fields: vec![srm_assess::assessment::merge::Field::Answer],
            theirs: srm_assess::assessment::Entry {
                answer: Some(Answer::No),
                ..Default::default()
            },
            removed: Vec::new(),
        },
    );
    let text = srm_assess::assessment::file::to_toml(&a, &q.ids()).expect("toml");
    std::fs::write(&path, text).expect("write");
    let mut s = Session::start(&["open", "merged"], dir.path(), 100, 30);
    s.wait_for("conflicts to settle: access.review");
    for _ in 0..4 {
        s.send("v");
    }
    s.wait_for("View: conflicts");
    s.wait_for("O: take the other branch's");
    s.send("O");
    s.wait_for("Saved");
    s.send("q");
    assert!(s.wait_exit());
    let a = read(dir.path(), "merged");
    assert_eq!(a.answer("access.review"), Some(Answer::No));
    assert!(a.conflicts.is_empty());
}
