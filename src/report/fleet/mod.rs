//! Many assessments at once (`srm-assess fleet`): each assessment's
//! [`Model`] computed once, then rolled up: a heat map of sections ×
//! instances (score with its coverage), the gaps many instances share,
//! hygiene per instance, and with `--since` the trend and the regressions
//! many instances show at once. The renderers only format a [`Fleet`].

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;

use crate::lang::Lang;
use crate::questionnaire::Severity;
use crate::report::compare::Kind;
use crate::report::model::Model;
use crate::score::Tally;

/// One assessment of the fleet.
#[derive(Debug, Clone)]
pub struct Member<'a> {
    /// Its name (the file's stem).
    pub name: String,
    /// Its report's facts.
    pub model: Model<'a>,
}

/// A file that could not be read (not listed under `--only`: it could
/// belong to another organization).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread {
    /// Its name.
    pub name: String,
    /// Why, worded.
    pub why: String,
}

/// The fleet's facts, computed once.
#[derive(Debug, Clone)]
pub struct Fleet<'a> {
    /// The language of the report.
    pub lang: Lang,
    /// The day it is judged on.
    pub as_of: Date,
    /// The organization `--only` kept, if given.
    pub only: Option<String>,
    /// The assessments, by name.
    pub members: Vec<Member<'a>>,
    /// Files named or found that could not be read.
    pub unread: Vec<Unread>,
    /// The heat map's rows: one per section, in order of first appearance.
    pub heat: Vec<HeatRow>,
    /// Gaps by question, worst first.
    pub shared: Vec<Shared>,
    /// Per member, in order.
    pub hygiene: Vec<Hygiene>,
    /// Questionnaire revisions and the members on each (more than one:
    /// findings compare the questions they share).
    pub revisions: Vec<(String, Vec<String>)>,
    /// With `--since`: questions that regressed in more than one instance.
    pub at_once: Vec<AtOnce>,
}

/// One section's row of the heat map.
#[derive(Debug, Clone)]
pub struct HeatRow {
    /// The section's id.
    pub id: String,
    /// Its heading (from the first questionnaire that has it).
    pub heading: String,
    /// One cell per member; `None` where its questionnaire lacks the section.
    pub cells: Vec<Option<Cell>>,
}

/// A section's score in one instance, never without its coverage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    /// The score, when anything was answered.
    pub percent: Option<f64>,
    /// Questions answered.
    pub answered: usize,
    /// Questions in the section.
    pub total: usize,
}

impl Cell {
    fn of(tally: &Tally) -> Self {
        Cell {
            percent: tally.percent(),
            answered: tally.answered,
            total: tally.total,
        }
    }

    /// Whether its score rests on fewer than half the section's questions
    /// (as [`Tally::provisional`]): shown, but not coloured by the score.
    pub fn provisional(&self) -> bool {
        self.total > 0
            && (self.answered as f64) * 100.0
                < crate::score::PROVISIONAL_BELOW_PERCENT * self.total as f64
    }
}

/// A gap several instances may share.
#[derive(Debug, Clone)]
pub struct Shared {
    /// The question's id.
    pub id: String,
    /// Its source reference.
    pub reference: String,
    /// Its severity.
    pub severity: Severity,
    /// Its text.
    pub text: String,
    /// The instances where it is a gap.
    pub gaps: Vec<String>,
    /// How many instances have the question (the denominator).
    pub of: usize,
    /// Of the gaps, how many are accepted risks.
    pub accepted: usize,
    /// Of the gaps, how many acceptances ran out.
    pub expired: usize,
    /// Instances where the probe contradicts the answer.
    pub contradicted: usize,
}

/// One instance's hygiene.
#[derive(Debug, Clone)]
pub struct Hygiene {
    /// Its name.
    pub name: String,
    /// The organization.
    pub organization: String,
    /// The questionnaire and its revision.
    pub questionnaire: String,
    /// Score overall.
    pub score: Option<f64>,
    /// Answered of total.
    pub answered: usize,
    /// Questions in its questionnaire.
    pub total: usize,
    /// Share of answers backed by fresh evidence.
    pub backed: Option<f64>,
    /// Open gaps past their due date.
    pub overdue: usize,
    /// Acceptances that ran out.
    pub expired: usize,
    /// Answers the probe contradicts.
    pub contradicted: usize,
    /// When the probe last fetched anything.
    pub probed: Option<Timestamp>,
    /// With `--since`: the score then, and how many improved and regressed.
    pub trend: Option<Trend>,
}

/// What changed in one instance since the older version.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trend {
    /// The score then.
    pub before: Option<f64>,
    /// Answers worth more now.
    pub improved: usize,
    /// Answers worth less now.
    pub regressed: usize,
}

/// A question that regressed in several instances over the same span: a
/// sign that something changed for all of them (the vendor, a policy).
#[derive(Debug, Clone)]
pub struct AtOnce {
    /// The question's id.
    pub id: String,
    /// Its text.
    pub text: String,
    /// The instances.
    pub members: Vec<String>,
}

impl<'a> Fleet<'a> {
    /// Rolls up `members` (each with its model), judged on `as_of`.
    pub fn of(
        members: Vec<Member<'a>>,
        unread: Vec<Unread>,
        lang: Lang,
        as_of: Date,
        only: Option<String>,
    ) -> Self {
        let heat = heat(&members, lang);
        let shared = shared(&members, lang);
        let hygiene = members.iter().map(hygiene).collect();
        let mut revisions: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for m in &members {
            revisions
                .entry(m.model.report.questionnaire.named())
                .or_default()
                .push(m.name.clone());
        }
        let at_once = at_once(&members, lang);
        Fleet {
            lang,
            as_of,
            only,
            unread,
            heat,
            shared,
            hygiene,
            revisions: revisions.into_iter().collect(),
            at_once,
            members,
        }
    }

    /// Whether `--since` was given.
    pub fn has_trend(&self) -> bool {
        self.hygiene.iter().any(|h| h.trend.is_some())
    }
}

/// The heat map: a row per section id, a cell per member.
fn heat(members: &[Member], lang: Lang) -> Vec<HeatRow> {
    let mut rows: Vec<HeatRow> = Vec::new();
    for (i, m) in members.iter().enumerate() {
        let q = m.model.report.questionnaire;
        for (section, tally) in q.sections.iter().zip(&m.model.score.sections) {
            let at = match rows.iter().position(|r| r.id == section.id) {
                Some(at) => at,
                None => {
                    rows.push(HeatRow {
                        id: section.id.to_string(),
                        heading: section.heading(lang),
                        cells: vec![None; members.len()],
                    });
                    rows.len() - 1
                }
            };
            rows[at].cells[i] = Some(Cell::of(tally));
        }
    }
    rows
}

/// Gaps grouped by question, ranked: severity, then how many instances
/// share it, then the id. Each member's gaps, where they stand and what
/// the probe contradicts come from its model, computed once.
fn shared(members: &[Member], lang: Lang) -> Vec<Shared> {
    let mut by_id: BTreeMap<String, Shared> = BTreeMap::new();
    for m in members {
        let model = &m.model;
        for q in model.report.questionnaire.questions.iter() {
            let row = by_id.entry(q.id.to_string()).or_insert_with(|| Shared {
                id: q.id.to_string(),
                reference: q.reference.to_string(),
                severity: q.severity,
                text: q.text.get(lang).to_string(),
                gaps: Vec::new(),
                of: 0,
                accepted: 0,
                expired: 0,
                contradicted: 0,
            });
            row.of += 1;
        }
        for item in &model.plan {
            if let Some(row) = by_id.get_mut(&*item.question.id) {
                row.gaps.push(m.name.clone());
                row.accepted += usize::from(item.standing.accepted);
                row.expired += usize::from(item.standing.expired.is_some());
            }
        }
        for q in &model.contradicted {
            if let Some(row) = by_id.get_mut(&*q.id) {
                row.contradicted += 1;
            }
        }
    }
    let mut rows: Vec<Shared> = by_id
        .into_values()
        .filter(|s| !s.gaps.is_empty() || s.contradicted > 0)
        .collect();
    rows.sort_by(|a, b| {
        a.severity
            .index()
            .cmp(&b.severity.index())
            .then(b.gaps.len().cmp(&a.gaps.len()))
            .then(a.id.cmp(&b.id))
    });
    rows
}

/// One member's hygiene.
fn hygiene(m: &Member) -> Hygiene {
    let model = &m.model;
    let a = model.report.assessment;
    Hygiene {
        name: m.name.clone(),
        organization: a.metadata.organization.clone(),
        questionnaire: model.report.questionnaire.named(),
        score: model.score.overall.percent(),
        answered: model.score.overall.answered,
        total: model.score.overall.total,
        backed: model.audit.backed_percent(),
        overdue: model.audit.overdue,
        expired: model.audit.expired,
        contradicted: model.contradicted.len(),
        probed: a
            .observations
            .values()
            .flatten()
            .map(|o| o.fetched_at)
            .max(),
        trend: model.since.as_ref().map(|s| Trend {
            before: s.score.overall.percent(),
            improved: s.count(Kind::Improved),
            regressed: s.count(Kind::Regressed),
        }),
    }
}

/// Questions that regressed in more than one instance.
fn at_once(members: &[Member], lang: Lang) -> Vec<AtOnce> {
    let mut by_id: BTreeMap<String, AtOnce> = BTreeMap::new();
    for m in members {
        let Some(since) = &m.model.since else {
            continue;
        };
        let q = m.model.report.questionnaire;
        for change in since.changes.iter().filter(|c| c.kind == Kind::Regressed) {
            let text = q
                .question(&change.id)
                .map_or_else(String::new, |x| x.text.get(lang).to_string());
            by_id
                .entry(change.id.clone())
                .or_insert_with(|| AtOnce {
                    id: change.id.clone(),
                    text,
                    members: Vec::new(),
                })
                .members
                .push(m.name.clone());
        }
    }
    let mut rows: Vec<AtOnce> = by_id
        .into_values()
        .filter(|r| r.members.len() > 1)
        .collect();
    rows.sort_by(|a, b| b.members.len().cmp(&a.members.len()).then(a.id.cmp(&b.id)));
    rows
}
