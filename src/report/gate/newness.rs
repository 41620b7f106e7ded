//! What is new or worse since a revision: the gate `--fail-on new --since
//! REV` fails on, and SARIF's `baselineState`.

use super::{Criterion, Finding};
use crate::assessment::Answer;

/// The criteria whose findings can be new: gaps (new, or with a worse
/// answer), acceptances that expired, contradictions, inferences to
/// verify and setting changes the probe saw.
pub const NEWNESS: [Criterion; 7] = [
    Criterion::High,
    Criterion::Medium,
    Criterion::Low,
    Criterion::Expired,
    Criterion::Contradiction,
    Criterion::ToVerify,
    Criterion::SettingChanged,
];

/// How good an answer is, for telling that one got worse: yes (and not
/// applicable) above partial, partial above don't know, don't know above
/// no.
fn rank(answer: Option<Answer>) -> u8 {
    match answer {
        Some(Answer::Yes | Answer::Na) | None => 3,
        Some(Answer::Partial) => 2,
        Some(Answer::Unknown) => 1,
        Some(Answer::No) => 0,
    }
}

/// Marks each of `now` as new (or not) against `before`, the findings of
/// the [`NEWNESS`] criteria at the revision: a failing finding of those
/// criteria is new when nothing failing at the revision had its question,
/// criterion and detail, or, for a gap, when its answer is worse than
/// then. Other findings are marked not new.
pub fn mark_new(now: &mut [Finding], before: &[Finding]) {
    for f in now.iter_mut() {
        if !NEWNESS.contains(&f.criterion) || !f.fails() {
            f.new = Some(false);
            continue;
        }
        let then = before.iter().find(|b| {
            b.fails() && b.id == f.id && b.criterion == f.criterion && b.detail == f.detail
        });
        let new = match then {
            None => true,
            Some(b) => rank(f.answer) < rank(b.answer),
        };
        f.new = Some(new);
    }
}
