//! `srm-assess settle NAME|PATH QUESTION_ID --ours|--theirs`: settles the
//! merge conflict a git merge left on a question, as `K` and `O` do in the
//! interface, for scripts and `ask` users.

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use super::{Context, open_assessment, print};
use crate::error::Failure;
use crate::messages;

/// Settle a question's git merge conflict: keep this branch's values
/// (--ours) or take the other branch's (--theirs)
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("side").required(true).args(["ours", "theirs"])))]
pub struct SettleArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
    /// The question in conflict
    #[arg(value_name = "QUESTION_ID")]
    pub question: String,
    /// Keep this branch's values
    #[arg(long)]
    pub ours: bool,
    /// Take the other branch's values
    #[arg(long)]
    pub theirs: bool,
}

/// Keeps this branch's values (`theirs` false) or takes the other
/// branch's, and saves, saying which fields a concurrent change had set
/// that this save replaced.
pub fn run(args: SettleArgs, ctx: &Context) -> Result<(), Failure> {
    let (target, id, theirs) = (args.target.as_str(), args.question.as_str(), args.theirs);
    let (questionnaire, mut doc) = open_assessment(target, ctx)?;
    // A conflict on a question the questionnaire retired is settled too.
    let in_conflict = doc.assessment().conflicts.contains_key(id);
    if questionnaire.position(id).is_none() && !in_conflict {
        return Err(super::answer::unknown_question(
            &questionnaire,
            id,
            ctx.lang,
        ));
    }
    let Some(entry) = doc.settle_conflict(id, theirs) else {
        return Err(Failure::new(messages::settle_nothing(ctx.lang, id)));
    };
    doc.set_entry(id, entry);
    super::save(&mut doc, ctx.lang)?;
    let left = doc.assessment().conflicts.len();
    print(&format!(
        "{}\n",
        messages::settled(ctx.lang, id, theirs, left, doc.path())
    ))
}
