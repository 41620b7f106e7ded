//! `srm-assess settle NAME|PATH QUESTION_ID --ours|--theirs`: settles the
//! merge conflict a git merge left on a question, as `K` and `O` do in the
//! interface, for scripts and `ask` users.

use super::{Context, open_question, print};
use crate::error::Failure;
use crate::messages;

/// Keeps this branch's values (`theirs` false) or takes the other
/// branch's, and saves.
pub fn run(target: &str, id: &str, theirs: bool, ctx: &Context) -> Result<(), Failure> {
    let (_questionnaire, mut doc, _) = open_question(target, id, ctx)?;
    let Some(entry) = doc.settle_conflict(id, theirs) else {
        return Err(Failure::new(messages::settle_nothing(ctx.lang, id)));
    };
    doc.set_entry(id, entry);
    doc.save()?;
    let left = doc.assessment().conflicts.len();
    print(&format!(
        "{}\n",
        messages::settled(ctx.lang, id, theirs, left, doc.path())
    ))
}
