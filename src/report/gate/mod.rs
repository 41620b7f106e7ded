//! The gate `check` runs (and `fleet --fail-on` per instance): what the
//! criteria find in an assessment, as data — the question, the criterion,
//! the words, what tells one finding from another across runs, an
//! acceptance that holds it back, and whether it is new since a revision.
//! The formats a pipeline reads are built from it: plain lines here,
//! SARIF in [`sarif`], JUnit XML in [`junit`], GitHub annotations and the
//! job summary in [`github`].

mod criterion;
mod find;
pub mod github;
pub mod junit;
mod newness;
pub mod sarif;

pub use criterion::Criterion;
pub use find::{findings, lines};
pub use newness::{NEWNESS, mark_new};

use crate::assessment::Answer;
use crate::assessment::decisions::Acceptance;
use crate::lang::Lang;

/// One thing a criterion found in one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The question's id.
    pub id: String,
    /// Its source reference, or `None` for a question the questionnaire no
    /// longer has.
    pub reference: Option<String>,
    /// What found it.
    pub criterion: Criterion,
    /// What was found, worded for a line (cleaned when written).
    pub text: String,
    /// What tells it from other findings of the same question and
    /// criterion (a rule, an evidence reference): with those, its identity
    /// from one run to the next.
    pub detail: String,
    /// The answer recorded.
    pub answer: Option<Answer>,
    /// A gap accepted as a risk, the acceptance in force: not a failure
    /// (SARIF lists it as suppressed, JUnit as passed).
    pub accepted: Option<Acceptance>,
    /// With `--since`: whether it is new or worse since that revision.
    pub new: Option<bool>,
}

impl Finding {
    /// Whether it fails the gate: found, and not held back by an
    /// acceptance in force.
    pub fn fails(&self) -> bool {
        self.accepted.is_none()
    }

    /// Whether the gate asked for by `criteria` reports it: a failing
    /// finding of a criterion asked for, or one new since the revision
    /// when `new` is asked for.
    pub fn reported(&self, criteria: &[Criterion]) -> bool {
        self.fails()
            && (criteria.contains(&self.criterion)
                || (criteria.contains(&Criterion::New) && self.new == Some(true)))
    }

    /// Its line: `ID (REF): what`, saying when it is new since `since`;
    /// always one line, whatever the user's text holds.
    pub fn line(&self, since: Option<&str>, lang: Lang) -> String {
        let reference = self
            .reference
            .clone()
            .unwrap_or_else(|| crate::messages::not_in_questionnaire(lang));
        let what = match (since, self.new) {
            (Some(rev), Some(true)) => crate::messages::new_since(lang, rev, &self.text),
            _ => self.text.clone(),
        };
        crate::sanitize::one_line(&format!("{} ({reference}): {what}", self.id))
    }

    /// A stable identity for tools that track findings across runs
    /// (SARIF's `partialFingerprints`): the question, the criterion and
    /// the detail, hashed; the file's line numbers play no part.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let key = format!("{}\0{}\0{}", self.id, self.criterion.word(), self.detail);
        let digest = Sha256::digest(key.as_bytes());
        digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
    }
}

/// A user's text as the pipeline formats show it: on one line, and any
/// credential-shaped part redacted (the output is uploaded and shared).
pub(crate) fn shown(text: &str) -> String {
    crate::sanitize::one_line(&crate::secrets::redact(text))
}

/// The line of question `id`'s table in the assessment file's `text`
/// (`[answers."ID"]` or one of its sub-tables), counted from 1; the first
/// line when the file has none (a question never answered).
pub fn line_of(text: &str, id: &str) -> usize {
    let quoted = format!("[answers.\"{id}\"");
    let bare = format!("[answers.{id}");
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            [&quoted, &bare].iter().any(|head| {
                l.strip_prefix(head.as_str())
                    .is_some_and(|rest| rest.starts_with(']') || rest.starts_with('.'))
            })
        })
        .map_or(1, |i| i + 1)
}
