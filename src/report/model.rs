//! What every format of the report shows, computed once: the score, the
//! audit counts, the action plan, the probe's counts and, with `--since`,
//! the changes. Markdown, HTML, JSON and both CSVs only format a
//! [`Model`]; a new format is only another renderer.

use crate::assessment::decisions::{AuditTally, audit};
use crate::questionnaire::{Question, Severity};
use crate::report::Report;
use crate::report::compare::{Change, Kind, compare};
use crate::report::plan::{Item, plan};
use crate::score::{Breakdown, breakdown};

/// A report's facts, computed from its [`Report`] once.
#[derive(Debug, Clone)]
pub struct Model<'a> {
    /// What the report is made from (questionnaire, assessment, language,
    /// the day it is judged on).
    pub report: Report<'a>,
    /// The score, overall and per section.
    pub score: Breakdown,
    /// The audit counts (evidence, acceptances, overdue, stale) overall.
    pub audit: AuditTally,
    /// The audit counts per section, in questionnaire order.
    pub audit_sections: Vec<AuditTally>,
    /// Every gap with where it stands, most severe first.
    pub plan: Vec<Item<'a>>,
    /// High-severity questions nobody answered, in questionnaire order.
    pub unassessed_high: Vec<&'a Question>,
    /// How many questions the probe observed.
    pub observed: usize,
    /// The questions whose answer an observation contradicts.
    pub contradicted: Vec<&'a Question>,
    /// With `--since`: what changed.
    pub since: Option<SinceModel<'a>>,
}

/// What changed since an older assessment.
#[derive(Debug, Clone)]
pub struct SinceModel<'a> {
    /// The older assessment's name.
    pub name: &'a str,
    /// Its score, overall and per section.
    pub score: Breakdown,
    /// Every question that changed, in questionnaire order.
    pub changes: Vec<Change>,
}

impl SinceModel<'_> {
    /// How many questions changed this way.
    pub fn count(&self, kind: Kind) -> usize {
        self.changes.iter().filter(|c| c.kind == kind).count()
    }
}

impl<'a> Model<'a> {
    /// Computes the facts of `report`.
    pub fn of(report: Report<'a>) -> Self {
        let (q, a) = (report.questionnaire, report.assessment);
        let (audit, audit_sections) = audit(q, a, report.as_of, report.files.digests());
        Model {
            score: breakdown(q, a),
            audit,
            audit_sections,
            plan: plan(&report),
            unassessed_high: q
                .questions
                .iter()
                .filter(|question| {
                    question.severity == Severity::High && a.answer(&question.id).is_none()
                })
                .collect(),
            observed: a.observed(q),
            contradicted: a.contradicted(q).collect(),
            since: report.since.map(|since| SinceModel {
                name: since.name,
                score: breakdown(q, since.assessment),
                changes: compare(q, since.assessment, a, report.as_of),
            }),
            report,
        }
    }

    /// The changes since the older assessment (none without `--since`).
    pub fn changes(&self) -> &[Change] {
        self.since.as_ref().map_or(&[], |s| s.changes.as_slice())
    }
}

impl<'a> Report<'a> {
    /// This report's facts, computed once for every format.
    pub fn model(self) -> Model<'a> {
        Model::of(self)
    }
}
