//! What each criterion finds in each question of an assessment.

use std::path::Path;

use jiff::civil::Date;

use super::{Criterion, Finding};
use crate::assessment::decisions::{Standing, standing, status};
use crate::assessment::{Answer, Assessment, Entry};
use crate::lang::Lang;
use crate::messages::{Finding as Words, finding as word};
use crate::questionnaire::{Question, Questionnaire, Severity};

/// Everything `criteria` find in the assessment at `path` as of `as_of`,
/// in the questionnaire's order, then conflicts on questions it no longer
/// has. A gap of a severity asked for that is accepted as a risk is
/// included, marked with its acceptance (it does not fail).
pub fn findings(
    path: &Path,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    criteria: &[Criterion],
    as_of: Date,
    lang: Lang,
) -> Vec<Finding> {
    // Evidence files are read (and hashed) only when asked about.
    let files = criteria
        .contains(&Criterion::Changed)
        .then(|| crate::store::evidence::digests(path, assessment));
    let empty = Entry::default();
    let mut found = Vec::new();
    for question in questionnaire.questions.iter() {
        let entry = assessment.answers.get(&*question.id).unwrap_or(&empty);
        let s = standing(question, entry, as_of, files.as_ref());
        let one = One {
            question,
            entry,
            s: &s,
            assessment,
            lang,
        };
        for &c in criteria {
            for (text, detail) in one.find(c) {
                found.push(one.finding(c, text, detail, None));
            }
            if one.accepted_gap(c) {
                let accepted = entry.acceptance.clone();
                found.push(one.finding(c, one.gap_words(), String::new(), accepted));
            }
        }
    }
    // A conflict on a question the questionnaire no longer has (retired
    // since the branches parted) still needs settling.
    if criteria.contains(&Criterion::Conflict) {
        for (id, conflict) in &assessment.conflicts {
            if questionnaire.position(id).is_none() {
                let fields = crate::messages::conflict_fields(lang, &conflict.fields);
                found.push(Finding {
                    id: id.clone(),
                    reference: None,
                    criterion: Criterion::Conflict,
                    text: word(lang, Words::Conflict(&fields)),
                    detail: String::new(),
                    answer: None,
                    accepted: None,
                    new: None,
                });
            }
        }
    }
    found
}

/// Every failing match of `criteria` in the assessment at `path`, one
/// line each (`ID (REF): what`), as of `as_of`: what `fleet --fail-on`
/// prints per instance.
pub fn lines(
    path: &Path,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    criteria: &[Criterion],
    as_of: Date,
    lang: Lang,
) -> Vec<String> {
    findings(path, questionnaire, assessment, criteria, as_of, lang)
        .iter()
        .filter(|f| f.reported(criteria))
        .map(|f| f.line(None, lang))
        .collect()
}

/// One question, where it stands, and what is needed to word findings.
struct One<'a> {
    question: &'a Question,
    entry: &'a Entry,
    s: &'a Standing,
    assessment: &'a Assessment,
    lang: Lang,
}

impl One<'_> {
    /// A finding of criterion `c` in this question.
    fn finding(
        &self,
        c: Criterion,
        text: String,
        detail: String,
        accepted: Option<crate::assessment::decisions::Acceptance>,
    ) -> Finding {
        Finding {
            id: self.question.id.to_string(),
            reference: Some(self.question.reference.to_string()),
            criterion: c,
            text,
            detail,
            answer: self.entry.answer,
            accepted,
            new: None,
        }
    }

    /// The severity criterion `c` names, if it is one.
    fn severity(c: Criterion) -> Option<Severity> {
        match c {
            Criterion::High => Some(Severity::High),
            Criterion::Medium => Some(Severity::Medium),
            Criterion::Low => Some(Severity::Low),
            _ => None,
        }
    }

    /// Whether `c` is this question's severity and its gap is accepted as
    /// a risk, the acceptance in force.
    fn accepted_gap(&self, c: Criterion) -> bool {
        Self::severity(c) == Some(self.question.severity)
            && self.s.accepted
            && self.entry.acceptance.is_some()
    }

    /// The words of this question's gap.
    fn gap_words(&self) -> String {
        let answer = self.entry.answer.map_or("", |a| a.as_str());
        word(
            self.lang,
            Words::OpenGap(self.question.severity.as_str(), answer),
        )
    }

    /// What criterion `c` finds here: the words and the detail of each.
    fn find(&self, c: Criterion) -> Vec<(String, String)> {
        let (entry, s, l) = (self.entry, self.s, self.lang);
        let answer = entry.answer;
        let one = |w: Words| vec![(word(l, w), String::new())];
        match c {
            Criterion::High | Criterion::Medium | Criterion::Low => {
                let open = status(Some(entry), s).open_gap();
                if open && Self::severity(c) == Some(self.question.severity) {
                    return vec![(self.gap_words(), String::new())];
                }
                Vec::new()
            }
            Criterion::Unknown if answer == Some(Answer::Unknown) && !s.accepted => {
                one(Words::Unknown)
            }
            Criterion::Unanswered if answer.is_none() => one(Words::Unanswered),
            Criterion::Expired => s.expired.map_or_else(Vec::new, |until| {
                vec![(word(l, Words::Expired(until)), until.to_string())]
            }),
            Criterion::Overdue => s.overdue.map_or_else(Vec::new, |due| {
                vec![(word(l, Words::Overdue(due)), due.to_string())]
            }),
            Criterion::Stale => entry
                .evidence
                .iter()
                .zip(&s.evidence)
                .filter(|(_, state)| state.stale)
                .map(|(e, _)| {
                    let w = word(l, Words::Stale(&e.reference, e.observed));
                    (w, e.reference.clone())
                })
                .collect(),
            Criterion::Changed => self.changed(),
            Criterion::Contradiction | Criterion::ToVerify | Criterion::SettingChanged => {
                self.probe(c)
            }
            Criterion::Conflict => match self.assessment.conflicts.get(&*self.question.id) {
                Some(conflict) => {
                    let fields = crate::messages::conflict_fields(l, &conflict.fields);
                    one(Words::Conflict(&fields))
                }
                None => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// `changed`: the question reworded since it was answered, and
    /// evidence files that no longer show what was recorded.
    fn changed(&self) -> Vec<(String, String)> {
        let l = self.lang;
        let mut found = Vec::new();
        if self.assessment.needs_review(self.question) {
            found.push((word(l, Words::Reworded), "reworded".to_string()));
        }
        for (e, state) in self.entry.evidence.iter().zip(&self.s.evidence) {
            if let Some(file) = state.file.filter(|_| state.changed()) {
                let w = word(l, Words::FileChanged(&e.reference, file));
                found.push((w, e.reference.clone()));
            }
        }
        found
    }

    /// What the probe's observations give for `contradiction` (what
    /// contradicts the answer), `to-verify` (inferences to check) or
    /// `setting-changed` (settings the audit log shows changed); the
    /// detail is the rule, and for changes what changed.
    fn probe(&self, c: Criterion) -> Vec<(String, String)> {
        let (id, l) = (&*self.question.id, self.lang);
        let answer = self.entry.answer.map_or("", |a| a.as_str());
        let seen = self.assessment.observations(id).iter();
        let said = |o: &crate::assessment::Observation| crate::messages::observation_text(l, o);
        let rule = |o: &crate::assessment::Observation| o.rule.as_str().to_string();
        match c {
            Criterion::Contradiction => self
                .assessment
                .contradicting(id)
                .into_iter()
                .map(|o| (word(l, Words::Contradiction(answer, &said(o))), rule(o)))
                .collect(),
            Criterion::ToVerify => seen
                .filter(|o| o.to_verify(self.entry.answer))
                .map(|o| (word(l, Words::ToVerify(answer, &said(o))), rule(o)))
                .collect(),
            Criterion::SettingChanged => seen
                .filter(|o| o.shows_setting_changes())
                .map(|o| {
                    let what = said(&o.for_report());
                    (word(l, Words::SettingChanged(&said(o))), what)
                })
                .collect(),
            _ => Vec::new(),
        }
    }
}
