//! One question's record: its answer and what goes with it (notes, owner,
//! due date, flag, acceptance, evidence), and the rules that change it.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::*;

/// Why an answer was refused; the entry is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerRefusal {
    /// *Not applicable* without a justification; `earlier` is one recorded
    /// before another answer, which is not reused unseen.
    NoJustification {
        /// The justification recorded earlier, if any.
        earlier: Option<String>,
    },
}

/// Why an owner was refused; the entry is unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnerRefusal {
    /// The name hides this character.
    HiddenChar(char),
}

/// What was recorded for one question. Empty fields are left out of the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The answer, if one was given (notes or a flag may come first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    /// Free notes: evidence, context.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Why the question does not apply (required with `na`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub justification: String,
    /// Who will close the gap.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// When the gap should be closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// Flagged for review.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub flagged: bool,
    /// When the answer was last set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_at: Option<Timestamp>,
    /// When the notes, justification, owner, due date or flag last
    /// changed (`--as-of` leaves out what was written after the day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<Timestamp>,
    /// Fingerprint of the question text that was answered.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
    /// The gap accepted as a risk, if it is (only partial, no, don't know).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptance: Option<Acceptance>,
    /// What shows the answer is true, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// The answer was taken from the probe's suggestion (by a person).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_probe: bool,
}

impl Entry {
    /// Records `answer` to `question`: when, and the wording it answered;
    /// `justification`, when given, replaces the recorded one (trimmed).
    /// The one rule of every front end: *not applicable* needs a
    /// justification, given now or kept from an earlier *not applicable*
    /// (an older one, from before another answer, is not reused unseen).
    /// An answer that is no gap (yes, not applicable) drops an acceptance:
    /// there is no risk left to accept. A refusal changes nothing.
    pub fn record_answer(
        &mut self,
        question: &Question,
        answer: Answer,
        justification: Option<&str>,
        at: Timestamp,
    ) -> Result<(), AnswerRefusal> {
        let justification = justification.map(str::trim);
        if answer == Answer::Na {
            let kept = self.answer == Some(Answer::Na) && !self.justification.trim().is_empty();
            match justification {
                Some("") => return Err(AnswerRefusal::NoJustification { earlier: None }),
                None if !kept => {
                    let earlier = Some(self.justification.trim())
                        .filter(|j| !j.is_empty())
                        .map(str::to_string);
                    return Err(AnswerRefusal::NoJustification { earlier });
                }
                _ => {}
            }
        }
        if let Some(justification) = justification {
            self.justification = justification.to_string();
        }
        if !answer.is_gap() {
            self.acceptance = None;
        }
        self.answer = Some(answer);
        self.answered_at = Some(at);
        self.fingerprint = fingerprint(question);
        self.from_probe = false;
        Ok(())
    }

    /// Sets who closes the gap, trimmed ("" clears it). The one rule of
    /// every front end: a name that hides a character changing how it
    /// reads (a bidirectional control, a zero-width joiner) is refused, so
    /// that the action plan shows who it says. A refusal changes nothing.
    pub fn set_owner(&mut self, owner: &str) -> Result<(), OwnerRefusal> {
        let owner = owner.trim();
        if let Some(c) = crate::sanitize::hidden_char(owner) {
            return Err(OwnerRefusal::HiddenChar(c));
        }
        self.owner = owner.to_string();
        Ok(())
    }

    /// Returns the question to unanswered; notes, owner, due date, flag
    /// and evidence stay; an acceptance goes with the gap it accepted.
    pub fn clear_answer(&mut self) {
        self.acceptance = None;
        self.answer = None;
        self.answered_at = None;
        self.fingerprint = String::new();
        self.from_probe = false;
    }

    /// Records a piece of evidence; recording the same reference again
    /// renews it (the older record goes, the new one is last).
    pub fn record_evidence(&mut self, evidence: Evidence) {
        self.evidence.retain(|e| e.reference != evidence.reference);
        self.evidence.push(evidence);
    }

    /// Whether nothing at all is recorded (such an entry is not written);
    /// a date alone records nothing.
    pub fn is_empty(&self) -> bool {
        *self
            == Entry {
                edited_at: self.edited_at,
                ..Entry::default()
            }
    }

    /// The fields [`Entry::edited_at`] dates: notes, justification, owner,
    /// due date and flag.
    pub fn details(&self) -> (&str, &str, &str, Option<Date>, bool) {
        (
            &self.notes,
            &self.justification,
            &self.owner,
            self.due,
            self.flagged,
        )
    }

    /// Whether any of the [`Entry::details`] is set.
    pub fn has_details(&self) -> bool {
        self.details() != Entry::default().details()
    }
}

#[cfg(test)]
mod answer_tests {
    use super::*;
    use crate::questionnaire::Question;

    fn question() -> Question {
        let q = crate::questionnaire::Questionnaire::parse(
            include_str!("../../tests/fixtures/valid/minimal.toml"),
            "minimal.toml",
        )
        .expect("valid");
        q.questions[0].clone()
    }

    fn at() -> Timestamp {
        "2026-12-01T10:00:00Z".parse().expect("ts")
    }

    #[test]
    fn not_applicable_needs_a_justification_given_now_or_kept() {
        let q = question();
        let mut e = Entry::default();
        for given in [None, Some(""), Some(" \n ")] {
            let before = e.clone();
            assert!(e.record_answer(&q, Answer::Na, given, at()).is_err());
            assert_eq!(e, before, "nothing changes");
        }
        e.record_answer(&q, Answer::Na, Some(" no agents "), at())
            .expect("justified");
        assert_eq!(e.justification, "no agents");
        // Answered na again without a new one: the recorded one stays.
        e.record_answer(&q, Answer::Na, None, at()).expect("kept");
        assert_eq!(e.justification, "no agents");
        // After another answer, the old one is not reused unseen.
        e.record_answer(&q, Answer::No, None, at()).expect("no");
        assert_eq!(
            e.record_answer(&q, Answer::Na, None, at()),
            Err(AnswerRefusal::NoJustification {
                earlier: Some("no agents".into())
            })
        );
    }

    #[test]
    fn an_answer_that_is_no_gap_drops_an_acceptance() {
        let q = question();
        let mut e = Entry {
            answer: Some(Answer::No),
            acceptance: Some(Acceptance {
                by: "CISO".into(),
                approved: jiff::civil::date(2026, 11, 1),
                until: jiff::civil::date(2027, 1, 1),
                reason: "r".into(),
                compensating: String::new(),
            }),
            ..Entry::default()
        };
        e.record_answer(&q, Answer::Partial, None, at())
            .expect("partial");
        assert!(e.acceptance.is_some(), "still a gap");
        e.record_answer(&q, Answer::Yes, None, at()).expect("yes");
        assert!(e.acceptance.is_none());
    }
}
