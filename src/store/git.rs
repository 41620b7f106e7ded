//! An assessment as it was at a git revision (`diff NAME --rev REV`): the
//! file's blob read with `git show`, never through a shell, bounded like
//! every read, and parsed like the file itself.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use super::{MAX_ASSESSMENT_BYTES, StoreError};
use crate::assessment::{Assessment, file};

/// Why the file could not be read at a revision.
#[derive(Debug)]
pub enum GitWhy {
    /// git is not installed (or not on `PATH`).
    Missing,
    /// The revision would be read as an option (it starts with `-`) or
    /// holds a character no revision has.
    BadRevision,
    /// git refused: its own first line (no such revision, not a
    /// repository, no such file at that revision).
    Refused(String),
    /// Larger at that revision than any real assessment.
    TooLarge(u64),
    /// Not UTF-8 text at that revision.
    NotUtf8,
    /// Not a valid assessment at that revision, and where.
    Broken(file::ParseError),
}

/// The assessment at `path` as it was at revision `rev` of the git
/// repository the file is in.
pub fn load_at(path: &Path, rev: &str) -> Result<Assessment, StoreError> {
    let fail = |why| StoreError::AtRevision {
        path: path.to_path_buf(),
        rev: rev.to_string(),
        why,
    };
    let text = show(path, rev).map_err(fail)?;
    file::parse(&text).map_err(|e| fail(GitWhy::Broken(e)))
}

/// The text of `path` at `rev`: `git -C DIR show --end-of-options
/// REV:./NAME`, so that the revision is never taken for an option and the
/// file is named relative to its own folder.
fn show(path: &Path, rev: &str) -> Result<String, GitWhy> {
    if rev.is_empty() || rev.starts_with('-') || rev.chars().any(char::is_control) {
        return Err(GitWhy::BadRevision);
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path.file_name().ok_or(GitWhy::BadRevision)?;
    let mut object = std::ffi::OsString::from(format!("{rev}:./"));
    object.push(name);
    let mut child = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["show", "--no-textconv", "--end-of-options"])
        .arg(&object)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => GitWhy::Missing,
            _ => GitWhy::Refused(e.to_string()),
        })?;
    let mut bytes = Vec::new();
    let read = child
        .stdout
        .take()
        .map(|out| out.take(MAX_ASSESSMENT_BYTES + 1).read_to_end(&mut bytes));
    // Too large: git is still writing the rest, so it is stopped before
    // its error output is waited for (which would never end).
    if bytes.len() as u64 > MAX_ASSESSMENT_BYTES {
        let _ = child.kill();
        let _ = child.wait();
        return Err(GitWhy::TooLarge(MAX_ASSESSMENT_BYTES));
    }
    let mut said = String::new();
    if let Some(err) = child.stderr.take() {
        let _ = err.take(64 * 1024).read_to_string(&mut said);
    }
    let status = child.wait().map_err(|e| GitWhy::Refused(e.to_string()))?;
    if !status.success() || !matches!(read, Some(Ok(_))) {
        let first = said.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let first = first.trim().trim_end_matches('.');
        return Err(GitWhy::Refused(crate::sanitize::one_line(first)));
    }
    String::from_utf8(bytes).map_err(|_| GitWhy::NotUtf8)
}
