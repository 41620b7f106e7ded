//! The merge driver loses nothing: random two-sided edit sequences made
//! with the tool's own operations (the `Entry` methods every front end
//! calls), written as files and merged by the driver's own code
//! (`store::merge_driver::merge`). Every value either side recorded is in
//! the result or in `[conflicts]`, and the driver reports a clean merge
//! (git's exit 0) exactly when no conflict is recorded.
//!
//! `cargo test` runs 1,000 cases (a few seconds); a longer run:
//! `PROPTEST_CASES=20000 cargo test --release --test suite merge_property`.

use std::path::Path;

use proptest::prelude::*;
use srm_assess::assessment::accept::AcceptRequest;
use srm_assess::assessment::merge::{Conflict, Field};
use srm_assess::assessment::{Answer, Assessment, Entry, Evidence, Metadata, file};
use srm_assess::lang::Lang;
use srm_assess::questionnaire::{self, Questionnaire};

/// The questions edited: few, so that both sides often meet.
const IDS: [&str; 2] = ["access.review", "access.sso"];
const REFS: [&str; 2] = ["https://wiki.example/a", "c.png"];

#[derive(Debug, Clone)]
enum Op {
    Answer(usize, usize),
    Notes(usize, u8),
    Owner(usize, u8),
    Due(usize, Option<u8>),
    Flag(usize, bool),
    Accept(usize, u8),
    Revoke(usize),
    Evidence(usize, usize, u8),
    Remove(usize, usize),
}

fn op() -> impl Strategy<Value = Op> {
    let q = 0..IDS.len();
    prop_oneof![
        3 => (q.clone(), 0..6usize).prop_map(|(q, a)| Op::Answer(q, a)),
        1 => (q.clone(), 0..3u8).prop_map(|(q, n)| Op::Notes(q, n)),
        1 => (q.clone(), 0..3u8).prop_map(|(q, n)| Op::Owner(q, n)),
        1 => (q.clone(), proptest::option::of(1..4u8)).prop_map(|(q, d)| Op::Due(q, d)),
        1 => (q.clone(), any::<bool>()).prop_map(|(q, f)| Op::Flag(q, f)),
        2 => (q.clone(), 0..3u8).prop_map(|(q, n)| Op::Accept(q, n)),
        1 => (q.clone()).prop_map(Op::Revoke),
        2 => (q.clone(), 0..REFS.len(), 1..5u8).prop_map(|(q, r, d)| Op::Evidence(q, r, d)),
        1 => (q, 0..REFS.len()).prop_map(|(q, r)| Op::Remove(q, r)),
    ]
}

/// Applies `ops` as the commands do (a refusal changes nothing); `clock`
/// makes every answer later than the one before.
fn apply(a: &mut Assessment, q: &Questionnaire, ops: &[Op], clock: &mut i64) {
    let day = |d: u8| jiff::civil::date(2026, 11, d as i8);
    for op in ops {
        *clock += 1;
        let at = jiff::Timestamp::from_second(1_790_000_000 + *clock).expect("time");
        let id = IDS[match op {
            Op::Answer(i, _)
            | Op::Notes(i, _)
            | Op::Owner(i, _)
            | Op::Due(i, _)
            | Op::Flag(i, _)
            | Op::Accept(i, _)
            | Op::Revoke(i)
            | Op::Evidence(i, _, _)
            | Op::Remove(i, _) => *i,
        }];
        let question = &q.questions[q.position(id).expect("question")];
        let mut e = a.answers.get(id).cloned().unwrap_or_default();
        match op {
            Op::Answer(_, 5) => e.clear_answer(),
            Op::Answer(_, n) => {
                let answer = [
                    Answer::Yes,
                    Answer::Partial,
                    Answer::No,
                    Answer::Unknown,
                    Answer::Na,
                ][*n];
                let why = format!("justified {clock}");
                let _ = e.record_answer(question, answer, Some(why.as_str()), at);
            }
            Op::Notes(_, n) => e.notes = format!("notes {n}"),
            Op::Owner(_, n) => {
                let _ = e.set_owner(&format!("owner {n}"));
            }
            Op::Due(_, d) => e.due = d.map(day),
            Op::Flag(_, f) => e.flagged = *f,
            Op::Accept(_, n) => {
                let reason = format!("reason {n}");
                let request = AcceptRequest {
                    by: "CISO",
                    until: Some(jiff::civil::date(2027, 1 + *n as i8, 1)),
                    reason: &reason,
                    compensating: "",
                    approved: None,
                };
                let _ = e.accept(&request, day(20));
            }
            Op::Revoke(_) => e.acceptance = None,
            Op::Evidence(_, r, d) => e.record_evidence(Evidence {
                reference: REFS[*r].to_string(),
                observed: day(*d),
                recorded: day(*d),
                sha256: None,
                note: String::new(),
            }),
            Op::Remove(_, r) => e.evidence.retain(|x| x.reference != REFS[*r]),
        }
        if e.is_empty() {
            a.answers.remove(id);
        } else {
            a.answers.insert(id.to_string(), e);
        }
    }
}

/// One field's value, as a comparable text.
fn value(e: &Entry, f: Field) -> String {
    match f {
        Field::Answer => format!("{:?}", e.answer),
        Field::Notes => e.notes.clone(),
        Field::Justification => e.justification.clone(),
        Field::Owner => e.owner.clone(),
        Field::Due => format!("{:?}", e.due),
        Field::Flag => e.flagged.to_string(),
        Field::Acceptance => format!("{:?}", e.acceptance),
        Field::Evidence => String::new(),
    }
}

const FIELDS: [Field; 7] = [
    Field::Answer,
    Field::Notes,
    Field::Justification,
    Field::Owner,
    Field::Due,
    Field::Flag,
    Field::Acceptance,
];

/// Every change `side` made to `base` is in `merged`'s answers, or (for
/// the other branch) in its conflict table; a description of each loss.
fn losses(base: &Assessment, side: &Assessment, merged: &Assessment, theirs: bool) -> Vec<String> {
    let empty = Entry::default();
    let mut lost = Vec::new();
    for id in IDS {
        let b = base.answers.get(id).unwrap_or(&empty);
        let s = side.answers.get(id).unwrap_or(&empty);
        let m = merged.answers.get(id).unwrap_or(&empty);
        let c: Option<&Conflict> = merged.conflicts.get(id).filter(|_| theirs);
        let in_conflict = |f: Field| c.is_some_and(|c| c.fields.contains(&f));
        for f in FIELDS {
            let v = value(s, f);
            if v != value(b, f)
                && v != value(m, f)
                && !(in_conflict(f) && c.is_some_and(|c| value(&c.theirs, f) == v))
            {
                lost.push(format!("{id} {f:?}: {v}"));
            }
        }
        for r in REFS {
            let find = |e: &Entry| e.evidence.iter().find(|x| x.reference == r).cloned();
            let (before, now) = (find(b), find(s));
            if before == now {
                continue;
            }
            let kept = match &now {
                Some(record) => {
                    find(m).as_ref() == Some(record)
                        || (in_conflict(Field::Evidence)
                            && c.is_some_and(|c| c.theirs.evidence.contains(record)))
                }
                None => {
                    find(m).is_none()
                        || (in_conflict(Field::Evidence)
                            && c.is_some_and(|c| c.removed.iter().any(|x| x == r)))
                }
            };
            if !kept {
                lost.push(format!("{id} evidence {r}: {now:?}"));
            }
        }
    }
    lost
}

fn write(dir: &Path, name: &str, a: &Assessment, order: &[String]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, file::to_toml(a, order).expect("toml")).expect("write");
    path
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(1000),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_driver_keeps_every_value_either_branch_recorded(
        shared in proptest::collection::vec(op(), 0..8),
        ours_ops in proptest::collection::vec(op(), 1..5),
        theirs_ops in proptest::collection::vec(op(), 1..5),
    ) {
        let q = questionnaire::builtin().expect("builtin");
        let order = q.ids();
        let created = jiff::Timestamp::from_second(1_790_000_000).expect("time");
        let mut base = Assessment::new(&q, Lang::En, Metadata::default(), created);
        let mut clock = 0;
        apply(&mut base, &q, &shared, &mut clock);
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        apply(&mut ours, &q, &ours_ops, &mut clock);
        apply(&mut theirs, &q, &theirs_ops, &mut clock);
        let dir = tempfile::tempdir().expect("tempdir");
        let b = write(dir.path(), "base.toml", &base, &order);
        let o = write(dir.path(), "ours.toml", &ours, &order);
        let t = write(dir.path(), "theirs.toml", &theirs, &order);
        let merged = srm_assess::store::merge_driver::merge(&b, &o, &t)
            .expect("merges")
            .expect("one questionnaire");
        // What the driver wrote is a valid assessment, and is what it merged.
        let written = file::parse(&std::fs::read_to_string(&o).expect("read")).expect("parses");
        prop_assert_eq!(&written.answers, &merged.assessment.answers);
        prop_assert_eq!(&written.conflicts, &merged.assessment.conflicts);
        // git's contract: exit 0 (clean) exactly when nothing is in conflict.
        prop_assert_eq!(merged.is_clean(), written.conflicts.is_empty());
        let mut lost = losses(&base, &ours, &written, false);
        lost.extend(losses(&base, &theirs, &written, true));
        prop_assert!(lost.is_empty(), "lost: {:?}\nconflicts: {:?}", lost, written.conflicts);
    }
}
