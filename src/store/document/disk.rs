//! What a document needs of the disk: the stamp that tells whether
//! another process replaced the file, the serialized text, a private
//! folder.

use super::*;

/// What identifies one version of a file: every save replaces the file
/// (a new inode), so another process's save always changes the stamp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
    #[cfg(unix)]
    inode: (u64, u64),
}

impl Stamp {
    /// The stamp of whatever is at `path` now. Only meaningful while
    /// holding the lock (no other process can replace the file then).
    pub(super) fn of(path: &Path) -> Option<Stamp> {
        Some(Stamp::from(&std::fs::metadata(path).ok()?))
    }

    pub(super) fn from(meta: &std::fs::Metadata) -> Stamp {
        Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            #[cfg(unix)]
            inode: {
                use std::os::unix::fs::MetadataExt;
                (meta.dev(), meta.ino())
            },
        }
    }
}

pub(super) fn serialize(
    path: &Path,
    assessment: &Assessment,
    order: &[String],
) -> Result<String, StoreError> {
    file::to_toml(assessment, order).map_err(|source| StoreError::Serialize {
        path: path.to_path_buf(),
        source,
    })
}

/// Creates a folder and its missing parents, readable by the owner only
/// (assessment names and contents describe security gaps).
pub(crate) fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}
