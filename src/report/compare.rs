//! What changed between two assessments of the same questionnaire,
//! question by question: the `--since` section of the report and `diff`.

use jiff::civil::Date;

use crate::assessment::{Answer, Assessment, Entry};
use crate::questionnaire::{Question, Questionnaire};
use crate::score::value_halves;

/// How one question's answer moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// Worth more now (e.g. no → partial).
    Improved,
    /// Worth less now.
    Regressed,
    /// Answered now, not before.
    NewlyAnswered,
    /// Answered before, not now.
    NoLongerAnswered,
    /// Another answer of the same worth, or to or from not applicable.
    Other,
    /// Same answer; notes, justification, owner, due date or flag changed.
    Details,
}

impl Kind {
    /// Every kind, in the order reports and `diff` list them: what got
    /// worse first.
    pub const ALL: [Kind; 6] = [
        Kind::Regressed,
        Kind::Improved,
        Kind::NewlyAnswered,
        Kind::NoLongerAnswered,
        Kind::Other,
        Kind::Details,
    ];

    /// The heading of a group of changes of this kind.
    pub fn heading(self, m: &crate::messages::ReportWords) -> &'static str {
        match self {
            Kind::Improved => m.improved,
            Kind::Regressed => m.regressed,
            Kind::NewlyAnswered => m.newly_answered,
            Kind::NoLongerAnswered => m.no_longer_answered,
            Kind::Other => m.other_changes,
            Kind::Details => m.details_changed,
        }
    }
}

/// One question that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The question's id.
    pub id: String,
    /// The answer before.
    pub old: Option<Answer>,
    /// The answer now.
    pub new: Option<Answer>,
    /// How it moved.
    pub kind: Kind,
    /// What else changed (owner, due date, flag, notes, justification).
    pub details: Vec<Detail>,
}

/// A part of an entry, besides its answer, that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// The person who closes the gap: before, after.
    Owner(String, String),
    /// The due date: before, after (empty when none).
    Due(String, String),
    /// The due date moved later: before, after.
    DueSlipped(Date, Date),
    /// The gap was accepted as a risk (or the acceptance renewed): by
    /// whom, until when.
    Accepted(String, Date),
    /// The acceptance was revoked (or dropped with a yes or n/a answer).
    AcceptanceRevoked,
    /// The acceptance, in force on the older assessment's day, has run out
    /// by the report's day: its last day.
    AcceptanceExpired(Date),
    /// Evidence recorded since: its reference.
    EvidenceAdded(String),
    /// Evidence removed since.
    EvidenceRemoved(String),
    /// Evidence fresh on the older assessment's day and stale now.
    EvidenceStale(String),
    /// Flagged for review now (true) or no longer (false).
    Flag(bool),
    /// The notes were edited.
    Notes,
    /// The not-applicable justification was edited.
    Justification,
    /// The Zendesk probe now contradicts the answer (true), or no longer
    /// does (false).
    Contradicted(bool),
}

impl Detail {
    /// The change as a line: `Owner: Anna → Marco`, `notes edited`.
    pub fn describe(&self, m: &crate::messages::ReportWords) -> String {
        let or_none = |s: &str| {
            if s.is_empty() {
                m.none.to_string()
            } else {
                crate::sanitize::clean(s).replace('\n', " ")
            }
        };
        match self {
            Detail::Owner(old, new) => {
                format!("{}: {} → {}", m.gap_owner, or_none(old), or_none(new))
            }
            Detail::Due(old, new) => format!("{}: {} → {}", m.due, or_none(old), or_none(new)),
            Detail::Flag(now) => m.flag_set[usize::from(*now)].to_string(),
            Detail::Notes => m.notes_edited.to_string(),
            Detail::Justification => m.justification_edited.to_string(),
            Detail::DueSlipped(old, new) => m.due_slipped(*old, *new),
            Detail::Accepted(by, until) => m.accepted_by(&or_none(by), *until),
            Detail::AcceptanceRevoked => m.acceptance_revoked().to_string(),
            Detail::AcceptanceExpired(until) => m.acceptance_expired_on(*until),
            Detail::EvidenceAdded(r) => m.evidence_added(&or_none(r)),
            Detail::EvidenceRemoved(r) => m.evidence_removed(&or_none(r)),
            Detail::EvidenceStale(r) => m.evidence_gone_stale(&or_none(r)),
            Detail::Contradicted(now) => {
                let words = crate::messages::words::probe(m.lang);
                [words.no_longer_contradicted, words.now_contradicted][usize::from(*now)]
                    .to_string()
            }
        }
    }

    /// Whether the change is about a decision or evidence (the report's
    /// `--since` part lists those; notes and flags are for `diff`).
    pub fn is_audit(&self) -> bool {
        matches!(
            self,
            Detail::DueSlipped(..)
                | Detail::Accepted(..)
                | Detail::AcceptanceRevoked
                | Detail::AcceptanceExpired(_)
                | Detail::EvidenceAdded(_)
                | Detail::EvidenceRemoved(_)
                | Detail::EvidenceStale(_)
                | Detail::Contradicted(_)
        )
    }
}

/// The days a comparison judges expiry and staleness on: the older
/// assessment's (its last save) and the report's (`--as-of`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days {
    /// The older assessment's day.
    pub then: Date,
    /// The day of the report.
    pub now: Date,
}

impl Days {
    /// The older assessment's last-change day (UTC) and `now`.
    pub fn between(old: &Assessment, now: Date) -> Self {
        Days {
            then: old
                .updated()
                .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .date(),
            now,
        }
    }
}

/// What changed in an entry besides its answer, in a fixed order; the
/// question (when the questionnaire still has it) gives the evidence's
/// renewal period.
pub fn detail_changes(
    before: Option<&Entry>,
    after: Option<&Entry>,
    question: Option<&Question>,
    days: Days,
) -> Vec<Detail> {
    let empty = Entry::default();
    let (b, a) = (before.unwrap_or(&empty), after.unwrap_or(&empty));
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut out = Vec::new();
    if b.owner != a.owner {
        out.push(Detail::Owner(b.owner.clone(), a.owner.clone()));
    }
    match (b.due, a.due) {
        (Some(old), Some(new)) if new > old => out.push(Detail::DueSlipped(old, new)),
        (old, new) if old != new => out.push(Detail::Due(date(old), date(new))),
        _ => {}
    }
    match (&b.acceptance, &a.acceptance) {
        (_, Some(now)) if b.acceptance.as_ref() != Some(now) => {
            out.push(Detail::Accepted(now.by.clone(), now.until));
        }
        (Some(_), None) => out.push(Detail::AcceptanceRevoked),
        (Some(then), Some(now)) if !then.expired(days.then) && now.expired(days.now) => {
            out.push(Detail::AcceptanceExpired(now.until));
        }
        _ => {}
    }
    // By reference, through maps: linear in the evidence recorded (a
    // question may hold tens of thousands of pieces).
    // (Reversed, so that of two records of one reference the first counts.)
    let before: std::collections::HashMap<&str, &crate::assessment::Evidence> = b
        .evidence
        .iter()
        .rev()
        .map(|e| (e.reference.as_str(), e))
        .collect();
    let after: std::collections::HashSet<&str> =
        a.evidence.iter().map(|e| e.reference.as_str()).collect();
    for e in &a.evidence {
        if !before.contains_key(e.reference.as_str()) {
            out.push(Detail::EvidenceAdded(e.reference.clone()));
        }
    }
    for e in &b.evidence {
        if !after.contains(e.reference.as_str()) {
            out.push(Detail::EvidenceRemoved(e.reference.clone()));
        }
    }
    if let Some(q) = question {
        let stale = |e: &crate::assessment::Evidence, day: Date| {
            day > q.review_every.last_fresh_day(e.observed)
        };
        for e in &a.evidence {
            let was = before.get(e.reference.as_str());
            if stale(e, days.now) && was.is_some_and(|w| !stale(w, days.then)) {
                out.push(Detail::EvidenceStale(e.reference.clone()));
            }
        }
    }
    if b.flagged != a.flagged {
        out.push(Detail::Flag(a.flagged));
    }
    if b.notes != a.notes {
        out.push(Detail::Notes);
    }
    if b.justification != a.justification {
        out.push(Detail::Justification);
    }
    out
}

/// Every question whose entry differs between `old` and `new`, in
/// questionnaire order, then ids the questionnaire no longer has.
pub fn compare(
    questionnaire: &Questionnaire,
    old: &Assessment,
    new: &Assessment,
    now: Date,
) -> Vec<Change> {
    let days = Days::between(old, now);
    let mut ids: Vec<&str> = questionnaire.questions.iter().map(|q| &*q.id).collect();
    let mut retired: Vec<&str> = old
        .answers
        .keys()
        .chain(new.answers.keys())
        .map(String::as_str)
        .filter(|id| questionnaire.question(id).is_none())
        .collect();
    retired.sort_unstable();
    retired.dedup();
    ids.extend(retired);
    ids.into_iter()
        .filter_map(|id| {
            let before = old.answers.get(id);
            let after = new.answers.get(id);
            let mut details = detail_changes(before, after, questionnaire.question(id), days);
            let (was, is) = (old.contradiction(id), new.contradiction(id));
            if was != is {
                details.push(Detail::Contradicted(is));
            }
            let kind = kind(before, after, !details.is_empty())?;
            Some(Change {
                id: id.to_string(),
                old: before.and_then(|e| e.answer),
                new: after.and_then(|e| e.answer),
                kind,
                details,
            })
        })
        .collect()
}

fn kind(before: Option<&Entry>, after: Option<&Entry>, details: bool) -> Option<Kind> {
    let old = before.and_then(|e| e.answer);
    let new = after.and_then(|e| e.answer);
    Some(match (old, new) {
        (None, Some(_)) => Kind::NewlyAnswered,
        (Some(_), None) => Kind::NoLongerAnswered,
        (Some(o), Some(n)) if o != n => match (value_halves(o), value_halves(n)) {
            (Some(a), Some(b)) if b > a => Kind::Improved,
            (Some(a), Some(b)) if b < a => Kind::Regressed,
            _ => Kind::Other,
        },
        _ if details => Kind::Details,
        _ => return None,
    })
}

impl Detail {
    /// The word for a changed detail, in JSON.
    pub fn word(&self) -> &'static str {
        match self {
            Detail::Owner(..) => "owner",
            Detail::Due(..) => "due",
            Detail::DueSlipped(..) => "due_slipped",
            Detail::Flag(_) => "flag",
            Detail::Notes => "notes",
            Detail::Justification => "justification",
            Detail::Accepted(..) => "accepted",
            Detail::AcceptanceRevoked => "acceptance_revoked",
            Detail::AcceptanceExpired(_) => "acceptance_expired",
            Detail::EvidenceAdded(_) => "evidence_added",
            Detail::EvidenceRemoved(_) => "evidence_removed",
            Detail::EvidenceStale(_) => "evidence_stale",
            Detail::Contradicted(true) => "contradicted",
            Detail::Contradicted(false) => "no_longer_contradicted",
        }
    }
}

impl Kind {
    /// The word for a kind of change, in JSON and CSV.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Improved => "improved",
            Kind::Regressed => "regressed",
            Kind::NewlyAnswered => "newly_answered",
            Kind::NoLongerAnswered => "no_longer_answered",
            Kind::Other => "other",
            Kind::Details => "details",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(answer: Option<Answer>, notes: &str) -> Entry {
        Entry {
            answer,
            notes: notes.into(),
            ..Entry::default()
        }
    }

    #[test]
    fn classifies_moves() {
        use Answer::*;
        let k = |o, n| kind(Some(&entry(o, "")), Some(&entry(n, "")), false);
        assert_eq!(k(Some(No), Some(Partial)), Some(Kind::Improved));
        assert_eq!(k(Some(Unknown), Some(Yes)), Some(Kind::Improved));
        assert_eq!(k(Some(Yes), Some(No)), Some(Kind::Regressed));
        assert_eq!(k(Some(No), Some(Unknown)), Some(Kind::Other));
        assert_eq!(k(Some(No), Some(Na)), Some(Kind::Other));
        assert_eq!(k(None, Some(No)), Some(Kind::NewlyAnswered));
        assert_eq!(k(Some(No), None), Some(Kind::NoLongerAnswered));
        assert_eq!(k(Some(No), Some(No)), None);
        assert_eq!(
            kind(
                Some(&entry(Some(No), "a")),
                Some(&entry(Some(No), "b")),
                true
            ),
            Some(Kind::Details)
        );
        assert_eq!(kind(None, None, false), None);
    }
}
