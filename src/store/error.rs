//! What can go wrong reading, saving and naming assessments: one enum,
//! each variant worded for the user by the message catalogue (the file,
//! what happened and what to do), in the language of the run.

use std::io;
use std::path::{Path, PathBuf};

use super::atomic;
use crate::assessment::file::ParseError;
use crate::messages as m;

/// A failure of the assessment store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No home folder to put the data folder in.
    #[error("{}", m::no_home_folder())]
    NoHomeFolder,
    /// The folder of assessments cannot be listed.
    #[error("{}", m::cannot_list(dir, source))]
    CannotList {
        /// The folder.
        dir: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// An argument that is neither a plain name nor a `.toml` path.
    #[error("{}", m::neither_name_nor_path(arg))]
    NeitherNameNorPath {
        /// The argument as given.
        arg: String,
    },
    /// A plain name that is refused.
    #[error("{}", m::invalid_name(arg, &why.to_string()))]
    BadName {
        /// The name as given.
        arg: String,
        /// Why it is refused.
        why: NameError,
    },
    /// The assessment file does not exist.
    #[error("{}", m::no_such_assessment(path))]
    NotFound {
        /// The file.
        path: PathBuf,
    },
    /// The assessment file cannot be read.
    #[error("{}", m::cannot_read(path, source))]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{}", m::assessment_not_utf8(path, &backup_hint(path)))]
    NotUtf8 {
        /// The file.
        path: PathBuf,
    },
    /// The file is not a valid assessment (left untouched).
    #[error("{}", m::assessment_broken(path, error, &backup_hint(path)))]
    Broken {
        /// The file.
        path: PathBuf,
        /// Where and why.
        error: ParseError,
    },
    /// `new` on a file that exists.
    #[error("{}", m::already_exists(path))]
    AlreadyExists {
        /// The file.
        path: PathBuf,
    },
    /// Writing failed; nothing on disk changed.
    #[error("{}", save_message(path, source))]
    Save {
        /// The file (or folder) being written.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// A file given as evidence does not exist.
    #[error("{}", m::evidence_missing(path))]
    EvidenceMissing {
        /// The path as given.
        path: PathBuf,
    },
    /// A file given as evidence is a folder, a FIFO, a device.
    #[error("{}", m::evidence_not_regular(path))]
    EvidenceNotRegular {
        /// The path as given.
        path: PathBuf,
    },
    /// A file given as evidence is larger than the store hashes.
    #[error("{}", m::evidence_too_large(path, *limit))]
    EvidenceTooLarge {
        /// The path as given.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// An assessment file that is not a regular file (a FIFO, a device, a
    /// folder): never read, never written.
    #[error("{}", m::assessment_not_regular(path))]
    NotRegular {
        /// The file.
        path: PathBuf,
    },
    /// An assessment file larger than any real assessment.
    #[error("{}", m::assessment_too_large(path, *limit))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The assessment could not be turned into TOML.
    #[error("{}", m::cannot_serialize(path, source))]
    Serialize {
        /// The file.
        path: PathBuf,
        /// Why.
        source: toml::ser::Error,
    },
}

impl StoreError {
    /// A failed read of `path`: missing, or unreadable.
    pub(crate) fn read(path: &Path, source: io::Error) -> Self {
        let path = path.to_path_buf();
        if source.kind() == io::ErrorKind::NotFound {
            StoreError::NotFound { path }
        } else {
            StoreError::Read { path, source }
        }
    }

    /// A failed write of `path`.
    pub(crate) fn save(path: &Path, source: io::Error) -> Self {
        StoreError::Save {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Why a plain assessment name is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    /// Nothing typed.
    #[error("{}", m::name_empty())]
    Empty,
    /// Over 100 characters.
    #[error("{}", m::name_too_many_chars())]
    TooManyChars,
    /// Too long a file name for the file system.
    #[error("{}", m::name_too_many_bytes())]
    TooManyBytes,
    /// Starts with a dot (a hidden file).
    #[error("{}", m::name_leading_dot())]
    LeadingDot,
    /// A character other than letters, digits, `-`, `_` and `.`.
    #[error("{}", m::name_bad_char(*.0))]
    BadChar(char),
}

fn backup_hint(path: &Path) -> String {
    let backup = atomic::backup_path(path);
    if backup.is_file() {
        m::backup_is_in(&backup)
    } else {
        String::new()
    }
}

/// Describes an I/O failure while saving, with what to do.
fn save_message(path: &Path, e: &io::Error) -> String {
    use crate::messages::SaveHint;
    if atomic::refusal(e) == Some(atomic::Refusal::ReadOnly) {
        return m::read_only(path);
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
    m::cannot_save(path, e, hint)
}
