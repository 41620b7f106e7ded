//! `check --format sarif|junit|github` and `--fail-on new --since REV`:
//! SARIF validated against the OASIS schema (an accepted risk suppressed,
//! an expired acceptance not), located at the question's table and
//! byte-identical on a second run; JUnit counted per section and read by
//! a real JUnit reader (ignored: Python's junitparser); GitHub annotations
//! with user text neutralised and a job summary of at most 40 lines; and
//! the regression gate against real git revisions (ignored: git).

use std::path::Path;

use serde_json::Value;

use crate::common::env::Env;

/// The fixture with accepted risks: access.session-timeout accepted until
/// 2027-03-31, data.retention's acceptance expired on 2026-10-31.
fn prod() -> Env {
    Env::with_prod()
}

/// `check prod.toml` run in the scratch folder with `args`, as of
/// 2026-11-25: its output and exit status.
fn check(env: &Env, args: &[&str]) -> (String, i32) {
    let mut all = vec!["--as-of", "2026-11-25"];
    all.extend(args);
    check_today(env, &all)
}

/// `check prod.toml` run in the scratch folder with `args`.
fn check_today(env: &Env, args: &[&str]) -> (String, i32) {
    let out = env
        .cmd()
        .current_dir(env.root())
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(["check", "prod.toml"])
        .args(args)
        .output()
        .expect("run");
    let code = out.status.code().expect("exit status");
    (String::from_utf8(out.stdout).expect("UTF-8"), code)
}

/// The OASIS schema (draft 4), with its recorded checksum.
fn sarif_schema() -> jsonschema::Validator {
    use sha2::{Digest, Sha256};
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sarif/sarif-schema-2.1.0.json");
    let bytes = std::fs::read(path).expect("schema");
    let digest: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(
        digest,
        "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
    );
    let schema: Value = serde_json::from_slice(&bytes).expect("JSON");
    jsonschema::draft4::options()
        .build(&schema)
        .expect("a valid schema")
}

/// The result of question `id` in a SARIF log.
fn result<'a>(log: &'a Value, id: &str) -> &'a Value {
    log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == id)
        .unwrap_or_else(|| panic!("no result for {id}"))
}

/// One rule per question, with GitHub's security-severity and help.
fn every_question_is_a_rule(log: &Value) {
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    assert_eq!(
        rules.len(),
        srm_assess::questionnaire::builtin()
            .expect("q")
            .questions
            .len()
    );
    for rule in rules {
        let severity: f64 = rule["properties"]["security-severity"]
            .as_str()
            .expect("severity")
            .parse()
            .expect("number");
        assert!((0.1..=10.0).contains(&severity));
        assert!(rule["help"]["text"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(
            rule["helpUri"]
                .as_str()
                .is_some_and(|u| u.starts_with("https://")),
            "{rule}"
        );
    }
}

#[test]
fn sarif_is_valid_located_and_suppresses_only_accepted_risks() {
    let env = prod();
    let args = ["--fail-on", "high,medium,low,expired", "--format", "sarif"];
    let (text, code) = check(&env, &args);
    assert_eq!(code, 3, "open gaps fail the gate");
    let log: Value = serde_json::from_str(&text).expect("JSON");
    let validator = sarif_schema();
    let problems: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&broken), "the schema check holds");
    every_question_is_a_rule(&log);
    // The accepted risk is suppressed, with who, until when and why.
    let accepted = result(&log, "access.session-timeout");
    let suppression = &accepted["suppressions"][0];
    assert_eq!(suppression["kind"], "external");
    assert_eq!(suppression["status"], "accepted");
    assert!(
        suppression["justification"]
            .as_str()
            .expect("why")
            .contains("customer portal contract")
    );
    assert_eq!(suppression["properties"]["until"], "2027-03-31");
    assert_eq!(
        suppression["properties"]["approvedBy"],
        "Maria Bianchi (CISO)"
    );
    // The expired acceptance is not: its gap and its expiry are results.
    let expired: Vec<&Value> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| r["ruleId"] == "data.retention")
        .collect();
    assert!(expired.len() >= 2, "{expired:#?}");
    assert!(expired.iter().all(|r| r.get("suppressions").is_none()));
    // Located at the question's table in the file, relative to the folder.
    let file = std::fs::read_to_string(env.root().join("prod.toml")).expect("file");
    let line = file
        .lines()
        .position(|l| l == "[answers.\"data.retention\"]")
        .expect("table")
        + 1;
    let location = &expired[0]["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "prod.toml");
    assert_eq!(location["region"]["startLine"], line);
    // Stable fingerprints, distinct per finding; the same bytes twice.
    let prints: std::collections::BTreeSet<&str> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            r["partialFingerprints"]["srmAssessFinding/v1"]
                .as_str()
                .expect("print")
        })
        .collect();
    assert_eq!(
        prints.len(),
        log["runs"][0]["results"].as_array().expect("r").len()
    );
    assert_eq!(check(&env, &args).0, text, "not deterministic");
}

#[test]
fn junit_has_a_suite_per_section_and_a_case_per_question() {
    let env = prod();
    let (xml, code) = check(
        &env,
        &[
            "--fail-on",
            "high,medium,low,unanswered",
            "--format",
            "junit",
        ],
    );
    assert_eq!(code, 3);
    let q = srm_assess::questionnaire::builtin().expect("q");
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "));
    assert_eq!(xml.matches("<testsuite ").count(), q.sections.len());
    assert_eq!(xml.matches("<testcase ").count(), q.questions.len());
    // The accepted risk passes; the gap with an expired acceptance fails.
    let case = |id: &str| {
        let at = xml
            .find(&format!("name=\"{id} ("))
            .unwrap_or_else(|| panic!("{id}"));
        let end = xml[at..].find("<testcase ").map_or(xml.len(), |e| at + e);
        xml[at..end].to_string()
    };
    assert!(
        case("access.session-timeout").contains("/>\n"),
        "{}",
        case("access.session-timeout")
    );
    assert!(!case("access.session-timeout").contains("<failure"));
    assert!(case("data.retention").contains("<failure message=\"data.retention ("));
    // The counts on the root add up.
    let failures = xml.matches("<failure ").count();
    assert!(
        xml.contains(&format!(
            "tests=\"{}\" failures=\"{failures}\"",
            q.questions.len()
        )),
        "{}",
        &xml[..300]
    );
    // Not assessed and not asked about: skipped.
    let (xml, _) = check(&env, &["--fail-on", "high", "--format", "junit"]);
    let skipped = xml.matches("<skipped ").count();
    let answered = q
        .questions
        .iter()
        .filter(|x| {
            std::fs::read_to_string(env.root().join("prod.toml"))
                .expect("f")
                .contains(&format!("[answers.\"{}\"]", x.id))
        })
        .count();
    assert_eq!(skipped, q.questions.len() - answered);
}

/// A real JUnit reader (Python's junitparser) reads the report, with the
/// same counts.
#[test]
#[ignore = "needs Python's junitparser (pip install junitparser)"]
fn junit_is_read_by_junitparser() {
    let env = prod();
    let (xml, _) = check(
        &env,
        &[
            "--fail-on",
            "high,medium,low,unanswered",
            "--format",
            "junit",
        ],
    );
    let file = env.root().join("junit.xml");
    std::fs::write(&file, &xml).expect("write");
    let script = "import sys\nfrom junitparser import JUnitXml\nx = JUnitXml.fromfile(sys.argv[1])\nt = f = s = 0\nfor suite in x:\n    for case in suite:\n        t += 1\n        r = case.result\n        f += any(type(i).__name__ == 'Failure' for i in r)\n        s += any(type(i).__name__ == 'Skipped' for i in r)\nprint(t, f, s)\n";
    let python = std::env::var("SRM_ASSESS_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = std::process::Command::new(python)
        .arg("-c")
        .arg(script)
        .arg(&file)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).expect("UTF-8");
    let counts: Vec<usize> = said
        .split_whitespace()
        .map(|n| n.parse().expect("n"))
        .collect();
    assert_eq!(counts[0], xml.matches("<testcase ").count());
    assert_eq!(counts[1], xml.matches("<failure ").count());
    assert_eq!(counts[2], xml.matches("<skipped ").count());
}

#[test]
fn github_annotations_neutralise_user_text_and_the_summary_fits() {
    let env = prod();
    // Evidence whose reference tries to close the annotation and start
    // another command, to break out of the summary's list, and to move
    // the cursor.
    let text = std::fs::read_to_string(env.root().join("prod.toml")).expect("file");
    let hostile = "x%0A::error::forged\\r\\n## Owned <script>alert(1)</script> \\u001b[2J";
    let text = text.replacen(
        "[answers.\"access.session-timeout\"]",
        &format!("[[answers.\"access.review\".evidence]]\nref = \"{hostile}\"\nobserved = \"2020-01-01\"\nrecorded = \"2020-01-02\"\n\n[answers.\"access.session-timeout\"]"),
        1,
    );
    std::fs::write(env.root().join("prod.toml"), text).expect("write");
    let summary = env.root().join("summary.md");
    let out = env
        .cmd()
        .current_dir(env.root())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["check", "prod.toml", "--as-of", "2026-11-25"])
        .args([
            "--fail-on",
            "high,medium,low,expired,unanswered,stale",
            "--format",
            "github",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    for line in stdout.lines() {
        assert!(
            line.starts_with("::error file=prod.toml,line=")
                || line.starts_with("::warning file=prod.toml,line=")
                || line.starts_with("::notice file=prod.toml,line="),
            "{line}"
        );
        assert!(!line.contains('\u{1b}'), "{line:?}");
    }
    assert!(stdout.contains("title=data.retention ("), "{stdout}");
    // The forged command stays inside the message, its `%` encoded, on
    // the line of the annotation that quotes it.
    assert!(
        stdout.contains("stale evidence: x%250A::error::forged ## Owned"),
        "{stdout}"
    );
    let md = std::fs::read_to_string(&summary).expect("summary");
    assert!(
        md.lines().count() <= 40,
        "{} lines:\n{md}",
        md.lines().count()
    );
    assert!(md.starts_with("## srm-assess check: prod"), "{md}");
    assert!(md.contains("| high |"), "{md}");
    assert!(md.contains("…and "), "the list is cut and says so:\n{md}");
    assert!(
        !md.contains("<script>") && !md.contains("\n## Owned"),
        "{md}"
    );
    // A job summary is one part of the page GitHub builds from every
    // step's: it starts at level 2, under the job's own title.
    let problems: Vec<String> = crate::common::lint(&format!("# Job\n\n{md}"));
    assert!(problems.is_empty(), "{problems:?}\n{md}");
}

#[test]
fn fail_on_new_needs_since() {
    // fleet has no revision to compare with: it refuses `new` outright.
    let fleet = Env::with_prod();
    fleet
        .cmd()
        .current_dir(fleet.root())
        .args(["fleet", "prod.toml", "--fail-on", "high,new"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("fleet --fail-on cannot take new"));
    let env = prod();
    let (_, code) = check(&env, &["--fail-on", "new"]);
    assert_eq!(code, 2);
    env.cmd()
        .current_dir(env.root())
        .args(["check", "prod.toml", "--fail-on", "new"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--fail-on new needs --since REV"));
}

/// `git` in `dir`, which must succeed.
fn git(dir: &Path, args: &[&str]) {
    let ok = std::process::Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=T",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .status()
        .expect("git")
        .success();
    assert!(ok, "git {args:?}");
}

/// The regression gate against real revisions: nothing new → 0 with the
/// summary line; a yes turned to no → 3, naming only that question; the
/// other criteria still combine; a file new since the revision makes
/// everything new.
#[test]
#[ignore = "needs git"]
fn the_gate_fails_only_on_what_got_worse_since_a_revision() {
    let env = prod();
    let root = env.root();
    git(root, &["init", "-q", "-b", "main"]);
    git(root, &["add", "prod.toml"]);
    git(root, &["commit", "-q", "-m", "baseline"]);
    let (said, code) = check_today(&env, &["--fail-on", "new", "--since", "HEAD"]);
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("for new since HEAD: nothing matched"),
        "{said}"
    );
    // access.two-factor was yes: now no.
    env.cmd()
        .current_dir(root)
        .args(["answer", "prod.toml", "access.two-factor", "no"])
        .assert()
        .success();
    let (said, code) = check_today(&env, &["--fail-on", "new", "--since", "HEAD"]);
    assert_eq!(code, 3, "{said}");
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(
        said.starts_with("access.two-factor (")
            && said.contains("new since HEAD: open high gap (answered no)"),
        "{said}"
    );
    // Combined with high: the old high gaps too, the new one once.
    let (said, _) = check_today(&env, &["--fail-on", "high,new", "--since", "HEAD"]);
    assert!(
        said.lines().count() > 1 && said.matches("access.two-factor (").count() == 1,
        "{said}"
    );
    // SARIF marks it new and the rest unchanged.
    let (sarif, _) = check_today(
        &env,
        &[
            "--fail-on",
            "high,new",
            "--since",
            "HEAD",
            "--format",
            "sarif",
        ],
    );
    let log: Value = serde_json::from_str(&sarif).expect("JSON");
    let states: Vec<(&str, &str)> = log["runs"][0]["results"]
        .as_array()
        .expect("r")
        .iter()
        .map(|r| {
            (
                r["ruleId"].as_str().expect("id"),
                r["baselineState"].as_str().expect("state"),
            )
        })
        .collect();
    assert!(states.contains(&("access.two-factor", "new")), "{states:?}");
    assert_eq!(
        states.iter().filter(|(_, s)| *s == "new").count(),
        1,
        "{states:?}"
    );
}

/// `--since` with a revision git does not know is an error naming it; a
/// file the revision did not have makes everything new, and says so.
#[test]
#[ignore = "needs git"]
fn since_a_bad_revision_or_a_new_file() {
    let env = prod();
    let root = env.root();
    git(root, &["init", "-q", "-b", "main"]);
    git(root, &["add", "prod.toml"]);
    git(root, &["commit", "-q", "-m", "baseline"]);
    // A bad revision: a clear error, not a pass.
    let out = env
        .cmd()
        .current_dir(root)
        .args([
            "check",
            "prod.toml",
            "--fail-on",
            "new",
            "--since",
            "no-such-rev",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-rev"));
    // A file the revision did not have: everything is new, and said so.
    std::fs::copy(root.join("prod.toml"), root.join("other.toml")).expect("copy");
    let out = env
        .cmd()
        .current_dir(root)
        .args(["check", "other.toml", "--fail-on", "new", "--since", "HEAD"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did not exist at HEAD"));
}

/// Credential-shaped text in the file never reaches the pipeline formats,
/// and each format gives the same bytes twice.
#[test]
fn pipeline_formats_redact_credentials_and_are_deterministic() {
    let env = prod();
    let secret = "ghp_CsMehGAkWvj7FAc9QeWJKY40uvSwMFLZDe1f";
    let text = std::fs::read_to_string(env.root().join("prod.toml")).expect("file");
    let text = text.replacen(
        "[answers.\"access.session-timeout\"]",
        &format!("[[answers.\"access.review\".evidence]]\nref = \"token {secret} <b>&amp;</b> ]]> \\u0001 \\u001b[2J '\"\nobserved = \"2020-01-01\"\nrecorded = \"2020-01-02\"\n\n[answers.\"access.session-timeout\"]"),
        1,
    );
    std::fs::write(env.root().join("prod.toml"), text).expect("write");
    for format in ["sarif", "junit", "github"] {
        let args = ["--fail-on", "high,stale,expired", "--format", format];
        let (out, code) = check(&env, &args);
        assert_eq!(code, 3, "{format}");
        assert!(
            out.contains("stale"),
            "{format}: the finding is there:\n{out}"
        );
        assert!(!out.contains(secret), "{format} printed the token:\n{out}");
        assert_eq!(check(&env, &args).0, out, "{format}: not deterministic");
        // Markup and control characters in the file cannot break the
        // document: the JUnit XML parses, the SARIF is JSON.
        match format {
            "junit" => {
                let xml = roxmltree::Document::parse(&out).expect("well-formed XML");
                let failure = xml
                    .descendants()
                    .find(|n| {
                        n.has_tag_name("failure")
                            && n.text().is_some_and(|t| t.contains("<b>&amp;</b> ]]>"))
                    })
                    .expect("the reference, as text");
                assert!(!failure.text().unwrap_or_default().contains('\u{1}'));
            }
            "sarif" => {
                serde_json::from_str::<serde_json::Value>(&out).expect("JSON");
            }
            _ => assert!(!out.contains('\u{1b}'), "{out}"),
        }
    }
}
