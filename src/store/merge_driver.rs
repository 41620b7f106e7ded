//! git's merge driver for one assessment file: reads the common ancestor,
//! this branch's and the other branch's versions (git's `%O %A %B`),
//! merges them per question and field, and writes the result over this
//! branch's file (`%A`), as git expects.

use std::path::Path;

use super::{StoreError, atomic, load_with_metadata};
use crate::assessment::file;
use crate::assessment::merge_file::{MergedFile, Unmergeable, merge_files};

/// Merges `theirs` into `ours` from `base` and writes the result to
/// `ours`. An empty `base` means the file was added on both branches.
/// `Ok(Err(_))`: the two cannot be merged, and `ours` is left as it was.
pub fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
) -> Result<Result<MergedFile, Unmergeable>, StoreError> {
    let empty = std::fs::metadata(base)
        .map(|m| m.is_file() && m.len() == 0)
        .unwrap_or(false);
    let base = if empty {
        None
    } else {
        Some(load_with_metadata(base)?.assessment)
    };
    let ours_file = load_with_metadata(ours)?;
    let theirs_file = load_with_metadata(theirs)?;
    let merged = match merge_files(
        base.as_ref(),
        &ours_file.assessment,
        &theirs_file.assessment,
    ) {
        Ok(merged) => merged,
        Err(why) => return Ok(Err(why)),
    };
    // Both were laid out in their questionnaire's order: this branch's,
    // then what only the other branch's has (a newer questionnaire).
    let mut order = ours_file.order;
    let known: std::collections::HashSet<String> = order.iter().cloned().collect();
    order.extend(
        theirs_file
            .order
            .into_iter()
            .filter(|id| !known.contains(id)),
    );
    let text =
        file::to_toml(&merged.assessment, &order).map_err(|source| StoreError::Serialize {
            path: ours.to_path_buf(),
            source,
        })?;
    atomic::write(ours, text.as_bytes(), atomic::Mode::Replace)
        .map_err(|e| StoreError::save(ours, e))?;
    Ok(Ok(merged))
}
