//! `srm-assess answer NAME|PATH QUESTION_ID ANSWER`: sets one answer.

use std::path::Path;

use super::{open_assessment, print};
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
pub fn run(
    target: &str,
    request: Request,
    questionnaire_path: Option<&Path>,
    data_dir: Option<&Path>,
) -> Result<(), Failure> {
    let (questionnaire, mut doc) = open_assessment(target, questionnaire_path, data_dir)?;
    let question = questionnaire
        .question(&request.question)
        .ok_or_else(|| unknown_question(&questionnaire, &request.question))?;
    let mut entry = doc.entry(&question.id).cloned().unwrap_or_default();
    let was_na = entry.answer == Some(Answer::Na);
    if request.answer == Some(Answer::Na) && request.justification.is_none() && !was_na {
        // An old justification from an earlier `na` is not reused unseen.
        let old = if entry.justification.trim().is_empty() {
            String::new()
        } else {
            format!(" (the last one was {:?})", entry.justification)
        };
        return Err(Failure::new(format!(
            "{}: `na` (not applicable) needs a justification{old}: \
             add --justification \"why it does not apply\"; nothing was saved",
            question.id
        )));
    }
    if let Some(justification) = request.justification {
        entry.justification = justification;
    }
    if request.answer == Some(Answer::Na) && entry.justification.trim().is_empty() {
        return Err(Failure::new(format!(
            "{}: `na` (not applicable) needs a justification: \
             add --justification \"why it does not apply\"; nothing was saved",
            question.id
        )));
    }
    if let Some(owner) = request.owner {
        entry.owner = owner.trim().to_string();
    }
    if let Some(due) = request.due {
        entry.due = due;
    }
    if let Some(flag) = request.flag {
        entry.flagged = flag;
    }
    if let Some(notes) = request.notes {
        entry.notes = notes;
    }
    for (what, text) in [
        ("notes", &entry.notes),
        ("justification", &entry.justification),
    ] {
        if let Some(warning) = crate::secrets::warning(what, text) {
            eprintln!(
                "{}",
                crate::sanitize::clean(&format!("srm-assess: warning: {}: {warning}", question.id))
            );
        }
    }
    match request.answer {
        Some(answer) => entry.record_answer(question, answer),
        None => entry.clear_answer(),
    }
    doc.set_entry(&question.id, entry);
    let report = doc.save()?;
    for id in &report.overwritten {
        eprintln!(
            "{}",
            crate::sanitize::clean(&format!(
                "srm-assess: note: {id} had been changed by another srm-assess process since this \
                 one read it; this answer replaced it"
            ))
        );
    }
    let tally = score::breakdown(&questionnaire, doc.assessment()).overall;
    print(&format!(
        "{} = {} · saved to {} · {}/{} answered · score {}\n",
        question.id,
        request.answer.map_or("unanswered", Answer::as_str),
        doc.path().display(),
        tally.answered,
        tally.total,
        format_percent(tally.percent())
    ))
}

/// An error for an unknown question id, suggesting the ids that look alike.
fn unknown_question(questionnaire: &Questionnaire, id: &str) -> Failure {
    let needle = id.trim().to_lowercase();
    let ids = questionnaire.questions.iter().map(|q| q.id.as_str());
    let similar: Vec<&str> = ids
        .clone()
        .filter(|known| {
            strsim::damerau_levenshtein(&needle, known) <= 2
                || (needle.len() >= 3 && known.split(['.', '-']).any(|part| part == needle))
        })
        .collect();
    let hint = if similar.is_empty() {
        format!("known ids: {}", ids.collect::<Vec<_>>().join(", "))
    } else {
        format!("did you mean: {}", similar.join(", "))
    };
    Failure::new(format!(
        "{id:?} is not a question of {} {}; nothing was saved.\n{hint}",
        questionnaire.id, questionnaire.version
    ))
}
