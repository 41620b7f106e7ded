//! The JSON report's history: answers to retired questions and what
//! changed since an older assessment.

use super::*;

#[derive(Serialize)]
pub(super) struct Retired<'a> {
    id: &'a str,
    answer: Option<&'a str>,
    notes: &'a str,
    /// The questions that now ask what it asked.
    replaced_by: Vec<&'a str>,
}

#[derive(Serialize)]
pub(super) struct SinceOut<'a> {
    name: &'a str,
    score: Option<f64>,
    changes: Vec<ChangeOut<'a>>,
}

#[derive(Serialize)]
pub(super) struct ChangeOut<'a> {
    id: &'a str,
    kind: &'static str,
    old: Option<&'static str>,
    new: Option<&'static str>,
    /// What else changed: owner, due, due_slipped, flag, notes,
    /// justification, accepted, acceptance_revoked, acceptance_expired,
    /// evidence_added, evidence_removed, evidence_stale.
    details: Vec<&'static str>,
}

/// Answers to questions the questionnaire no longer has.
pub(super) fn retired<'a>(report: &Report<'a>) -> Vec<Retired<'a>> {
    let a = report.assessment;
    a.retired_ids(report.questionnaire)
        .map(|id| {
            let e = &a.answers[id];
            Retired {
                id,
                answer: e.answer.map(|x| x.as_str()),
                notes: &e.notes,
                replaced_by: report
                    .questionnaire
                    .replacements(id)
                    .iter()
                    .map(|r| &**r)
                    .collect(),
            }
        })
        .collect()
}

/// What changed since the older assessment, when one is compared.
pub(super) fn since<'m>(model: &'m Model<'_>) -> Option<SinceOut<'m>> {
    model.since.as_ref().map(|since| SinceOut {
        name: since.name,
        score: since
            .score
            .overall
            .percent()
            .map(|p| (p * 10.0).round() / 10.0),
        changes: since
            .changes
            .iter()
            .map(|c| ChangeOut {
                kind: c.kind.word(),
                old: c.old.map(|x| x.as_str()),
                new: c.new.map(|x| x.as_str()),
                details: c
                    .details
                    .iter()
                    .map(crate::report::compare::Detail::word)
                    .collect(),
                id: &c.id,
            })
            .collect(),
    })
}
