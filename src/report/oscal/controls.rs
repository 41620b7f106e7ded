//! Assessment results a tool that speaks SP 800-53 can place: the 800-53
//! rev. 5 controls the questions map to, listed as reviewed, and a finding
//! per control (its statement the target), satisfied only when every
//! question mapped to it is met or not applicable.

use super::types::*;
use super::{Ids, prop};
use crate::messages;
use crate::questionnaire::Framework;
use crate::report::controls::{ControlRow, Standing, by_control};
use crate::report::model::Model;

/// The 800-53 controls the questions map to, each with its questions and
/// where they stand (computed once for the selection and the findings).
pub(super) fn rows<'a>(model: &Model<'a>) -> Vec<ControlRow<'a>> {
    by_control(&model.report, Framework::Nist80053)
}

/// The selection of the 800-53 controls the questions map to; `None` when
/// the questionnaire maps none.
pub(super) fn selection(model: &Model, rows: &[ControlRow]) -> Option<ControlSelection> {
    let report = &model.report;
    (!rows.is_empty()).then(|| ControlSelection {
        description: messages::oscal_mapped_controls(report.lang, rows.len()),
        include_all: None,
        include_controls: rows
            .iter()
            .map(|r| SelectControl {
                control_id: r.id.to_string(),
            })
            .collect(),
    })
}

/// The props of a question's finding naming the 800-53 controls it maps to.
pub(super) fn mapped(q: &crate::questionnaire::Question) -> Vec<Prop> {
    q.controls
        .of(Framework::Nist80053)
        .iter()
        .filter_map(|c| prop("nist-sp-800-53-r5", c))
        .collect()
}

/// A finding per 800-53 control, after the questions' own `findings`:
/// what observed each of its questions is what observed it.
pub(super) fn findings(
    model: &Model,
    ids: &Ids,
    rows: &[ControlRow],
    question_findings: &[Finding],
) -> Vec<Finding> {
    let l = model.report.lang;
    rows.iter()
        .map(|row| {
            let mut related: Vec<RelatedObservation> = Vec::new();
            for (q, _) in &row.questions {
                let of_question = question_findings
                    .iter()
                    .find(|f| f.target.target_id == super::token(&q.id));
                for r in of_question.map_or(&[][..], |f| &f.related_observations) {
                    if !related
                        .iter()
                        .any(|x| x.observation_uuid == r.observation_uuid)
                    {
                        related.push(RelatedObservation {
                            observation_uuid: r.observation_uuid.clone(),
                        });
                    }
                }
            }
            let questions: Vec<String> = row
                .questions
                .iter()
                .map(|(q, s)| format!("{} ({})", q.id, messages::standing_word(l, *s)))
                .collect();
            let satisfied = matches!(row.standing, Standing::Met | Standing::NotApplicable);
            Finding {
                uuid: ids.id(&["control-finding", row.id]),
                title: messages::oscal_control_title(l, row.id),
                description: messages::oscal_control_description(l, &questions.join(", ")),
                props: prop("standing", row.standing.word()).into_iter().collect(),
                target: Target {
                    kind: "statement-id",
                    target_id: format!("{}_smt", row.id),
                    status: TargetStatus {
                        state: if satisfied {
                            "satisfied"
                        } else {
                            "not-satisfied"
                        },
                    },
                },
                related_observations: related,
                related_risks: Vec::new(),
            }
        })
        .collect()
}
