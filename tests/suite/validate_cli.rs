//! `srm-assess validate` run as a user runs it: every kind of defect in
//! `tests/fixtures/invalid/` gives exit 1 and a located message.

use std::path::Path;

use predicates::prelude::*;

use crate::common::binary;
use binary::srm_anywhere as srm;

/// Each invalid fixture: (file stem, line, column, item, words of the message).
const INVALID: &[(&str, usize, usize, &str, &str)] = &[
    (
        "bad-id",
        67,
        6,
        "question \"Access Review\"",
        "is not valid",
    ),
    (
        "bad-owner",
        71,
        9,
        "question \"access.review\"",
        "owner \"vendor\" is not one of",
    ),
    (
        "bad-severity",
        48,
        12,
        "question \"access.mfa\"",
        "severity \"critical\" is not one of",
    ),
    (
        "duplicate-id",
        67,
        6,
        "question \"access.mfa\"",
        "duplicate question id",
    ),
    (
        "empty-section",
        45,
        6,
        "section \"data\"",
        "the section has no question",
    ),
    (
        "empty-text",
        72,
        11,
        "question \"access.review\"",
        "`text.en` is empty",
    ),
    (
        "insecure-url",
        26,
        7,
        "link \"acme-mfa\"",
        "is not a valid https URL",
    ),
    (
        "missing-field",
        66,
        1,
        "question \"access.review\"",
        "missing field `remedy`",
    ),
    (
        "missing-translation",
        74,
        11,
        "question \"access.review\"",
        "`help` has no Italian (it) text",
    ),
    (
        "syntax-error",
        22,
        33,
        "link \"acme-trust\"",
        "invalid basic string",
    ),
    (
        "undeclared-locale",
        78,
        13,
        "question \"access.review\"",
        "`remedy.fr` is in a locale",
    ),
    (
        "unknown-key",
        71,
        1,
        "question \"access.review\"",
        "unknown field `severty`",
    ),
    (
        "unknown-section",
        68,
        11,
        "question \"access.review\"",
        "section \"acces\" is not declared",
    ),
    (
        "unresolved-link",
        50,
        10,
        "question \"access.mfa\"",
        "link \"acme-2fa\" is not declared",
    ),
    ("unsupported-format", 2, 10, "format 2 is not supported", ""),
    (
        "wrong-type",
        69,
        7,
        "question \"access.review\"",
        "invalid type: integer `12`",
    ),
];

#[test]
fn every_invalid_fixture_fails_with_file_line_column_and_id() {
    for (stem, line, column, item, words) in INVALID {
        let path = format!("tests/fixtures/invalid/{stem}.toml");
        let located = format!("{path}:{line}:{column}: {item}");
        // The first line is the problem itself, `FILE:LINE:COL:` first (as
        // editors and CI annotations read it), never `srm-assess:`.
        let starts = format!("{path}:{line}:{column}: ");
        srm()
            .args(["validate", &path])
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains(located).and(predicate::str::contains(*words)))
            .stderr(predicate::str::starts_with(starts))
            .stderr(predicate::str::contains("panicked").not());
    }
}

#[test]
fn every_fixture_in_the_invalid_folder_is_checked() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut stems: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures")
        .map(|e| {
            e.expect("entry")
                .path()
                .file_stem()
                .expect("stem")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    stems.sort();
    let listed: Vec<&str> = INVALID.iter().map(|(stem, ..)| *stem).collect();
    assert_eq!(stems, listed);
}

#[test]
fn the_builtin_questionnaire_validates_with_a_summary() {
    srm()
        .arg("validate")
        .assert()
        .success()
        .stdout(
            predicate::str::contains("valid")
                .and(predicate::str::contains("6 sections"))
                .and(predicate::str::contains("locales en, it"))
                .and(predicate::str::contains("2023-06-16")),
        )
        .stderr(predicate::str::is_empty());
}

/// Age shows: a copy of the built-in questionnaire with a link last
/// checked in 2020 and a deadline in the past is still valid, with a
/// warning naming each and its date; a day with a time is refused.
#[test]
fn a_link_checked_long_ago_and_a_passed_deadline_are_warned_about() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = srm_assess::questionnaire::BUILTIN_TOML
        .replacen("checked = 2026-12-07", "checked = 2020-03-01", 1)
        .replacen("day = 2027-04-01", "day = 2021-04-01", 1);
    let path = dir.path().join("old.toml");
    std::fs::write(&path, &text).expect("write");
    srm()
        .arg("validate")
        .arg(&path)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: link \"zd-security\" was last checked on 2020-03-01, more than 12 months ago",
        ))
        .stderr(predicate::str::contains(
            "warning: deadline \"oauth-refresh-flow\" (2021-04-01) has passed",
        ));
    let timed = text.replacen("day = 2027-04-30", "day = 2027-04-30T10:00:00Z", 1);
    std::fs::write(&path, timed).expect("write");
    srm()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is not a day"));
}

#[test]
fn a_valid_file_validates() {
    srm()
        .args(["validate", "tests/fixtures/valid/minimal.toml"])
        .assert()
        .success()
        .stdout("tests/fixtures/valid/minimal.toml: valid: Acme Cloud acme-srm (version 2025-01-31): 1 section, 2 questions, locales en, it\n");
}

#[test]
fn the_global_questionnaire_option_is_what_validate_checks_without_a_path() {
    srm()
        .args([
            "--questionnaire",
            "tests/fixtures/invalid/bad-owner.toml",
            "validate",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad-owner.toml:71:9"));
}

#[test]
fn every_problem_is_reported_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let base = std::fs::read_to_string("tests/fixtures/valid/minimal.toml").expect("fixture");
    let broken = base
        .replace("severity = \"high\"", "severity = \"urgent\"")
        .replace("owner = \"shared\"", "owner = \"nobody\"")
        .replace("links = [\"acme-mfa\"]", "links = [\"missing\"]")
        .replace(
            "help.it = \"Conservate un registro datato di ogni revisione.\"\n",
            "",
        );
    let path = dir.path().join("broken.toml");
    std::fs::write(&path, broken).expect("write");
    let text = invalid(&path);
    for words in [
        "\"urgent\"",
        "\"nobody\"",
        "\"missing\"",
        "no Italian (it) text",
        "4 problems",
    ] {
        assert!(text.contains(words), "{words:?} missing from:\n{text}");
    }
}

/// Structural mistakes (a wrong type, an unknown key, a missing key) no
/// longer hide the rest: every one is reported with the other problems, in
/// file order, each at its place in the file as written.
#[test]
fn structural_mistakes_do_not_hide_the_rest() {
    let dir = tempfile::tempdir().expect("tempdir");
    let base = std::fs::read_to_string("tests/fixtures/valid/minimal.toml").expect("fixture");
    let broken = base
        .replacen("severity = \"high\"", "severity = 3", 1)
        .replacen(
            "owner = \"shared\"",
            "owner = \"nobody\"\ncolour = \"red\"",
            1,
        )
        .replacen("number = \"I\"\n", "", 1)
        .replace("links = [\"acme-mfa\"]", "links = [\"missing\"]");
    let path = dir.path().join("broken.toml");
    std::fs::write(&path, &broken).expect("write");
    let text = invalid(&path);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6, "{text}");
    let at = |needle: &str| {
        let line = broken
            .lines()
            .position(|l| l.contains(needle))
            .expect(needle)
            + 1;
        format!("{}:{line}:", path.display())
    };
    for (place, words) in [
        (at("[[section]]"), "missing field `number`"),
        (at("severity = 3"), "invalid type: integer `3`"),
        (
            at("links = [\"missing\"]"),
            "link \"missing\" is not declared",
        ),
        (at("owner = \"nobody\""), "\"nobody\""),
        (at("colour = "), "unknown field `colour`"),
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&place) && l.contains(words)),
            "{words:?} at {place} missing from:\n{text}"
        );
    }
    assert!(lines[5].contains("5 problems"), "{text}");
    // In file order.
    let numbers: Vec<usize> = lines[..5]
        .iter()
        .map(|l| {
            l.split(':')
                .nth(1)
                .and_then(|n| n.parse().ok())
                .expect("line")
        })
        .collect();
    assert!(numbers.windows(2).all(|w| w[0] <= w[1]), "{numbers:?}");
}

#[test]
fn a_missing_file_is_named_with_what_to_do() {
    srm()
        .args(["validate", "no/such/file.toml"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("no/such/file.toml: cannot read the file")
                .and(predicate::str::contains("check the path")),
        );
}

#[test]
fn a_file_that_is_not_utf8_is_located() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("latin1.toml");
    std::fs::write(&path, b"format = 1\nid = \"caf\xe9\"\n").expect("write");
    srm()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "latin1.toml:2:10: the file is not valid UTF-8",
        ));
}

#[test]
fn a_directory_or_an_empty_file_fails_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    srm()
        .arg("validate")
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot read"));
    let empty = dir.path().join("empty.toml");
    std::fs::write(&empty, "").expect("write");
    srm()
        .arg("validate")
        .arg(&empty)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty.toml:1:1: missing field"));
}

#[test]
fn bad_usage_exits_2() {
    srm()
        .args(["validate", "a.toml", "b.toml"])
        .assert()
        .code(2);
    srm().args(["--lang", "de", "validate"]).assert().code(2);
    srm().arg("frobnicate").assert().code(2);
}

/// The hint for a missing vendor translation can be followed as written.
#[test]
fn the_hint_for_a_vendor_item_works_when_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("q.toml");
    let italian =
        "text.it = \"Acme protegge gli accessi del proprio personale alla piattaforma.\"\n";
    let full = std::fs::read_to_string("tests/fixtures/valid/minimal.toml").expect("fixture");
    assert!(full.contains(italian));
    std::fs::write(&path, full.replacen(italian, "", 1)).expect("write");
    let message = invalid(&path);
    assert!(message.contains("[[section.vendor]]"), "{message}");
    let hint = message
        .split("add `")
        .nth(1)
        .and_then(|rest| rest.split('`').next())
        .expect("a hint");
    assert_eq!(hint, "text.it = \"…\"");
    // Following it: the line goes into that [[section.vendor]] table.
    let fixed = full.replacen(italian, &format!("{}\n", hint.replace('…', "x")), 1);
    std::fs::write(&path, fixed).expect("write");
    srm().arg("validate").arg(&path).assert().success();
}

/// `questions` lists every id a script can pass to `answer`.
#[test]
fn questions_lists_ids_references_severities_and_texts() {
    let out = srm()
        .arg("questions")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    let q = srm_assess::questionnaire::builtin().expect("builtin");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), q.questions.len());
    for (line, question) in lines.iter().zip(q.questions.iter()) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 4, "{line}");
        assert_eq!(fields[0], question.id);
        assert_eq!(fields[1], question.reference);
        assert_eq!(fields[2], question.severity.as_str());
    }
    let it = srm()
        .args(["--lang", "it", "questions"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(it).expect("utf-8").contains("Avete"));
    let other = srm()
        .args([
            "--questionnaire",
            "tests/fixtures/valid/minimal.toml",
            "questions",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8(other)
            .expect("utf-8")
            .starts_with("access.mfa\tI.1\thigh\t")
    );
}

/// A question that starts with a demonstrative is valid, with a warning.
#[test]
fn a_question_leaning_on_another_gets_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("q.toml");
    let text = std::fs::read_to_string("tests/fixtures/valid/minimal.toml")
        .expect("fixture")
        .replace(
            "Is multi-factor authentication required for every administrator?",
            "Is that enforced for every administrator?",
        )
        .replace(
            "L'autenticazione a più fattori è obbligatoria",
            "Questa regola: l'autenticazione a più fattori è obbligatoria",
        );
    std::fs::write(&path, text).expect("write");
    let out = srm()
        .arg("validate")
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert!(stderr.contains("warning"), "{stderr}");
    assert!(stderr.contains("\"questa\""), "{stderr}");
}

/// Runs `validate` on a file that must be refused; returns what it said.
fn invalid(path: &Path) -> String {
    let out = srm()
        .arg("validate")
        .arg(path)
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    String::from_utf8(out).expect("utf-8")
}
