//! `srm-assess fleet`: a dozen assessments in two organizations rolled up
//! (heat map, the gap most share ranked first, hygiene, `--since`),
//! `--only` leaking nothing of the other organization, instances on two
//! questionnaire revisions, and the CI gate's exit status.

use predicates::prelude::*;

use crate::common::env::Env;

/// What the other organization's notes carry: it must never show under
/// `--only Acme`.
const MARKER: &str = "GLOBEX-MARKER-7f3a";

/// Ten Acme instances and two Globex ones, saved in the data folder; the
/// folder `old/` keeps a copy of every file as it was before the last
/// changes (for `--since`).
fn fleet() -> Env {
    let env = Env::new();
    let acme: Vec<String> = (1..=10).map(|i| format!("acme-{i:02}")).collect();
    let create = |name: &str, org: &str| {
        crate::common::binary::create_with(&env.data(), &[], name, &["--org", org]);
    };
    for name in &acme {
        create(name, "Acme S.p.A.");
    }
    for name in ["globex-prod", "globex-sandbox"] {
        create(name, "Globex");
        env.run(&[
            "answer",
            name,
            "access.two-factor",
            "no",
            "--notes",
            MARKER,
            "--owner",
            MARKER,
        ])
        .success();
    }
    // Two-factor missing in 7 of 10 Acme instances and both of Globex's.
    for name in &acme[..7] {
        env.run(&["answer", name, "access.two-factor", "no"])
            .success();
    }
    for name in &acme[7..] {
        env.run(&["answer", name, "access.two-factor", "yes"])
            .success();
    }
    // SSO missing in two; review answered yes in three (to regress later).
    for name in &acme[..2] {
        env.run(&["answer", name, "access.sso", "no"]).success();
    }
    for name in &acme[..3] {
        env.run(&["answer", name, "access.review", "yes"]).success();
    }
    // One accepted risk that runs out, one gap past its due date.
    env.run(&[
        "accept",
        "acme-01",
        "access.sso",
        "--by",
        "CISO",
        "--until",
        "2026-12-31",
        "--reason",
        "r",
    ])
    .success();
    env.run(&[
        "answer",
        "acme-02",
        "access.sso",
        "no",
        "--due",
        "2026-12-15",
    ])
    .success();
    let old = env.root().join("old");
    std::fs::create_dir_all(&old).expect("old");
    for entry in std::fs::read_dir(env.data().join("assessments"))
        .expect("list")
        .flatten()
    {
        if entry.path().extension().is_some_and(|x| x == "toml") {
            std::fs::copy(entry.path(), old.join(entry.file_name())).expect("copy");
        }
    }
    // Since then: the review regressed in two instances at once.
    for name in &acme[..2] {
        env.run(&["answer", name, "access.review", "no"]).success();
    }
    env
}

fn out(env: &Env, args: &[&str]) -> String {
    let out = env.cmd().arg("fleet").args(args).output().expect("runs");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn a_dozen_instances_roll_up_with_the_most_shared_gap_first() {
    let env = fleet();
    let md = out(&env, &["--all", "--as-of", "2027-01-10"]);
    assert!(
        md.starts_with("# Fleet report · 12 instances, as of 2027-01-10\n"),
        "{md}"
    );
    // The heat map: a score never without its coverage, and a score on
    // fewer than half the questions provisional, whatever it is: 100% on
    // 1 of 23 is not good, 0% on 3 of 23 not bad.
    assert!(md.contains("| **acme-10** | ░░░ 100% (1/23) |"), "{md}");
    assert!(md.contains("| **acme-01** | ░░░ 0% (3/23) |"), "{md}");
    assert!(md.contains("░░░ provisional (fewer than half its questions answered"));
    let html = out(
        &env,
        &["--all", "--as-of", "2027-01-10", "--format", "html"],
    );
    assert!(
        html.contains("class=\"heat-provisional\">░░░ 100% (1/23)"),
        "{html}"
    );
    assert!(!html.contains("class=\"heat-high\">■■■ 100% (1/23)"));
    let json = out(
        &env,
        &["--all", "--as-of", "2027-01-10", "--format", "json"],
    );
    assert!(json.contains("\"provisional\": true"), "{json}");
    // The gap most instances share comes first among the high ones.
    let gaps = &md[md.find("## Gaps across the fleet").expect("gaps")..];
    let first = gaps.lines().find(|l| l.starts_with("| **")).expect("a row");
    assert!(
        first.contains("access.two-factor") && first.contains("9 of 12 instances"),
        "{first}"
    );
    let sso = gaps
        .lines()
        .find(|l| l.contains("access.sso"))
        .expect("sso");
    assert!(
        sso.contains("2 of 12") && sso.contains("1 acceptance(s) expired"),
        "{sso}"
    );
    // Hygiene: the expired acceptance and the overdue gap, per instance.
    let hygiene = &md[md.find("## Hygiene per instance").expect("hygiene")..];
    let row = |name: &str| {
        hygiene
            .lines()
            .find(|l| l.starts_with(&format!("| **{name}** |")))
            .expect("row")
            .to_string()
    };
    assert!(
        row("acme-01").contains("| 0 | 1 | 0 | never |"),
        "{}",
        row("acme-01")
    );
    assert!(
        row("acme-02").contains("| 1 | 0 | 0 | never |"),
        "{}",
        row("acme-02")
    );
}

#[test]
fn since_a_folder_shows_the_trend_and_what_regressed_at_once() {
    let env = fleet();
    let old = env.root().join("old");
    let md = out(&env, &["--all", "--since", old.to_str().expect("UTF-8")]);
    let trend = &md[md.find("## Since the older version").expect("trend")..];
    assert!(
        trend.contains("| **acme-01** | 33% | 0% | 0 | 1 |"),
        "{trend}"
    );
    assert!(
        trend.contains("### Regressed in many instances at once"),
        "{trend}"
    );
    assert!(trend.contains("**access.review**"), "{trend}");
    assert!(
        trend.contains("2 of 12 instances (acme-01, acme-02)"),
        "{trend}"
    );
    // An instance new since is said, not silently left out of the trend.
    crate::common::binary::create_with(&env.data(), &[], "acme-new", &["--org", "Acme S.p.A."]);
    let md = out(&env, &["--all", "--since", old.to_str().expect("UTF-8")]);
    assert!(md.contains("No older version to compare with"), "{md}");
    assert!(md.contains("acme-new."), "{md}");
    let json = out(
        &env,
        &[
            "--all",
            "--since",
            old.to_str().expect("UTF-8"),
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(v["regressed_at_once"][0]["id"], "access.review");
}

#[test]
fn only_one_organization_lets_nothing_of_the_other_through() {
    let env = fleet();
    // A broken file too: under --only it is left out unnamed.
    std::fs::write(
        env.data().join("assessments/globex-broken.toml"),
        "format = 1\n[x",
    )
    .expect("broken");
    for format in ["md", "html", "json", "csv"] {
        let cmd = env
            .cmd()
            .args([
                "fleet",
                "--all",
                "--only",
                "acme s.p.a.",
                "--format",
                format,
            ])
            .output()
            .expect("runs");
        assert!(cmd.status.success(), "{cmd:?}");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&cmd.stdout),
            String::from_utf8_lossy(&cmd.stderr)
        );
        for leak in [
            MARKER,
            "globex",
            "Globex",
            "GLOBEX",
            "of 12",
            "12 instances",
        ] {
            assert!(!all.contains(leak), "{format}: {leak} leaked:\n{all}");
        }
        assert!(all.contains("acme-01"), "{format}");
    }
    // The gate too.
    let gate = env
        .cmd()
        .args([
            "fleet",
            "--all",
            "--only",
            "Acme S.p.A.",
            "--fail-on",
            "high",
        ])
        .output()
        .expect("runs");
    let said = format!("{gate:?}");
    assert!(!said.contains("globex") && !said.contains(MARKER), "{said}");
    // Without --only, the broken file is named with why.
    let md = out(&env, &["--all"]);
    assert!(
        md.contains("## Not read") && md.contains("globex-broken"),
        "{md}"
    );
}

#[test]
fn instances_on_two_questionnaire_revisions_compare_what_they_share() {
    let env = fleet();
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questionnaire/zendesk.toml"
    ))
    .expect("built-in source");
    // An older revision without the device-review question.
    let start = source
        .find("[[question]]\nid = \"access.device-review\"")
        .expect("question");
    let end = start + 1 + source[start + 1..].find("[[question]]").expect("next");
    let older = format!("{}{}", &source[..start], &source[end..])
        .replace("revision = \"2026-12-07\"", "revision = \"2026-06-01\"");
    let file = env.root().join("zendesk-2026-06.toml");
    std::fs::write(&file, older).expect("write");
    let path = env.data().join("assessments/acme-old.toml");
    crate::common::binary::create_with(
        &env.data(),
        &["--questionnaire", file.to_str().expect("UTF-8")],
        path.to_str().expect("UTF-8"),
        &["--org", "Acme S.p.A."],
    );
    env.run(&["answer", "acme-old", "access.two-factor", "no"])
        .success();
    for name in ["acme-01", "acme-02"] {
        env.run(&["answer", name, "access.device-review", "no"])
            .success();
    }
    let md = out(&env, &["--all"]);
    assert!(md.contains("different questionnaire revisions"), "{md}");
    assert!(
        md.contains("zendesk-srm 2023-06-16 rev. 2026-06-01: acme-old"),
        "{md}"
    );
    // 13 instances; the older revision has no device review.
    let row = md
        .lines()
        .find(|l| l.contains("**access.device-review**"))
        .expect("row");
    assert!(row.contains("2 of 12 instances"), "{row}");
    let row = md
        .lines()
        .find(|l| l.contains("**access.two-factor**"))
        .expect("row");
    assert!(row.contains("10 of 13 instances"), "{row}");
}

#[test]
fn the_gate_exits_3_with_a_line_per_instance_and_match() {
    let env = fleet();
    env.cmd()
        .args(["fleet", "--all", "--fail-on", "high"])
        .assert()
        .code(3)
        .stdout(predicate::str::contains(
            "acme-03: access.two-factor (I.2): ",
        ))
        .stdout(predicate::str::contains(
            "globex-prod: access.two-factor (I.2): ",
        ))
        .stderr(predicate::str::contains("across 12 instances"));
    env.cmd()
        .args(["fleet", "acme-10", "--fail-on", "expired,overdue"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Checked 1 instances"));
    // Bad usage: nothing named, a format fleet does not write.
    env.run(&["fleet"])
        .code(2)
        .stderr(predicate::str::contains("--all"));
    env.run(&["fleet", "--all", "--format", "oscal-ar"]).code(2);
}

#[test]
fn the_sample_fleet_report_in_assets_is_up_to_date() {
    use crate::common::{fixture, report, zendesk};
    use srm_assess::assessment::Answer;
    use srm_assess::lang::Lang;
    use srm_assess::report::fleet::{Fleet, Member, html, markdown};
    let q = zendesk();
    let (prod, q2) = (fixture("acme-prod"), fixture("acme-2026q2"));
    // Two more instances made from the fixtures: an EU production that
    // lost two-factor like the others, and a sandbox with its own gaps.
    let mut eu = prod.clone();
    for id in ["access.two-factor", "access.review"] {
        if let Some(e) = eu.answers.get_mut(id) {
            e.answer = Some(Answer::No);
            e.acceptance = None;
        }
    }
    let mut sandbox = q2.clone();
    sandbox.metadata.instance = "acme-sandbox".into();
    let members = [
        ("acme-eu", &eu, Some(("acme-eu@audit-2026q2", &prod))),
        ("acme-prod", &prod, Some(("acme-prod@audit-2026q2", &q2))),
        ("acme-sandbox", &sandbox, None),
    ];
    let fleet = Fleet::of(
        members
            .iter()
            .map(|(name, a, since)| Member {
                name: name.to_string(),
                model: report(&q, a, name, Lang::En, *since).model(),
            })
            .collect(),
        Vec::new(),
        Lang::En,
        "2026-11-25".parse().expect("date"),
        None,
    );
    let md = markdown::render(&fleet);
    assert!(
        crate::common::lint(&md).is_empty(),
        "{:?}",
        crate::common::lint(&md)
    );
    for (file, text) in [
        ("sample-fleet.md", md),
        ("sample-fleet.html", html::render(&fleet)),
    ] {
        crate::common::sample_is_current(file, &text, "fleet");
    }
}

#[test]
fn the_report_goes_to_a_file_but_never_over_an_assessment() {
    let env = fleet();
    let out = env.root().join("fleet.html");
    env.cmd()
        .args(["fleet", "--all", "-o"])
        .arg(&out)
        .assert()
        .success();
    let html = std::fs::read_to_string(&out).expect("written");
    assert!(
        html.contains("class=\"heat-provisional\">░░░"),
        "cells are coloured (these rest on few answers: hatched)"
    );
    let own = env.file("acme-01");
    env.cmd()
        .args(["fleet", "--all", "--format", "md", "-o"])
        .arg(&own)
        .assert()
        .code(2);
    let text = std::fs::read_to_string(&own).expect("still there");
    assert!(text.starts_with("# srm-assess assessment"));
}
