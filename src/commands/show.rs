//! `srm-assess show NAME|PATH [--git]`: an assessment as one line per
//! question. With `--git` it is git's textconv (set up by `git-setup`):
//! the argument is the path git gives, and a file that is not a readable
//! assessment is printed as it is, so that `git diff` never fails on it.

use std::path::Path;

use super::{Context, print};
use crate::error::Failure;
use crate::report::textconv;
use crate::store;

/// Prints the assessment `target` one line per question.
pub fn run(target: &str, git: bool, ctx: &Context) -> Result<(), Failure> {
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
