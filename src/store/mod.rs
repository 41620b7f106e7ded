//! Where assessments live and how they are read and saved.
//!
//! Each assessment is `assessments/NAME.toml` in the data folder (or any
//! path the user gives). Saving takes a lock, merges with what other
//! processes saved meanwhile, and writes atomically ([`Document::save`]).

pub mod atomic;
mod document;
pub mod listing;
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
            .ok_or_else(|| Failure::new(crate::messages::no_home_folder()))
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
                return Err(Failure::new(crate::messages::cannot_list(&dir, e)));
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
        return Err(crate::messages::name_empty());
    }
    if name.chars().count() > 100 {
        return Err(crate::messages::name_too_many_chars());
    }
    if !atomic::name_fits(name.len() + ".toml".len()) {
        return Err(crate::messages::name_too_many_bytes());
    }
    if name.starts_with('.') {
        return Err(crate::messages::name_leading_dot());
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(crate::messages::name_bad_char(c));
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
        return Err(Failure::new(crate::messages::neither_name_nor_path(arg)));
    }
    check_name(arg).map_err(|why| Failure::new(crate::messages::invalid_name(arg, &why)))?;
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
        Failure::new(crate::messages::assessment_not_utf8(
            path,
            &backup_hint(path),
        ))
    })?;
    let assessment = file::parse(&text).map_err(|e| {
        Failure::new(crate::messages::assessment_broken(
            path,
            e,
            &backup_hint(path),
        ))
    })?;
    Ok((assessment, metadata))
}

fn read_error(path: &Path, e: &io::Error) -> Failure {
    if e.kind() == io::ErrorKind::NotFound {
        Failure::new(crate::messages::no_such_assessment(path))
    } else {
        Failure::new(crate::messages::cannot_read(path, e))
    }
}

fn backup_hint(path: &Path) -> String {
    let backup = atomic::backup_path(path);
    if backup.is_file() {
        crate::messages::backup_is_in(&backup)
    } else {
        String::new()
    }
}

/// Describes an I/O failure while saving, with what to do.
pub(crate) fn save_error(path: &Path, e: &io::Error) -> Failure {
    use crate::messages::SaveHint;
    if atomic::is_read_only(e) {
        return Failure::new(crate::messages::read_only(path));
    }
    let hint = match e.kind() {
        io::ErrorKind::IsADirectory => SaveHint::Folder,
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            SaveHint::NotWritable
        }
        io::ErrorKind::StorageFull => SaveHint::DiskFull,
        io::ErrorKind::NotFound => SaveHint::NoFolder,
        _ => SaveHint::Unchanged,
    };
    Failure::new(crate::messages::cannot_save(path, e, hint))
}
