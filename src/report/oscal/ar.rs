//! `report --format oscal-ar`: OSCAL assessment results.

use super::metadata::metadata;
use super::parts::build;
use super::types::*;
use super::{Ids, OscalVersion, day_end, time};
use crate::messages;
use crate::report::ReportError;
use crate::report::model::Model;

/// The assessment results of `model`'s assessment, as OSCAL `version`
/// JSON: one result from the assessment's creation to the as-of day.
pub fn render_ar(model: &Model, version: OscalVersion) -> Result<String, ReportError> {
    let report = &model.report;
    let a = report.assessment;
    let ids = Ids::of(a);
    let w = messages::oscal_words(report.lang);
    let parts = build(model, &ids);
    let meta = metadata(model, &parts, w.ar_title, version);
    let q = report.questionnaire;
    let controls = super::controls::rows(model);
    let result = AssessmentResult {
        uuid: ids.id(&["result"]),
        title: w.result_title.to_string(),
        description: w.result_description.to_string(),
        start: time(a.created),
        end: day_end(report.as_of).max(time(a.created)),
        props: Vec::new(),
        reviewed_controls: ReviewedControls {
            description: messages::oscal_reviewed(report.lang, &q.named()),
            control_selections: std::iter::once(ControlSelection {
                description: messages::oscal_reviewed(report.lang, &q.named()),
                include_all: Some(Empty {}),
                include_controls: Vec::new(),
            })
            .chain(super::controls::selection(model, &controls))
            .collect(),
        },
        observations: parts.observations,
        risks: parts.risks,
        findings: {
            let by_control = super::controls::findings(model, &ids, &controls, &parts.findings);
            let mut findings = parts.findings;
            findings.extend(by_control);
            findings
        },
    };
    let document = AssessmentResults {
        uuid: ids.id(&["assessment-results"]),
        metadata: meta,
        import_ap: Import {
            href: format!("#{}", parts.questionnaire_uuid),
        },
        results: vec![result],
        back_matter: Some(BackMatter {
            resources: parts.resources,
        }),
    };
    super::to_json("assessment-results", &document)
}
