//! A gap as OSCAL: its risk (open, or deviation-approved while accepted,
//! with `due-date` and `overdue`), the weakness it names and the
//! remediation that closes it.

use super::parts::{Parties, question_props};
use super::types::*;
use super::{Ids, day_end, day_start, line, prop};
use crate::assessment::{Answer, Entry};
use crate::messages::{self, OscalWords};
use crate::questionnaire::Question;
use crate::report::model::Model;
use crate::report::plan::Item;

/// The weakness a gap is: the question's finding ("Users' access is not
/// reviewed"), or its text when it has none.
pub(super) fn weakness(q: &Question, l: crate::lang::Lang) -> String {
    q.finding
        .as_ref()
        .map(|f| f.get(l).to_string())
        .filter(|f| !f.trim().is_empty())
        .unwrap_or_else(|| q.text.get(l).to_string())
}

/// Where an open gap stands in time, as props a GRC tool can filter on:
/// its due date, and `overdue` once that day has passed (OSCAL's risk
/// statuses have no word for it; the risk stays `open`).
pub(super) fn standing_props(
    entry: &Entry,
    standing: &crate::assessment::decisions::Standing,
) -> Vec<Prop> {
    let mut props = Vec::new();
    if let Some(due) = entry.due {
        props.extend(prop("due-date", &due.to_string()));
    }
    if standing.overdue.is_some() {
        props.extend(prop("overdue", "true"));
    }
    props
}

/// A gap's risk: open, or deviation-approved while its acceptance holds
/// (the approval in the risk log, its last day the deadline); its
/// remediation with the owner and the due date as a milestone.
pub(super) fn risk(
    model: &Model,
    ids: &Ids,
    item: &Item,
    parties: &Parties,
    related: &[RelatedObservation],
) -> Risk {
    let (q, entry, standing) = (item.question, &item.entry, &item.standing);
    let l = model.report.lang;
    let w = messages::oscal_words(l);
    let mut props = question_props(q);
    props.extend(prop("answer", entry.answer.map_or("", Answer::as_str)));
    if let Some(until) = standing.expired {
        props.extend(prop("acceptance-expired", &until.to_string()));
    }
    let acceptance = entry.acceptance.as_ref().filter(|_| standing.accepted);
    if let Some(a) = acceptance {
        props.extend(prop("accepted-until", &a.until.to_string()));
    }
    props.extend(standing_props(entry, standing));
    let description = weakness(q, l);
    Risk {
        uuid: ids.id(&["risk", &q.id]),
        title: line(q.text.get(l)).unwrap_or_else(|| q.id.to_string()),
        description,
        statement: q.remedy.get(l).to_string(),
        props,
        status: if acceptance.is_some() {
            "deviation-approved"
        } else {
            "open"
        },
        deadline: acceptance.map(|a| a.until).or(entry.due).map(day_end),
        remediations: vec![remediation(ids, q, entry, parties, w, l)],
        risk_log: acceptance.map(|a| RiskLog {
            entries: vec![RiskLogEntry {
                uuid: ids.id(&["deviation", &q.id]),
                title: w.deviation_title.to_string(),
                description: messages::oscal_deviation(
                    l,
                    a.by.trim(),
                    a.reason.trim(),
                    &a.compensating,
                ),
                start: day_start(a.approved),
                end: day_end(a.until),
                logged_by: parties
                    .person(&a.by)
                    .map(|party_uuid| LoggedBy { party_uuid })
                    .into_iter()
                    .collect(),
                status_change: "deviation-approved",
            }],
        }),
        related_observations: related
            .iter()
            .map(|r| RelatedObservation {
                observation_uuid: r.observation_uuid.clone(),
            })
            .collect(),
    }
}

/// What closes a gap: the question's remedy, with its owner and due date.
pub(super) fn remediation(
    ids: &Ids,
    q: &Question,
    entry: &Entry,
    parties: &Parties,
    w: &OscalWords,
    l: crate::lang::Lang,
) -> Response {
    let owner = parties
        .person(&entry.owner)
        .filter(|_| !entry.owner.trim().is_empty());
    let milestone = (entry.due.is_some() || owner.is_some()).then(|| Task {
        uuid: ids.id(&["milestone", &q.id]),
        kind: "milestone",
        title: w.milestone_title.to_string(),
        timing: entry.due.map(|due| Timing {
            on_date: OnDate { date: day_end(due) },
        }),
        responsible_roles: owner
            .map(|uuid| ResponsibleRole {
                role_id: "gap-owner",
                party_uuids: vec![uuid],
            })
            .into_iter()
            .collect(),
    });
    Response {
        uuid: ids.id(&["remediation", &q.id]),
        lifecycle: "planned",
        title: w.remediation_title.to_string(),
        description: q.remedy.get(l).to_string(),
        tasks: milestone.into_iter().collect(),
    }
}
