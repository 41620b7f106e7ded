//! The `.gitattributes` lines `git-setup` writes: the assessment files
//! found under a folder, each pattern quoted as git reads it, and the file
//! itself updated without ever following a link out of the repository.

use std::io::Read;
use std::path::Path;

use super::StoreError;

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
