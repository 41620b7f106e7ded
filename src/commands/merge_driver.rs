//! `srm-assess merge-driver %O %A %B %P`: git's three-way merge of one
//! assessment file. Exit 0 when the branches merged cleanly, 1 when a
//! person must settle a conflict (recorded in the file, which stays valid)
//! or the two cannot be merged (this branch's file left as it was).

use std::path::Path;

use super::Context;
use crate::assessment::merge_file::Unmergeable;
use crate::error::Failure;
use crate::messages;
use crate::store;
use clap::Args;

/// git's merge driver for assessment files (set up by git-setup): merges
/// per question and field; exit 0 clean, 1 when a conflict is recorded
// Its arguments are in the order git passes them (`%O %A %B %P`).
#[derive(Debug, Args)]
pub struct MergeDriverArgs {
    /// The common ancestor's version (git's %O; empty when both branches
    /// added the file)
    #[arg(value_name = "BASE")]
    pub base: std::path::PathBuf,
    /// This branch's version, replaced by the result (git's %A)
    #[arg(value_name = "OURS")]
    pub ours: std::path::PathBuf,
    /// The other branch's version (git's %B)
    #[arg(value_name = "THEIRS")]
    pub theirs: std::path::PathBuf,
    /// The file's path in the repository, for the messages (git's %P)
    #[arg(value_name = "PATH")]
    pub path: Option<String>,
}

/// Merges the three versions into `ours`.
pub fn run(args: MergeDriverArgs, ctx: &Context) -> Result<(), Failure> {
    merge(
        &args.base,
        &args.ours,
        &args.theirs,
        args.path.as_deref(),
        ctx,
    )
}

/// Merges `theirs` into `ours` (written in place) from `base`; `name` is
/// the file's path in the repository, for the messages.
fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    name: Option<&str>,
    ctx: &Context,
) -> Result<(), Failure> {
    let name =
        crate::sanitize::one_line(&name.map_or_else(|| ours.display().to_string(), str::to_string));
    let l = ctx.lang;
    let merged = match store::merge_driver::merge(base, ours, theirs) {
        Ok(merged) => merged,
        // A version that is not a readable assessment (broken by hand, or a
        // file the attributes named by mistake): git's own line merge, with
        // its conflict markers, rather than losing the other branch's text.
        Err(
            e @ (store::StoreError::Broken { .. }
            | store::StoreError::NotUtf8 { .. }
            | store::StoreError::MergeMarkers { .. }),
        ) => {
            let why = messages::store_error(l, &e);
            return match store::git::merge_lines(base, ours, theirs) {
                // No clash, but a broken side stays broken: exit 1 so that
                // git never commits an unreadable assessment as merged.
                Ok(0) => match store::load(ours) {
                    Ok(_) => Ok(()),
                    Err(result) => Err(Failure::new(messages::merge_by_lines_unreadable(
                        l,
                        &name,
                        &why,
                        &messages::store_error(l, &result),
                    ))),
                },
                Ok(n) => Err(Failure::new(messages::merge_by_lines(l, &name, &why, n))),
                Err(_) => Err(e.into()),
            };
        }
        Err(e) => return Err(e.into()),
    };
    match merged {
        Err(Unmergeable::Questionnaires(o, t)) => {
            Err(Failure::new(messages::merge_unmergeable(l, &name, &o, &t)))
        }
        Ok(merged) if merged.is_clean() => Ok(()),
        Ok(merged) => {
            let new: Vec<_> = merged.conflicts.iter().map(|(id, _)| id).collect();
            let older = merged
                .assessment
                .conflicts
                .keys()
                .filter(|id| !new.contains(id))
                .count();
            Err(Failure::new(messages::merge_conflicts(
                l,
                &name,
                &merged.conflicts,
                &merged.details,
                older,
            )))
        }
    }
}
