//! Recording an answer or an entry on the walk, and moving on.

use super::{Effect, Shared, advance};
use crate::assessment::{Answer, Entry};
use crate::tui::action::Action;
use crate::tui::walk::Walk;

/// Records what an action decides about the current question.
pub(super) fn record(w: &mut Walk, shell: &mut Shared, action: Action) -> Vec<Effect> {
    match action {
        Action::Answer(answer) => return answer_and_advance(w, shell, answer, None),
        Action::TakeSuggestion => {
            use crate::assessment::observations::TakeRefusal;
            let mut entry = w.current_entry();
            let seen = w.doc.assessment().observations(&w.question().id);
            let taken = entry.take_suggestion(
                w.question(),
                seen,
                None,
                |seen: &[_]| crate::messages::probe_justification(shell.lang, seen),
                shell.now,
            );
            return match taken {
                Ok(_) => commit_and_advance(w, shell, entry),
                Err(TakeRefusal::NoSuggestion) => {
                    shell.say(crate::messages::tui_no_suggestion(shell.lang));
                    Vec::new()
                }
                Err(TakeRefusal::Answer(r)) => {
                    shell.say(crate::messages::tui_answer_refused(shell.lang, &r));
                    Vec::new()
                }
            };
        }
        Action::SettleConflict { theirs } => {
            let id = w.question().id.clone();
            let Some(entry) = w.doc.settle_conflict(&id, theirs) else {
                shell.say(crate::messages::tui_no_conflict(shell.lang));
                return Vec::new();
            };
            // The save that follows says so; the pane loses the conflict.
            return set_entry(w, entry);
        }
        Action::ToggleFlag => {
            let mut entry = w.current_entry();
            entry.flagged = !entry.flagged;
            return set_entry(w, entry);
        }
        Action::OpenSetting => match w.questionnaire.admin_link(w.question(), w.instance()) {
            Some(url) => return vec![Effect::OpenUrl(url)],
            None => shell.say(w.ui().no_setting_link),
        },
        Action::NotOnOurPlan => {
            let Some(plans) = w.questionnaire.plans_needed(w.question(), w.lang) else {
                shell.say(w.ui().not_plan_dependent);
                return Vec::new();
            };
            let justification = crate::messages::tui_not_on_plan(shell.lang, &plans);
            return answer_and_advance(w, shell, Answer::Na, Some(justification));
        }
        Action::ClearAnswer => {
            let mut entry = w.current_entry();
            if entry.answer.is_none() {
                return Vec::new();
            }
            entry.clear_answer();
            return set_entry(w, entry);
        }
        _ => {}
    }
    Vec::new()
}

pub(super) fn set_entry(w: &mut Walk, entry: Entry) -> Vec<Effect> {
    // The one credential rule of every front end: each typed field that
    // newly looks like one is warned about, after the save.
    let id = w.question().id.to_string();
    let before = w.doc.entry(&id).cloned();
    let suspicious = crate::assessment::typed::newly_suspicious(before.as_ref(), &entry);
    w.set_entry(entry);
    let mut effects = vec![Effect::Save];
    effects.extend(
        suspicious
            .iter()
            .take(1)
            .map(|s| Effect::Warn(crate::messages::suspicious_warning(w.lang, &id, s))),
    );
    effects
}

/// Records the answer through the domain's rule and moves on; a refusal
/// is said in the status line and nothing changes.
pub(super) fn answer_and_advance(
    w: &mut Walk,
    shell: &mut Shared,
    answer: Answer,
    justification: Option<String>,
) -> Vec<Effect> {
    match try_answer(w, shell, answer, justification.as_deref()) {
        Ok(effects) => effects,
        Err(refusal) => {
            shell.say(crate::messages::tui_answer_refused(shell.lang, &refusal));
            Vec::new()
        }
    }
}

/// [`answer_and_advance`], returning the refusal to the caller (a form that
/// stays open to be corrected).
pub(super) fn try_answer(
    w: &mut Walk,
    shell: &mut Shared,
    answer: Answer,
    justification: Option<&str>,
) -> Result<Vec<Effect>, crate::assessment::AnswerRefusal> {
    let mut entry = w.current_entry();
    entry.record_answer(w.question(), answer, justification, shell.now)?;
    Ok(commit_and_advance(w, shell, entry))
}

/// Keeps the answered entry and moves to the next question.
pub(super) fn commit_and_advance(w: &mut Walk, shell: &mut Shared, entry: Entry) -> Vec<Effect> {
    let effects = set_entry(w, entry);
    w.intro = false;
    advance(w, shell);
    effects
}
