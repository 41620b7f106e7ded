//! `srm-assess show NAME|PATH [--git]`: an assessment as one line per
//! question. With `--git` it is git's textconv (set up by `git-setup`):
//! the argument is the path git gives, and a file that is not a readable
//! assessment is printed as it is, so that `git diff` never fails on it.

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use std::path::Path;

use super::{Context, print};
use crate::error::Failure;
use crate::report::textconv;
use crate::store;

/// An assessment as one line per question; --git makes it git's textconv
/// (set up by git-setup), so that git diff reads as answers
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The assessment: a name or a path (with --git: the path git gives)
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
    /// As git's textconv: the argument is a path, and a file that is not a
    /// readable assessment is printed as it is
    #[arg(long)]
    pub git: bool,
}

/// Prints the assessment `target` one line per question.
pub fn run(args: ShowArgs, ctx: &Context) -> Result<(), Failure> {
    let (target, git) = (args.target.as_str(), args.git);
    if git {
        return textconv(Path::new(target));
    }
    let path = store::resolve(target, &ctx.data()?)?;
    let (assessment, order) = store::load_with_order(&path)?;
    print(&textconv::render(&assessment, &order))
}

/// git's textconv of `path`: the lines, or the file itself when it is not
/// a readable assessment (a conflicted or hand-broken version).
fn textconv(path: &Path) -> Result<(), Failure> {
    match store::load_with_order(path) {
        Ok((assessment, order)) => print(&textconv::render(&assessment, &order)),
        Err(_) => {
            let bytes = store::regular::read(path, store::MAX_ASSESSMENT_BYTES)
                .map(|(bytes, _)| bytes)
                .unwrap_or_default();
            print(&String::from_utf8_lossy(&bytes))
        }
    }
}
