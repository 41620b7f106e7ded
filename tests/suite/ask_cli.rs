//! `srm-assess ask`, completions, the manual page and `--version`, run as
//! a user or a script runs them.

use crate::common::binary;
use crate::common::pty;

use binary::{read, srm};

use predicates::prelude::*;
use srm_assess::assessment::Answer;

#[test]
fn piped_answers_are_saved_and_the_output_is_plain_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create(dir.path(), "a", &[]);
    let out = srm(dir.path())
        .args(["ask", "a"])
        .write_stdin("y\n?\np\n\nmaybe\nn\nx\n\nx\nWe have no agents.\nu\nq\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    assert!(
        !text.bytes().any(|b| b == 0x1b || (b < 0x20 && b != b'\n')),
        "only plain text:\n{text}"
    );
    for words in [
        "I. Access controls and hygiene",
        "Why it matters:",
        "How to check:",
        "Skipped.",
        "Not understood.",
        "Cancelled: a justification is required.",
        "Stopped: 5 of 63 answered",
    ] {
        assert!(text.contains(words), "{words:?} missing:\n{text}");
    }
    let a = read(dir.path(), "a");
    assert_eq!(a.answer("access.lifecycle"), Some(Answer::Yes));
    assert_eq!(a.answer("access.least-privilege"), Some(Answer::Partial));
    assert_eq!(a.answer("access.review"), None, "skipped");
    // In the order of the references: the last I.1 question, then I.2.
    assert_eq!(a.answer("access.agent-ticket-scope"), Some(Answer::No));
    assert_eq!(a.answer("access.sso"), Some(Answer::Na));
    assert_eq!(a.answers["access.sso"].justification, "We have no agents.");
    assert_eq!(a.answer("access.sso-bypass"), Some(Answer::Unknown));
}

#[test]
fn the_end_of_input_stops_cleanly_and_a_second_run_resumes() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create(dir.path(), "b", &[]);
    srm(dir.path())
        .args(["ask", "b"])
        .write_stdin("y\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("Stopped: 1 of 63"));
    srm(dir.path())
        .args(["ask", "b"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(
            predicate::str::contains("1 of 63 questions answered; 62 to go")
                .and(predicate::str::contains("[2/23] I.1")),
        );
}

#[test]
fn italian_walk() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create(dir.path(), "c", &["--lang", "it"]);
    srm(dir.path())
        .args(["--lang", "it", "ask", "c"])
        .write_stdin("sì\nin parte\n")
        .assert()
        .success()
        .stdout(
            predicate::str::contains("I. Controlli di accesso e igiene")
                .and(predicate::str::contains("Perché conta:"))
                .and(predicate::str::contains("Salvato: in parte."))
                .and(predicate::str::contains("Interrotto: 2 su 63")),
        );
    let a = read(dir.path(), "c");
    assert_eq!(a.answer("access.lifecycle"), Some(Answer::Yes));
    assert_eq!(a.answer("access.least-privilege"), Some(Answer::Partial));
}

#[test]
fn escape_sequences_in_a_questionnaire_never_reach_the_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let q = std::fs::read_to_string("tests/fixtures/valid/minimal.toml")
        .expect("fixture")
        .replace(
            "Whoever signs in can read your customers' data.",
            "Whoever \\u001B]0;pwned\\u0007signs in \\u001B[2J\\u202Ereads.",
        );
    let qpath = dir.path().join("q.toml");
    std::fs::write(&qpath, q).expect("write");
    binary::create(
        dir.path(),
        "d",
        &["--questionnaire", &qpath.to_string_lossy()],
    );
    let out = srm(dir.path())
        .arg("--questionnaire")
        .arg(&qpath)
        .args(["ask", "d"])
        .write_stdin("q\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        !out.contains(&0x1b) && !out.contains(&0x07),
        "{}",
        String::from_utf8_lossy(&out)
    );
    assert!(String::from_utf8_lossy(&out).contains("Whoever �]0;pwned�signs in"));
}

#[test]
fn a_dumb_terminal_gets_the_line_by_line_walk() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create(dir.path(), "e", &[]);
    let mut s = pty::Session::start_with(&["open", "e"], dir.path(), 100, 30, "dumb");
    s.wait_for("starting the line-by-line walk");
    s.wait_for("Answer (y/p/n/u/x");
    s.send("y\r");
    s.wait_for("Saved: yes.");
    s.send("q\r");
    assert!(s.wait_exit());
    assert_eq!(
        read(dir.path(), "e").answer("access.lifecycle"),
        Some(Answer::Yes)
    );
    assert!(
        !String::from_utf8_lossy(&s.raw()).contains("\u{1b}[?1049h"),
        "no alternate screen"
    );
}

#[test]
fn completions_man_page_and_version() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The scripts ask the binary itself (tests/suite/completion.rs runs
    // them in the real shells).
    for (shell, marker) in [
        ("bash", "-F _clap_complete_srm_assess srm-assess"),
        ("zsh", "#compdef srm-assess"),
        (
            "fish",
            "complete --keep-order --exclusive --command srm-assess",
        ),
    ] {
        srm(dir.path())
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(
                predicate::str::contains(marker)
                    .and(predicate::str::contains("SRM_ASSESS_COMPLETE=")),
            );
    }
    srm(dir.path())
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
    srm(dir.path()).arg("man").assert().success().stdout(
        predicate::str::contains(".TH srm-assess 1")
            .and(predicate::str::contains("report"))
            .and(predicate::str::contains("\\-\\-data\\-dir")),
    );
    srm(dir.path()).arg("--version").assert().success().stdout(
        "srm-assess 0.1.0 (built-in questionnaire zendesk-srm 2023-06-16, revision 2026-12-07)\n",
    );
}

/// `ask` records notes (with the credential warning), owner, due date and
/// the review flag, as the interface does.
#[test]
fn ask_records_notes_owner_due_date_and_flag() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create(dir.path(), "a", &[]);
    let out = srm(dir.path())
        .args(["ask", "a"])
        .write_stdin(
            "e\nJoiners handled by HR; leavers by IT.\no\nAnna Bianchi\n2026-12-31\nf\nn\n\
             e\npassword=Hunter2Secret\no\n\nnot-a-date\ny\nq\n",
        )
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    assert!(text.contains("Flagged for review."), "{text}");
    assert!(text.contains("look like they contain a password"), "{text}");
    assert!(text.contains("Not a date"), "{text}");
    let a = read(dir.path(), "a");
    let first = &a.answers["access.lifecycle"];
    assert_eq!(first.answer, Some(Answer::No));
    assert_eq!(first.notes, "Joiners handled by HR; leavers by IT.");
    assert_eq!(first.owner, "Anna Bianchi");
    assert_eq!(
        first.due.map(|d| d.to_string()).as_deref(),
        Some("2026-12-31")
    );
    assert!(first.flagged);
    let second = &a.answers["access.least-privilege"];
    assert_eq!(second.answer, Some(Answer::Yes));
    assert_eq!(second.due, None, "a bad date changes nothing");
}
