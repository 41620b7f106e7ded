//! The questionnaire as OSCAL 1.2.1 (`questions --format oscal-catalog`):
//! a catalog whose groups are its sections and whose controls are its
//! questions; and its mapping to NIST SP 800-53 rev. 5 in OSCAL 1.2's
//! control-mapping model (`--format oscal-mapping`), one map per question
//! with its NIST IR 8477 relationship and rationale. Both from the
//! questionnaire alone: the same questionnaire gives the same bytes.

use serde_json::{Value, json};
use uuid::Uuid;

use super::{NS, line};
use crate::lang::Lang;
use crate::questionnaire::{Framework, Question, Questionnaire};
use crate::report::ReportError;

/// NIST's SP 800-53 rev. 5 catalog in OSCAL JSON, the mapping's target.
const NIST_CATALOG: &str = "https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json";

/// The identifiers of one questionnaire's documents (UUID v5).
fn id(q: &Questionnaire, parts: &[&str]) -> String {
    let root = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:srm-assess:oscal:questionnaire");
    let base = Uuid::new_v5(&root, format!("{}\u{1f}{}", q.id, q.named()).as_bytes());
    Uuid::new_v5(&base, parts.join("\u{1f}").as_bytes()).to_string()
}

/// The questionnaire's own date (its revision, else its version) as an
/// OSCAL moment, so that the documents do not change with the clock.
fn dated(q: &Questionnaire) -> String {
    let day = q.revision.as_deref().unwrap_or(&q.version);
    match day.parse::<jiff::civil::Date>() {
        Ok(day) => super::day_start(day),
        Err(_) => "1970-01-01T00:00:00Z".to_string(),
    }
}

/// A prop in srm-assess's namespace, when there is a value, as JSON.
fn prop(name: &'static str, value: &str) -> Option<Value> {
    super::prop(name, value).and_then(|p| serde_json::to_value(p).ok())
}

/// The metadata both documents open with.
fn metadata(q: &Questionnaire, title: String, lang: Lang) -> Value {
    let props: Vec<Value> = [
        prop("questionnaire", &q.id),
        prop("questionnaire-version", &q.named()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut meta = json!({
        "title": line(&title).unwrap_or_else(|| q.id.to_string()),
        "last-modified": dated(q),
        "version": line(&q.named()).unwrap_or_else(|| q.version.to_string()),
        "oscal-version": "1.2.1",
        "props": props,
    });
    if let Some(url) = line(&q.source.url) {
        meta["links"] = json!([{"href": url, "rel": "reference", "text": line(q.source.title.get(lang)).unwrap_or_default()}]);
    }
    meta
}

/// `value` as the JSON document of OSCAL `root`, ending with a newline.
fn document(root: &str, value: Value) -> Result<String, ReportError> {
    let mut text = serde_json::to_string_pretty(&json!({ root: value }))?;
    text.push('\n');
    Ok(text)
}

/// The questionnaire as an OSCAL catalog in `lang`.
pub fn render_catalog(q: &Questionnaire, lang: Lang) -> Result<String, ReportError> {
    let groups: Vec<Value> = q
        .sections
        .iter()
        .map(|s| {
            let controls: Vec<Value> = q.section_questions(s).iter().map(|x| control(q, x, lang)).collect();
            let mut group = json!({
                "id": super::token(&s.id),
                "title": line(s.title.get(lang)).unwrap_or_else(|| s.id.to_string()),
                "props": [{"name": "label", "value": line(&s.number).unwrap_or_else(|| s.id.to_string())}],
                "controls": controls,
            });
            if let Some(why) = line(s.why.get(lang)) {
                group["parts"] = json!([{"id": format!("{}_ovw", super::token(&s.id)), "name": "overview", "prose": why}]);
            }
            group
        })
        .collect();
    let title = crate::messages::oscal_catalog_title(lang, q.title.get(lang));
    document(
        "catalog",
        json!({
            "uuid": id(q, &["catalog"]),
            "metadata": metadata(q, title, lang),
            "groups": groups,
        }),
    )
}

/// One question as a control: its text the statement, its help the
/// guidance, its remedy, its reference and severity as props, its links.
fn control(q: &Questionnaire, x: &Question, lang: Lang) -> Value {
    let token = super::token(&x.id);
    let mut parts = vec![
        json!({"id": format!("{token}_smt"), "name": "statement", "prose": x.text.get(lang).trim()}),
    ];
    for (suffix, name, ns, prose) in [
        ("gdn", "guidance", None, x.help.get(lang)),
        ("rem", "remedy", Some(NS), x.remedy.get(lang)),
    ] {
        if !prose.trim().is_empty() {
            let mut part =
                json!({"id": format!("{token}_{suffix}"), "name": name, "prose": prose.trim()});
            if let Some(ns) = ns {
                part["ns"] = json!(ns);
            }
            parts.push(part);
        }
    }
    let mut props: Vec<Value> = vec![
        json!({"name": "label", "value": line(&x.reference).unwrap_or_else(|| x.id.to_string())}),
    ];
    props.extend(prop("severity", x.severity.as_str()));
    props.extend(prop("responsibility", x.responsibility.as_str()));
    for framework in Framework::ALL {
        for c in x.controls.of(framework) {
            props.extend(prop(framework.key(), c));
        }
    }
    let links: Vec<Value> = x
        .links
        .iter()
        .filter_map(|l| q.link(l))
        .filter_map(|l| line(l.url_for(lang)).map(|url| json!({"href": url, "rel": "reference", "text": line(l.title.get(lang)).unwrap_or_default()})))
        .collect();
    let mut control = json!({
        "id": token,
        "title": line(x.finding_or_question(lang)).unwrap_or_else(|| x.id.to_string()),
        "props": props,
        "parts": parts,
    });
    if !links.is_empty() {
        control["links"] = json!(links);
    }
    control
}

/// The questionnaire's mapping to SP 800-53 rev. 5 in OSCAL's
/// control-mapping model.
pub fn render_mapping(q: &Questionnaire, lang: Lang) -> Result<String, ReportError> {
    let resource = id(q, &["catalog-resource"]);
    let maps: Vec<Value> = q
        .questions
        .iter()
        .filter(|x| !x.controls.nist.is_empty())
        .map(|x| {
            let targets: Vec<Value> = x
                .controls
                .nist
                .iter()
                .map(|c| json!({"type": "control", "id-ref": &**c}))
                .collect();
            let mut map = json!({
                "uuid": id(q, &["map", &x.id]),
                "relationship": x.controls.relationship.map_or("intersects-with", |r| r.word()),
                "sources": [{"type": "control", "id-ref": super::token(&x.id)}],
                "targets": targets,
            });
            if let Some(why) = line(&x.controls.rationale) {
                map["remarks"] = json!(why);
            }
            map
        })
        .collect();
    let complete = maps.len() == q.questions.len();
    let resource_props: Vec<Value> = [
        prop("questionnaire", &q.id),
        prop("questionnaire-version", &q.named()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let words = crate::messages::oscal_mapping_words(lang, &q.named());
    document(
        "mapping-collection",
        json!({
            "uuid": id(q, &["mapping-collection"]),
            "metadata": metadata(q, words.title, lang),
            "provenance": {
                "method": "human",
                "matching-rationale": "semantic",
                "status": if complete { "complete" } else { "not-complete" },
                "mapping-description": words.description,
            },
            "mappings": [{
                "uuid": id(q, &["mapping", "nist-sp-800-53-r5"]),
                "source-resource": {"type": "catalog", "href": format!("#{resource}")},
                "target-resource": {"type": "catalog", "href": NIST_CATALOG},
                "maps": maps,
            }],
            "back-matter": {"resources": [{
                "uuid": resource,
                "title": words.source,
                "props": resource_props,
            }]},
        }),
    )
}
