//! `report --format oscal-poam`: an OSCAL plan of action and milestones.

use super::metadata::metadata;
use super::parts::{build, question_props};
use super::risks::{standing_props, weakness};
use super::types::*;
use super::{Ids, OscalVersion, line, prop};
use crate::assessment::Answer;
use crate::messages;
use crate::report::ReportError;
use crate::report::model::Model;

/// The plan of action and milestones of `model`'s assessment, as OSCAL
/// `version` JSON: one item per gap (its risk open, or deviation-approved
/// while accepted, with the owner and the due date as a milestone) and
/// per question nobody answered yet (to assess).
pub fn render_poam(model: &Model, version: OscalVersion) -> Result<String, ReportError> {
    let report = &model.report;
    let a = report.assessment;
    let ids = Ids::of(a);
    let l = report.lang;
    let w = messages::oscal_words(l);
    let parts = build(model, &ids);
    let meta = metadata(model, &parts, w.poam_title, version);
    let mut items = Vec::new();
    for q in report.questionnaire.questions.iter() {
        let answer = a.answer(&q.id);
        if answer.is_some_and(|x| !x.is_gap()) {
            continue;
        }
        let risk = answer.map(|_| ids.id(&["risk", &q.id]));
        let finding_uuid = ids.id(&["finding", &q.id]);
        let finding = parts.findings.iter().find(|f| f.uuid == finding_uuid);
        let mut props = question_props(q);
        props.extend(prop("answer", answer.map_or("unanswered", Answer::as_str)));
        // The item carries its owner, due date and whether it is overdue
        // itself, not only through its risk.
        let gap = model.plan.iter().find(|i| i.question.id == q.id);
        if let Some(owner) = a.answers.get(&*q.id).and_then(|e| line(&e.owner)) {
            props.extend(prop("owner", &owner));
        }
        if let Some(gap) = gap {
            props.extend(standing_props(&gap.entry, &gap.standing));
        }
        items.push(PoamItem {
            uuid: ids.id(&["poam-item", &q.id]),
            // Titled as the weakness; what to do is the description.
            title: match answer {
                Some(_) => line(&weakness(q, l)),
                None => line(q.text.get(l)),
            }
            .unwrap_or_else(|| q.id.to_string()),
            description: match answer {
                Some(_) => q.remedy.get(l).to_string(),
                None => w.not_assessed.to_string(),
            },
            props,
            related_observations: finding
                .map(|f| {
                    f.related_observations
                        .iter()
                        .map(|r| RelatedObservation {
                            observation_uuid: r.observation_uuid.clone(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            related_risks: risk
                .map(|risk_uuid| RelatedRisk { risk_uuid })
                .into_iter()
                .collect(),
        });
    }
    if items.is_empty() {
        return Err(ReportError::NothingToPlan);
    }
    let document = Poam {
        uuid: ids.id(&["poam"]),
        metadata: meta,
        observations: parts.observations,
        risks: parts.risks,
        findings: Vec::new(),
        poam_items: items,
        back_matter: Some(BackMatter {
            resources: parts.resources,
        }),
    };
    super::to_json("plan-of-action-and-milestones", &document)
}
