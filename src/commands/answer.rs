//! `srm-assess answer NAME|PATH QUESTION_ID ANSWER`: sets one answer.

use super::{Context, open_question, print};
use crate::assessment::Answer;
use crate::error::Failure;
use crate::questionnaire::Questionnaire;
use crate::score::{self, format_percent};

/// One answer to record.
#[derive(Debug, Clone)]
pub struct Request {
    /// The question's id.
    pub question: String,
    /// The answer; `None` returns the question to unanswered.
    pub answer: Option<Answer>,
    /// Take the answer the probe suggests instead.
    pub from_probe: bool,
    /// New notes, replacing the old ones.
    pub notes: Option<String>,
    /// Why the question does not apply.
    pub justification: Option<String>,
    /// Who closes the gap (empty clears it).
    pub owner: Option<String>,
    /// When the gap is due (`Some(None)` clears it).
    pub due: Option<Option<jiff::civil::Date>>,
    /// Flag (`true`) or unflag (`false`) the question.
    pub flag: Option<bool>,
}

/// Records the answer and saves it, merged with any other process's work.
pub fn run(target: &str, mut request: Request, ctx: &Context) -> Result<(), Failure> {
    let (questionnaire, mut doc, at) = open_question(target, &request.question, ctx)?;
    let question = &questionnaire.questions[at];
    let mut entry = doc.entry(&question.id).cloned().unwrap_or_default();
    let refused = |r| Failure::new(crate::messages::answer_refused(ctx.lang, &question.id, &r));
    if request.from_probe {
        use crate::assessment::observations::TakeRefusal;
        let seen = doc.assessment().observations(&question.id);
        let taken = entry
            .take_suggestion(
                question,
                seen,
                request.justification.as_deref(),
                |seen: &[_]| crate::messages::probe_justification(ctx.lang, seen),
                ctx.now(),
            )
            .map_err(|r| match r {
                TakeRefusal::NoSuggestion => {
                    Failure::new(crate::messages::probe_no_suggestion(ctx.lang, &question.id))
                }
                TakeRefusal::Answer(r) => refused(r),
            })?;
        request.answer = Some(taken);
    }
    if let Some(owner) = request.owner {
        entry
            .set_owner(&owner)
            .map_err(|r| Failure::new(crate::messages::owner_refused(ctx.lang, r)))?;
    }
    if let Some(due) = request.due {
        entry.due = due;
    }
    if let Some(flag) = request.flag {
        entry.flagged = flag;
    }
    if let Some(notes) = request.notes {
        entry.set_notes(&notes);
    }
    match request.answer {
        // Taken from the probe above, through the same rule.
        Some(_) if request.from_probe => {}
        Some(answer) => entry
            .record_answer(
                question,
                answer,
                request.justification.as_deref(),
                ctx.now(),
            )
            .map_err(refused)?,
        None => {
            if let Some(justification) = &request.justification {
                entry.justification = justification.trim().to_string();
            }
            entry.clear_answer();
        }
    }
    let (_, suspicious) = doc.edit(&question.id, |e| *e = entry);
    super::warn_suspicious(&question.id, &suspicious, ctx.lang);
    super::save(&mut doc, ctx.lang)?;
    let tally = score::breakdown(&questionnaire, doc.assessment()).overall;
    print(&format!(
        "{}\n",
        crate::messages::answered(
            ctx.lang,
            &question.id,
            request.answer.map_or("unanswered", Answer::as_str),
            doc.path(),
            tally.answered,
            tally.total,
            &format_percent(tally.percent()),
        )
    ))
}

/// An error for an unknown question id, suggesting the ids that look alike.
pub(super) fn unknown_question(
    questionnaire: &Questionnaire,
    id: &str,
    lang: crate::lang::Lang,
) -> Failure {
    let needle = id.trim().to_lowercase();
    let ids = questionnaire.questions.iter().map(|q| &*q.id);
    let similar: Vec<&str> = ids
        .clone()
        .filter(|known| {
            strsim::damerau_levenshtein(&needle, known) <= 2
                || (needle.len() >= 3 && known.split(['.', '-']).any(|part| part == needle))
        })
        .collect();
    let all: Vec<&str> = ids.collect();
    let name = format!("{} {}", questionnaire.id, questionnaire.version);
    Failure::new(crate::messages::unknown_question(
        lang, id, &name, &similar, &all,
    ))
}
