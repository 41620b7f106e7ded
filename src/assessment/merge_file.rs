//! Three-way merge of two branches' versions of one assessment file (git's
//! merge driver): per question and per field, evidence as a set,
//! observations by fetch date. Where both branches changed a field of a
//! question differently, this branch's value stays in the answer and the
//! other branch's is recorded in [`Assessment::conflicts`], so that the
//! result is always a valid assessment a person settles later.

use std::collections::{BTreeMap, BTreeSet};

use super::merge::{Conflict, Field, merge_entry};
use super::{Assessment, Entry, Metadata, MetadataField, Observation};

/// What the merge made of the two branches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergedFile {
    /// The merged assessment (conflicts recorded in it).
    pub assessment: Assessment,
    /// The questions newly found in conflict, with their fields.
    pub conflicts: Vec<(String, Vec<Field>)>,
    /// Details both branches changed differently (this branch's kept,
    /// the other's given), which no table records.
    pub details: Vec<(MetadataField, String)>,
}

impl MergedFile {
    /// Whether a person must look: a question or a detail changed
    /// differently on both branches, or a conflict neither settled.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty() && self.details.is_empty() && self.assessment.conflicts.is_empty()
    }
}

/// Why two versions cannot be merged at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unmergeable {
    /// They answer different questionnaires (ids: this branch's, the other's).
    Questionnaires(String, String),
}

/// Merges `theirs` into `ours`, both descended from `base` (`None`: the
/// file was added on both branches).
pub fn merge_files(
    base: Option<&Assessment>,
    ours: &Assessment,
    theirs: &Assessment,
) -> Result<MergedFile, Unmergeable> {
    if ours.questionnaire.id != theirs.questionnaire.id {
        return Err(Unmergeable::Questionnaires(
            ours.questionnaire.id.clone(),
            theirs.questionnaire.id.clone(),
        ));
    }
    let mut out = ours.clone();
    out.created = ours.created.min(theirs.created);
    // The identity never changes; a side saved before it had one takes
    // the other's.
    if out.identity.is_empty() {
        out.identity.clone_from(&theirs.identity);
    }
    out.lang = *one_of(base.map(|b| &b.lang), &ours.lang, &theirs.lang);
    let q = |a: &Assessment| (a.questionnaire.file.clone(), a.questionnaire.sha256.clone());
    let (file, sha256) = one_of(base.map(q).as_ref(), &q(ours), &q(theirs)).clone();
    (out.questionnaire.file, out.questionnaire.sha256) = (file, sha256);
    // The newer questionnaire version when both moved on.
    out.questionnaire.version = ours
        .questionnaire
        .version
        .clone()
        .max(theirs.questionnaire.version.clone());
    let details = merge_metadata(base.map(|b| &b.metadata), ours, theirs, &mut out.metadata);
    out.metadata.break_glass = merge_break_glass(
        base.map(|b| b.metadata.break_glass.as_slice()),
        &ours.metadata.break_glass,
        &theirs.metadata.break_glass,
    );
    let conflicts = merge_answers(base, ours, theirs, &mut out);
    out.observations = merge_observations(base, ours, theirs);
    Ok(MergedFile {
        assessment: out,
        conflicts,
        details,
    })
}

/// The side that changed (`ours` when both did, or neither).
fn one_of<'a, T: PartialEq>(base: Option<&'a T>, ours: &'a T, theirs: &'a T) -> &'a T {
    match base {
        Some(base) if ours == base => theirs,
        _ => ours,
    }
}

/// Merges the details field by field into `out` (ours already); returns
/// those both changed differently, with the other branch's value.
fn merge_metadata(
    base: Option<&Metadata>,
    ours: &Assessment,
    theirs: &Assessment,
    out: &mut Metadata,
) -> Vec<(MetadataField, String)> {
    let empty = Metadata::default();
    let base = base.unwrap_or(&empty);
    let (o, t) = (&ours.metadata, &theirs.metadata);
    let mut differ = Vec::new();
    for (field, b, o, t, slot) in [
        (
            MetadataField::Organization,
            &base.organization,
            &o.organization,
            &t.organization,
            &mut out.organization,
        ),
        (
            MetadataField::Instance,
            &base.instance,
            &o.instance,
            &t.instance,
            &mut out.instance,
        ),
        (
            MetadataField::Assessor,
            &base.assessor,
            &o.assessor,
            &t.assessor,
            &mut out.assessor,
        ),
    ] {
        if o == b {
            slot.clone_from(t);
        } else if t != b && t != o {
            differ.push((field, t.clone()));
        }
    }
    differ
}

/// The break-glass accounts: the side that changed them; when both did,
/// every account either side lists (this branch's reason for one both
/// list), so that neither side's exclusion is lost.
fn merge_break_glass(
    base: Option<&[super::BreakGlass]>,
    ours: &[super::BreakGlass],
    theirs: &[super::BreakGlass],
) -> Vec<super::BreakGlass> {
    match base {
        Some(base) if ours == base => return theirs.to_vec(),
        Some(base) if theirs == base => return ours.to_vec(),
        _ => {}
    }
    let mut out = ours.to_vec();
    for t in theirs {
        if !out
            .iter()
            .any(|o| o.account.eq_ignore_ascii_case(&t.account))
        {
            out.push(t.clone());
        }
    }
    out
}

/// Merges every question's record into `out` and the conflicts tables;
/// returns the questions newly in conflict.
fn merge_answers(
    base: Option<&Assessment>,
    ours: &Assessment,
    theirs: &Assessment,
    out: &mut Assessment,
) -> Vec<(String, Vec<Field>)> {
    let ids: BTreeSet<&String> = ours.answers.keys().chain(theirs.answers.keys()).collect();
    let base_entry = |id: &str| base.and_then(|b| b.answers.get(id));
    let mut found = Vec::new();
    out.answers.clear();
    out.conflicts = merge_conflict_tables(base, ours, theirs);
    for id in ids {
        let (o, t) = (ours.answers.get(id), theirs.answers.get(id));
        let merged = merge_entry(base_entry(id), o, t);
        if let Some(entry) = merged.entry.clone() {
            out.answers.insert(id.clone(), entry);
        }
        if merged.conflicts.is_empty() {
            continue;
        }
        let theirs = t.cloned().unwrap_or_default();
        let conflict = Conflict {
            theirs: their_values(&theirs, &merged.conflicts, merged.entry.as_ref()),
            fields: merged.conflicts.clone(),
            removed: merged.removed.clone(),
        };
        out.conflicts.insert(id.clone(), conflict);
        found.push((id.clone(), merged.conflicts));
    }
    found
}

/// The conflicts recorded before this merge: each question's table taken
/// from the side that changed it (a conflict settled on one branch stays
/// settled).
fn merge_conflict_tables(
    base: Option<&Assessment>,
    ours: &Assessment,
    theirs: &Assessment,
) -> BTreeMap<String, Conflict> {
    let ids: BTreeSet<&String> = ours
        .conflicts
        .keys()
        .chain(theirs.conflicts.keys())
        .collect();
    ids.into_iter()
        .filter_map(|id| {
            let b = base.and_then(|b| b.conflicts.get(id));
            let (o, t) = (ours.conflicts.get(id), theirs.conflicts.get(id));
            let kept = one_of(Some(&b), &o, &t);
            kept.map(|c| (id.clone(), c.clone()))
        })
        .collect()
}

/// The other branch's values of the conflicting fields (the rest empty);
/// its evidence where the merge kept another record of the same reference.
fn their_values(theirs: &Entry, fields: &[Field], merged: Option<&Entry>) -> Entry {
    let mut out = Entry::default();
    for &field in fields {
        field.copy(theirs, &mut out);
        if field == Field::Evidence {
            let kept = merged.map_or(&[][..], |m| m.evidence.as_slice());
            out.evidence = theirs
                .evidence
                .iter()
                .filter(|e| !kept.contains(e))
                .cloned()
                .collect();
        }
    }
    if fields.iter().any(|f| *f != Field::Answer) {
        out.edited_at = theirs.edited_at;
    }
    out
}

/// Per question, the side's observations that changed, and where both
/// did, the later probe's (by its newest fetch).
fn merge_observations(
    base: Option<&Assessment>,
    ours: &Assessment,
    theirs: &Assessment,
) -> BTreeMap<String, Vec<Observation>> {
    let ids: BTreeSet<&String> = ours
        .observations
        .keys()
        .chain(theirs.observations.keys())
        .collect();
    let latest =
        |seen: Option<&Vec<Observation>>| seen.and_then(|s| s.iter().map(|o| o.fetched_at).max());
    ids.into_iter()
        .filter_map(|id| {
            let b = base.map(|b| b.observations.get(id));
            let (o, t) = (ours.observations.get(id), theirs.observations.get(id));
            let kept = match b {
                Some(b) if o == b => t,
                Some(b) if t == b => o,
                _ if latest(t) > latest(o) => t,
                _ => o,
            };
            kept.map(|seen| (id.clone(), seen.clone()))
        })
        .collect()
}

#[cfg(test)]
mod break_glass_tests {
    use super::merge_break_glass;
    use crate::assessment::BreakGlass;

    fn account(a: &str, reason: &str) -> BreakGlass {
        BreakGlass {
            account: a.into(),
            reason: reason.into(),
        }
    }

    /// One side's change is taken; both sides' changes keep every account.
    #[test]
    fn break_glass_lists_merge_without_losing_an_account() {
        let base = vec![account("a@x.test", "sealed")];
        let ours = vec![account("a@x.test", "sealed"), account("b@x.test", "vendor")];
        assert_eq!(merge_break_glass(Some(&base), &base, &ours), ours);
        assert_eq!(merge_break_glass(Some(&base), &ours, &base), ours);
        let theirs = vec![account("C@x.test", "auditor")];
        let merged = merge_break_glass(Some(&base), &ours, &theirs);
        let names: Vec<&str> = merged.iter().map(|b| b.account.as_str()).collect();
        assert_eq!(names, ["a@x.test", "b@x.test", "C@x.test"]);
    }
}
