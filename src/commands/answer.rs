//! `srm-assess answer NAME|PATH QUESTION_ID ANSWER`: sets one answer.

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use super::values::{AnswerChoice, DueChoice, parse_answer, parse_due};
use super::{Context, open_question, print};
use crate::assessment::Answer;
use crate::error::Failure;
use crate::questionnaire::Questionnaire;
use crate::score::{self, format_percent};

/// Set one answer without the interactive interface
#[derive(Debug, Args)]
pub struct AnswerArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
    /// The question's id, e.g. access.two-factor
    #[arg(value_name = "QUESTION_ID")]
    pub question: String,
    /// The answer, required (unless --from-probe): yes, partial, no,
    /// unknown or na (or y, p, n, u, x, in any case); unanswered clears it.
    /// To change only notes, owner, due date or flag, give the current
    /// answer again
    #[arg(value_name = "ANSWER", value_parser = parse_answer, required_unless_present = "from_probe")]
    pub answer: Option<AnswerChoice>,
    /// Take the answer the probe's observations suggest (see `probe`)
    #[arg(long, conflicts_with = "answer")]
    pub from_probe: bool,
    /// Notes (evidence, context); replace the existing notes
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
    /// Why the question does not apply (required with na)
    #[arg(long, value_name = "TEXT")]
    pub justification: Option<String>,
    /// Who closes the gap ("" clears it)
    #[arg(long, value_name = "WHO")]
    pub owner: Option<String>,
    /// When the gap is due, as YYYY-MM-DD ("" clears it)
    #[arg(long, value_name = "DATE", value_parser = parse_due)]
    pub due: Option<DueChoice>,
    /// Flag the question for review
    #[arg(long, conflicts_with = "unflag")]
    pub flag: bool,
    /// Remove the review flag
    #[arg(long)]
    pub unflag: bool,
}

/// Records the answer and saves it, merged with any other process's work.
pub fn run(request: AnswerArgs, ctx: &Context) -> Result<(), Failure> {
    let (questionnaire, mut doc, at) = open_question(&request.target, &request.question, ctx)?;
    // `unanswered` (or none, with --from-probe) is no answer.
    let mut answer = request.answer.and_then(|a| a.0);
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
        answer = Some(taken);
    }
    if let Some(owner) = request.owner {
        entry
            .set_owner(&owner)
            .map_err(|r| Failure::new(crate::messages::owner_refused(ctx.lang, r)))?;
    }
    if let Some(due) = request.due {
        entry.due = due.0;
    }
    if request.flag || request.unflag {
        entry.flagged = request.flag;
    }
    if let Some(notes) = request.notes {
        entry.set_notes(&notes);
    }
    match answer {
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
            answer.map_or("unanswered", Answer::as_str),
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
