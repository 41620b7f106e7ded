//! Three-way merge of one question's record, field by field: what this
//! process changed since it read the file (`ours` against `base`) goes on
//! top of what is on disk now (`theirs`). Two writers who change different
//! fields of one question both keep their change; evidence merges as a set
//! by reference. Where both changed the same field differently, ours wins
//! and the field is named, so the writer can say it replaced a change.

use serde::{Deserialize, Serialize};

use super::{Answer, Entry};

/// A question both branches of a git merge changed differently: the
/// answers table keeps this branch's record (ours), this holds the other
/// branch's values of the fields in conflict, until a person keeps one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The fields both branches changed differently.
    pub fields: Vec<Field>,
    /// The other branch's record of the question (an empty one: it had
    /// nothing recorded).
    #[serde(default)]
    pub theirs: Entry,
    /// Evidence the other branch removed and this branch renewed (by
    /// reference): settling for the other branch removes it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<String>,
}

/// A part of a question's record that merges as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// The answer, with when it was given, the wording answered and
    /// whether it came from the probe.
    Answer,
    /// The notes.
    Notes,
    /// The not-applicable justification.
    Justification,
    /// The owner of the gap.
    Owner,
    /// The due date.
    Due,
    /// The review flag.
    Flag,
    /// The acceptance of the gap as a risk.
    Acceptance,
    /// One piece of evidence (by reference).
    Evidence,
}

impl Field {
    /// The word the file uses for it (in `[conflicts]`).
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Answer => "answer",
            Field::Notes => "notes",
            Field::Justification => "justification",
            Field::Owner => "owner",
            Field::Due => "due",
            Field::Flag => "flag",
            Field::Acceptance => "acceptance",
            Field::Evidence => "evidence",
        }
    }

    /// Sets this field of `to` to its value in `from` (the answer with its
    /// date, wording and probe mark). Evidence merges as a set, so each
    /// caller handles it its own way: this leaves it alone.
    pub fn copy(self, from: &Entry, to: &mut Entry) {
        match self {
            Field::Answer => {
                to.answer = from.answer;
                to.answered_at = from.answered_at;
                to.fingerprint.clone_from(&from.fingerprint);
                to.from_probe = from.from_probe;
            }
            Field::Notes => to.notes.clone_from(&from.notes),
            Field::Justification => to.justification.clone_from(&from.justification),
            Field::Owner => to.owner.clone_from(&from.owner),
            Field::Due => to.due = from.due,
            Field::Flag => to.flagged = from.flagged,
            Field::Acceptance => to.acceptance.clone_from(&from.acceptance),
            Field::Evidence => {}
        }
    }
}

impl Conflict {
    /// `entry` with the other branch's values of the fields in conflict:
    /// what settling the conflict for the other branch records. Its
    /// evidence is recorded beside the rest (a renewal replaces the record
    /// of the same reference).
    pub fn theirs_applied(&self, entry: Option<&Entry>) -> Entry {
        let mut out = entry.cloned().unwrap_or_default();
        let theirs = &self.theirs;
        for &field in &self.fields {
            field.copy(theirs, &mut out);
            if field == Field::Evidence {
                for e in &theirs.evidence {
                    out.record_evidence(e.clone());
                }
                out.evidence
                    .retain(|e| !self.removed.contains(&e.reference));
            }
        }
        if self.fields.iter().any(|f| *f != Field::Answer) {
            out.edited_at = out.edited_at.max(theirs.edited_at);
        }
        // An acceptance only stands on a gap.
        if !out.answer.is_some_and(Answer::is_gap) {
            out.acceptance = None;
        }
        out
    }
}

/// The result of merging one question's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The record to keep (`None`: nothing recorded).
    pub entry: Option<Entry>,
    /// Fields both sides changed differently: ours was kept.
    pub conflicts: Vec<Field>,
    /// Evidence theirs removed and ours renewed (kept, in conflict).
    pub removed: Vec<String>,
}

/// Merges `ours` (this writer's record, read as `base`) into `theirs`
/// (what another writer saved meanwhile).
pub fn merge_entry(base: Option<&Entry>, ours: Option<&Entry>, theirs: Option<&Entry>) -> Merged {
    let empty = Entry::default();
    let base = base.unwrap_or(&empty);
    let ours = ours.unwrap_or(&empty);
    let theirs = theirs.unwrap_or(&empty);
    // Nobody else changed it: ours stands exactly as written.
    if theirs == base {
        return Merged {
            entry: (!ours.is_empty()).then(|| ours.clone()),
            conflicts: Vec::new(),
            removed: Vec::new(),
        };
    }
    let mut out = theirs.clone();
    let mut conflicts = Vec::new();
    let answer_ours = merge_answer(base, ours, theirs, &mut out, &mut conflicts);
    // A detail changed by ours is taken; changed by theirs too, to
    // another value, the conflict is noted.
    macro_rules! take_ours {
        ($($field:ident: $which:expr),* $(,)?) => {
            $(if pick(&base.$field, &ours.$field, &theirs.$field, &mut conflicts, $which) {
                out.$field.clone_from(&ours.$field);
            })*
        };
    }
    take_ours!(
        notes: Field::Notes,
        justification: Field::Justification,
        owner: Field::Owner,
        due: Field::Due,
        flagged: Field::Flag,
    );
    // The date of the details: the later of the two sides' edits.
    if ours.edited_at != base.edited_at {
        out.edited_at = ours.edited_at.max(theirs.edited_at);
    }
    let acceptance_ours = pick(
        &base.acceptance,
        &ours.acceptance,
        &theirs.acceptance,
        &mut conflicts,
        Field::Acceptance,
    );
    if acceptance_ours {
        out.acceptance.clone_from(&ours.acceptance);
    }
    let removed = merge_evidence(base, ours, &mut out, &mut conflicts);
    // An acceptance only stands on a gap: one side's "yes" (or n/a, or no
    // answer) and the other's acceptance cannot both hold. Ours stands
    // whole, answer and acceptance, and theirs is in conflict on both, so
    // that neither side's word is lost. (A record taken whole from one
    // side stays as that side wrote it.)
    let mixed = (answer_ours && !acceptance_ours && theirs.acceptance != base.acceptance)
        || (acceptance_ours && !answer_ours && answer_of(theirs) != answer_of(base));
    if mixed && out.acceptance.is_some() && !out.answer.is_some_and(Answer::is_gap) {
        Field::Answer.copy(ours, &mut out);
        out.acceptance.clone_from(&ours.acceptance);
        conflicts.extend([Field::Answer, Field::Acceptance]);
    }
    conflicts.sort();
    conflicts.dedup();
    Merged {
        entry: (!out.is_empty()).then_some(out),
        conflicts,
        removed,
    }
}

/// The answer with what goes with it: when, the wording, the probe mark.
type AnswerOf = (Option<Answer>, Option<jiff::Timestamp>, String, bool);

fn answer_of(e: &Entry) -> AnswerOf {
    (e.answer, e.answered_at, e.fingerprint.clone(), e.from_probe)
}

/// Merges the answer into `out` (theirs); returns whether ours was taken.
/// The same answer given on both sides is no conflict: the later stands.
fn merge_answer(
    base: &Entry,
    ours: &Entry,
    theirs: &Entry,
    out: &mut Entry,
    conflicts: &mut Vec<Field>,
) -> bool {
    let said = |e: &Entry| (e.answer, e.fingerprint.clone(), e.from_probe);
    let same_word = said(ours) == said(theirs) && ours.answered_at != theirs.answered_at;
    let answer_ours = if same_word {
        ours.answered_at > theirs.answered_at
    } else {
        pick(
            &answer_of(base),
            &answer_of(ours),
            &answer_of(theirs),
            conflicts,
            Field::Answer,
        )
    };
    if answer_ours {
        Field::Answer.copy(ours, out);
    }
    answer_ours
}

/// Whether ours changed the field (so it is taken); notes a conflict when
/// theirs changed it too, to another value.
fn pick<T: PartialEq>(
    base: &T,
    ours: &T,
    theirs: &T,
    conflicts: &mut Vec<Field>,
    field: Field,
) -> bool {
    if ours == base {
        return false;
    }
    if theirs != base && theirs != ours {
        conflicts.push(field);
    }
    true
}

/// Evidence as a set by reference: what ours removed goes, what ours added
/// or renewed is recorded (last, as a new record is), the rest is theirs.
/// A removal on one side and a renewal on the other are a conflict either
/// way round; returns the references theirs removed and ours renewed.
fn merge_evidence(
    base: &Entry,
    ours: &Entry,
    out: &mut Entry,
    conflicts: &mut Vec<Field>,
) -> Vec<String> {
    let mut removed = Vec::new();
    let find = |list: &[super::Evidence], reference: &str| {
        list.iter().find(|e| e.reference == reference).cloned()
    };
    for old in &base.evidence {
        if find(&ours.evidence, &old.reference).is_none() {
            let theirs = find(&out.evidence, &old.reference);
            if theirs.as_ref().is_some_and(|t| t != old) {
                conflicts.push(Field::Evidence);
            }
            out.evidence.retain(|e| e.reference != old.reference);
        }
    }
    for new in &ours.evidence {
        let before = find(&base.evidence, &new.reference);
        if before.as_ref() == Some(new) {
            continue;
        }
        let theirs = find(&out.evidence, &new.reference);
        if before.is_some() && theirs.is_none() {
            conflicts.push(Field::Evidence);
            removed.push(new.reference.clone());
        }
        if theirs.is_some_and(|t| Some(&t) != before.as_ref() && &t != new) {
            conflicts.push(Field::Evidence);
        }
        out.record_evidence(new.clone());
    }
    removed
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
