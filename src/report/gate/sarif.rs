//! `check --format sarif`: SARIF 2.1.0 as GitHub code scanning reads it.
//! One rule per question (its finding, the question, help with the first
//! link, a `security-severity`), one result per finding located at the
//! question's table in the assessment file, with stable
//! `partialFingerprints`; an accepted risk is a result with an external
//! suppression, an expired acceptance is not suppressed.

use serde_json::{Value, json};

use super::Finding;
use crate::lang::Lang;
use crate::questionnaire::{Question, Questionnaire, Severity};

/// What a SARIF log is made of.
pub struct Log<'a> {
    /// The questionnaire the assessment answers.
    pub questionnaire: &'a Questionnaire,
    /// The findings to list: those the gate reports, and accepted gaps.
    pub findings: &'a [Finding],
    /// The assessment file as the repository names it (relative, with `/`).
    pub uri: &'a str,
    /// The assessment file's text, for the line of each question.
    pub text: &'a str,
    /// The revision new findings are told against (`--since`).
    pub since: Option<&'a str>,
    /// The day the assessment was judged as of.
    pub as_of: jiff::civil::Date,
    /// The language of the words.
    pub lang: Lang,
}

/// The SARIF level of a severity: what GitHub shows as error, warning or
/// note.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "note",
    }
}

/// GitHub's `security-severity` (0.1-10.0; from 7 high, from 4 medium).
fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
    }
}

/// The SARIF log, pretty-printed, ending with a newline. The same input
/// gives the same bytes: nothing in it depends on the clock.
pub fn render(log: &Log) -> String {
    let q = log.questionnaire;
    let rules: Vec<Value> = q.questions.iter().map(|x| rule(q, x, log.lang)).collect();
    let results: Vec<Value> = log.findings.iter().map(|f| result(log, f)).collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "srm-assess",
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "automationDetails": {"id": format!("srm-assess/{}/", q.id)},
            "columnKind": "utf16CodeUnits",
            "results": results,
            "properties": {
                "questionnaire": crate::sanitize::one_line(&q.named()),
                "asOf": log.as_of.to_string(),
            },
        }],
    });
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

/// The rule of one question.
fn rule(q: &Questionnaire, question: &Question, lang: Lang) -> Value {
    let clean = |s: &str| crate::sanitize::one_line(s);
    let link = question.links.first().and_then(|id| q.link(id));
    let url = link.map(|l| l.url_for(lang).to_string());
    let mut help = clean(question.help.get(lang));
    if let Some(url) = &url {
        help.push_str(&format!(" ({url})"));
    }
    let mut rule = json!({
        "id": &*question.id,
        "shortDescription": {"text": clean(question.finding_or_question(lang))},
        "fullDescription": {"text": clean(question.text.get(lang))},
        "help": {"text": help},
        "defaultConfiguration": {"level": level(question.severity)},
        "properties": {
            "security-severity": security_severity(question.severity),
            "precision": "high",
            "tags": ["security", "saas", clean(&q.sections[question.section].id)],
            "reference": clean(&question.reference),
        },
    });
    if let Some(url) = url {
        rule["helpUri"] = Value::String(url);
    }
    rule
}

/// The result of one finding.
fn result(log: &Log, f: &Finding) -> Value {
    let q = log.questionnaire;
    let position = q.position(&f.id);
    let severity = position.map_or(Severity::High, |i| q.questions[i].severity);
    let mut result = json!({
        "ruleId": f.id,
        "level": level(severity),
        "kind": "fail",
        "message": {"text": super::shown(&f.text)},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": log.uri},
            "region": {"startLine": super::line_of(log.text, &f.id)},
        }}],
        "partialFingerprints": {"srmAssessFinding/v1": f.fingerprint()},
        "properties": {"criterion": f.criterion.word()},
    });
    if let Some(i) = position {
        result["ruleIndex"] = json!(i);
    }
    if log.since.is_some() {
        let state = if f.new == Some(true) {
            "new"
        } else {
            "unchanged"
        };
        result["baselineState"] = json!(state);
    }
    if let Some(a) = &f.accepted {
        let mut props = json!({
            "approvedBy": super::shown(&a.by),
            "approved": a.approved.to_string(),
            "until": a.until.to_string(),
        });
        if !a.compensating.is_empty() {
            props["compensating"] = json!(super::shown(&a.compensating));
        }
        result["suppressions"] = json!([{
            "kind": "external",
            "status": "accepted",
            "justification": super::shown(&a.reason),
            "properties": props,
        }]);
    }
    result
}
