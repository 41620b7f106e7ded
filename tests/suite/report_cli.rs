//! `report` and `diff` run as a user runs them.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

const NOW: &str = "tests/fixtures/assessments/acme-prod.toml";
const OLD: &str = "tests/fixtures/assessments/acme-2026q2.toml";

use crate::common::binary;
use binary::srm_anywhere as srm;

fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).expect("utf-8")
}

#[test]
fn every_format_goes_to_stdout() {
    let md = stdout(srm().args(["report", NOW]));
    assert!(
        md.starts_with("# Zendesk shared responsibility assessment · Acme S.p.A. · 2026-11-20\n"),
        "{md}"
    );
    let html = stdout(srm().args(["report", NOW, "--format", "html"]));
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    let json = stdout(srm().args(["report", NOW, "--format", "json"]));
    let value: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(value["summary"]["answered"], 32);
    let csv = stdout(srm().args(["report", NOW, "--format", "csv"]));
    assert_eq!(csv.lines().count(), 64, "a header and 63 rows");
}

#[test]
fn the_report_is_in_the_assessments_language_unless_lang_says_otherwise() {
    let dir = tempfile::tempdir().expect("tempdir");
    let it = dir.path().join("it.toml");
    binary::create(
        &dir.path().join("data"),
        it.to_str().expect("utf-8"),
        &["--lang", "it"],
    );
    assert!(stdout(srm().arg("report").arg(&it)).contains("## In sintesi"));
    assert!(stdout(srm().args(["--lang", "en", "report"]).arg(&it)).contains("## At a glance"));
    assert!(stdout(srm().args(["--lang", "it", "report", NOW])).contains("## Lacune"));
}

#[test]
fn an_italian_report_says_in_italian_that_an_evidence_file_changed_whatever_language_the_command_speaks()
 {
    // The file's state was worded in the command line's language (English
    // here), not the report's, before the language became a value.
    let dir = tempfile::tempdir().expect("tempdir");
    let it = dir.path().join("it.toml");
    let proof = dir.path().join("proof.txt");
    std::fs::write(&proof, "sso on").expect("write");
    binary::create(
        &dir.path().join("data"),
        it.to_str().expect("utf-8"),
        &["--lang", "it"],
    );
    srm()
        .arg("answer")
        .arg(&it)
        .args(["access.sso", "yes"])
        .assert()
        .success();
    srm()
        .arg("evidence")
        .arg(&it)
        .arg("access.sso")
        .arg(&proof)
        .assert()
        .success();
    std::fs::write(&proof, "sso off").expect("write");
    let report = stdout(srm().arg("report").arg(&it));
    assert!(
        report.contains("cambiato dopo la registrazione"),
        "{report}"
    );
    assert!(!report.contains("changed since recorded"), "{report}");
}

#[test]
fn output_files_are_private_and_replaced_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("report.md");
    std::fs::write(&out, "old content that is much longer than nothing").expect("old");
    srm()
        .args(["report", NOW, "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("Report written to"));
    let text = std::fs::read_to_string(&out).expect("report");
    assert!(
        text.starts_with("# Zendesk shared responsibility assessment")
            && !text.contains("old content")
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&out).expect("meta").permissions().mode() & 0o777,
            0o600
        );
    }
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("e").file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
}

#[test]
fn an_output_in_a_missing_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("no/such/folder/r.md");
    srm()
        .args(["report", NOW, "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("r.md: cannot save")
                .and(predicate::str::contains("does not exist")),
        );
}

#[test]
fn since_says_what_improved_and_regressed() {
    let md = stdout(srm().args(["report", NOW, "--since", OLD]));
    assert!(md.contains("## Progress since acme-2026q2"));
    assert!(md.contains("Score was 46%, now 58%."));
    assert!(md.contains("### Improved") && md.contains("(access.two-factor): No → Yes"));
    assert!(md.contains("### Regressed") && md.contains("(access.review): Partial → No"));
    assert!(md.contains("### Newly answered"));
    let json = stdout(srm().args(["report", NOW, "--since", OLD, "--format", "json"]));
    assert!(json.contains("\"kind\": \"regressed\""));
}

#[test]
fn diff_lists_changes_question_by_question() {
    let out = stdout(srm().args(["diff", OLD, NOW]));
    assert!(
        out.starts_with("acme-2026q2 (2026-06-30 12:00 UTC) → acme-prod (2026-11-20 16:45 UTC)\n"),
        "{out}"
    );
    assert!(out.contains("Improved (4):") && out.contains("  access.two-factor  No → Yes"));
    assert!(out.contains("Regressed (1):\n  access.review  Partial → No"));
    assert!(out.contains("Newly answered (5):"));
    let same = stdout(srm().args(["diff", NOW, NOW]));
    assert!(same.contains("No answer changed."));
    let it = stdout(srm().args(["--lang", "it", "diff", OLD, NOW]));
    assert!(it.contains("Migliorate (4):") && it.contains("Non so → Sì"));
}

/// A new assessment at `DIR/NAME.toml`, made with the shared fixture.
fn create(dir: &Path, name: &str, questionnaire: Option<&str>) -> PathBuf {
    let path = dir.join(format!("{name}.toml"));
    let global: Vec<&str> = questionnaire
        .map(|q| vec!["--questionnaire", q])
        .unwrap_or_default();
    binary::create(dir, &path.to_string_lossy(), &global);
    path
}

#[test]
fn an_assessment_with_no_answers_reports_everything_unanswered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = create(dir.path(), "blank", None);
    let md = stdout(srm().arg("report").arg(&path));
    assert!(
        md.contains("on 0 of 63 questions (0% assessed)")
            && md.contains("No gaps among the answered questions.")
    );
    let csv = stdout(srm().arg("report").arg(&path).args(["--format", "csv"]));
    assert_eq!(csv.lines().count(), 64);
    let diff = stdout(srm().arg("diff").arg(&path).arg(NOW));
    // 32 current questions and the two retired ones.
    assert!(diff.contains("Newly answered (34):"), "{diff}");
}

#[test]
fn an_assessment_with_everything_answered_has_no_unanswered_questions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = create(
        dir.path(),
        "full",
        Some("tests/fixtures/valid/minimal.toml"),
    );
    for (id, answer) in [("access.mfa", "yes"), ("access.review", "yes")] {
        srm()
            .args([
                "--questionnaire",
                "tests/fixtures/valid/minimal.toml",
                "answer",
            ])
            .arg(&path)
            .args([id, answer])
            .assert()
            .success();
    }
    let md = stdout(
        srm()
            .args([
                "--questionnaire",
                "tests/fixtures/valid/minimal.toml",
                "report",
            ])
            .arg(&path),
    );
    assert!(
        md.contains("Every question is answered.") && md.contains("**100%**"),
        "{md}"
    );
}

#[test]
fn retired_ids_and_changed_questions_are_reported() {
    let md = stdout(srm().args(["report", NOW]));
    assert!(
        md.contains("## Answers to retired questions") && md.contains("access.shared-accounts: No")
    );
    assert!(
        md.contains("## Questions changed since they were answered")
            && md.contains("monitoring.untrusted-content")
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let path = create(dir.path(), "m", Some("tests/fixtures/valid/minimal.toml"));
    srm()
        .args([
            "--questionnaire",
            "tests/fixtures/valid/minimal.toml",
            "answer",
        ])
        .arg(&path)
        .args(["access.mfa", "yes"])
        .assert()
        .success();
    let newer = std::fs::read_to_string("tests/fixtures/valid/minimal.toml")
        .expect("fixture")
        .replace(
            "Is multi-factor authentication required for every administrator?",
            "Is phishing-resistant MFA required for every administrator?",
        );
    let newer_path = dir.path().join("newer.toml");
    std::fs::write(&newer_path, newer).expect("write");
    let md = stdout(
        srm()
            .arg("--questionnaire")
            .arg(&newer_path)
            .arg("report")
            .arg(&path),
    );
    assert!(
        md.contains("## Questions changed since they were answered")
            && md.contains("phishing-resistant"),
        "{md}"
    );
}

#[test]
fn bad_inputs_fail_cleanly() {
    srm()
        .args(["report", NOW, "--format", "pdf"])
        .assert()
        .code(2);
    srm()
        .args(["report", "ghost"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no such assessment"));
    srm().args(["diff", NOW]).assert().code(2);
    let dir = tempfile::tempdir().expect("tempdir");
    let other = create(
        dir.path(),
        "other",
        Some("tests/fixtures/valid/minimal.toml"),
    );
    srm()
        .args(["report", NOW, "--since"])
        .arg(&other)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "answers the questionnaire \"acme-srm\"",
        ));
}

/// Excel in Italian and other European locales splits CSV on `;`: opened
/// with either separator, no cell may start a formula.
#[test]
fn csv_cells_never_start_a_formula_with_either_list_separator() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = create(dir.path(), "csv", None);
    let notes = [
        ("access.lifecycle", "vedi ticket;=1+1;fine"),
        ("access.least-privilege", "ok\n=2+2;"),
        ("access.review", "a,=3+3,b"),
        ("access.sso", "x;+cmd|' /C calc'!A0;y"),
        ("access.two-factor", "  =HYPERLINK(\"http://evil.example\")"),
        ("access.passwords", "@SUM(1);-2"),
    ];
    for (id, note) in notes {
        srm()
            .arg("answer")
            .arg(&path)
            .args([id, "no", "--notes", note])
            .assert()
            .success();
    }
    let csv = stdout(srm().arg("report").arg(&path).args(["--format", "csv"]));
    for delimiter in [b',', b';'] {
        let mut reader = ::csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(csv.as_bytes());
        for record in reader.records() {
            let record = record.expect("a record");
            for cell in record.iter() {
                for line in cell.split(['\n', '\r']) {
                    assert!(
                        !line
                            .trim_start_matches([' ', '"'])
                            .starts_with(['=', '+', '-', '@']),
                        "split on {:?}, a cell starts a formula: {line:?}\n{csv}",
                        delimiter as char
                    );
                }
            }
        }
    }
    // The notes are still there, readable, with an apostrophe where a cell
    // could begin.
    assert!(csv.contains("vedi ticket;'=1+1;fine"), "{csv}");
}

/// `-o` picks the format from the file's extension; `--format` wins over an
/// unknown extension and contradicting a known one is bad usage.
#[test]
fn the_output_file_extension_chooses_the_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = |name: &str| dir.path().join(name);
    for (name, starts) in [
        ("r.html", "<!DOCTYPE html>"),
        ("r.JSON", "{"),
        ("r.csv", "\u{feff}section,"),
        ("r.md", "# "),
        ("report", "# "),
    ] {
        srm()
            .args(["report", NOW, "-o"])
            .arg(out(name))
            .assert()
            .success();
        let text = std::fs::read_to_string(out(name)).expect("report");
        assert!(text.starts_with(starts), "{name}: {:.40}", text);
    }
    srm()
        .args(["report", NOW, "--format", "json", "-o"])
        .arg(out("data.txt"))
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(out("data.txt"))
            .expect("report")
            .starts_with('{')
    );
    srm()
        .args(["report", NOW, "--format", "csv", "-o"])
        .arg(out("clash.html"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("clash.html").and(predicate::str::contains("--format")));
    assert!(
        !out("clash.html").exists(),
        "nothing is written on bad usage"
    );
}

/// Owner and due-date changes are shown as what changed, not as the same
/// answer twice ("No → No").
#[test]
fn diff_shows_owner_due_date_and_flag_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = create(dir.path(), "old", None);
    srm()
        .arg("answer")
        .arg(&old)
        .args(["access.review", "no", "--notes", "first"])
        .assert()
        .success();
    let new = dir.path().join("new.toml");
    let text = std::fs::read_to_string(&old).expect("old").replace(
        "notes = \"first\"",
        "notes = \"second\"\nowner = \"Marco\"\ndue = \"2026-12-31\"\nflagged = true",
    );
    std::fs::write(&new, text).expect("new");
    let out = stdout(srm().arg("diff").arg(&old).arg(&new));
    for line in [
        "Owner: none → Marco",
        "Due: none → 2026-12-31",
        "flagged for review",
        "notes edited",
    ] {
        assert!(out.contains(line), "{line:?} missing:\n{out}");
    }
    assert!(!out.contains("No → No"), "{out}");
    let it = stdout(srm().args(["--lang", "it", "diff"]).arg(&old).arg(&new));
    assert!(it.contains("Responsabile: nessuno → Marco"), "{it}");
}

/// `--since` was ignored for CSV: the older answer and the change are two
/// more columns.
#[test]
fn csv_with_since_has_the_previous_answer_and_the_change() {
    let csv = stdout(srm().args(["report", NOW, "--format", "csv", "--since", OLD]));
    let mut reader = ::csv::Reader::from_reader(csv.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .expect("headers")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(&headers[headers.len() - 2..], ["previous_answer", "change"]);
    let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 63);
    let changes: Vec<&str> = rows.iter().map(|r| &r[headers.len() - 1]).collect();
    assert!(
        changes.contains(&"improved") || changes.contains(&"newly_answered"),
        "{changes:?}"
    );
    let json = stdout(srm().args(["report", NOW, "--format", "json", "--since", OLD]));
    let value: serde_json::Value = serde_json::from_str(&json).expect("json");
    let kinds: Vec<String> = value["since"]["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .filter_map(|c| c["kind"].as_str().map(str::to_string))
        .collect();
    for kind in &kinds {
        assert!(
            changes.contains(&kind.as_str()),
            "{kind} missing from the CSV"
        );
    }
    // Without --since the columns stay as they were.
    let plain = stdout(srm().args(["report", NOW, "--format", "csv"]));
    assert!(
        !plain
            .lines()
            .next()
            .unwrap_or_default()
            .contains("previous_answer")
    );
}

/// `--format action-plan-csv`: one row per gap, the first columns as in
/// CISA ScubaGear's action plan, overdue as of `--as-of`; written to a
/// `.csv` file without a contradiction.
#[test]
fn the_action_plan_as_csv_for_trackers() {
    let csv = stdout(srm().args([
        "report",
        NOW,
        "--format",
        "action-plan-csv",
        "--as-of",
        "2026-11-25",
    ]));
    let mut reader = ::csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(
        &header[..8],
        [
            "Control ID",
            "Requirement",
            "Result",
            "Criticality",
            "Details",
            "Owner",
            "Due Date",
            "Justification"
        ]
    );
    let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let q = srm_assess::questionnaire::builtin().expect("builtin");
    let a = srm_assess::assessment::file::parse(&std::fs::read_to_string(NOW).expect("fixture"))
        .expect("parses");
    assert_eq!(rows.len(), srm_assess::report::gaps(&q, &a).len());
    let retention = rows
        .iter()
        .find(|r| &r[0] == "data.retention")
        .expect("a row");
    assert_eq!((&retention[5], &retention[6]), ("Legal", "2026-10-31"));
    assert_eq!(&retention[8], "overdue (due 2026-10-31)");
    let accepted = rows
        .iter()
        .find(|r| &r[0] == "access.session-timeout")
        .expect("a row");
    assert!(accepted[7].contains("customer portal") && accepted[8].contains("accepted until"));
    let dir = tempfile::tempdir().expect("tempdir");
    srm()
        .args(["report", NOW, "--format", "action-plan-csv", "-o"])
        .arg(dir.path().join("plan.csv"))
        .assert()
        .success();
}

/// Charts by default (Mermaid in Markdown, SVG in HTML); `--no-charts`
/// leaves both out.
#[test]
fn no_charts_leaves_the_charts_out() {
    assert!(stdout(srm().args(["report", NOW])).contains("```mermaid"));
    assert!(!stdout(srm().args(["report", NOW, "--no-charts"])).contains("mermaid"));
    assert!(stdout(srm().args(["report", NOW, "--format", "html"])).contains("<svg"));
    assert!(
        !stdout(srm().args(["report", NOW, "--format", "html", "--no-charts"])).contains("<svg")
    );
}

#[test]
fn a_report_never_replaces_its_assessment_backup_lock_or_data_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let srm_in = || {
        let mut cmd = srm();
        cmd.arg("--data-dir").arg(&data);
        cmd
    };
    binary::create(&data, "x", &[]);
    srm_in()
        .args(["answer", "x", "access.sso", "yes"])
        .assert()
        .success();
    let file = data.join("assessments/x.toml");
    let before = std::fs::read(&file).expect("read");
    // The assessment, through its own path and through a link to it.
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&file, &link).expect("link");
    for out in [file.clone(), link.clone()] {
        srm_in()
            .args(["report", "x", "-o"])
            .arg(&out)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("the assessment itself"));
    }
    srm_in()
        .args(["report", "x", "--format", "md", "-o"])
        .arg(data.join("assessments/.srm-assess/x.toml.bak"))
        .assert()
        .code(2);
    srm_in()
        .args(["report", "x", "-o"])
        .arg(data.join("assessments/report.md"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("data folder"));
    assert_eq!(
        std::fs::read(&file).expect("read"),
        before,
        "answers intact"
    );
    assert!(!data.join("assessments/report.md").exists());
}

#[test]
fn an_extension_the_tool_does_not_write_is_refused_naming_the_formats() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, says) in [
        ("r.pdf", "print it to PDF"),
        (
            "r.xlsx",
            "Markdown (.md), HTML (.html), JSON (.json) and CSV (.csv)",
        ),
        ("r.txt", "--format"),
        ("r.toml", ".toml"),
    ] {
        let out = dir.path().join(name);
        srm()
            .args(["report", NOW, "-o"])
            .arg(&out)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
        assert!(!out.exists(), "{name} was written");
    }
    // An explicit format takes any other name.
    let out = dir.path().join("r.txt");
    srm()
        .args(["report", NOW, "--format", "md", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert!(out.exists());
}

/// The CSV opens in columns in Excel: a UTF-8 byte-order mark, and `;`
/// between cells in an Italian report (as Excel in Italian expects), `,`
/// in an English one; `--separator` chooses.
#[test]
fn csv_opens_in_columns_in_european_excel() {
    let csv = |args: &[&str]| -> String {
        stdout(srm().args(["report", NOW, "--format", "csv"]).args(args))
    };
    let it = csv(&["--lang", "it"]);
    assert!(
        it.starts_with("\u{feff}section;section_title;id;"),
        "{:.60}",
        it
    );
    let en = csv(&["--lang", "en"]);
    assert!(
        en.starts_with("\u{feff}section,section_title,id,"),
        "{:.60}",
        en
    );
    let chosen = csv(&["--lang", "it", "--separator", "comma"]);
    assert!(
        chosen.starts_with("\u{feff}section,section_title,"),
        "{:.60}",
        chosen
    );
    // Every row has as many cells as the header, read with the separator.
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(it.trim_start_matches('\u{feff}').as_bytes());
    let width = reader.headers().expect("header").len();
    for record in reader.records() {
        assert_eq!(record.expect("row").len(), width);
    }
}
