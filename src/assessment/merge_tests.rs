//! Tests of `merge.rs`.
use super::*;
use crate::assessment::{Acceptance, Evidence};

fn evidence(reference: &str) -> Evidence {
    Evidence {
        reference: reference.into(),
        observed: jiff::civil::date(2026, 1, 1),
        recorded: jiff::civil::date(2026, 1, 1),
        sha256: None,
        note: String::new(),
    }
}

#[test]
fn different_fields_of_one_question_both_stay() {
    let base = Entry::default();
    let ours = Entry {
        notes: "ours".into(),
        evidence: vec![evidence("https://a")],
        ..Entry::default()
    };
    let theirs = Entry {
        owner: "them".into(),
        evidence: vec![evidence("https://b")],
        ..Entry::default()
    };
    let merged = merge_entry(Some(&base), Some(&ours), Some(&theirs));
    assert!(merged.conflicts.is_empty());
    let entry = merged.entry.expect("entry");
    assert_eq!(entry.notes, "ours");
    assert_eq!(entry.owner, "them");
    let refs: Vec<_> = entry
        .evidence
        .iter()
        .map(|e| e.reference.as_str())
        .collect();
    assert_eq!(refs, ["https://b", "https://a"]);
}

#[test]
fn the_same_field_changed_twice_keeps_ours_and_says_so() {
    let base = Entry::default();
    let ours = Entry {
        notes: "ours".into(),
        ..Entry::default()
    };
    let theirs = Entry {
        notes: "theirs".into(),
        ..Entry::default()
    };
    let merged = merge_entry(Some(&base), Some(&ours), Some(&theirs));
    assert_eq!(merged.conflicts, [Field::Notes]);
    assert_eq!(merged.entry.expect("entry").notes, "ours");
    // The same change on both sides is no conflict.
    let merged = merge_entry(Some(&base), Some(&ours), Some(&ours));
    assert!(merged.conflicts.is_empty());
}

#[test]
fn evidence_removed_here_goes_and_theirs_stays() {
    let base = Entry {
        evidence: vec![evidence("https://a"), evidence("https://b")],
        ..Entry::default()
    };
    let ours = Entry {
        evidence: vec![evidence("https://b")],
        ..Entry::default()
    };
    let mut theirs = base.clone();
    theirs.evidence.push(evidence("https://c"));
    let entry = merge_entry(Some(&base), Some(&ours), Some(&theirs))
        .entry
        .expect("entry");
    let refs: Vec<_> = entry
        .evidence
        .iter()
        .map(|e| e.reference.as_str())
        .collect();
    assert_eq!(refs, ["https://b", "https://c"]);
}

#[test]
fn an_acceptance_never_survives_on_a_yes() {
    let base = Entry {
        answer: Some(Answer::No),
        ..Entry::default()
    };
    let mut ours = base.clone();
    ours.answer = Some(Answer::Yes);
    let mut theirs = base.clone();
    theirs.acceptance = Some(Acceptance {
        by: "CISO".into(),
        approved: jiff::civil::date(2026, 1, 1),
        until: jiff::civil::date(2026, 6, 1),
        reason: "r".into(),
        compensating: String::new(),
    });
    let merged = merge_entry(Some(&base), Some(&ours), Some(&theirs));
    let entry = merged.entry.expect("entry");
    assert_eq!(entry.answer, Some(Answer::Yes));
    assert!(entry.acceptance.is_none());
    assert_eq!(merged.conflicts, [Field::Answer, Field::Acceptance]);
    // D1, the other way round: this side's acceptance stands with its
    // gap, and the other side's "yes" is in conflict.
    let merged = merge_entry(Some(&base), Some(&theirs), Some(&ours));
    let entry = merged.entry.expect("entry");
    assert_eq!(entry.answer, Some(Answer::No));
    assert_eq!(entry.acceptance, theirs.acceptance);
    assert_eq!(merged.conflicts, [Field::Answer, Field::Acceptance]);
}

#[test]
fn a_renewal_here_of_evidence_removed_there_is_a_conflict() {
    let base = Entry {
        evidence: vec![evidence("https://a")],
        ..Entry::default()
    };
    let mut ours = base.clone();
    ours.evidence[0].observed = jiff::civil::date(2026, 6, 1);
    let theirs = Entry::default();
    let merged = merge_entry(Some(&base), Some(&ours), Some(&theirs));
    assert_eq!(merged.conflicts, [Field::Evidence]);
    assert_eq!(merged.removed, ["https://a"]);
    assert_eq!(merged.entry.expect("entry").evidence, ours.evidence);
}
