//! git run as a tool, never through a shell: an assessment as it was at a
//! revision (`diff NAME --rev REV`; the blob read with `git show`, bounded
//! like every read, parsed like the file itself), whether a revision or a
//! work tree exists, the configuration `git-setup` sets, and git's own
//! line merge. The `.gitattributes` file is `gitattributes`.

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

/// The assessment at `path` as it was at revision `rev`, and the day of
/// that revision's commit (what `check --since` judges it as of); `None`
/// when the file did not exist at that revision.
pub fn at_revision(
    path: &Path,
    rev: &str,
) -> Result<Option<(Assessment, jiff::civil::Date)>, StoreError> {
    let fail = |why| StoreError::AtRevision {
        path: path.to_path_buf(),
        rev: rev.to_string(),
        why,
    };
    let text = match show(path, rev) {
        Ok(text) => text,
        Err(GitWhy::Refused(said))
            if said.contains("does not exist in") || said.contains("but not in") =>
        {
            return Ok(None);
        }
        Err(why) => return Err(fail(why)),
    };
    let assessment = file::parse(&text).map_err(|e| fail(GitWhy::Broken(e)))?;
    let day = commit_day(path, rev).map_err(fail)?;
    Ok(Some((assessment, day)))
}

/// The folder git runs in for the file at `path`: its own.
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// The day (committer's date) of the commit revision `rev` names.
fn commit_day(path: &Path, rev: &str) -> Result<jiff::civil::Date, GitWhy> {
    let dir = folder_of(path);
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["show", "-s", "--format=%cs", "--end-of-options", rev])
        .stdin(Stdio::null())
        .output()
        .map_err(not_started)?;
    if !out.status.success() {
        return Err(refusal(&String::from_utf8_lossy(&out.stderr)));
    }
    let said = String::from_utf8_lossy(&out.stdout);
    said.lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .ok_or_else(|| GitWhy::Refused(crate::sanitize::one_line(said.trim())))
}

/// The text of `path` at `rev`: `git -C DIR show --end-of-options
/// REV:./NAME`, so that the revision is never taken for an option and the
/// file is named relative to its own folder.
fn show(path: &Path, rev: &str) -> Result<String, GitWhy> {
    if rev.is_empty() || rev.starts_with('-') || rev.chars().any(char::is_control) {
        return Err(GitWhy::BadRevision);
    }
    let dir = folder_of(path);
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
        .map_err(not_started)?;
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
        return Err(refusal(&said));
    }
    String::from_utf8(bytes).map_err(|_| GitWhy::NotUtf8)
}

/// Why git could not be started: not installed, or the system's reason.
fn not_started(e: std::io::Error) -> GitWhy {
    match e.kind() {
        std::io::ErrorKind::NotFound => GitWhy::Missing,
        _ => GitWhy::Refused(e.to_string()),
    }
}

/// git's refusal in its own words: the first line it wrote on its error
/// output, on one line and without its final full stop (the messages
/// quoting it add their own).
fn refusal(said: &str) -> GitWhy {
    let first = said.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    GitWhy::Refused(crate::sanitize::one_line(
        first.trim().trim_end_matches('.'),
    ))
}

/// How an assessment at another version is named in a comparison:
/// `acme@v1.0` (at a git revision), `acme@./2026-q3/` (in a folder).
pub fn name_at(path: &Path, at: &str) -> String {
    format!(
        "{}@{}",
        super::display_name(path),
        crate::sanitize::one_line(at)
    )
}

/// Where `git config` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The repository's own configuration (`--local`).
    Local,
    /// The user's configuration (`--global`).
    Global,
}

/// Sets `key` to `value` in the git configuration of `scope`, running
/// git in `dir`.
pub fn set_config(dir: &Path, scope: Scope, key: &str, value: &str) -> Result<(), GitWhy> {
    let scope = match scope {
        Scope::Local => "--local",
        Scope::Global => "--global",
    };
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["config", scope, key, value])
        .stdin(Stdio::null())
        .output()
        .map_err(not_started)?;
    if out.status.success() {
        return Ok(());
    }
    Err(refusal(&String::from_utf8_lossy(&out.stderr)))
}

/// Whether `rev` names a commit in the repository `dir` is in (`git
/// rev-parse --verify`); never taken for an option.
pub fn revision_exists(dir: &Path, rev: &str) -> Result<bool, GitWhy> {
    if rev.is_empty() || rev.starts_with('-') || rev.chars().any(char::is_control) {
        return Ok(false);
    }
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["rev-parse", "--verify", "--quiet", "--end-of-options"])
        .arg(format!("{rev}^{{commit}}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(not_started)?;
    Ok(out.success())
}

/// Whether `dir` is inside a git work tree (`git rev-parse
/// --is-inside-work-tree`).
pub fn inside_work_tree(dir: &Path) -> Result<bool, GitWhy> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["rev-parse", "--is-inside-work-tree"])
        .stdin(Stdio::null())
        .output()
        .map_err(not_started)?;
    Ok(out.status.success() && out.stdout.starts_with(b"true"))
}

/// git's own line merge of three files (`git merge-file`), written into
/// `ours` with conflict markers where the lines clash: what git would have
/// done without a merge driver, for versions that are not readable
/// assessments. Returns how many conflicts were marked.
pub fn merge_lines(base: &Path, ours: &Path, theirs: &Path) -> Result<u32, GitWhy> {
    let out = Command::new("git")
        .args([
            "merge-file",
            "-L",
            "this branch",
            "-L",
            "ancestor",
            "-L",
            "other branch",
        ])
        .arg("--")
        .args([ours, base, theirs])
        .stdin(Stdio::null())
        .output()
        .map_err(not_started)?;
    match out.status.code() {
        Some(n) if (0..128).contains(&n) => Ok(n.unsigned_abs()),
        _ => Err(refusal(&String::from_utf8_lossy(&out.stderr))),
    }
}
