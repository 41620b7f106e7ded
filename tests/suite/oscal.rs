//! The OSCAL exports (`report --format oscal-ar|oscal-poam`) validated
//! against NIST's published JSON schemas (tests/fixtures/oscal, with their
//! source and checksums), for empty, partial and full assessments of the
//! built-in questionnaire and of a custom one; byte-identical on a second
//! run; and, when compliance-trestle is installed, accepted by it too.

use std::path::Path;

use serde_json::Value;

use crate::common::env::Env;

const VERSIONS: [&str; 2] = ["1.1.3", "1.2.1"];
const FORMATS: [(&str, &str); 2] = [
    ("oscal-ar", "oscal_assessment-results_schema.json"),
    ("oscal-poam", "oscal_poam_schema.json"),
];

/// NIST's schema for `format` at `version`, with formats checked too.
fn validator(version: &str, schema: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/oscal")
        .join(version)
        .join(schema);
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("JSON");
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("a valid schema")
}

/// The schema's complaints about `document`, one a line.
fn problems(validator: &jsonschema::Validator, document: &Value) -> String {
    validator
        .iter_errors(document)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(20)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every assessment the exports are checked on: (what it is, its Env).
fn fixtures() -> Vec<(&'static str, Env)> {
    let prod = "tests/fixtures/assessments/acme-prod.toml";
    let q2 = "tests/fixtures/assessments/acme-2026q2.toml";
    let full = Env::new();
    std::fs::copy(prod, full.root().join("full.toml")).expect("copy");
    let partial = Env::new();
    std::fs::copy(q2, partial.root().join("partial.toml")).expect("copy");
    let empty = Env::new().with_assessment("empty.toml", &[]);
    let custom = custom();
    vec![
        ("full", full),
        ("partial", partial),
        ("empty", empty),
        ("custom", custom),
    ]
}

/// An assessment of a custom questionnaire (ids, a file and a web page as
/// evidence, an accepted risk until the year 9999, hostile text).
fn custom() -> Env {
    let q = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/navigation.toml");
    let env = Env::new().with_questionnaire(q).with_assessment(
        "custom.toml",
        &["--org", " Acme  Inc. ", "--assessor", "Ann"],
    );
    let a = env.a();
    std::fs::write(env.root().join("shot one.png"), b"png").expect("evidence file");
    env.run(&[
        "answer",
        a,
        "access.lifecycle",
        "yes",
        "--notes",
        "  line one\n\tline two  ",
    ])
    .success();
    let shot = env.root().join("shot one.png");
    env.run(&[
        "evidence",
        a,
        "access.lifecycle",
        shot.to_str().expect("UTF-8"),
    ])
    .success();
    env.run(&[
        "evidence",
        a,
        "access.lifecycle",
        "https://wiki.example.com/a b",
    ])
    .code(predicates::ord::ge(0));
    env.run(&[
        "answer",
        a,
        "access.review",
        "no",
        "--owner",
        "Bo",
        "--due",
        "2027-01-31",
    ])
    .success();
    env.run(&[
        "accept",
        a,
        "access.review",
        "--by",
        "CISO",
        "--until",
        "9999-12-31",
        "--reason",
        "<b>why</b>",
    ])
    .success();
    env.run(&[
        "answer",
        a,
        "access.least-privilege",
        "partial",
        "--owner",
        "Bo",
    ])
    .success();
    env
}

/// The export of the fixture's one assessment in `format`.
fn export(env: &Env, format: &str, version: &str) -> String {
    let file = std::fs::read_dir(env.root())
        .expect("folder")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "toml"))
        .expect("an assessment");
    let out = env
        .cmd()
        .args(["report", file.to_str().expect("UTF-8"), "--format", format])
        .args(["--oscal-version", version, "--as-of", "2099-12-31"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{format} {version}: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn every_export_is_valid_against_nists_schemas() {
    for (name, env) in fixtures() {
        for version in VERSIONS {
            for (format, schema) in FORMATS {
                let text = export(&env, format, version);
                let document: Value = serde_json::from_str(&text).expect("JSON");
                let problems = problems(&validator(version, schema), &document);
                assert!(
                    problems.is_empty(),
                    "{name} {format} {version}:\n{problems}"
                );
            }
        }
    }
}

#[test]
fn the_validator_refuses_what_oscal_refuses() {
    // Proof that the patterns are really checked (\p{L} classes, UUID
    // versions): a version-7 UUID, a prop value with a line break, an id
    // starting with a digit, a year past 2999, an empty array.
    let (_, env) = fixtures().remove(0);
    let text = export(&env, "oscal-ar", "1.1.3");
    let v = validator("1.1.3", FORMATS[0].1);
    let good: Value = serde_json::from_str(&text).expect("JSON");
    assert!(v.is_valid(&good));
    let uuid = good["assessment-results"]["uuid"]
        .as_str()
        .expect("uuid")
        .to_string();
    let v7 = format!("{}7{}", &uuid[..14], &uuid[15..]);
    let cases: [(&str, &str, Value); 5] = [
        ("v7 uuid", "/assessment-results/uuid", Value::from(v7)),
        (
            "line break",
            "/assessment-results/metadata/props/0/value",
            Value::from("a\nb"),
        ),
        (
            "digit id",
            "/assessment-results/metadata/roles/0/id",
            Value::from("1assessor"),
        ),
        (
            "year",
            "/assessment-results/metadata/last-modified",
            Value::from("3026-01-01T00:00:00Z"),
        ),
        (
            "empty array",
            "/assessment-results/results/0/observations/0/methods",
            Value::Array(Vec::new()),
        ),
    ];
    for (what, pointer, value) in cases {
        let mut bad = good.clone();
        *bad.pointer_mut(pointer).expect(what) = value;
        assert!(!v.is_valid(&bad), "{what} must be refused");
    }
}

#[test]
fn two_exports_are_the_same_bytes_and_one_change_stays_local() {
    let env = custom();
    let first = export(&env, "oscal-ar", "1.1.3");
    assert_eq!(first, export(&env, "oscal-ar", "1.1.3"));
    assert_eq!(
        export(&env, "oscal-poam", "1.2.1"),
        export(&env, "oscal-poam", "1.2.1")
    );
    env.run(&["answer", env.a(), "access.sso", "yes"]).success();
    let second = export(&env, "oscal-ar", "1.1.3");
    let (a, b): (Value, Value) = (
        serde_json::from_str(&first).expect("JSON"),
        serde_json::from_str(&second).expect("JSON"),
    );
    let ar = |v: &Value| v["assessment-results"].clone();
    assert_eq!(ar(&a)["uuid"], ar(&b)["uuid"]);
    // The finding of an untouched question is the same, byte for byte.
    let finding = |v: &Value, id: &str| {
        ar(v)["results"][0]["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .find(|f| f["target"]["target-id"] == id)
            .cloned()
            .expect("finding")
    };
    assert_eq!(finding(&a, "access.review"), finding(&b, "access.review"));
    assert_ne!(finding(&a, "access.sso"), finding(&b, "access.sso"));
}

#[test]
fn what_maps_where() {
    let env = custom();
    let ar: Value = serde_json::from_str(&export(&env, "oscal-ar", "1.1.3")).expect("JSON");
    let result = &ar["assessment-results"]["results"][0];
    let risk = result["risks"]
        .as_array()
        .expect("risks")
        .iter()
        .find(|r| r["props"].to_string().contains("access.review"))
        .expect("the review's risk");
    // Accepted until 9999: a deviation, its deadline within OSCAL's years,
    // the day as recorded in a prop, the approver in the risk log.
    assert_eq!(risk["status"], "deviation-approved");
    assert_eq!(risk["deadline"], "2999-12-31T23:59:59Z");
    assert!(risk["props"].to_string().contains("9999-12-31"));
    let approver = &risk["risk-log"]["entries"][0]["logged-by"][0]["party-uuid"];
    let parties = ar["assessment-results"]["metadata"]["parties"].to_string();
    assert!(parties.contains(approver.as_str().expect("uuid")));
    assert!(parties.contains("Acme Inc."), "{parties}");
    // A file's SHA-256 lives in the back matter, the evidence points at it.
    let evidence = result["observations"][0]["relevant-evidence"].to_string();
    assert!(evidence.contains("\"href\":\"#"), "{evidence}");
    let back = ar["assessment-results"]["back-matter"].to_string();
    assert!(
        back.contains("SHA-256") && back.contains("shot%20one.png"),
        "{back}"
    );
    let poam: Value = serde_json::from_str(&export(&env, "oscal-poam", "1.1.3")).expect("JSON");
    let items = poam["plan-of-action-and-milestones"]["poam-items"].to_string();
    assert!(
        items.contains("access.least-privilege") && items.contains("\"Bo\""),
        "{items}"
    );
    let risks = poam["plan-of-action-and-milestones"]["risks"].to_string();
    assert!(risks.contains("\"type\":\"milestone\"") && risks.contains("2027-01-31T23:59:59Z"));
}

#[test]
fn bad_requests_are_refused_with_a_reason() {
    let env = Env::new().with_assessment("a.toml", &[]);
    env.run(&[
        "report",
        env.a(),
        "--format",
        "oscal-ar",
        "--oscal-version",
        "2.0",
    ])
    .code(2)
    .stderr(predicates::str::contains(
        "give 1.1.3 (the default) or 1.2.1",
    ));
    env.run(&[
        "report",
        env.a(),
        "--format",
        "md",
        "--oscal-version",
        "1.2.1",
    ])
    .code(2)
    .stderr(predicates::str::contains("--oscal-version goes with"));
    // Nothing left to plan: every question yes.
    let q = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal.toml");
    let done = Env::new()
        .with_questionnaire(q)
        .with_assessment("done.toml", &[]);
    let out = done.cmd().arg("questions").output().expect("runs");
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let id = line.split('\t').next().expect("id");
        done.run(&["answer", done.a(), id, "yes"]).success();
    }
    done.run(&["report", done.a(), "--format", "oscal-poam"])
        .code(1)
        .stderr(predicates::str::contains("nothing to plan"));
}

#[test]
#[ignore = "needs compliance-trestle (trestle on PATH)"]
fn compliance_trestle_accepts_every_export() {
    let work = tempfile::tempdir().expect("tempdir");
    for (name, env) in fixtures() {
        for version in VERSIONS {
            for (format, model) in [
                ("oscal-ar", "assessment-results"),
                ("oscal-poam", "plan-of-action-and-milestones"),
            ] {
                let file = work.path().join(format!("{name}-{format}-{version}.json"));
                std::fs::write(&file, export(&env, format, version)).expect("write");
                let out = std::process::Command::new("trestle")
                    .current_dir(work.path())
                    .args(["partial-object-validate", "-f"])
                    .arg(&file)
                    .args(["-e", model])
                    .output()
                    .expect("trestle runs");
                let said = String::from_utf8_lossy(&out.stdout);
                assert!(
                    out.status.success() && said.contains("VALID"),
                    "{name} {format} {version}: {out:?}"
                );
            }
        }
    }
}

#[test]
fn italian_and_redacted_exports_are_valid_too() {
    let (_, env) = fixtures().remove(0);
    let file = env.root().join("full.toml");
    for extra in [["--lang", "it"], ["--redact", "--no-charts"]] {
        for (format, schema) in FORMATS {
            let out = env
                .cmd()
                .args(["report", file.to_str().expect("UTF-8"), "--format", format])
                .args(extra)
                .output()
                .expect("runs");
            assert!(out.status.success(), "{out:?}");
            let document: Value = serde_json::from_slice(&out.stdout).expect("JSON");
            let problems = problems(&validator("1.1.3", schema), &document);
            assert!(problems.is_empty(), "{extra:?} {format}:\n{problems}");
        }
    }
}

/// Every UUID in an export (the document's, findings', risks', …).
fn uuids(text: &str) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    fn walk(v: &Value, found: &mut std::collections::BTreeSet<String>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    if k == "uuid" {
                        found.insert(v.as_str().unwrap_or_default().to_string());
                    }
                    walk(v, found);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, found)),
            _ => {}
        }
    }
    walk(&serde_json::from_str(text).expect("JSON"), &mut found);
    found
}

/// W4: two assessments created in the same second of one questionnaire
/// (three `new` in a script) share no UUID; each keeps its own across
/// saves; an older file without an identity gets one on its next save.
#[test]
fn two_assessments_created_in_one_second_share_no_uuid() {
    let env = Env::new().with_assessment("initech.toml", &["--org", "Initech"]);
    let globex = env.root().join("globex.toml");
    crate::common::binary::create_with(
        &env.data(),
        &[],
        globex.to_str().expect("UTF-8"),
        &["--org", "Globex"],
    );
    // The same second, for certain.
    let created = env
        .read_a()
        .lines()
        .find(|l| l.starts_with("created"))
        .expect("created")
        .to_string();
    let text = std::fs::read_to_string(&globex).expect("globex");
    let theirs = text
        .lines()
        .find(|l| l.starts_with("created"))
        .expect("created");
    std::fs::write(&globex, text.replace(theirs, &created)).expect("write");
    let g = globex.to_str().expect("UTF-8");
    env.run(&["answer", g, "access.sso", "no"]).success();
    for (format, _) in FORMATS {
        let one = uuids(&export_of(&env, env.a(), format));
        let two = uuids(&export_of(&env, g, format));
        let shared: Vec<_> = one.intersection(&two).collect();
        assert!(shared.is_empty(), "{format}: {shared:?}");
    }
    // Stable across saves.
    let document = |text: &str| {
        let v: Value = serde_json::from_str(text).expect("JSON");
        v["assessment-results"]["uuid"]
            .as_str()
            .expect("uuid")
            .to_string()
    };
    let before = document(&export_of(&env, g, "oscal-ar"));
    env.run(&["answer", g, "access.review", "yes"]).success();
    assert_eq!(document(&export_of(&env, g, "oscal-ar")), before);
    // An older file (no identity line) gets one on its next save, kept.
    let old = std::fs::read_to_string(&globex).expect("globex");
    let line = old
        .lines()
        .find(|l| l.starts_with("identity"))
        .expect("identity");
    std::fs::write(&globex, old.replace(&format!("{line}\n"), "")).expect("write");
    env.run(&["answer", g, "access.review", "no"]).success();
    let again = std::fs::read_to_string(&globex).expect("globex");
    let new_line = again
        .lines()
        .find(|l| l.starts_with("identity"))
        .expect("identity");
    assert_ne!(new_line, line);
    env.run(&["answer", g, "access.review", "yes"]).success();
    let kept = std::fs::read_to_string(&globex).expect("globex");
    assert!(kept.contains(new_line));
}

/// `report PATH --format FORMAT` (1.1.3).
fn export_of(env: &Env, path: &str, format: &str) -> String {
    let out = env
        .cmd()
        .args(["report", path, "--format", format])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// W8: a hand-emptied hash, a `#` in an evidence file's name and a web
/// address with two `#` still give documents the schemas accept.
#[test]
fn odd_hashes_and_hashes_in_names_stay_schema_valid() {
    let env = Env::new().with_assessment("odd.toml", &[]);
    let a = env.a();
    env.run(&["answer", a, "access.sso", "yes"]).success();
    let shot = env.root().join("shot #1.png");
    std::fs::write(&shot, b"png").expect("evidence");
    env.run(&["evidence", a, "access.sso", shot.to_str().expect("UTF-8")])
        .success();
    env.run(&["evidence", a, "access.sso", "https://x.example/a b#c#d"])
        .success();
    env.run(&["answer", a, "access.review", "yes"]).success();
    let other = env.root().join("other.png");
    std::fs::write(&other, b"other").expect("evidence");
    env.run(&[
        "evidence",
        a,
        "access.review",
        other.to_str().expect("UTF-8"),
    ])
    .success();
    let text = env.read_a();
    let sha = text
        .lines()
        .rfind(|l| l.starts_with("sha256 = "))
        .expect("a file's hash")
        .to_string();
    std::fs::write(env.a(), text.replace(&sha, "sha256 = \"\"")).expect("write");
    for version in VERSIONS {
        for (format, schema) in FORMATS {
            let text = export(&env, format, version);
            let document: Value = serde_json::from_str(&text).expect("JSON");
            let problems = problems(&validator(version, schema), &document);
            assert!(problems.is_empty(), "{format} {version}:\n{problems}");
            if format == "oscal-ar" {
                assert!(text.contains("shot%20%231.png"), "{text}");
            }
        }
    }
}

/// OSCAL a GRC analyst can act on (newcomer-4, m15, m16): an open risk
/// past its due date says so on the risk and on its POA&M item; the item
/// is titled as the weakness, carries its owner and due date itself, and
/// says what to do. Every back-matter resource is referenced by a `#uuid`
/// link: the "not referenced" warning trestle prints comes from its own
/// check, which only recognises version-4 UUIDs (ours are version 5,
/// derived from the assessment, as the OSCAL schema allows).
#[test]
fn overdue_risks_and_poam_items_read_as_weaknesses_with_owner_and_due_date() {
    let env = Env::new();
    let file = env.root().join("prod.toml");
    std::fs::copy("tests/fixtures/assessments/acme-prod.toml", &file).expect("copy");
    let poam = env
        .cmd()
        .args([
            "report",
            file.to_str().expect("UTF-8"),
            "--format",
            "oscal-poam",
        ])
        .args(["--as-of", "2027-02-01"])
        .output()
        .expect("runs");
    assert!(poam.status.success(), "{poam:?}");
    let doc: Value = serde_json::from_slice(&poam.stdout).expect("JSON");
    let plan = &doc["plan-of-action-and-milestones"];
    let prop = |x: &Value, name: &str| -> Option<String> {
        x["props"]
            .as_array()?
            .iter()
            .find(|p| p["name"] == name)
            .and_then(|p| p["value"].as_str().map(str::to_string))
    };
    let of_question = |list: &str, id: &str| -> Value {
        plan[list]
            .as_array()
            .expect(list)
            .iter()
            .find(|x| prop(x, "question-id").as_deref() == Some(id))
            .cloned()
            .unwrap_or_else(|| panic!("{id} in {list}"))
    };
    let risk = of_question("risks", "access.review");
    assert_eq!(risk["status"], "open");
    assert_eq!(prop(&risk, "overdue").as_deref(), Some("true"));
    assert_eq!(prop(&risk, "due-date").as_deref(), Some("2027-01-31"));
    let item = of_question("poam-items", "access.review");
    assert_eq!(
        item["title"], "Users and roles are not reviewed on a fixed schedule",
        "titled as the weakness"
    );
    assert_eq!(prop(&item, "owner").as_deref(), Some("Marco Bianchi"));
    assert_eq!(prop(&item, "due-date").as_deref(), Some("2027-01-31"));
    assert_eq!(prop(&item, "overdue").as_deref(), Some("true"));
    assert!(!item["description"].as_str().expect("text").is_empty());
    // Not yet due: no overdue mark.
    let tokens = of_question("poam-items", "access.api-token-migration");
    assert_eq!(prop(&tokens, "due-date").as_deref(), Some("2027-02-15"));
    assert_eq!(prop(&tokens, "overdue"), None);
    // Every resource is referenced.
    let text = String::from_utf8_lossy(&poam.stdout);
    for resource in plan["back-matter"]["resources"]
        .as_array()
        .expect("resources")
    {
        let uuid = resource["uuid"].as_str().expect("uuid");
        assert!(
            text.contains(&format!("\"#{uuid}\"")),
            "{uuid} is not referenced"
        );
        assert_eq!(&uuid[14..15], "5", "a version-5 UUID");
    }
}

/// compliance-trestle reads the questionnaire's catalog and its mapping to
/// SP 800-53 rev. 5 (`questions --format oscal-catalog|oscal-mapping`).
#[test]
#[ignore = "needs compliance-trestle (trestle on PATH)"]
fn compliance_trestle_reads_the_catalog_and_the_mapping() {
    let env = Env::new();
    let work = tempfile::tempdir().expect("tempdir");
    for (format, model) in [
        ("oscal-catalog", "catalog"),
        ("oscal-mapping", "mapping-collection"),
    ] {
        let out = env
            .cmd()
            .args(["questions", "--format", format])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{out:?}");
        let file = work.path().join(format!("{format}.json"));
        std::fs::write(&file, &out.stdout).expect("write");
        let out = std::process::Command::new("trestle")
            .current_dir(work.path())
            .args(["partial-object-validate", "-f"])
            .arg(&file)
            .args(["-e", model])
            .output()
            .expect("trestle runs");
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && said.contains("VALID"),
            "{format}: {out:?}"
        );
    }
}
