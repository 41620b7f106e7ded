//! Where assessments live and how they are read and saved.
//!
//! Each assessment is `assessments/NAME.toml` in the data folder (or any
//! path the user gives). Saving takes a lock, merges with what other
//! processes saved meanwhile, and writes atomically ([`Document::save`]).

pub mod atomic;
pub mod create;
mod document;
mod error;
pub mod evidence;
pub mod git;
pub mod gitattributes;
pub mod listing;
mod lock;
pub mod merge_driver;
pub mod questionnaire_file;
pub mod regular;
pub mod skeleton;

use std::io;
use std::path::{Path, PathBuf};

pub use document::{Document, SaveReport};
pub use error::{NameError, StoreError};

use crate::assessment::{Assessment, file};

/// The folder holding srm-assess's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// `--data-dir` when given, else the platform's data folder (on Linux
    /// `$XDG_DATA_HOME/srm-assess`, else `~/.local/share/srm-assess`).
    pub fn resolve(explicit: Option<&Path>) -> Result<Self, StoreError> {
        if let Some(dir) = explicit {
            return Ok(DataDir {
                root: dir.to_path_buf(),
            });
        }
        directories::ProjectDirs::from("", "", "srm-assess")
            .map(|dirs| DataDir {
                root: dirs.data_dir().to_path_buf(),
            })
            .ok_or(StoreError::NoHomeFolder)
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
    pub fn list(&self) -> Result<Vec<PathBuf>, StoreError> {
        match toml_files_in(&self.assessments()) {
            Err(StoreError::CannotList { source, .. })
                if source.kind() == io::ErrorKind::NotFound =>
            {
                Ok(Vec::new())
            }
            listed => listed,
        }
    }
}

/// The `.toml` files of `dir` (not hidden ones, not folders), sorted: the
/// files `list --dir` shows, as a git checkout keeps them.
pub fn toml_files_in(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    {
        let entries = std::fs::read_dir(dir).map_err(|source| StoreError::CannotList {
            dir: dir.to_path_buf(),
            source,
        })?;
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
pub fn check_name(name: &str) -> Result<(), NameError> {
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if name.chars().count() > 100 {
        return Err(NameError::TooManyChars);
    }
    if !atomic::name_fits(name.len() + ".toml".len()) {
        return Err(NameError::TooManyBytes);
    }
    if name.starts_with('.') {
        return Err(NameError::LeadingDot);
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(NameError::BadChar(c));
    }
    Ok(())
}

/// A file of srm-assess's own, that nothing but a save may replace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnFile {
    /// The assessment itself (or a link to it).
    Assessment,
    /// Its backup.
    Backup,
    /// Its lock file.
    Lock,
    /// Anything in the data folder.
    DataFolder,
}

/// Whether writing to `output` would replace `assessment`, its backup or
/// lock, or anything in the data folder (links are followed, and a file
/// not created yet is judged by its folder).
pub fn own_file(output: &Path, assessment: &Path, data: Option<&DataDir>) -> Option<OwnFile> {
    let real = |path: &Path| -> Option<PathBuf> {
        if let Ok(real) = std::fs::canonicalize(path) {
            return Some(real);
        }
        let name = path.file_name()?;
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        Some(std::fs::canonicalize(folder).ok()?.join(name))
    };
    let out = real(output)?;
    let same = |other: &Path| real(other).is_some_and(|o| o == out);
    if same(assessment) {
        return Some(OwnFile::Assessment);
    }
    if same(&atomic::backup_path(assessment)) {
        return Some(OwnFile::Backup);
    }
    if same(&lock::lock_path(assessment)) {
        return Some(OwnFile::Lock);
    }
    let inside = data
        .and_then(|d| std::fs::canonicalize(d.root()).ok())
        .is_some_and(|root| out.starts_with(root));
    inside.then_some(OwnFile::DataFolder)
}

/// Resolves a `NAME|PATH` argument: a path ends in `.toml` and is used as
/// is; a name is a plain name in the data folder. Anything else (a path
/// separator without `.toml`, like `../evil` or `team/acme`) is refused, so
/// nothing is ever created outside the data folder by mistake.
pub fn resolve(arg: &str, data: &DataDir) -> Result<PathBuf, StoreError> {
    create::Place::of_arg(arg)?.path(data)
}

/// How a new name clashes with a saved assessment's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameClash {
    /// It differs only by case (one file on macOS and Windows).
    Case(String),
    /// It looks the same (Unicode's confusable skeletons match: a
    /// Cyrillic "а" for a Latin "a").
    LookAlike(String),
}

/// Another saved assessment whose name differs from `name` only by case,
/// or only looks different.
pub fn name_clash(name: &str, data: &DataDir) -> Result<Option<NameClash>, StoreError> {
    let shape = |n: &str| skeleton::skeleton(&n.to_lowercase());
    let mine = shape(name);
    for other in data.list()?.iter().map(|p| display_name(p)) {
        if other == name {
            continue;
        }
        if other.to_lowercase() == name.to_lowercase() {
            return Ok(Some(NameClash::Case(other)));
        }
        if shape(&other) == mine {
            return Ok(Some(NameClash::LookAlike(other)));
        }
    }
    Ok(None)
}

/// The name to show for an assessment file: its stem.
pub fn display_name(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// The largest assessment file read: far beyond any real one (a 50 MB
/// note still fits), short of what would exhaust memory.
pub const MAX_ASSESSMENT_BYTES: u64 = 512 * 1024 * 1024;

/// Reads and parses an assessment file; a broken file is reported with its
/// line and column and the backup to restore, and is left untouched.
pub fn load(path: &Path) -> Result<Assessment, StoreError> {
    load_with_metadata(path).map(|loaded| loaded.assessment)
}

/// [`load`], with the order of the file's question blocks.
pub fn load_with_order(path: &Path) -> Result<(Assessment, Vec<String>), StoreError> {
    load_with_metadata(path).map(|loaded| (loaded.assessment, loaded.order))
}

/// An assessment file as read: the assessment, the metadata of the very
/// file that was read (taken from the open handle, so it describes that
/// content even if another process replaces the file meanwhile), and the
/// order of its question blocks.
pub(crate) struct Loaded {
    pub assessment: Assessment,
    pub metadata: Option<std::fs::Metadata>,
    pub order: Vec<String>,
}

/// The line (from 1) of the first of git's conflict markers, when the
/// text holds a whole conflict: a line starting `<<<<<<< `, then one
/// starting `=======` and one starting `>>>>>>> `.
pub fn merge_marker_line(text: &str) -> Option<usize> {
    let mut lines = text.lines().enumerate();
    let (start, _) = lines.find(|(_, l)| l.starts_with("<<<<<<<"))?;
    lines.find(|(_, l)| l.starts_with("======="))?;
    lines.find(|(_, l)| l.starts_with(">>>>>>>"))?;
    Some(start + 1)
}

/// [`load`], with what else the read showed.
pub(crate) fn load_with_metadata(path: &Path) -> Result<Loaded, StoreError> {
    let (bytes, metadata) = match regular::read(path, MAX_ASSESSMENT_BYTES) {
        Ok((bytes, metadata)) => (bytes, Some(metadata)),
        Err(regular::ReadError::NotRegular) => {
            return Err(StoreError::NotRegular {
                path: path.to_path_buf(),
            });
        }
        Err(regular::ReadError::TooLarge(limit)) => {
            return Err(StoreError::TooLarge {
                path: path.to_path_buf(),
                limit,
            });
        }
        Err(regular::ReadError::Io(e)) => return Err(StoreError::read(path, e)),
    };
    let text = String::from_utf8(bytes).map_err(|_| StoreError::NotUtf8 {
        path: path.to_path_buf(),
        backup: StoreError::backup_of(path),
    })?;
    if let Some(line) = merge_marker_line(&text) {
        return Err(StoreError::MergeMarkers {
            path: path.to_path_buf(),
            line,
        });
    }
    let assessment = file::parse(&text).map_err(|error| StoreError::Broken {
        path: path.to_path_buf(),
        error,
        backup: StoreError::backup_of(path),
    })?;
    Ok(Loaded {
        assessment,
        metadata,
        order: file::block_order(&text),
    })
}
