//! An assessment: the answers one organization gave to one questionnaire.
//!
//! Plain data; reading and writing the TOML file is in [`file`], saving it
//! safely next to other processes is in [`crate::store`].

pub mod accept;
pub mod as_of;
pub mod decisions;
pub mod evidence_rule;
pub mod file;
pub mod merge;
pub mod merge_file;
pub mod observations;
pub mod typed;

pub use decisions::{Acceptance, Evidence};
pub use merge::Conflict;
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

/// The vendor instance as the user means it: `acme`, `acme.zendesk.com`,
/// `https://acme.zendesk.com/` and `ACME` are the same instance, `acme`
/// (a scheme, a path and a trailing dot go; a Zendesk host becomes its
/// subdomain; another host is kept as a host).
pub fn normalize_instance(text: &str) -> String {
    // Each step can expose what an earlier one removes (`0\r#` → `0\r`):
    // repeat until nothing changes, so that normalising twice is a no-op.
    // Every step shortens the text or leaves it alone, so this ends; the
    // bound is a second guarantee.
    let mut current = normalize_instance_once(text);
    for _ in 0..16 {
        let next = normalize_instance_once(&current);
        if next == current {
            break;
        }
        current = next;
    }
    current
}

fn normalize_instance_once(text: &str) -> String {
    let mut host = text.trim().to_lowercase();
    for scheme in ["https://", "http://"] {
        if let Some(rest) = host.strip_prefix(scheme) {
            host = rest.to_string();
        }
    }
    if let Some(end) = host.find(['/', '?', '#']) {
        host.truncate(end);
    }
    let host = host.trim().trim_end_matches('.');
    host.strip_suffix(".zendesk.com")
        .unwrap_or(host)
        .trim()
        .to_string()
}

/// Who assessed what.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// The organization assessed.
    #[serde(default)]
    pub organization: String,
    /// The vendor instance, e.g. the Zendesk subdomain.
    #[serde(default)]
    pub instance: String,
    /// Who answered.
    #[serde(default)]
    pub assessor: String,
    /// Accounts the probe's user checks leave out (break-glass accounts,
    /// a vendor's shared login), each with the reason: reports list them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub break_glass: Vec<BreakGlass>,
}

/// An account the probe's user checks leave out, and why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BreakGlass {
    /// The account's email address, as Zendesk lists it.
    pub account: String,
    /// Why it is left out ("emergency administrator, sealed credentials").
    pub reason: String,
}

/// A field of [`Metadata`], to say which one a refusal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetadataField {
    /// The organization assessed.
    Organization,
    /// The vendor instance.
    Instance,
    /// Who answered.
    Assessor,
}

/// Why details were refused: the field hides this character (a
/// bidirectional control, a zero-width joiner) that changes how it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MetadataRefusal {
    /// The field.
    pub field: MetadataField,
    /// The character.
    pub hidden: char,
}

impl Metadata {
    /// The one rule for an assessment's details, at creation (`new`, the
    /// start screen) and after (`set`, the details form): each field
    /// given replaces the current one, trimmed, the instance in its plain
    /// form ([`normalize_instance`]); a field hiding a character once
    /// trimmed is refused and nothing changes. Trimmed first, as owners,
    /// acceptances and evidence are: what a front end trims or not then
    /// makes no difference.
    pub fn with(
        &self,
        organization: Option<&str>,
        instance: Option<&str>,
        assessor: Option<&str>,
    ) -> Result<Metadata, MetadataRefusal> {
        let [organization, instance, assessor] =
            [organization, instance, assessor].map(|t| t.map(str::trim));
        for (field, text) in [
            (MetadataField::Organization, organization),
            (MetadataField::Instance, instance),
            (MetadataField::Assessor, assessor),
        ] {
            if let Some(hidden) = text.and_then(crate::sanitize::hidden_char) {
                return Err(MetadataRefusal { field, hidden });
            }
        }
        Ok(Metadata {
            organization: organization.map_or_else(|| self.organization.clone(), str::to_string),
            instance: instance.map_or_else(|| self.instance.clone(), normalize_instance),
            assessor: assessor.map_or_else(|| self.assessor.clone(), str::to_string),
            break_glass: self.break_glass.clone(),
        })
    }
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

/// Why `assessment` cannot be opened with `questionnaire` (it answers
/// another one), with what works instead; `None` when they belong
/// together. The one place that decides it, for the commands and the
/// interface. `command` is the command that would work, given the
/// questionnaire option to use: `None` to drop it (the assessment's
/// questionnaire is the built-in one), `Some("FILE")` otherwise.
pub fn questionnaire_mismatch(
    assessment: &Assessment,
    questionnaire: &Questionnaire,
    command: impl Fn(Option<&str>) -> String,
) -> Option<Mismatch> {
    let recorded = &assessment.questionnaire;
    if recorded.id == questionnaire.id {
        return None;
    }
    // The built-in questionnaire's id from its first lines: parsing the
    // whole file again only to compare one string cost a start its time.
    let builtin = crate::questionnaire::builtin_id_and_version().0 == recorded.id;
    let command = if builtin {
        command(None)
    } else {
        command(Some("FILE"))
    };
    Some(Mismatch {
        recorded: (recorded.id.clone(), recorded.version.clone()),
        in_use: (
            questionnaire.id.to_string(),
            questionnaire.version.to_string(),
        ),
        builtin,
        command,
    })
}

/// An assessment opened with a questionnaire it does not answer
/// (`messages::questionnaire_mismatch` words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The id and version of the questionnaire the assessment answers.
    pub recorded: (String, String),
    /// The id and version of the questionnaire in use.
    pub in_use: (String, String),
    /// Whether the assessment answers the built-in questionnaire.
    pub builtin: bool,
    /// The command that works.
    pub command: String,
}

#[cfg(test)]
mod instance_tests {
    use super::normalize_instance;

    #[test]
    fn an_instance_is_what_the_user_means() {
        for typed in [
            "acme",
            "ACME",
            "acme.zendesk.com",
            "https://acme.zendesk.com/",
            "https://acme.zendesk.com/admin/home",
            " http://Acme.Zendesk.com. ",
        ] {
            assert_eq!(normalize_instance(typed), "acme", "{typed}");
        }
        assert_eq!(
            normalize_instance("support.example.com"),
            "support.example.com"
        );
        assert_eq!(normalize_instance(""), "");
        // Idempotent, whatever is typed.
        for typed in ["0\r#", " a. /x", "https:// b .zendesk.com", "c.\t?q"] {
            let once = normalize_instance(typed);
            assert_eq!(normalize_instance(&once), once, "{typed:?}");
        }
    }
}

#[cfg(test)]
mod answer_tests {
    use super::*;

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
