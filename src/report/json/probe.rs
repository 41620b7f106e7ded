//! The JSON report's probe fields: each question's observations and
//! whether they contradict the answer, and the summary's counts with the
//! questions no endpoint shows.

use serde::Serialize;

use crate::assessment::{Assessment, Observed};
use crate::report::Report;
use crate::report::model::Model;

/// One observation, with its provenance.
#[derive(Serialize)]
pub(super) struct ObservationOut<'a> {
    rule: &'a str,
    endpoint: &'a str,
    field: &'a str,
    value: &'a Observed,
    #[serde(skip_serializing_if = "Option::is_none")]
    total: Option<u64>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    names: Vec<String>,
    status: u16,
    fetched_at: String,
    sha256: &'a str,
    suggests: &'static str,
    /// Older than the question's renewal period on the report's day.
    stale: bool,
    /// What it shows, in the report's language.
    shows: String,
}

/// The observations of question `id`.
pub(super) fn observations<'a>(
    report: &Report,
    a: &'a Assessment,
    question: &crate::questionnaire::Question,
) -> Vec<ObservationOut<'a>> {
    a.observations(&question.id)
        .iter()
        .map(|o| ObservationOut {
            rule: o.rule.as_str(),
            endpoint: &o.endpoint,
            field: &o.field,
            value: &o.value,
            total: o.total,
            names: o.for_report().names.clone(),
            status: o.status,
            fetched_at: o.fetched_at.to_string(),
            sha256: &o.sha256,
            suggests: o.suggests.as_str(),
            stale: o.stale(question.review_every, report.as_of),
            shows: crate::messages::observation_text(report.lang, &o.for_report()),
        })
        .collect()
}

/// The probe's counts for the whole assessment.
#[derive(Serialize)]
pub(super) struct ProbeSummary<'a> {
    /// Questions with observations.
    observed: usize,
    /// Questions whose answer an observation contradicts.
    contradictions: usize,
    /// Questions no probe rule informs: their answers rest on people alone.
    not_observable: Vec<&'a str>,
}

/// The probe's counts.
pub(super) fn summary<'a>(model: &Model<'a>) -> ProbeSummary<'a> {
    ProbeSummary {
        observed: model.observed,
        contradictions: model.contradicted.len(),
        not_observable: crate::report::markdown::probe::not_observable(&model.report)
            .map(|q| &*q.id)
            .collect(),
    }
}
