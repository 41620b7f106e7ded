//! What a read-only look at the vendor's API showed about a question:
//! observations kept beside the answer, never instead of it, and where the
//! two disagree. Two kinds of disagreement: a **contradiction** comes only
//! from a setting that answers the question directly (2FA enforcement
//! off while the answer says it is required); what is inferred from the
//! account's data (who enrolled in 2FA, who has not signed in) is only
//! **to verify**: it never fails `check --fail-on contradiction`, and it is
//! never taken as an answer.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::Answer;

mod take;
pub use take::TakeRefusal;

/// One thing seen through the vendor's API, with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// The probe rule that made it (it words the observation).
    pub rule: RuleName,
    /// The request, as a path with its query (`/api/v2/users?…`).
    pub endpoint: String,
    /// The field read, as a JSON pointer; `*` stands for every item of a list.
    pub field: String,
    /// What was seen: a count, a flag or a word.
    pub value: Observed,
    /// Out of how many, where the value is a count of some items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    /// The items counted, where a rule needs to name them (at most
    /// [`MAX_NAMES`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    /// The HTTP status of the response (403 or 404: not on this plan or role).
    pub status: u16,
    /// When the response was fetched.
    pub fetched_at: Timestamp,
    /// The SHA-256 of the response body (of every page, in order).
    pub sha256: String,
    /// The answer it points to, or only a hint.
    pub suggests: Suggestion,
    /// Whether it reads a setting that answers the question directly; an
    /// inference from the account's data is not (it is only to verify).
    /// Older files have no such mark: their observations are inferences.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub direct: bool,
    /// The values read beside the main one, by name (a session timeout's
    /// minutes, how many users do not show a setting).
    #[serde(default, skip_serializing_if = "Facts::is_empty")]
    pub facts: Facts,
}

/// Named values an observation keeps beside its main one, in the order
/// they were read; written as an inline array of `[name, value]` pairs so
/// that each observation stays one block in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Facts(Vec<(String, String)>);

impl Facts {
    /// Sets `name` to `value` (replacing an earlier value).
    pub fn insert(&mut self, name: String, value: String) {
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.0.push((name, value)),
        }
    }

    /// The value of `name`, if kept.
    pub fn get(&self, name: &str) -> Option<&String> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether a fact's name starts with `prefix`.
    pub fn any_named(&self, prefix: &str) -> bool {
        self.0.iter().any(|(n, _)| n.starts_with(prefix))
    }

    /// Drops the facts whose names start with `prefix`.
    pub fn remove_named(&mut self, prefix: &str) {
        self.0.retain(|(n, _)| !n.starts_with(prefix));
    }
}

impl std::ops::Index<&str> for Facts {
    type Output = String;

    fn index(&self, name: &str) -> &String {
        self.get(name).expect("a fact that was kept")
    }
}

/// The most items an observation names; the count says how many there are.
pub const MAX_NAMES: usize = 20;

impl Observation {
    /// The observation as a shareable report shows it: the names of team
    /// members without two-factor authentication, inactive or holding admin
    /// rights are a list of targets if a report leaks, so reports give
    /// their count; the names stay in the assessment file (and the
    /// interface).
    pub fn for_report(&self) -> std::borrow::Cow<'_, Observation> {
        use crate::questionnaire::ProbeRule as R;
        let people = matches!(
            self.rule,
            RuleName::Known(R::StaffTwoFactor | R::StaffInactive | R::AdminCount)
        );
        // Who changed a setting is a person: the change stays, the name
        // goes.
        let changes = self.rule == RuleName::Known(R::SettingChanges);
        if people && !self.names.is_empty() {
            let mut shared = self.clone();
            shared.names.clear();
            std::borrow::Cow::Owned(shared)
        } else if changes && self.facts.any_named(CHANGED_BY) {
            let mut shared = self.clone();
            shared.facts.remove_named(CHANGED_BY);
            std::borrow::Cow::Owned(shared)
        } else {
            std::borrow::Cow::Borrowed(self)
        }
    }

    /// Whether it shows account settings changed (the audit log's feed,
    /// since the probe before).
    pub fn shows_setting_changes(&self) -> bool {
        self.rule == RuleName::Known(crate::questionnaire::ProbeRule::SettingChanges)
            && matches!(self.value, Observed::Count(n) if n > 0)
    }

    /// Whether the endpoint was not available (403 or 404: the plan, the
    /// role or a feature that is off).
    pub fn unavailable(&self) -> bool {
        matches!(self.status, 403 | 404)
    }

    /// Whether it contradicts `answer`: it reads a setting directly and
    /// [disagrees](Self::disagrees) with the answer. The one rule every
    /// output reads.
    pub fn contradicts(&self, answer: Option<Answer>) -> bool {
        self.direct && self.disagrees(answer)
    }

    /// Whether it is an inference that disagrees with `answer`: worth a
    /// look, never a contradiction.
    pub fn to_verify(&self, answer: Option<Answer>) -> bool {
        !self.direct && self.disagrees(answer)
    }

    /// Whether its suggestion disagrees with `answer`: a yes it calls
    /// partial or missing, a no it calls in place, or a "does not apply"
    /// it shows applies. A partial answer or an unknown one disagrees with
    /// nothing; hints never disagree.
    pub fn disagrees(&self, answer: Option<Answer>) -> bool {
        let (Some(answer), Some(seen)) = (answer, self.suggests.answer()) else {
            return false;
        };
        match answer {
            Answer::Yes => matches!(seen, Answer::Partial | Answer::No),
            Answer::No => seen == Answer::Yes,
            Answer::Na => matches!(seen, Answer::Yes | Answer::Partial | Answer::No),
            Answer::Partial | Answer::Unknown => false,
        }
    }

    /// Whether it is older than the question's renewal period on `as_of`,
    /// as evidence would be (the day it was fetched counts as observed).
    pub fn stale(&self, every: crate::questionnaire::Period, as_of: jiff::civil::Date) -> bool {
        as_of > every.last_fresh_day(super::local_date(self.fetched_at))
    }
}

/// The facts of a setting-change observation that name who made each
/// change (`by 0`, `by 1`, …).
pub const CHANGED_BY: &str = "by ";

/// An observed value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Observed {
    /// A setting that is on or off.
    Flag(bool),
    /// How many items matched the rule.
    Count(u64),
    /// A word (e.g. `unavailable`).
    Word(Word),
}

/// The probe rule an observation names: one this version knows, or one
/// a later version wrote (kept as it is, and said to be unknown).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum RuleName {
    /// A rule of this version.
    Known(crate::questionnaire::ProbeRule),
    /// A rule this version does not know.
    Unknown(String),
}

impl From<String> for RuleName {
    fn from(word: String) -> Self {
        match crate::questionnaire::ProbeRule::parse(&word) {
            Some(rule) => RuleName::Known(rule),
            None => RuleName::Unknown(word),
        }
    }
}

impl From<&str> for RuleName {
    fn from(word: &str) -> Self {
        RuleName::from(word.to_string())
    }
}

impl From<RuleName> for String {
    fn from(name: RuleName) -> Self {
        name.as_str().to_string()
    }
}

impl RuleName {
    /// The word in files.
    pub fn as_str(&self) -> &str {
        match self {
            RuleName::Known(rule) => rule.as_str(),
            RuleName::Unknown(word) => word,
        }
    }
}

/// What an observation saw when it is not a count or a flag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum Word {
    /// The endpoint is not available (403 or 404).
    Unavailable,
    /// The endpoint answered (the audit log exists).
    Available,
    /// The response does not show the setting.
    NotShown,
    /// Team members cannot sign in with a Zendesk password.
    SsoOnly,
    /// The account can always be assumed, because of its type (a trial).
    AssumableByAccountType,
    /// A setting's own value, as Zendesk names it (a password level, how
    /// long the account may be assumed).
    Value(String),
}

impl Word {
    /// The word in files.
    pub fn as_str(&self) -> &str {
        match self {
            Word::Unavailable => "unavailable",
            Word::Available => "available",
            Word::NotShown => "not shown",
            Word::SsoOnly => "sso only",
            Word::AssumableByAccountType => "always (account type)",
            Word::Value(value) => value,
        }
    }
}

impl From<String> for Word {
    fn from(word: String) -> Self {
        [
            Word::Unavailable,
            Word::Available,
            Word::NotShown,
            Word::SsoOnly,
            Word::AssumableByAccountType,
        ]
        .into_iter()
        .find(|w| w.as_str() == word)
        .unwrap_or(Word::Value(word))
    }
}

impl From<&str> for Word {
    fn from(word: &str) -> Self {
        Word::from(word.to_string())
    }
}

impl From<Word> for String {
    fn from(word: Word) -> Self {
        word.as_str().to_string()
    }
}

/// What an observation suggests the answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Suggestion {
    /// The control looks in place.
    Yes,
    /// The control looks partly in place.
    Partial,
    /// The control looks missing.
    No,
    /// The duty looks not to apply.
    Na,
    /// Evidence to look at; no answer suggested.
    Hint,
}

impl Suggestion {
    /// The answer suggested, if any.
    pub fn answer(self) -> Option<Answer> {
        match self {
            Suggestion::Yes => Some(Answer::Yes),
            Suggestion::Partial => Some(Answer::Partial),
            Suggestion::No => Some(Answer::No),
            Suggestion::Na => Some(Answer::Na),
            Suggestion::Hint => None,
        }
    }

    /// The word used in files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Suggestion::Yes => "yes",
            Suggestion::Partial => "partial",
            Suggestion::No => "no",
            Suggestion::Na => "na",
            Suggestion::Hint => "hint",
        }
    }
}

/// The answer a question's direct observations suggest together: the
/// weakest one (no before partial before yes), not applicable only when
/// nothing else is suggested; `None` when they only hint or only infer
/// (an inference is never taken as an answer).
pub fn suggested(observations: &[Observation]) -> Option<Answer> {
    let answers = observations
        .iter()
        .filter(|o| o.direct)
        .filter_map(|o| o.suggests.answer());
    let rank = |a: &Answer| match a {
        Answer::No => 0,
        Answer::Partial => 1,
        Answer::Yes => 2,
        Answer::Na => 3,
        Answer::Unknown => 4,
    };
    answers.min_by_key(rank)
}

/// Whether `answer` and the observations disagree (any one of them, see
/// [`Observation::contradicts`]).
pub fn contradicts(answer: Option<Answer>, observations: &[Observation]) -> bool {
    observations.iter().any(|o| o.contradicts(answer))
}

/// Whether an inference among the observations disagrees with `answer`
/// (see [`Observation::to_verify`]).
pub fn to_verify(answer: Option<Answer>, observations: &[Observation]) -> bool {
    observations.iter().any(|o| o.to_verify(answer))
}

#[cfg(test)]
#[path = "observations_tests.rs"]
mod tests;
