//! Where assessments live and how they are read and saved.
//!
//! Each assessment is `assessments/NAME.toml` in the data folder (or any
//! path the user gives). Saving takes a lock, merges with what other
//! processes saved meanwhile, and writes atomically ([`Document::save`]).

pub mod atomic;
mod document;
mod lock;

use std::io;
use std::path::{Path, PathBuf};

pub use document::{Document, SaveReport};

use crate::assessment::{Assessment, file};
use crate::error::Failure;

/// The folder holding srm-assess's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// `--data-dir` when given, else the platform's data folder (on Linux
    /// `$XDG_DATA_HOME/srm-assess`, else `~/.local/share/srm-assess`).
    pub fn resolve(explicit: Option<&Path>) -> Result<Self, Failure> {
        if let Some(dir) = explicit {
            return Ok(DataDir {
                root: dir.to_path_buf(),
            });
        }
        directories::ProjectDirs::from("", "", "srm-assess")
            .map(|dirs| DataDir {
                root: dirs.data_dir().to_path_buf(),
            })
            .ok_or_else(|| {
                Failure::new(
                    "cannot find a home folder for saved assessments; \
                     set HOME or pass --data-dir DIR",
                )
            })
    }

    /// The data folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder of named assessments.
    pub fn assessments(&self) -> PathBuf {
        self.root.join("assessments")
    }

    /// Every named assessment file, sorted by name.
    pub fn list(&self) -> Result<Vec<PathBuf>, Failure> {
        let dir = self.assessments();
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => {
                return Err(Failure::new(format!(
                    "{}: cannot list the folder: {e}",
                    dir.display()
                )));
            }
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                name.ends_with(".toml") && !name.starts_with('.') && p.is_file()
            })
            .collect();
        files.sort();
        Ok(files)
    }
}

/// Checks a plain assessment name: letters, digits, `-`, `_` and `.`, not
/// starting with a dot, at most 100 characters.
pub fn check_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("the name is empty".into());
    }
    if name.chars().count() > 100 {
        return Err("the name is longer than 100 characters".into());
    }
    // Its longest file is the temporary `.NAME.toml.XXXXXXXX.tmp`, which
    // must fit the usual 255-byte limit on a file name.
    if name.len() + ".toml".len() + 14 > 255 {
        return Err("the name is too long for a file name (at most 236 bytes)".into());
    }
    if name.starts_with('.') {
        return Err("a name cannot start with '.'".into());
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(format!(
            "{c:?} is not allowed: use letters, digits, '-', '_' and '.'"
        ));
    }
    Ok(())
}

/// Resolves a `NAME|PATH` argument: a path ends in `.toml` and is used as
/// is; a name is a plain name in the data folder. Anything else (a path
/// separator without `.toml`, like `../evil` or `team/acme`) is refused, so
/// nothing is ever created outside the data folder by mistake.
pub fn resolve(arg: &str, data: &DataDir) -> Result<PathBuf, Failure> {
    if arg.ends_with(".toml") {
        return Ok(PathBuf::from(arg));
    }
    if arg.contains('/') || arg.contains(std::path::MAIN_SEPARATOR) {
        return Err(Failure::new(format!(
            "{arg:?} is neither an assessment name nor a path: a name has no path separator \
             (like acme-prod), and a path ends in .toml (like {arg}.toml)"
        )));
    }
    check_name(arg).map_err(|why| {
        Failure::new(format!(
            "{arg:?} is not a valid assessment name: {why}. A name uses letters, digits, \
             '-', '_' and '.' (like acme-prod-2026q4) and does not start with '.'; \
             or give a path ending in .toml"
        ))
    })?;
    Ok(data.assessments().join(format!("{arg}.toml")))
}

/// Another saved assessment whose name differs from `name` only by case
/// (the two would be one file on macOS and Windows).
pub fn case_clash(name: &str, data: &DataDir) -> Result<Option<String>, Failure> {
    Ok(data
        .list()?
        .iter()
        .map(|p| display_name(p))
        .find(|other| other != name && other.to_lowercase() == name.to_lowercase()))
}

/// The name to show for an assessment file: its stem.
pub fn display_name(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// Reads and parses an assessment file; a broken file is reported with its
/// line and column and the backup to restore, and is left untouched.
pub fn load(path: &Path) -> Result<Assessment, Failure> {
    load_with_metadata(path).map(|(assessment, _)| assessment)
}

/// [`load`], with the metadata of the very file that was read (taken from
/// the open handle, so it describes that content even if another process
/// replaces the file meanwhile).
pub(crate) fn load_with_metadata(
    path: &Path,
) -> Result<(Assessment, Option<std::fs::Metadata>), Failure> {
    let read = |path: &Path| -> io::Result<(Vec<u8>, Option<std::fs::Metadata>)> {
        use std::io::Read;
        let mut file = std::fs::File::open(path)?;
        let metadata = file.metadata().ok();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?;
        Ok((bytes, metadata))
    };
    let (bytes, metadata) = read(path).map_err(|e| read_error(path, &e))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Failure::new(format!(
            "{}: the file is not valid UTF-8 text; it was not changed.{}",
            path.display(),
            backup_hint(path)
        ))
    })?;
    let assessment = file::parse(&text).map_err(|e| {
        Failure::new(format!(
            "{}:{e}\nThe file was not changed. Fix it by hand, then try again.{}",
            path.display(),
            backup_hint(path)
        ))
    })?;
    Ok((assessment, metadata))
}

fn read_error(path: &Path, e: &io::Error) -> Failure {
    if e.kind() == io::ErrorKind::NotFound {
        Failure::new(format!(
            "{}: no such assessment; create it with `srm-assess new`, or see `srm-assess list`",
            path.display()
        ))
    } else {
        Failure::new(format!("{}: cannot read the file: {e}", path.display()))
    }
}

fn backup_hint(path: &Path) -> String {
    let backup = atomic::backup_path(path);
    if backup.is_file() {
        format!(" The previous version is in {}.", backup.display())
    } else {
        String::new()
    }
}

/// Describes an I/O failure while saving, with what to do.
pub(crate) fn save_error(path: &Path, e: &io::Error) -> Failure {
    if atomic::is_read_only(e) {
        return Failure::new(format!(
            "{}: cannot save: the file is read-only; nothing was changed. Make it writable \
             (chmod u+w) to save changes, or copy it to work on the copy",
            path.display()
        ));
    }
    let hint = match e.kind() {
        io::ErrorKind::IsADirectory => "give a file name, not a folder",
        io::ErrorKind::InvalidInput => "nothing was changed on disk",
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            "the folder is not writable: fix its permissions or use another --data-dir"
        }
        io::ErrorKind::StorageFull => "the disk is full: free some space and try again",
        io::ErrorKind::NotFound => "the folder does not exist",
        _ => "nothing was changed on disk",
    };
    Failure::new(format!("{}: cannot save: {e} ({hint})", path.display()))
}
