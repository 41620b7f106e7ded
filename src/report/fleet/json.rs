//! The fleet report as JSON, for dashboards and scripts.

use serde::Serialize;

use super::Fleet;
use crate::report::ReportError;

#[derive(Serialize)]
struct Out<'a> {
    as_of: String,
    only: Option<&'a str>,
    instances: Vec<Instance<'a>>,
    heat_map: Vec<Row<'a>>,
    gaps: Vec<Gap<'a>>,
    regressed_at_once: Vec<AtOnce<'a>>,
    questionnaires: Vec<Revision<'a>>,
    not_read: Vec<NotRead<'a>>,
}

#[derive(Serialize)]
struct Instance<'a> {
    name: &'a str,
    organization: &'a str,
    questionnaire: &'a str,
    score: Option<f64>,
    answered: usize,
    total: usize,
    evidence_backed: Option<f64>,
    overdue: usize,
    expired: usize,
    contradicted: usize,
    probe_last_ran: Option<String>,
    score_before: Option<f64>,
    improved: Option<usize>,
    regressed: Option<usize>,
}

#[derive(Serialize)]
struct Row<'a> {
    section: &'a str,
    heading: &'a str,
    cells: Vec<Option<Cell<'a>>>,
}

#[derive(Serialize)]
struct Cell<'a> {
    instance: &'a str,
    score: Option<f64>,
    answered: usize,
    total: usize,
    /// Fewer than half the section's questions answered.
    provisional: bool,
}

#[derive(Serialize)]
struct Gap<'a> {
    id: &'a str,
    reference: &'a str,
    severity: &'a str,
    text: &'a str,
    instances: &'a [String],
    of: usize,
    accepted: usize,
    expired: usize,
    contradicted: usize,
}

#[derive(Serialize)]
struct AtOnce<'a> {
    id: &'a str,
    text: &'a str,
    instances: &'a [String],
}

#[derive(Serialize)]
struct Revision<'a> {
    questionnaire: &'a str,
    instances: &'a [String],
}

#[derive(Serialize)]
struct NotRead<'a> {
    name: &'a str,
    why: &'a str,
}

/// One instance's hygiene and trend.
fn instance(h: &super::Hygiene) -> Instance<'_> {
    Instance {
        name: &h.name,
        organization: &h.organization,
        questionnaire: &h.questionnaire,
        score: h.score,
        answered: h.answered,
        total: h.total,
        evidence_backed: h.backed,
        overdue: h.overdue,
        expired: h.expired,
        contradicted: h.contradicted,
        probe_last_ran: h.probed.map(|t| t.to_string()),
        score_before: h.trend.and_then(|t| t.before),
        improved: h.trend.map(|t| t.improved),
        regressed: h.trend.map(|t| t.regressed),
    }
}

/// The heat map, each cell naming its instance.
fn heat_map<'a>(fleet: &'a Fleet) -> Vec<Row<'a>> {
    let names: Vec<&str> = fleet.members.iter().map(|m| m.name.as_str()).collect();
    fleet
        .heat
        .iter()
        .map(|r| Row {
            section: &r.id,
            heading: &r.heading,
            cells: r
                .cells
                .iter()
                .zip(&names)
                .map(|(c, name)| {
                    c.map(|c| Cell {
                        instance: name,
                        score: c.percent,
                        answered: c.answered,
                        total: c.total,
                        provisional: c.provisional(),
                    })
                })
                .collect(),
        })
        .collect()
}

/// The fleet as JSON.
pub fn render(fleet: &Fleet) -> Result<String, ReportError> {
    let out = Out {
        as_of: fleet.as_of.to_string(),
        only: fleet.only.as_deref(),
        instances: fleet.hygiene.iter().map(instance).collect(),
        heat_map: heat_map(fleet),
        gaps: fleet
            .shared
            .iter()
            .map(|s| Gap {
                id: &s.id,
                reference: &s.reference,
                severity: s.severity.as_str(),
                text: &s.text,
                instances: &s.gaps,
                of: s.of,
                accepted: s.accepted,
                expired: s.expired,
                contradicted: s.contradicted,
            })
            .collect(),
        regressed_at_once: fleet
            .at_once
            .iter()
            .map(|r| AtOnce {
                id: &r.id,
                text: &r.text,
                instances: &r.members,
            })
            .collect(),
        questionnaires: fleet
            .revisions
            .iter()
            .map(|(q, m)| Revision {
                questionnaire: q,
                instances: m,
            })
            .collect(),
        not_read: fleet
            .unread
            .iter()
            .map(|u| NotRead {
                name: &u.name,
                why: &u.why,
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&out)?;
    text.push('\n');
    Ok(crate::sanitize::json_escape_invisible(&text))
}
