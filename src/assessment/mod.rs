//! An assessment: the answers one organization gave to one questionnaire.
//!
//! Plain data; reading and writing the TOML file is in [`file`], saving it
//! safely next to other processes is in [`crate::store`].

pub mod accept;
pub mod as_of;
pub mod decisions;
mod entry;
pub mod evidence_rule;
pub mod file;
pub mod merge;
pub mod merge_file;
mod metadata;
mod mismatch;
pub mod observations;
pub mod standing;
pub mod typed;

pub use decisions::{Acceptance, Evidence};
pub use entry::{AnswerRefusal, Entry, OwnerRefusal};
pub use merge::Conflict;
pub use metadata::{BreakGlass, Metadata, MetadataField, MetadataRefusal, normalize_instance};
pub use mismatch::{Mismatch, questionnaire_mismatch};
pub use observations::{Observation, Observed, Suggestion};

use std::collections::BTreeMap;
use std::fmt;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::questionnaire::{Question, Questionnaire};

/// The assessment file format this build writes and reads.
pub const FORMAT: u32 = 1;

/// An answer to a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    /// The control is in place.
    Yes,
    /// The control is partly in place.
    Partial,
    /// The control is missing.
    No,
    /// Nobody knows: a gap, since the control cannot be shown to exist.
    Unknown,
    /// Does not apply; needs a justification and is left out of the score.
    Na,
}

impl Answer {
    /// Every answer, in the order they are offered.
    pub const ALL: [Answer; 5] = [
        Answer::Yes,
        Answer::Partial,
        Answer::No,
        Answer::Unknown,
        Answer::Na,
    ];

    /// The word used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::Partial => "partial",
            Answer::No => "no",
            Answer::Unknown => "unknown",
            Answer::Na => "na",
        }
    }

    /// Reads the word used in files and on the command line.
    pub fn parse(word: &str) -> Option<Self> {
        Answer::ALL.into_iter().find(|a| a.as_str() == word)
    }

    /// Reads an answer as a user types it, in any case: the file's words
    /// (`yes`, `partial`, `no`, `unknown`, `na`), the interface's letters
    /// (`y`, `p`, `n`, `u`, `x`), `n/a`, and the Italian words (`sì`, `in
    /// parte`, `non so`, `non applicabile`).
    pub fn from_user(word: &str) -> Option<Self> {
        // Every front end (`answer`, `ask`, the interface's forms) reads
        // answers through this one list, in English and Italian.
        Some(match word.trim().to_lowercase().as_str() {
            "y" | "yes" | "s" | "si" | "sì" => Answer::Yes,
            "p" | "partial" | "partly" | "in parte" | "parziale" => Answer::Partial,
            "n" | "no" => Answer::No,
            "u" | "unknown" | "don't know" | "dont know" | "non so" => Answer::Unknown,
            "x" | "na" | "n/a" | "not applicable" | "non applicabile" => Answer::Na,
            _ => return None,
        })
    }

    /// Whether this answer leaves a gap to close (partial, no, unknown).
    pub fn is_gap(self) -> bool {
        matches!(self, Answer::Partial | Answer::No | Answer::Unknown)
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A date typed as `YYYY-MM-DD` (exactly that shape), if it is one.
pub fn parse_date(text: &str) -> Option<jiff::civil::Date> {
    let text = text.trim();
    let ok_shape = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    ok_shape.then(|| text.parse().ok()).flatten()
}

/// The questionnaire an assessment answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    /// Its id.
    pub id: String,
    /// Its version when the assessment was last saved.
    pub version: String,
    /// The file it was read from, when not the built-in one: relative to
    /// the assessment's folder where possible (`/` separators), so later
    /// commands find it without `--questionnaire`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub file: String,
    /// The SHA-256 of that file when last used, to say when it changed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sha256: String,
}

/// A whole assessment, as kept in its TOML file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// File format version.
    pub format: u32,
    /// The language of the assessment and its report.
    pub lang: Lang,
    /// When it was created.
    pub created: Timestamp,
    /// This assessment's own identity: a random UUID given when it is
    /// created (or, for an older file, on its next save) and never changed,
    /// from which its OSCAL identifiers derive, so that two assessments
    /// never share them. Empty only in a file not saved since.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub identity: String,
    /// The `updated` line of files written before it was dropped (a line
    /// that changed on every save made any two git branches conflict).
    /// Reading a file dates its undated records with it and clears it;
    /// never written. "Last updated" is [`Assessment::updated`].
    #[serde(default, rename = "updated", skip_serializing)]
    pub saved: Option<Timestamp>,
    /// The questionnaire answered.
    pub questionnaire: QuestionnaireRef,
    /// Organization, instance, assessor.
    #[serde(default)]
    pub metadata: Metadata,
    /// One entry per question id, in id order (stable diffs).
    #[serde(default)]
    pub answers: BTreeMap<String, Entry>,
    /// What the last probe of the vendor's API showed, per question id.
    /// Kept apart from the answers: a probe never changes an answer.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub observations: BTreeMap<String, Vec<Observation>>,
    /// Questions a git merge found changed differently on both branches
    /// (`merge-driver`), per question id, until a person settles them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub conflicts: BTreeMap<String, merge::Conflict>,
}

impl Assessment {
    /// A new, empty assessment of `questionnaire`.
    pub fn new(
        questionnaire: &Questionnaire,
        lang: Lang,
        metadata: Metadata,
        now: Timestamp,
    ) -> Self {
        Assessment {
            format: FORMAT,
            lang,
            created: now,
            identity: String::new(),
            saved: None,
            questionnaire: QuestionnaireRef {
                id: questionnaire.id.to_string(),
                version: questionnaire.version.to_string(),
                file: String::new(),
                sha256: String::new(),
            },
            metadata,
            answers: BTreeMap::new(),
            observations: BTreeMap::new(),
            conflicts: BTreeMap::new(),
        }
    }

    /// Gives the assessment its identity if it has none yet (a new file,
    /// or an older one on its first save): a random version-4 UUID.
    pub fn ensure_identity(&mut self) {
        if self.identity.is_empty() {
            let mut bytes = [0u8; 16];
            // The system's randomness; should it fail, the time and the
            // process stand in (still distinct between two assessments).
            if getrandom::fill(&mut bytes).is_err() {
                let seed = format!("{:?}{}", jiff::Timestamp::now(), std::process::id());
                bytes = *uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_OID, seed.as_bytes()).as_bytes();
            }
            self.identity = uuid::Builder::from_random_bytes(bytes)
                .into_uuid()
                .to_string();
        }
    }

    /// Applies `f` to every text users typed: organization, instance,
    /// assessor, and each entry's notes, justification, owner, acceptance
    /// and evidence texts.
    pub fn for_each_typed_text(&mut self, mut f: impl FnMut(&mut String)) {
        let m = &mut self.metadata;
        for field in [&mut m.organization, &mut m.instance, &mut m.assessor] {
            f(field);
        }
        for entry in self.answers.values_mut() {
            for field in [&mut entry.notes, &mut entry.justification, &mut entry.owner] {
                f(field);
            }
            if let Some(a) = &mut entry.acceptance {
                for field in [&mut a.by, &mut a.reason, &mut a.compensating] {
                    f(field);
                }
            }
            for e in &mut entry.evidence {
                f(&mut e.reference);
                f(&mut e.note);
            }
        }
    }

    /// When the answers were last changed: the newest answer or details
    /// date recorded, or the creation. Derived, not kept in the file, so
    /// that a save changes only the lines of what it changed.
    pub fn updated(&self) -> Timestamp {
        self.answers
            .values()
            .flat_map(|e| [e.answered_at, e.edited_at])
            .flatten()
            .fold(self.created, Timestamp::max)
    }

    /// Dates the records of a file written before records carried their
    /// own dates: with no date they were made by `saved`, the file's last
    /// save, the latest they can be (what `--as-of` assumed of them).
    pub fn date_undated(&mut self) {
        let Some(saved) = self.saved.take() else {
            return;
        };
        for entry in self.answers.values_mut() {
            if entry.answer.is_some() && entry.answered_at.is_none() {
                entry.answered_at = Some(saved);
            }
            if entry.has_details() && entry.edited_at.is_none() {
                entry.edited_at = Some(saved);
            }
        }
    }

    /// The answer given to a question, if any.
    pub fn answer(&self, id: &str) -> Option<Answer> {
        self.answers.get(id).and_then(|e| e.answer)
    }

    /// What the last probe showed about a question (empty if nothing).
    pub fn observations(&self, id: &str) -> &[Observation] {
        self.observations.get(id).map_or(&[], Vec::as_slice)
    }

    /// Whether the answer to `id` and what the probe showed disagree.
    pub fn contradiction(&self, id: &str) -> bool {
        observations::contradicts(self.answer(id), self.observations(id))
    }

    /// Whether an inference of the probe disagrees with the answer to
    /// `id`: to verify, not a contradiction.
    pub fn to_verify(&self, id: &str) -> bool {
        observations::to_verify(self.answer(id), self.observations(id))
    }

    /// How many of the questionnaire's questions have observations.
    pub fn observed(&self, questionnaire: &Questionnaire) -> usize {
        questionnaire
            .questions
            .iter()
            .filter(|q| !self.observations(&q.id).is_empty())
            .count()
    }

    /// The questions whose answer the probe's observations contradict.
    pub fn contradicted<'a>(
        &'a self,
        questionnaire: &'a Questionnaire,
    ) -> impl Iterator<Item = &'a Question> {
        questionnaire
            .questions
            .iter()
            .filter(|q| self.contradiction(&q.id))
    }

    /// The observations of `id` that disagree with its answer.
    pub fn contradicting(&self, id: &str) -> Vec<&Observation> {
        let answer = self.answer(id);
        self.observations(id)
            .iter()
            .filter(|o| o.contradicts(answer))
            .collect()
    }

    /// Ids of recorded entries the questionnaire no longer has (kept, never dropped).
    pub fn retired_ids<'a>(
        &'a self,
        questionnaire: &'a Questionnaire,
    ) -> impl Iterator<Item = &'a str> {
        self.answers
            .keys()
            .filter(|id| questionnaire.question(id).is_none())
            .map(String::as_str)
    }

    /// Whether the answer to `question` was given to a different wording of
    /// it, so that it should be reviewed.
    pub fn needs_review(&self, question: &Question) -> bool {
        self.answers.get(&*question.id).is_some_and(|e| {
            e.answer.is_some()
                && !e.fingerprint.is_empty()
                && e.fingerprint != fingerprint(question)
        })
    }
}

/// The fingerprint of the question's wording, to record with an answer
/// (computed once when the questionnaire is loaded).
pub fn fingerprint(question: &Question) -> String {
    question.fingerprint.to_string()
}

/// The day `at` falls on in the system's time zone: "today" for dates
/// (due dates, expiries, evidence).
pub fn local_date(at: Timestamp) -> Date {
    at.to_zoned_datetime(crate::clock::system_zone()).date()
}

/// The current time, to the second (files need no more precision).
pub fn now() -> Timestamp {
    let now = Timestamp::now();
    Timestamp::from_second(now.as_second()).unwrap_or(now)
}
