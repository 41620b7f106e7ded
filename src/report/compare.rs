//! What changed between two assessments of the same questionnaire,
//! question by question: the `--since` section of the report and `diff`.

use crate::assessment::{Answer, Assessment, Entry};
use crate::questionnaire::Questionnaire;
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
    /// Every kind, in the order reports and `diff` list them.
    pub const ALL: [Kind; 6] = [
        Kind::Improved,
        Kind::Regressed,
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
    /// Flagged for review now (true) or no longer (false).
    Flag(bool),
    /// The notes were edited.
    Notes,
    /// The not-applicable justification was edited.
    Justification,
}

/// What changed in an entry besides its answer, in a fixed order.
pub fn detail_changes(before: Option<&Entry>, after: Option<&Entry>) -> Vec<Detail> {
    let empty = Entry::default();
    let (b, a) = (before.unwrap_or(&empty), after.unwrap_or(&empty));
    let date = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut out = Vec::new();
    if b.owner != a.owner {
        out.push(Detail::Owner(b.owner.clone(), a.owner.clone()));
    }
    if b.due != a.due {
        out.push(Detail::Due(date(b.due), date(a.due)));
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
pub fn compare(questionnaire: &Questionnaire, old: &Assessment, new: &Assessment) -> Vec<Change> {
    let mut ids: Vec<&str> = questionnaire
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .collect();
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
            let kind = kind(before, after)?;
            Some(Change {
                id: id.to_string(),
                old: before.and_then(|e| e.answer),
                new: after.and_then(|e| e.answer),
                kind,
                details: detail_changes(before, after),
            })
        })
        .collect()
}

fn kind(before: Option<&Entry>, after: Option<&Entry>) -> Option<Kind> {
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
        _ => {
            if details(before) == details(after) {
                return None;
            }
            Kind::Details
        }
    })
}

/// The parts of an entry besides its answer.
fn details(e: Option<&Entry>) -> (&str, &str, &str, Option<jiff::civil::Date>, bool) {
    e.map_or(("", "", "", None, false), |e| {
        (
            e.notes.as_str(),
            e.justification.as_str(),
            e.owner.as_str(),
            e.due,
            e.flagged,
        )
    })
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
        let k = |o, n| kind(Some(&entry(o, "")), Some(&entry(n, "")));
        assert_eq!(k(Some(No), Some(Partial)), Some(Kind::Improved));
        assert_eq!(k(Some(Unknown), Some(Yes)), Some(Kind::Improved));
        assert_eq!(k(Some(Yes), Some(No)), Some(Kind::Regressed));
        assert_eq!(k(Some(No), Some(Unknown)), Some(Kind::Other));
        assert_eq!(k(Some(No), Some(Na)), Some(Kind::Other));
        assert_eq!(k(None, Some(No)), Some(Kind::NewlyAnswered));
        assert_eq!(k(Some(No), None), Some(Kind::NoLongerAnswered));
        assert_eq!(k(Some(No), Some(No)), None);
        assert_eq!(
            kind(Some(&entry(Some(No), "a")), Some(&entry(Some(No), "b"))),
            Some(Kind::Details)
        );
        assert_eq!(kind(None, None), None);
    }
}
