//! What makes an answer hold up in an audit: a gap accepted as a risk (who
//! approved it, until when, why), the evidence behind an answer (what, as
//! of when) and the dates that turn them stale, expired or overdue — all as
//! of a given day, so that a past state can be reproduced.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Answer, Entry};
use crate::questionnaire::Question;

/// A gap accepted as a risk: the control is still missing (the score does
/// not change), but someone with the authority decided to live with it
/// until a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acceptance {
    /// Who approved it.
    pub by: String,
    /// When it was approved.
    pub approved: Date,
    /// The last day it holds; from the next day the gap is open again.
    pub until: Date,
    /// Why the risk is accepted.
    pub reason: String,
    /// What reduces the risk meanwhile, if anything.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub compensating: String,
}

impl Acceptance {
    /// Whether it no longer holds on `as_of` (the day after `until`).
    pub fn expired(&self, as_of: Date) -> bool {
        as_of > self.until
    }
}

/// Something that shows an answer is true: a web address or a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The address, or the file's path (relative to the assessment file's
    /// folder when inside it).
    #[serde(rename = "ref")]
    pub reference: String,
    /// The day the evidence shows the control was in place.
    pub observed: Date,
    /// The day it was recorded here.
    pub recorded: Date,
    /// For a file: the SHA-256 of its content when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// What it shows.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Evidence {
    /// Whether it is a web address rather than a file.
    pub fn is_url(&self) -> bool {
        is_url(&self.reference)
    }
}

/// Whether `reference` is a web address (`http://` or `https://`).
pub fn is_url(reference: &str) -> bool {
    let lower = reference.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// What the store found at an evidence file's path when it looked, by
/// reference; the domain compares it with what was recorded.
pub type FileDigests = BTreeMap<String, FileCheck>;

/// What is at an evidence file's path now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileCheck {
    /// A regular file, with the SHA-256 of its content.
    Digest(String),
    /// Nothing is there.
    Missing,
    /// Something that is not a regular file: a folder, a FIFO, a device.
    NotRegular,
    /// It could not be read (permissions, an I/O error).
    Unreadable,
    /// Larger than the store hashes: not read.
    TooLarge,
}

/// An evidence file judged against the digest recorded with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileState {
    /// The same content as when recorded.
    Unchanged,
    /// Another content.
    Changed,
    /// Gone.
    Missing,
    /// No longer a regular file.
    NotRegular,
    /// Not readable now.
    Unreadable,
    /// Too large to hash now.
    TooLarge,
}

impl FileState {
    /// The state of a file recorded with `recorded`, found as `found`.
    pub fn judge(recorded: &str, found: &FileCheck) -> FileState {
        match found {
            FileCheck::Digest(now) if now == recorded => FileState::Unchanged,
            FileCheck::Digest(_) => FileState::Changed,
            FileCheck::Missing => FileState::Missing,
            FileCheck::NotRegular => FileState::NotRegular,
            FileCheck::Unreadable => FileState::Unreadable,
            FileCheck::TooLarge => FileState::TooLarge,
        }
    }

    /// The word used in the JSON and CSV reports.
    pub fn as_str(self) -> &'static str {
        match self {
            FileState::Unchanged => "unchanged",
            FileState::Changed => "changed",
            FileState::Missing => "missing",
            FileState::NotRegular => "not_regular",
            FileState::Unreadable => "unreadable",
            FileState::TooLarge => "too_large",
        }
    }
}

/// One piece of evidence, judged as of a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceState {
    /// Older than the question's renewal period.
    pub stale: bool,
    /// For a file whose digest was recorded and whose path was looked at:
    /// what is there now.
    pub file: Option<FileState>,
}

impl EvidenceState {
    /// A file that no longer shows what was recorded: changed, gone, not
    /// a regular file, unreadable or too large.
    pub fn changed(&self) -> bool {
        self.file.is_some_and(|f| f != FileState::Unchanged)
    }

    /// Neither stale nor changed: it still backs the answer.
    pub fn fresh(&self) -> bool {
        !self.stale && !self.changed()
    }
}

/// Where a question stands as of a day, beyond its answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Standing {
    /// A gap accepted as a risk, the acceptance in force.
    pub accepted: bool,
    /// A gap whose acceptance ran out: the last day it held.
    pub expired: Option<Date>,
    /// An open gap past its due date: the due date.
    pub overdue: Option<Date>,
    /// Each piece of evidence, in order.
    pub evidence: Vec<EvidenceState>,
}

impl Standing {
    /// Whether at least one piece of evidence still backs the answer.
    pub fn backed(&self) -> bool {
        self.evidence.iter().any(EvidenceState::fresh)
    }

    /// Whether any evidence is stale.
    pub fn stale(&self) -> bool {
        self.evidence.iter().any(|e| e.stale)
    }

    /// Whether any evidence file changed since it was recorded.
    pub fn changed(&self) -> bool {
        self.evidence.iter().any(EvidenceState::changed)
    }
}

/// Where `entry` (the record for `question`) stands on `as_of`. `files`
/// holds what is at the evidence files' paths, where they were looked at.
pub fn standing(
    question: &Question,
    entry: &Entry,
    as_of: Date,
    files: Option<&FileDigests>,
) -> Standing {
    let gap = entry.answer.is_some_and(Answer::is_gap);
    let acceptance = entry.acceptance.as_ref().filter(|_| gap);
    let accepted = acceptance.is_some_and(|a| !a.expired(as_of));
    let expired = acceptance.filter(|a| a.expired(as_of)).map(|a| a.until);
    let overdue = entry.due.filter(|due| gap && !accepted && *due < as_of);
    let every = question.review_every;
    let evidence = entry
        .evidence
        .iter()
        .map(|e| EvidenceState {
            stale: as_of > every.last_fresh_day(e.observed),
            file: match (&e.sha256, files.and_then(|f| f.get(&e.reference))) {
                (Some(recorded), Some(found)) => Some(FileState::judge(recorded, found)),
                _ => None,
            },
        })
        .collect();
    Standing {
        accepted,
        expired,
        overdue,
        evidence,
    }
}

/// Where a question stands as of a day, in one word. Every output counts
/// questions by this one rule, so the summary, the tables, JSON and CSV
/// always agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// No answer yet: unknown, not safe.
    NotAssessed,
    /// Answered yes.
    Met,
    /// Answered not applicable.
    NotApplicable,
    /// A gap (partial, no, don't know) still to be closed, not past due.
    Open,
    /// An open gap past its due date (the due date).
    Overdue(Date),
    /// A gap whose acceptance ran out (the last day it held): open again.
    Expired(Date),
    /// A gap accepted as a risk, in force until this day.
    Accepted(Date),
}

impl Status {
    /// The word machines read (CSV `status`): `not_assessed`, `met`,
    /// `not_applicable`, `open`, `overdue`, `expired` or `accepted`.
    pub fn word(self) -> &'static str {
        match self {
            Status::NotAssessed => "not_assessed",
            Status::Met => "met",
            Status::NotApplicable => "not_applicable",
            Status::Open => "open",
            Status::Overdue(_) => "overdue",
            Status::Expired(_) => "expired",
            Status::Accepted(_) => "accepted",
        }
    }

    /// Whether it is a gap still to be closed: open, overdue, or accepted
    /// once but expired.
    pub fn open_gap(self) -> bool {
        matches!(self, Status::Open | Status::Overdue(_) | Status::Expired(_))
    }
}

/// Where a question stands, from its record and standing: accepted wins,
/// then overdue, then an expired acceptance.
pub fn status(entry: Option<&Entry>, standing: &Standing) -> Status {
    let Some(answer) = entry.and_then(|e| e.answer) else {
        return Status::NotAssessed;
    };
    match answer {
        Answer::Yes => return Status::Met,
        Answer::Na => return Status::NotApplicable,
        Answer::Partial | Answer::No | Answer::Unknown => {}
    }
    let acceptance = entry.and_then(|e| e.acceptance.as_ref());
    match (acceptance, standing.overdue, standing.expired) {
        (Some(a), _, _) if standing.accepted => Status::Accepted(a.until),
        (_, Some(due), _) => Status::Overdue(due),
        (_, None, Some(until)) => Status::Expired(until),
        _ => Status::Open,
    }
}

/// The counts of a set of questions, as of a day: the one set of numbers
/// every output shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditTally {
    /// Gaps still to be closed (open, overdue, expired acceptance), by
    /// severity: high, medium, low.
    pub open_by_severity: [usize; 3],
    /// Gaps accepted as risks, the acceptance in force.
    pub accepted: usize,
    /// Gaps whose acceptance ran out (among the open gaps; some may be
    /// overdue too).
    pub expired: usize,
    /// Open gaps past their due date (among the open gaps).
    pub overdue: usize,
    /// Questions without an answer.
    pub not_assessed: usize,
    /// Answered questions with stale evidence.
    pub stale: usize,
    /// Answered questions whose evidence file changed.
    pub changed: usize,
    /// Answered questions (not applicable left out) that evidence could back.
    pub answered: usize,
    /// Of those, the ones backed by fresh evidence.
    pub backed: usize,
}

impl AuditTally {
    /// Counts one question: its record (if any) and where it stands.
    pub fn add(&mut self, question: &Question, entry: Option<&Entry>, standing: &Standing) {
        let status = status(entry, standing);
        match status {
            Status::NotAssessed => self.not_assessed += 1,
            Status::Accepted(_) => self.accepted += 1,
            _ => {}
        }
        // Marks, not statuses: a gap both overdue and past its acceptance
        // counts in both, as `check` and the gap's marks list it.
        self.expired += usize::from(standing.expired.is_some());
        self.overdue += usize::from(standing.overdue.is_some());
        if status.open_gap() {
            self.open_by_severity[question.severity.index()] += 1;
        }
        let counted = entry
            .and_then(|e| e.answer)
            .is_some_and(|a| a != Answer::Na);
        if counted {
            self.answered += 1;
            self.backed += usize::from(standing.backed());
            self.stale += usize::from(standing.stale());
            self.changed += usize::from(standing.changed());
        }
    }

    /// Gaps still to be closed, every severity.
    pub fn open_gaps(&self) -> usize {
        self.open_by_severity.iter().sum()
    }

    /// Every gap: the open ones and the accepted ones.
    pub fn gaps(&self) -> usize {
        self.open_gaps() + self.accepted
    }

    /// The share of answered questions backed by fresh evidence, in
    /// percent; `None` when nothing is answered.
    pub fn backed_percent(&self) -> Option<f64> {
        (self.answered > 0).then(|| 100.0 * self.backed as f64 / self.answered as f64)
    }
}

/// The counts of a whole assessment, overall and per section (in the
/// questionnaire's order), as of a day.
pub fn audit(
    questionnaire: &crate::questionnaire::Questionnaire,
    assessment: &super::Assessment,
    as_of: Date,
    files: Option<&FileDigests>,
) -> (AuditTally, Vec<AuditTally>) {
    let mut overall = AuditTally::default();
    let mut sections = vec![AuditTally::default(); questionnaire.sections.len()];
    let none = Standing::default();
    for question in questionnaire.questions.iter() {
        let entry = assessment.answers.get(&*question.id);
        let s = entry.map(|e| standing(question, e, as_of, files));
        let s = s.as_ref().unwrap_or(&none);
        overall.add(question, entry, s);
        sections[question.section].add(question, entry, s);
    }
    (overall, sections)
}

#[cfg(test)]
#[path = "decisions_tests.rs"]
mod tests;
