//! Taking a probe's suggestion as the answer (`T`, `--from-probe`).

use super::*;

/// Why a probe's suggestion could not be taken; the entry is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TakeRefusal {
    /// The probe suggests nothing for the question (it only hints or infers).
    NoSuggestion,
    /// The suggested answer itself was refused.
    Answer(crate::assessment::AnswerRefusal),
}

impl crate::assessment::Entry {
    /// Takes the answer the probe's direct observations `seen` suggest, as
    /// a person's decision (recorded as taken from the probe): the one rule
    /// of `answer --from-probe` and the interface's `T`. A suggested *not
    /// applicable* is justified by `justification`, else by what
    /// `justify` says of the observations. Returns the answer taken.
    pub fn take_suggestion(
        &mut self,
        question: &crate::questionnaire::Question,
        seen: &[Observation],
        justification: Option<&str>,
        justify: impl FnOnce(&[Observation]) -> String,
        at: jiff::Timestamp,
    ) -> Result<Answer, TakeRefusal> {
        let answer = suggested(seen).ok_or(TakeRefusal::NoSuggestion)?;
        let worded;
        let justification = match justification {
            None if answer == Answer::Na => {
                worded = justify(seen);
                Some(worded.as_str())
            }
            given => given,
        };
        self.record_answer(question, answer, justification, at)
            .map_err(TakeRefusal::Answer)?;
        self.from_probe = true;
        Ok(answer)
    }
}
