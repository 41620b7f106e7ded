//! What can go wrong reading, saving and naming assessments: one enum of
//! data (the file, what happened); the message catalogue words it
//! (`messages::store_error`) in the language of whoever shows it.

use std::io;
use std::path::{Path, PathBuf};

use super::atomic;
use crate::assessment::file::ParseError;

/// A failure of the assessment store.
#[derive(Debug)]
pub enum StoreError {
    /// No home folder to put the data folder in.
    NoHomeFolder,
    /// The folder of assessments cannot be listed.
    CannotList {
        /// The folder.
        dir: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// An argument that is neither a plain name nor a `.toml` path.
    NeitherNameNorPath {
        /// The argument as given.
        arg: String,
    },
    /// A plain name that is refused.
    BadName {
        /// The name as given.
        arg: String,
        /// Why it is refused.
        why: NameError,
    },
    /// The assessment file does not exist.
    NotFound {
        /// The file.
        path: PathBuf,
    },
    /// The assessment file cannot be read.
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The file is not UTF-8 text.
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// The backup of its last good version, when there is one.
        backup: Option<PathBuf>,
    },
    /// The file is not a valid assessment (left untouched).
    Broken {
        /// The file.
        path: PathBuf,
        /// Where and why.
        error: ParseError,
        /// The backup of its last good version, when there is one.
        backup: Option<PathBuf>,
    },
    /// `new` on a file that exists.
    AlreadyExists {
        /// The file.
        path: PathBuf,
    },
    /// Writing failed; nothing on disk changed.
    Save {
        /// The file (or folder) being written.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// A file given as evidence does not exist.
    EvidenceMissing {
        /// The path as given.
        path: PathBuf,
    },
    /// A file given as evidence is a folder, a FIFO, a device.
    EvidenceNotRegular {
        /// The path as given.
        path: PathBuf,
    },
    /// A file given as evidence is larger than the store hashes.
    EvidenceTooLarge {
        /// The path as given.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The file holds git's conflict markers: a line merge without the
    /// srm-assess driver (left untouched; no backup is offered, since it
    /// would lose both branches' work).
    MergeMarkers {
        /// The file.
        path: PathBuf,
        /// The line of the first `<<<<<<<` marker (from 1).
        line: usize,
    },
    /// An assessment file that is not a regular file (a FIFO, a device, a
    /// folder): never read, never written.
    NotRegular {
        /// The file.
        path: PathBuf,
    },
    /// An assessment file larger than any real assessment.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The assessment could not be read as it was at a git revision.
    AtRevision {
        /// The file.
        path: PathBuf,
        /// The revision, as given.
        rev: String,
        /// Why.
        why: super::git::GitWhy,
    },
    /// The assessment could not be turned into TOML.
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

    /// The backup of `path`'s last good version, when there is one (said
    /// with a file that cannot be read).
    pub(crate) fn backup_of(path: &Path) -> Option<PathBuf> {
        Some(atomic::backup_path(path)).filter(|b| b.is_file())
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    /// Nothing typed.
    Empty,
    /// Over 100 characters.
    TooManyChars,
    /// Too long a file name for the file system.
    TooManyBytes,
    /// Starts with a dot (a hidden file).
    LeadingDot,
    /// A character other than letters, digits, `-`, `_` and `.`.
    BadChar(char),
}
