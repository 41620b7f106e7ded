//! Accepted risks, evidence, overdue gaps and `check`, run through the
//! binary with fixed dates (`--as-of`), and every bad input refused with the
//! file unchanged byte for byte.

use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::common::binary;
use crate::common::env::Env;

/// A small questionnaire whose `access.review` renews its evidence every
/// 90 days.
fn questionnaire(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string("tests/fixtures/valid/minimal.toml").expect("fixture");
    let text = text.replacen(
        "id = \"access.review\"\n",
        "id = \"access.review\"\nreview_every = \"90d\"\n",
        1,
    );
    assert!(text.contains("review_every"));
    let path = dir.join("q.toml");
    std::fs::write(&path, text).expect("questionnaire");
    path
}

/// A scratch folder with an assessment of that questionnaire.
fn acme() -> Env {
    let env = Env::new();
    let q = questionnaire(env.root());
    env.with_questionnaire(q).with_assessment("acme.toml", &[])
}

/// Dates everything recorded so far (the assessment's creation, answers,
/// details, evidence) back to 2020-01-01, so that the tests can judge fixed
/// past days with `--as-of`, which shows only what was recorded by then.
fn backdate(env: &Env) {
    let text = String::from_utf8(env.bytes()).expect("utf-8");
    let mut out = String::new();
    for line in text.lines() {
        let key = line.split(" = ").next().unwrap_or_default();
        let line = match key {
            "created" | "updated" | "answered_at" | "edited_at" => {
                format!("{key} = \"2020-01-01T00:00:00Z\"")
            }
            "recorded" => "recorded = \"2020-01-01\"".to_string(),
            _ => line.to_string(),
        };
        out.push_str(&line);
        out.push('\n');
    }
    std::fs::write(env.a(), out).expect("backdate");
}

/// The report of the assessment in `format`, as of `as_of`.
fn report(env: &Env, format: &str, as_of: &str) -> String {
    let out = env
        .cmd()
        .args(["report", env.a(), "--format", format, "--as-of", as_of])
        .output()
        .expect("report");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("utf-8")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// The Markdown section `heading` (up to the next `## `).
fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    md.split(&format!("\n## {heading}\n"))
        .nth(1)
        .unwrap_or_default()
        .split("\n## ")
        .next()
        .unwrap_or_default()
}

#[test]
fn an_acceptance_holds_through_its_last_day_and_expires_the_day_after() {
    let env = acme();
    env.run(&["answer", env.a(), "access.mfa", "no"]).success();
    env.run(&[
        "accept",
        env.a(),
        "access.mfa",
        "--by",
        "Maria Bianchi (CISO)",
        "--until",
        "2099-06-30",
        "--reason",
        "Hardware keys arrive in Q3",
        "--compensating",
        "Admins sign in from the office network only",
    ])
    .success()
    .stdout(predicate::str::contains("until 2099-06-30"));

    // The day before the expiry: an accepted risk, not an open gap.
    let md = report(&env, "md", "2099-06-29");
    let accepted = section(&md, "Accepted risks");
    assert!(accepted.contains("access.mfa") && accepted.contains("Maria Bianchi (CISO)"));
    assert!(accepted.contains("Admins sign in from the office network only"));
    assert!(!section(&md, "Gaps").contains("access.mfa"), "{md}");
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "expired,high",
        "--as-of",
        "2099-06-30",
    ])
    .code(0)
    .stdout(predicate::str::contains("nothing matched"));

    // The day after: an open gap again, marked, and the gate fails.
    let md = report(&env, "md", "2099-07-01");
    let gaps = section(&md, "Gaps");
    assert!(gaps.contains("access.mfa") && gaps.contains("acceptance expired on 2099-06-30"));
    assert!(!section(&md, "Accepted risks").contains("access.mfa"));
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "expired",
        "--as-of",
        "2099-07-01",
    ])
    .code(3)
    .stdout("access.mfa (I.1): risk acceptance expired on 2099-06-30\n")
    .stderr(predicate::str::contains(
        "1 finding in acme-srm 2025-01-31 as of 2099-07-01",
    ));

    let json = report(&env, "json", "2099-07-01");
    let doc: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(doc["summary"]["expired"], 1);
    assert_eq!(doc["summary"]["accepted"], 0);
    let q = &doc["sections"][0]["questions"][0];
    assert_eq!(q["acceptance"]["by"], "Maria Bianchi (CISO)");
    assert_eq!(q["acceptance"]["expired"], true);

    // The score does not change with an acceptance; a yes drops it.
    env.run(&["answer", env.a(), "access.mfa", "yes"]).success();
    assert!(
        !std::fs::read_to_string(env.a())
            .expect("file")
            .contains("[answers.\"access.mfa\".acceptance]")
    );
}

#[test]
fn evidence_is_fresh_at_89_days_and_stale_at_91() {
    let env = acme();
    env.run(&["answer", env.a(), "access.review", "yes"])
        .success();
    env.run(&[
        "evidence",
        env.a(),
        "access.review",
        "https://wiki.example.com/access-review-2026-q1",
        "--observed",
        "2026-01-01",
        "--note",
        "Q1 review minutes",
    ])
    .success();
    backdate(&env);
    // 2026-01-01 + 89 days = 2026-03-31; + 91 = 2026-04-02.
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "stale",
        "--as-of",
        "2026-03-31",
    ])
    .code(0);
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "stale",
        "--as-of",
        "2026-04-02",
    ])
    .code(3)
    .stdout(predicate::str::contains(
        "access.review (I.2): stale evidence: https://wiki.example.com/access-review-2026-q1",
    ));
    let fresh: serde_json::Value =
        serde_json::from_str(&report(&env, "json", "2026-03-31")).expect("json");
    let stale: serde_json::Value =
        serde_json::from_str(&report(&env, "json", "2026-04-02")).expect("json");
    assert_eq!(fresh["summary"]["evidence_backed"], 100.0);
    assert_eq!(stale["summary"]["evidence_backed"], 0.0);
    assert_eq!(stale["summary"]["stale"], 1);
    let evidence = &stale["sections"][0]["questions"][1]["evidence"][0];
    assert_eq!(evidence["stale"], true);
    assert_eq!(evidence["note"], "Q1 review minutes");
    let csv = report(&env, "csv", "2026-04-02");
    assert!(csv.contains("https://wiki.example.com/access-review-2026-q1"));
}

#[test]
fn a_changed_evidence_file_is_detected() {
    let env = acme();
    env.run(&["answer", env.a(), "access.mfa", "yes"]).success();
    std::fs::create_dir(env.root().join("proof")).expect("mkdir");
    let proof = env.root().join("proof/mfa.txt");
    std::fs::write(&proof, "MFA required for: all admins").expect("proof");
    env.run(&[
        "evidence",
        env.a(),
        "access.mfa",
        path(&proof),
        "--observed",
        "2026-11-01",
    ])
    .success()
    .stdout(predicate::str::contains("proof/mfa.txt"));
    backdate(&env);
    // Recorded relative to the assessment's folder, with its digest.
    let saved = std::fs::read_to_string(env.a()).expect("file");
    assert!(saved.contains("ref = \"proof/mfa.txt\"") && saved.contains("sha256 = "));
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "changed",
        "--as-of",
        "2026-11-02",
    ])
    .code(0);
    std::fs::write(&proof, "MFA required for: nobody").expect("tamper");
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "changed",
        "--as-of",
        "2026-11-02",
    ])
    .code(3)
    .stdout("access.mfa (I.1): evidence file changed since recorded: proof/mfa.txt\n");
    let md = report(&env, "md", "2026-11-02");
    assert!(
        section(&md, "Evidence").contains("file changed since recorded"),
        "{md}"
    );
    // Removing it by the same path.
    env.run(&["evidence", env.a(), "access.mfa", path(&proof), "--remove"])
        .success();
    assert!(
        !std::fs::read_to_string(env.a())
            .expect("file")
            .contains("proof/mfa.txt")
    );
}

#[test]
fn an_open_gap_past_its_due_date_is_overdue() {
    let env = acme();
    env.run(&[
        "answer",
        env.a(),
        "access.review",
        "partial",
        "--owner",
        "IT",
        "--due",
        "2026-12-31",
    ])
    .success();
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "overdue",
        "--as-of",
        "2026-12-31",
    ])
    .code(0);
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "overdue",
        "--as-of",
        "2027-01-01",
    ])
    .code(3)
    .stdout("access.review (I.2): overdue: was due 2026-12-31\n");
    let md = report(&env, "md", "2027-01-01");
    assert!(
        section(&md, "Gaps").contains("**⚠ Overdue:** 2026-12-31"),
        "{md}"
    );
    // `list` says so too.
    let data = env.root().join("data");
    std::fs::create_dir_all(data.join("assessments")).expect("folder");
    std::fs::copy(env.a(), data.join("assessments/acme.toml")).expect("copy");
    env.run(&["list", "--as-of", "2027-01-01"])
        .success()
        .stdout(predicate::str::contains("1 overdue"));
}

#[test]
fn check_lists_every_kind_it_is_asked_for_and_refuses_unknown_words() {
    let env = acme();
    env.run(&["answer", env.a(), "access.mfa", "unknown"])
        .success();
    backdate(&env);
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "high,unknown,unanswered",
        "--as-of",
        "2026-11-25",
    ])
    .code(3)
    .stdout(
        "access.mfa (I.1): open high gap (answered unknown)\n\
             access.mfa (I.1): answered don't know\n\
             access.review (I.2): not answered\n",
    );
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "low",
        "--as-of",
        "2026-11-25",
    ])
    .code(0);
    env.run(&["check", env.a(), "--fail-on", "high,critical"])
        .code(2)
        .stderr(predicate::str::contains("\"critical\" is not a criterion"));
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "high",
        "--as-of",
        "2026-13-01",
    ])
    .code(2);
    env.run(&["--lang", "it", "check", env.a(), "--fail-on", "unanswered"])
        .code(3)
        .stdout(predicate::str::contains("senza risposta"));
}

#[test]
fn every_bad_input_is_refused_and_changes_nothing() {
    let env = acme();
    env.run(&["answer", env.a(), "access.mfa", "yes"]).success();
    env.run(&["answer", env.a(), "access.review", "no"])
        .success();
    let before = env.bytes();
    // Each command line, `A` standing for the assessment; the exit code;
    // what the error says.
    let accept = "accept A access.review --by CISO --reason why --until";
    let cases = [
        (format!("{accept} 2001-01-01"), 1, "already past"),
        (format!("{accept} 2099-02-30"), 2, "2099-02-30"),
        (format!("{accept} next-week"), 2, "next-week"),
        (
            "accept A access.mfa --by CISO --reason why --until 2099-01-01".into(),
            1,
            "only a gap",
        ),
        (
            "accept A access.nothing --by CISO --reason why --until 2099-01-01".into(),
            1,
            "access.nothing",
        ),
        (
            "accept A access.review --revoke".into(),
            1,
            "no accepted risk",
        ),
        ("accept A access.review --by x".into(), 2, "--until"),
        (
            "evidence A access.nothing https://x.example".into(),
            1,
            "access.nothing",
        ),
        (
            "evidence A access.mfa no/such/file.pdf".into(),
            1,
            "no such file",
        ),
        (
            "evidence A access.mfa https://x.example --observed 2999-01-01".into(),
            1,
            "in the future",
        ),
        (
            "evidence A access.mfa https://x.example --remove".into(),
            1,
            "no evidence",
        ),
    ];
    for (line, code, says) in cases {
        let args: Vec<&str> = line
            .split(' ')
            .map(|w| if w == "A" { env.a() } else { w })
            .collect();
        env.cmd()
            .args(&args)
            .assert()
            .code(code)
            .stderr(predicate::str::contains(says));
        assert_eq!(env.bytes(), before, "{args:?} changed the file");
    }
    // An unanswered question cannot be accepted either.
    env.run(&["answer", env.a(), "access.review", "unanswered"])
        .success();
    let before = env.bytes();
    let line = format!("{accept} 2099-01-01");
    env.cmd()
        .args(line.split(' ').map(|w| if w == "A" { env.a() } else { w }))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not answered"));
    assert_eq!(env.bytes(), before);
}

#[test]
fn diff_and_since_report_decisions_and_evidence() {
    let env = acme();
    env.run(&["answer", env.a(), "access.mfa", "no", "--due", "2026-12-01"])
        .success();
    env.run(&["answer", env.a(), "access.review", "yes"])
        .success();
    let old = env.root().join("old.toml");
    std::fs::copy(env.a(), &old).expect("copy");
    env.run(&["answer", env.a(), "access.mfa", "no", "--due", "2027-02-01"])
        .success();
    env.run(&[
        "accept",
        env.a(),
        "access.mfa",
        "--by",
        "CISO",
        "--until",
        "2099-01-01",
        "--reason",
        "later",
    ])
    .success();
    env.run(&[
        "evidence",
        env.a(),
        "access.review",
        "https://wiki.example.com/review",
    ])
    .success();
    let out = env
        .cmd()
        .args(["diff", path(&old), env.a()])
        .output()
        .expect("diff");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    for line in [
        "due date slipped: 2026-12-01 → 2027-02-01",
        "risk accepted by CISO until 2099-01-01",
        "evidence added: https://wiki.example.com/review",
    ] {
        assert!(text.contains(line), "{line:?} missing:\n{text}");
    }
    let md = env
        .cmd()
        .args(["report", env.a(), "--since", path(&old)])
        .output()
        .expect("report");
    let md = String::from_utf8(md.stdout).expect("utf-8");
    assert!(md.contains("### Decisions and evidence"), "{md}");
    assert!(
        md.contains("risk accepted by CISO until 2099-01-01"),
        "{md}"
    );
}

#[test]
fn an_approval_in_the_future_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create(dir.path(), "f", &[]);
    binary::srm(dir.path())
        .args(["answer", "f", "access.sso", "no"])
        .assert()
        .success();
    for approved in ["9999-12-30", "2099-01-01"] {
        binary::srm(dir.path())
            .args([
                "accept",
                "f",
                "access.sso",
                "--by",
                "CISO",
                "--until",
                "9999-12-31",
                "--reason",
                "r",
                "--approved",
                approved,
            ])
            .assert()
            .failure()
            .stderr(predicates::str::contains("in the future"));
    }
    assert!(
        binary::read(dir.path(), "f").answers["access.sso"]
            .acceptance
            .is_none()
    );
}

#[test]
fn names_with_hidden_characters_or_look_alikes_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let srm = || binary::srm(dir.path());
    binary::create(dir.path(), "acme", &[]);
    // A Cyrillic "а" for the Latin "a".
    srm()
        .args(["new", "\u{430}cme", "--no-open"])
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "looks like the existing assessment \"acme\"",
        ));
    srm()
        .args(["new", "acm3", "--no-open", "--assessor", "Ann\u{200B}"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("U+200B"));
    srm()
        .args([
            "answer",
            "acme",
            "access.sso",
            "no",
            "--owner",
            "Lu\u{200D}ca",
        ])
        .assert()
        .failure()
        .stderr(predicates::str::contains("U+200D"));
    // A gap first: only a gap can be accepted, whoever approves it.
    srm()
        .args(["answer", "acme", "access.sso", "no"])
        .assert()
        .success();
    srm()
        .args([
            "accept",
            "acme",
            "access.sso",
            "--by",
            "Ma\u{202E}ria",
            "--until",
            "2099-01-01",
            "--reason",
            "r",
        ])
        .assert()
        .failure()
        .stderr(predicates::str::contains("U+202E"));
    assert!(!dir.path().join("assessments/\u{430}cme.toml").exists());
}

/// `check` is never silently green: README's CI recipe fails on an empty
/// assessment saying why, and a check that finds nothing says what it
/// checked and how much nobody assessed.
#[test]
fn check_is_never_silently_green() {
    let dir = tempfile::tempdir().expect("tempdir");
    binary::create(dir.path(), "e", &[]);
    binary::srm(dir.path())
        .args([
            "check",
            "e",
            "--fail-on",
            "high,unanswered,expired,overdue,stale",
        ])
        .assert()
        .code(3)
        .stdout(predicates::str::contains("not answered"))
        .stderr(predicates::str::contains("63 findings"));
    binary::srm(dir.path())
        .args(["check", "e", "--fail-on", "high,expired,overdue,stale"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "Checked 63 questions (0 answered) of zendesk-srm ",
        ))
        .stdout(predicates::str::contains("63 not assessed"));
}

/// Backdates the assessment's creation to 2019-06-01, then records today
/// notes, an acceptance, an answer and URL evidence.
fn backdate_then_record_today(env: &Env) {
    // Created long ago; everything below is recorded today.
    let text = String::from_utf8(env.bytes()).expect("utf-8");
    let created = text
        .lines()
        .find(|l| l.starts_with("created = "))
        .expect("created")
        .to_string();
    std::fs::write(
        env.a(),
        text.replace(&created, "created = \"2019-06-01T09:00:00Z\""),
    )
    .expect("backdate");
    env.run(&[
        "answer",
        env.a(),
        "access.mfa",
        "no",
        "--notes",
        "Written today",
    ])
    .success();
    // The notes are dated when saved.
    let saved = String::from_utf8(env.bytes()).expect("utf-8");
    assert!(saved.contains("edited_at = "), "{saved}");
    env.run(&[
        "accept",
        env.a(),
        "access.mfa",
        "--by",
        "CISO",
        "--until",
        "2099-01-01",
        "--reason",
        "Keys on order",
    ])
    .success();
    env.run(&["answer", env.a(), "access.review", "yes"])
        .success();
    env.run(&[
        "evidence",
        env.a(),
        "access.review",
        "https://wiki.example.com/review",
    ])
    .success();
}

/// `--as-of` shows the assessment as it was that day: an answer, notes,
/// an acceptance and evidence recorded later are left out, the title says
/// "as of", and a day before the assessment existed is refused.
#[test]
fn as_of_shows_the_assessment_as_it_was_that_day() {
    let env = acme();
    backdate_then_record_today(&env);
    let md = report(&env, "md", "2020-01-01");
    let title = md.lines().next().expect("title");
    assert!(title.ends_with("· as of 2020-01-01"), "{title}");
    assert!(!md.contains("Written today"), "{md}");
    assert!(!md.contains("Keys on order"), "{md}");
    assert!(!md.contains("wiki.example.com"), "{md}");
    assert!(md.contains("records are left out"), "{md}");
    let json: serde_json::Value =
        serde_json::from_str(&report(&env, "json", "2020-01-01")).expect("json");
    assert_eq!(json["summary"]["answered"], 0, "{json}");
    assert_eq!(json["summary"]["accepted"], 0);
    assert_eq!(json["assessment"]["as_of"], "2020-01-01");
    assert_eq!(json["assessment"]["left_out"], 5);
    // The gate judges that day too: nothing was answered then.
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "high",
        "--as-of",
        "2020-01-01",
    ])
    .success()
    .stdout(predicate::str::contains("(0 answered)"));
    // Today, everything is there.
    let json: serde_json::Value =
        serde_json::from_str(&report(&env, "json", "2099-01-01")).expect("json");
    assert_eq!(json["summary"]["answered"], 2);
    assert_eq!(json["summary"]["accepted"], 1);
    // Before the assessment existed: refused, naming the day it began.
    let before = env.bytes();
    env.run(&["report", env.a(), "--as-of", "2019-05-31"])
        .code(2)
        .stderr(
            predicate::str::contains("--as-of 2019-05-31").and(predicate::str::contains(
                "before the assessment was created (2019-06-01)",
            )),
        );
    env.run(&[
        "check",
        env.a(),
        "--fail-on",
        "high",
        "--as-of",
        "2019-05-31",
    ])
    .code(2);
    assert_eq!(env.bytes(), before);
}

/// One report, built one way (issue 43): after an evidence file changes,
/// `report` (Markdown, JSON), `fleet` (Markdown, JSON) and the
/// interface's summary give the same evidence-backed share; `fleet` once
/// said 100% where `report` said 50%.
#[test]
fn every_front_end_counts_a_changed_evidence_file_alike() {
    let env = acme();
    std::fs::create_dir(env.root().join("proof")).expect("mkdir");
    for id in ["access.mfa", "access.review"] {
        env.run(&["answer", env.a(), id, "yes"]).success();
        let proof = env.root().join(format!("proof/{id}.txt"));
        std::fs::write(&proof, format!("{id}: checked")).expect("proof");
        env.run(&["evidence", env.a(), id, path(&proof)]).success();
    }
    std::fs::write(env.root().join("proof/access.mfa.txt"), "changed").expect("tamper");
    let today = srm_assess::assessment::local_date(jiff::Timestamp::now()).to_string();
    let json: serde_json::Value =
        serde_json::from_str(&report(&env, "json", &today)).expect("json");
    assert_eq!(json["summary"]["evidence_backed"], 50.0, "report");
    assert!(report(&env, "md", &today).contains("**Evidence-backed:** 50%"));
    let fleet = |format: &str| {
        let out = env
            .cmd()
            .args(["fleet", env.a(), "--format", format])
            .output()
            .expect("fleet");
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let fleet_json: serde_json::Value = serde_json::from_str(&fleet("json")).expect("json");
    let backed = fleet_json.to_string();
    assert!(
        backed.contains("\"evidence_backed\":50.0"),
        "fleet: {backed}"
    );
    assert!(
        !backed.contains("\"evidence_backed\":100.0"),
        "fleet: {backed}"
    );
    assert!(fleet("md").contains("50%"));
    // The interface's summary: the model `r` writes and the overlay draws.
    let q = srm_assess::questionnaire::Questionnaire::parse(
        &std::fs::read_to_string(env.root().join("q.toml")).expect("q"),
        "q.toml",
    )
    .expect("questionnaire");
    let doc = srm_assess::store::Document::open(env.a().as_ref()).expect("opens");
    let mut app = srm_assess::tui::app::App::new(q, srm_assess::lang::Lang::En, Vec::new());
    app.open(doc);
    let walk = app.walk().expect("the walk");
    let model = walk
        .report("acme", srm_assess::lang::Lang::En, jiff::Timestamp::now())
        .model();
    assert_eq!(model.audit.backed_percent(), Some(50.0), "interface");
}
