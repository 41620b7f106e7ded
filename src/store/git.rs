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

/// The first bytes of every file srm-assess writes as an assessment.
const ASSESSMENT_HEADER: &[u8] = b"# srm-assess assessment";

/// The assessment files under `dir` (found by their first line), as
/// paths relative to it with `/`, sorted; folders starting with `.`,
/// `target` and `node_modules` are skipped, and the walk is bounded.
pub fn find_assessments(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![(dir.to_path_buf(), 0)];
    let mut visited = 0;
    while let Some((folder, depth)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            visited += 1;
            if visited > 50_000 {
                break;
            }
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let path = entry.path();
            if kind.is_dir() {
                let skip = name.starts_with('.') || name == "target" || name == "node_modules";
                if !skip && depth < 8 {
                    stack.push((path, depth + 1));
                }
            } else if kind.is_file()
                && name.ends_with(".toml")
                && starts_as_assessment(&path)
                && let Ok(relative) = path.strip_prefix(dir)
            {
                let parts: Vec<_> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                found.push(parts.join("/"));
            }
        }
    }
    found.sort();
    found
}

fn starts_as_assessment(path: &Path) -> bool {
    let mut head = [0u8; ASSESSMENT_HEADER.len()];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| head == ASSESSMENT_HEADER)
}

/// The line of `.gitattributes` that gives `pattern` srm-assess's merge
/// driver and diff, written so that git reads exactly that pattern:
/// a `literal` file name (one `git-setup` found) has its glob characters
/// escaped; a leading `#`, `!` or `"` is escaped; spaces are
/// `[[:space:]]`; and a pattern holding a line break, tab, carriage
/// return or other control character is C-quoted, as git unquotes a
/// pattern that starts with `"`, so that it stays one line and one
/// pattern.
pub fn attributes_line(pattern: &str, literal: bool) -> String {
    let mut escaped = String::new();
    for c in pattern.chars() {
        match c {
            ' ' => escaped.push_str("[[:space:]]"),
            '\\' | '*' | '?' | '[' if literal => {
                escaped.push('\\');
                escaped.push(c);
            }
            '#' | '!' | '"' if escaped.is_empty() => {
                escaped.push('\\');
                escaped.push(c);
            }
            c => escaped.push(c),
        }
    }
    if escaped.chars().any(char::is_control) {
        escaped = c_quoted(&escaped);
    }
    format!("{escaped} merge=srm-assess diff=srm-assess")
}

/// `text` in git's C quoting: in double quotes, with `\\`, `\"`, the
/// usual letter escapes and three octal digits for every other control
/// byte.
fn c_quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let mut bytes = [0u8; 4];
                for b in c.encode_utf8(&mut bytes).bytes() {
                    out.push_str(&format!("\\{b:03o}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
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

/// Adds to the `.gitattributes` at `file` the `lines` it lacks (creating
/// it if missing); returns the lines added. A `.gitattributes` that is a
/// symbolic link is refused, never followed (a cloned repository could
/// point it at `~/.bashrc`); the file is replaced by name, keeping its
/// mode (a new one is `0644`, as git checks files out).
pub fn add_attributes(file: &Path, lines: &[String]) -> Result<Vec<String>, StoreError> {
    use super::regular::{ReadError, read_no_follow};
    let (text, mode) = match read_no_follow(file, 1024 * 1024) {
        Ok((bytes, meta)) => {
            let text = String::from_utf8(bytes).map_err(|_| StoreError::NotUtf8 {
                path: file.to_path_buf(),
                backup: None,
            })?;
            (text, Some(meta.permissions()))
        }
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => (String::new(), None),
        Err(ReadError::NotRegular) => {
            return Err(StoreError::NotRegular {
                path: file.to_path_buf(),
            });
        }
        Err(ReadError::TooLarge(limit)) => {
            return Err(StoreError::TooLarge {
                path: file.to_path_buf(),
                limit,
            });
        }
        Err(ReadError::Io(e)) => return Err(StoreError::read(file, e)),
    };
    let have: std::collections::HashSet<&str> = text.lines().map(str::trim).collect();
    let added: Vec<String> = lines
        .iter()
        .filter(|l| !have.contains(l.as_str()))
        .cloned()
        .collect();
    if added.is_empty() {
        return Ok(added);
    }
    let mut out = text.clone();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    if !text.contains(ATTRIBUTES_COMMENT) {
        out.push_str(ATTRIBUTES_COMMENT);
        out.push('\n');
    }
    for line in &added {
        out.push_str(line);
        out.push('\n');
    }
    replace_by_name(file, out.as_bytes(), mode).map_err(|e| StoreError::save(file, e))?;
    Ok(added)
}

/// Writes `bytes` to a temporary file beside `file` and renames it over
/// `file`'s name: a link that appeared there meanwhile is replaced, never
/// written through. `mode` is the old file's, else `0644`.
fn replace_by_name(
    file: &Path,
    bytes: &[u8],
    mode: Option<std::fs::Permissions>,
) -> std::io::Result<()> {
    use std::io::Write as _;
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".gitattributes.")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    match mode {
        Some(mode) => tmp.as_file().set_permissions(mode)?,
        #[cfg(unix)]
        None => {
            use std::os::unix::fs::PermissionsExt;
            tmp.as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o644))?;
        }
        #[cfg(not(unix))]
        None => {}
    }
    tmp.as_file().sync_all()?;
    tmp.persist(file).map_err(|e| e.error)?;
    Ok(())
}

/// The comment above the lines `git-setup` adds.
const ATTRIBUTES_COMMENT: &str =
    "# srm-assess assessments: merged per question, diffed as answers (srm-assess git-setup)";

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

#[cfg(test)]
mod tests {
    use super::attributes_line;

    #[test]
    fn every_pattern_stays_one_line_and_one_pattern() {
        let line = |p, literal| attributes_line(p, literal);
        assert_eq!(
            line("zendesk.toml", true),
            "zendesk.toml merge=srm-assess diff=srm-assess"
        );
        assert_eq!(
            line("my file.toml", true),
            "my[[:space:]]file.toml merge=srm-assess diff=srm-assess"
        );
        // A found name's glob characters are literal; a typed glob stays one.
        assert_eq!(
            line("a*[1].toml", true),
            "a\\*\\[1].toml merge=srm-assess diff=srm-assess"
        );
        assert_eq!(
            line("security/*.toml", false),
            "security/*.toml merge=srm-assess diff=srm-assess"
        );
        for (pattern, want) in [
            ("#x.toml", "\\#x.toml"),
            ("!neg.toml", "\\!neg.toml"),
            ("\"q.toml", "\\\"q.toml"),
            (
                "evil\ntouch${IFS}PWNED;#.toml",
                "\"evil\\ntouch${IFS}PWNED;#.toml\"",
            ),
            (
                "*.toml\tfilter=evil -diff",
                "\"*.toml\\tfilter=evil[[:space:]]-diff\"",
            ),
            ("x.toml\r", "\"x.toml\\r\""),
            ("a\u{1b}b.toml", "\"a\\033b.toml\""),
        ] {
            assert_eq!(
                line(pattern, false),
                format!("{want} merge=srm-assess diff=srm-assess")
            );
        }
    }
}
