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
    #[error("{}", m::no_home_folder(crate::messages::current_lang()))]
    NoHomeFolder,
    /// The folder of assessments cannot be listed.
    #[error("{}", m::cannot_list(crate::messages::current_lang(), dir, source))]
    CannotList {
        /// The folder.
        dir: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// An argument that is neither a plain name nor a `.toml` path.
    #[error("{}", m::neither_name_nor_path(crate::messages::current_lang(), arg))]
    NeitherNameNorPath {
        /// The argument as given.
        arg: String,
    },
    /// A plain name that is refused.
    #[error("{}", m::invalid_name(crate::messages::current_lang(), arg, &why.to_string()))]
    BadName {
        /// The name as given.
        arg: String,
        /// Why it is refused.
        why: NameError,
    },
    /// The assessment file does not exist.
    #[error("{}", m::no_such_assessment(crate::messages::current_lang(), path))]
    NotFound {
        /// The file.
        path: PathBuf,
    },
    /// The assessment file cannot be read.
    #[error("{}", m::cannot_read(crate::messages::current_lang(), path, source))]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{}", m::assessment_not_utf8(crate::messages::current_lang(), path, &backup_hint(path)))]
    NotUtf8 {
        /// The file.
        path: PathBuf,
    },
    /// The file is not a valid assessment (left untouched).
    #[error("{}", m::assessment_broken(crate::messages::current_lang(), path, error, &backup_hint(path)))]
    Broken {
        /// The file.
        path: PathBuf,
        /// Where and why.
        error: ParseError,
    },
    /// `new` on a file that exists.
    #[error("{}", m::already_exists(crate::messages::current_lang(), path))]
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
    #[error("{}", m::evidence_missing(crate::messages::current_lang(), path))]
    EvidenceMissing {
        /// The path as given.
        path: PathBuf,
    },
    /// A file given as evidence is a folder, a FIFO, a device.
    #[error("{}", m::evidence_not_regular(crate::messages::current_lang(), path))]
    EvidenceNotRegular {
        /// The path as given.
        path: PathBuf,
    },
    /// A file given as evidence is larger than the store hashes.
    #[error("{}", m::evidence_too_large(crate::messages::current_lang(), path, *limit))]
    EvidenceTooLarge {
        /// The path as given.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// An assessment file that is not a regular file (a FIFO, a device, a
    /// folder): never read, never written.
    #[error("{}", m::assessment_not_regular(crate::messages::current_lang(), path))]
    NotRegular {
        /// The file.
        path: PathBuf,
    },
    /// An assessment file larger than any real assessment.
    #[error("{}", m::assessment_too_large(crate::messages::current_lang(), path, *limit))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The assessment could not be turned into TOML.
    #[error(
        "{}",
        m::cannot_serialize(crate::messages::current_lang(), path, source)
    )]
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
    #[error("{}", m::name_empty(crate::messages::current_lang()))]
    Empty,
    /// Over 100 characters.
    #[error("{}", m::name_too_many_chars(crate::messages::current_lang()))]
    TooManyChars,
    /// Too long a file name for the file system.
    #[error("{}", m::name_too_many_bytes(crate::messages::current_lang()))]
    TooManyBytes,
    /// Starts with a dot (a hidden file).
    #[error("{}", m::name_leading_dot(crate::messages::current_lang()))]
    LeadingDot,
    /// A character other than letters, digits, `-`, `_` and `.`.
    #[error("{}", m::name_bad_char(crate::messages::current_lang(), *.0))]
    BadChar(char),
}

fn backup_hint(path: &Path) -> String {
    let backup = atomic::backup_path(path);
    if backup.is_file() {
        m::backup_is_in(crate::messages::current_lang(), &backup)
    } else {
        String::new()
    }
}

/// Describes an I/O failure while saving, with what to do.
fn save_message(path: &Path, e: &io::Error) -> String {
    use crate::messages::SaveHint;
    if atomic::refusal(e) == Some(atomic::Refusal::ReadOnly) {
        return m::read_only(crate::messages::current_lang(), path);
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
    m::cannot_save(crate::messages::current_lang(), path, e, hint)
}
