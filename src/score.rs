//! Progress and score of an assessment, and how the score was computed.
//!
//! Rules (docs/assessment-format.md, "Scoring"): yes = 1, partial = ½, no and unknown = 0, weighted
//! by severity (high 3, medium 2, low 1); not-applicable answers and
//! unanswered questions are left out of the score. Points are counted in
//! halves so that every sum is exact.

use crate::assessment::{Answer, Assessment, Entry};
use crate::questionnaire::{Question, Questionnaire};

/// Counts and score of a set of questions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Questions in the set.
    pub total: usize,
    /// Questions with an answer.
    pub answered: usize,
    /// Answers by kind, indexed like [`Answer::ALL`].
    pub by_answer: [usize; 5],
    /// Gaps (partial, no, unknown) by severity: high, medium, low.
    pub gaps_by_severity: [usize; 3],
    /// Answers given to an older wording of their question.
    pub needs_review: usize,
    /// Flagged for review.
    pub flagged: usize,
    /// Points earned, in halves of a weight unit.
    pub earned_halves: u32,
    /// Points possible (sum of the weights of the scored questions).
    pub possible: u32,
}

impl Tally {
    /// Adds one question to the tally.
    pub fn add(&mut self, question: &Question, assessment: &Assessment) {
        self.total += 1;
        self.count_entry(question, assessment.answers.get(&*question.id), true);
    }

    /// Adds (or with `add == false`, takes back) what one question's entry
    /// contributes, without counting the question itself: the interface
    /// keeps its tallies current this way when one answer changes.
    pub fn count_entry(&mut self, question: &Question, entry: Option<&Entry>, add: bool) {
        fn bump<T: std::ops::AddAssign + std::ops::SubAssign>(field: &mut T, by: T, add: bool) {
            if add {
                *field += by;
            } else {
                *field -= by;
            }
        }
        if entry.is_some_and(|e| e.flagged) {
            bump(&mut self.flagged, 1, add);
        }
        let Some((answer, entry)) = entry.and_then(|e| e.answer.map(|a| (a, e))) else {
            return;
        };
        bump(&mut self.answered, 1, add);
        bump(&mut self.by_answer[answer as usize], 1, add);
        if !entry.fingerprint.is_empty() && entry.fingerprint != question.fingerprint {
            bump(&mut self.needs_review, 1, add);
        }
        if answer.is_gap() {
            bump(
                &mut self.gaps_by_severity[question.severity.index()],
                1,
                add,
            );
        }
        if let Some(halves) = value_halves(answer) {
            let weight = question.severity.weight();
            bump(&mut self.possible, weight, add);
            bump(&mut self.earned_halves, weight * halves, add);
        }
    }

    /// The number of answers of one kind.
    pub fn count(&self, answer: Answer) -> usize {
        self.by_answer[answer as usize]
    }

    /// All gaps.
    pub fn gaps(&self) -> usize {
        self.gaps_by_severity.iter().sum()
    }

    /// Questions still without an answer.
    pub fn unanswered(&self) -> usize {
        self.total - self.answered
    }

    /// Points earned (may end in .5).
    pub fn earned(&self) -> f64 {
        f64::from(self.earned_halves) / 2.0
    }

    /// The score in percent, or `None` when nothing scored was answered.
    pub fn percent(&self) -> Option<f64> {
        (self.possible > 0).then(|| 100.0 * self.earned() / f64::from(self.possible))
    }
}

/// Below this share of questions answered (in percent), a score is called
/// provisional: it speaks for the answers, not for the instance.
pub const PROVISIONAL_BELOW_PERCENT: f64 = 50.0;

impl Tally {
    /// The share of the questions that are answered, in percent; `None`
    /// for an empty set.
    pub fn coverage_percent(&self) -> Option<f64> {
        (self.total > 0).then(|| 100.0 * self.answered as f64 / self.total as f64)
    }

    /// Whether the score rests on too few answers to stand for the whole
    /// set (fewer than [`PROVISIONAL_BELOW_PERCENT`] answered).
    pub fn provisional(&self) -> bool {
        self.coverage_percent()
            .is_some_and(|c| c < PROVISIONAL_BELOW_PERCENT)
    }
}

/// The value of an answer in halves, or `None` when it is left out (n/a).
pub fn value_halves(answer: Answer) -> Option<u32> {
    match answer {
        Answer::Yes => Some(2),
        Answer::Partial => Some(1),
        Answer::No | Answer::Unknown => Some(0),
        Answer::Na => None,
    }
}

/// The tally of the whole questionnaire and of each section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    /// Every question.
    pub overall: Tally,
    /// One per section, in section order.
    pub sections: Vec<Tally>,
}

/// Tallies an assessment against its questionnaire.
pub fn breakdown(questionnaire: &Questionnaire, assessment: &Assessment) -> Breakdown {
    let mut overall = Tally::default();
    let sections = questionnaire
        .sections
        .iter()
        .map(|section| {
            let mut tally = Tally::default();
            for question in questionnaire.section_questions(section) {
                tally.add(question, assessment);
                overall.add(question, assessment);
            }
            tally
        })
        .collect();
    Breakdown { overall, sections }
}

/// Formats a percentage for people: `72%`, or `—` when there is no score.
pub fn format_percent(percent: Option<f64>) -> String {
    percent.map_or_else(|| "—".to_string(), |p| format!("{}%", p.round()))
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;

    use super::*;
    use crate::assessment::{Metadata, fingerprint};
    use crate::lang::Lang;

    fn fixture() -> Questionnaire {
        let text = include_str!("../tests/fixtures/valid/minimal.toml");
        Questionnaire::parse(text, "minimal.toml").expect("valid")
    }

    fn with(answers: &[(&str, Answer)]) -> Assessment {
        let q = fixture();
        let mut a = Assessment::new(&q, Lang::En, Metadata::default(), Timestamp::UNIX_EPOCH);
        for (id, answer) in answers {
            let fp = fingerprint(q.question(id).expect("known"));
            a.answers.insert(
                (*id).to_string(),
                Entry {
                    answer: Some(*answer),
                    fingerprint: fp,
                    ..Entry::default()
                },
            );
        }
        a
    }

    #[test]
    fn weights_by_severity_and_halves_partial() {
        // access.mfa is high (3), access.review is medium (2).
        let q = fixture();
        let t = breakdown(
            &q,
            &with(&[
                ("access.mfa", Answer::Partial),
                ("access.review", Answer::Yes),
            ]),
        )
        .overall;
        assert_eq!((t.earned(), t.possible), (1.5 + 2.0, 5));
        assert_eq!(format_percent(t.percent()), "70%");
        assert_eq!(t.gaps_by_severity, [1, 0, 0]);
    }

    #[test]
    fn unknown_counts_as_a_gap_and_na_is_left_out() {
        let q = fixture();
        let t = breakdown(
            &q,
            &with(&[
                ("access.mfa", Answer::Unknown),
                ("access.review", Answer::Na),
            ]),
        )
        .overall;
        assert_eq!((t.earned(), t.possible), (0.0, 3));
        assert_eq!(t.gaps(), 1);
        assert_eq!(t.count(Answer::Na), 1);
        let only_na = breakdown(&q, &with(&[("access.review", Answer::Na)])).overall;
        assert_eq!(only_na.percent(), None);
        assert_eq!(format_percent(only_na.percent()), "—");
    }

    #[test]
    fn nothing_answered_has_no_score_and_everything_unanswered() {
        let q = fixture();
        let t = breakdown(&q, &with(&[])).overall;
        assert_eq!((t.total, t.answered, t.unanswered()), (2, 0, 2));
        assert_eq!(t.percent(), None);
    }

    #[test]
    fn an_answer_to_an_older_wording_needs_review() {
        let q = fixture();
        let mut a = with(&[("access.mfa", Answer::Yes)]);
        assert_eq!(breakdown(&q, &a).overall.needs_review, 0);
        a.answers.get_mut("access.mfa").expect("entry").fingerprint =
            "sha256:0000000000000000".into();
        assert_eq!(breakdown(&q, &a).overall.needs_review, 1);
    }
}
