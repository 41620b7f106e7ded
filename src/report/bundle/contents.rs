//! What goes into a bundle: the assessment file, the reports, the evidence
//! and the probe's readings, and a README for the auditor.

use std::path::Path;

use serde_json::{Value, json};

use super::archive::{Member, clean_name, sha256};
use crate::assessment::decisions::FileCheck;
use crate::report::oscal::OscalVersion;
use crate::report::{Report, ReportError};

/// What a bundle is made from.
pub struct Bundle<'a> {
    /// The report of the assessment: its language, its day, its files read.
    pub report: Report<'a>,
    /// Where the assessment file is (evidence paths are relative to it).
    pub path: &'a Path,
    /// The assessment file's bytes, as stored.
    pub file: &'a [u8],
}

/// Every member of the bundle, the manifest and README included.
pub fn members(b: &Bundle) -> Result<Vec<Member>, ReportError> {
    let model = b.report.model();
    let member = |name: &str, text: String| Member {
        name: name.to_string(),
        bytes: text.into_bytes(),
    };
    let mut out = vec![
        Member {
            name: "assessment.toml".into(),
            bytes: b.file.to_vec(),
        },
        member("reports/report.md", crate::report::markdown::render(&model)),
        member("reports/report.html", crate::report::html::render(&model)),
        member("reports/report.json", crate::report::json::render(&model)?),
        member(
            "reports/action-plan.csv",
            crate::report::csv::render_action_plan(&model)?,
        ),
        member(
            "reports/oscal-ar.json",
            crate::report::oscal::render_ar(&model, OscalVersion::V1_1_3)?,
        ),
    ];
    match crate::report::oscal::render_poam(&model, OscalVersion::V1_1_3) {
        Ok(poam) => out.push(member("reports/oscal-poam.json", poam)),
        Err(ReportError::NothingToPlan) => {}
        Err(e) => return Err(e),
    }
    let (index, files) = evidence(b);
    out.push(member("evidence/index.json", pretty(&index)));
    out.extend(files);
    out.push(member("probe/readings.json", pretty(&readings(&b.report))));
    let names: Vec<&str> = out.iter().map(|m| m.name.as_str()).collect();
    let readme =
        crate::messages::bundle_readme(b.report.lang, b.report.name, b.report.as_of, &names);
    out.push(member("README.txt", readme));
    let manifest = super::manifest(&out);
    out.push(member(super::MANIFEST, manifest));
    Ok(out)
}

/// `value` as indented JSON with a final newline.
fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// The name a copied evidence file gets: its recorded path under
/// `evidence/files/` when that is relative and clean, else its number and
/// its file name.
fn evidence_name(n: usize, reference: &str) -> String {
    let under = format!("evidence/files/{reference}");
    if clean_name(&under) && !Path::new(reference).is_absolute() {
        return under;
    }
    let base: String = Path::new(reference)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| if c.is_control() || c == '\\' { '_' } else { c })
        .collect();
    let name = format!("evidence/files/{n:03}-{base}");
    if clean_name(&name) {
        name
    } else {
        format!("evidence/files/{n:03}")
    }
}

/// The evidence index, and the evidence files that are regular files
/// holding what was recorded (each copied once); a missing, changed,
/// special, unreadable or oversized one is in the index with its state.
fn evidence(b: &Bundle) -> (Value, Vec<Member>) {
    let a = b.report.assessment;
    let mut entries = Vec::new();
    let mut files: Vec<Member> = Vec::new();
    let mut copied: std::collections::BTreeMap<String, (String, &'static str)> = Default::default();
    for q in b.report.questionnaire.questions.iter() {
        let Some(entry) = a.answers.get(&*q.id) else {
            continue;
        };
        for e in &entry.evidence {
            let mut item = json!({
                "question": &*q.id,
                "ref": &e.reference,
                "observed": e.observed.to_string(),
                "recorded": e.recorded.to_string(),
            });
            if !e.note.is_empty() {
                item["note"] = json!(&e.note);
            }
            match &e.sha256 {
                None => item["kind"] = json!("address"),
                Some(recorded) => {
                    item["kind"] = json!("file");
                    item["sha256_recorded"] = json!(recorded);
                    let n = copied.len() + 1;
                    let (member, state) = copied
                        .entry(e.reference.clone())
                        .or_insert_with(|| copy(b.path, &e.reference, recorded, n, &mut files))
                        .clone();
                    item["state"] = json!(state);
                    if state == "copied" {
                        item["member"] = json!(member);
                    }
                }
            }
            entries.push(item);
        }
    }
    (json!({ "evidence": entries }), files)
}

/// Copies one evidence file when it still holds what was recorded: its
/// member's name and its state (`copied`, `changed`, `missing`,
/// `not-regular`, `unreadable`, `too-large`).
fn copy(
    path: &Path,
    reference: &str,
    recorded: &str,
    n: usize,
    files: &mut Vec<Member>,
) -> (String, &'static str) {
    let name = evidence_name(n, reference);
    match crate::store::evidence::contents(path, reference) {
        Ok(bytes) if sha256(&bytes) == recorded.trim_start_matches("sha256:") => {
            files.push(Member {
                name: name.clone(),
                bytes,
            });
            (name, "copied")
        }
        Ok(_) => (name, "changed"),
        Err(FileCheck::Missing) => (name, "missing"),
        Err(FileCheck::NotRegular) => (name, "not-regular"),
        Err(FileCheck::TooLarge) => (name, "too-large"),
        Err(_) => (name, "unreadable"),
    }
}

/// What the probe read, per question: each reading's rule, endpoint,
/// field, status, time, SHA-256 of the response and what it saw.
fn readings(report: &Report) -> Value {
    let a = report.assessment;
    let mut questions = serde_json::Map::new();
    for q in report.questionnaire.questions.iter() {
        let seen: Vec<Value> = a
            .observations(&q.id)
            .iter()
            .filter_map(|o| serde_json::to_value(o).ok())
            .collect();
        if !seen.is_empty() {
            questions.insert(q.id.to_string(), Value::Array(seen));
        }
    }
    json!({
        "lists": crate::messages::bundle_lists_note(report.lang),
        "questions": questions,
    })
}
