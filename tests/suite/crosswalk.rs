//! The framework crosswalk: the questionnaire as an OSCAL 1.2.1 catalog
//! and its mapping to SP 800-53 rev. 5, valid against NIST's schemas and
//! the same bytes twice; the view by control (`report --framework`); each
//! question's controls in JSON and CSV; and the assessment results naming
//! the reviewed 800-53 controls, with a finding per control.

use std::collections::BTreeSet;
use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

use crate::common::env::Env;

/// NIST's OSCAL 1.2.1 schema `name`, formats checked.
fn schema(name: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/oscal/1.2.1")
        .join(name);
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("JSON");
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("a valid schema")
}

fn problems(validator: &jsonschema::Validator, document: &Value) -> Vec<String> {
    validator
        .iter_errors(document)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .take(10)
        .collect()
}

/// `questions --format FORMAT`'s output, checked the same twice.
fn export(env: &Env, format: &str, lang: &str) -> Value {
    let run = || {
        let out = env
            .cmd()
            .args(["--lang", lang, "questions", "--format", format])
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let first = run();
    assert_eq!(first, run(), "{format}: not the same bytes");
    serde_json::from_slice(&first).expect("JSON")
}

#[test]
fn the_catalog_and_mapping_are_valid_oscal_and_agree_with_the_questionnaire() {
    let env = Env::new();
    let q = srm_assess::questionnaire::builtin().expect("q");
    for lang in ["en", "it"] {
        let catalog = export(&env, "oscal-catalog", lang);
        let validator = schema("oscal_catalog_schema.json");
        assert_eq!(
            problems(&validator, &catalog),
            Vec::<String>::new(),
            "{lang}"
        );
        let mut broken = catalog.clone();
        broken["catalog"]["uuid"] = "0190f1a2-0000-7000-8000-000000000000".into();
        assert!(
            !validator.is_valid(&broken),
            "a version-7 UUID must be refused"
        );
        let groups = catalog["catalog"]["groups"].as_array().expect("groups");
        assert_eq!(groups.len(), q.sections.len());
        let controls: Vec<&str> = groups
            .iter()
            .flat_map(|g| g["controls"].as_array().expect("controls"))
            .map(|c| c["id"].as_str().expect("id"))
            .collect();
        let ids: Vec<&str> = q.questions.iter().map(|x| &*x.id).collect();
        assert_eq!(controls, ids);

        let mapping = export(&env, "oscal-mapping", lang);
        let validator = schema("oscal_mapping_schema.json");
        assert_eq!(
            problems(&validator, &mapping),
            Vec::<String>::new(),
            "{lang}"
        );
        let m = &mapping["mapping-collection"];
        assert_eq!(m["provenance"]["status"], "complete");
        let maps = m["mappings"][0]["maps"].as_array().expect("maps");
        assert_eq!(maps.len(), q.questions.len(), "one map per question");
        for (map, question) in maps.iter().zip(q.questions.iter()) {
            assert_eq!(map["sources"][0]["id-ref"], &*question.id);
            let targets: Vec<&str> = map["targets"]
                .as_array()
                .expect("targets")
                .iter()
                .map(|t| t["id-ref"].as_str().expect("id"))
                .collect();
            let want: Vec<&str> = question.controls.nist.iter().map(|c| &**c).collect();
            assert_eq!(targets, want, "{}", question.id);
            assert_eq!(
                map["relationship"],
                question.controls.relationship.expect("relationship").word()
            );
            assert!(map["remarks"].as_str().is_some_and(|r| r.len() > 20));
        }
        // The source resource it names is in its back matter.
        let href = m["mappings"][0]["source-resource"]["href"]
            .as_str()
            .expect("href");
        assert_eq!(
            &href[1..],
            m["back-matter"]["resources"][0]["uuid"]
                .as_str()
                .expect("uuid")
        );
    }
}

/// A saved copy of the fixture with gaps, met and accepted answers.
fn prod() -> Env {
    Env::with_prod()
}

fn report(env: &Env, args: &[&str]) -> String {
    let out = env
        .cmd()
        .current_dir(env.root())
        .args(["report", "prod.toml", "--as-of", "2026-11-25"])
        .args(args)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn the_report_has_a_view_by_control_in_each_framework() {
    let env = prod();
    let q = srm_assess::questionnaire::builtin().expect("q");
    let md = report(&env, &["--format", "md", "--framework", "nist-800-53"]);
    let at = md
        .find("## By control: NIST SP 800-53 rev. 5")
        .expect("the view");
    let view = &md[at..];
    let view = &view[..view[3..].find("\n## ").map_or(view.len(), |e| e + 3)];
    let rows: Vec<&str> = view.lines().filter(|l| l.starts_with("| **")).collect();
    let mapped: BTreeSet<&str> = q
        .questions
        .iter()
        .flat_map(|x| x.controls.nist.iter().map(|c| &**c))
        .collect();
    assert_eq!(rows.len(), mapped.len(), "one row per control");
    // In the framework's order: ac-2 before ac-2.12 before ac-3 before ac-12.
    let order: Vec<&str> = rows
        .iter()
        .map(|r| r.split("**").nth(1).expect("id"))
        .collect();
    let pos = |id: &str| {
        order
            .iter()
            .position(|x| *x == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    assert!(
        pos("ac-2") < pos("ac-2.12") && pos("ac-2.12") < pos("ac-3") && pos("ac-3") < pos("ac-12")
    );
    // A control stands as its worst question: access.review is a gap.
    let row = rows
        .iter()
        .find(|r| r.starts_with("| **ac-6.7** |"))
        .expect("ac-6.7");
    assert!(
        row.contains("| gap |") && row.contains("access.review (I.1): gap"),
        "{row}"
    );
    assert!(
        crate::common::lint(&md).is_empty(),
        "{:?}",
        crate::common::lint(&md)
    );
    // Without --framework there is no view; SOC 2 in Italian, CC first.
    assert!(!report(&env, &["--format", "md"]).contains("By control"));
    let it = report(
        &env,
        &["--format", "md", "--framework", "soc2", "--lang", "it"],
    );
    let at = it.find("## Per controllo: SOC 2").expect("Italian view");
    assert!(it[at..].find("**CC").expect("CC") < it[at..].find("**A1.").expect("A1"));
    let html = report(&env, &["--format", "html", "--framework", "iso-27001"]);
    assert!(html.contains("By control: ISO/IEC 27001:2022 Annex A") && html.contains("A.5.15"));
    env.cmd()
        .current_dir(env.root())
        .args(["report", "prod.toml", "--framework", "cis"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nist-800-53"));
}

#[test]
fn json_and_csv_give_each_question_its_controls() {
    let env = prod();
    let q = srm_assess::questionnaire::builtin().expect("q");
    let json: Value = serde_json::from_str(&report(&env, &["--format", "json"])).expect("JSON");
    let questions: Vec<&Value> = json["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .flat_map(|s| s["questions"].as_array().expect("questions"))
        .collect();
    assert_eq!(questions.len(), q.questions.len());
    for (out, question) in questions.iter().zip(q.questions.iter()) {
        for framework in srm_assess::questionnaire::Framework::ALL {
            let ids: Vec<&str> = out["controls"][framework.key()]
                .as_array()
                .expect("ids")
                .iter()
                .map(|i| i.as_str().expect("id"))
                .collect();
            let want: Vec<&str> = question
                .controls
                .of(framework)
                .iter()
                .map(|c| &**c)
                .collect();
            assert_eq!(ids, want, "{} {}", question.id, framework.key());
        }
    }
    let csv = report(&env, &["--format", "csv"]);
    let mut rows = ::csv::Reader::from_reader(csv.trim_start_matches('\u{FEFF}').as_bytes());
    let header = rows.headers().expect("header").clone();
    let col = |h: &str| header.iter().position(|x| x == h).expect(h);
    let (nist, iso, soc2) = (
        col("nist_sp_800_53_r5"),
        col("iso_27001_2022"),
        col("soc2_2017"),
    );
    let first = rows.records().next().expect("a row").expect("row");
    let lifecycle = &q.questions[0].controls;
    assert_eq!(&first[nist], lifecycle.nist.join(" "));
    assert_eq!(&first[iso], lifecycle.iso.join(" "));
    assert_eq!(&first[soc2], lifecycle.soc2.join(" "));
}

#[test]
fn assessment_results_name_the_reviewed_controls_and_judge_each() {
    let env = prod();
    let ar: Value = serde_json::from_str(&report(
        &env,
        &["--format", "oscal-ar", "--oscal-version", "1.2.1"],
    ))
    .expect("JSON");
    assert_eq!(
        problems(&schema("oscal_assessment-results_schema.json"), &ar),
        Vec::<String>::new()
    );
    let result = &ar["assessment-results"]["results"][0];
    let selections = result["reviewed-controls"]["control-selections"]
        .as_array()
        .expect("selections");
    let reviewed: BTreeSet<&str> = selections[1]["include-controls"]
        .as_array()
        .expect("include-controls")
        .iter()
        .map(|c| c["control-id"].as_str().expect("id"))
        .collect();
    let q = srm_assess::questionnaire::builtin().expect("q");
    let mapped: BTreeSet<&str> = q
        .questions
        .iter()
        .flat_map(|x| x.controls.nist.iter().map(|c| &**c))
        .collect();
    assert_eq!(reviewed, mapped);
    let findings = result["findings"].as_array().expect("findings");
    let by_control: Vec<&Value> = findings
        .iter()
        .filter(|f| f["target"]["type"] == "statement-id")
        .collect();
    assert_eq!(by_control.len(), mapped.len());
    let ac67 = by_control
        .iter()
        .find(|f| f["target"]["target-id"] == "ac-6.7_smt")
        .expect("ac-6.7");
    assert_eq!(ac67["target"]["status"]["state"], "not-satisfied");
    assert_eq!(ac67["title"], "NIST SP 800-53 rev. 5 AC-6(7)");
    // A question's finding names its controls.
    let review = findings
        .iter()
        .find(|f| f["target"]["target-id"] == "access.review")
        .expect("access.review");
    let named: Vec<&str> = review["props"]
        .as_array()
        .expect("props")
        .iter()
        .filter(|p| p["name"] == "nist-sp-800-53-r5")
        .map(|p| p["value"].as_str().expect("v"))
        .collect();
    assert_eq!(named, ["ac-2", "ac-6.7"]);
}
