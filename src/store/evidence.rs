//! Evidence files on disk: the reference to record for one (relative to
//! the assessment's folder when inside it), and the current SHA-256 of
//! each, so that the report can say when a file changed since.

use std::path::{Component, Path, PathBuf};

use sha2::{Digest, Sha256};

use super::StoreError;
use super::regular::{self, ReadError};
use crate::assessment::Assessment;
use crate::assessment::decisions::{FileCheck, FileDigests};

/// The largest evidence file hashed: larger files are refused when
/// recorded, and reported as too large when checked (a report never reads
/// gigabytes to say whether a file changed).
pub const MAX_EVIDENCE_BYTES: u64 = 256 * 1024 * 1024;

/// A file given as evidence: the reference to record and its SHA-256.
/// A path inside the assessment file's folder is recorded relative to it,
/// with `/` separators, so that the assessment and its evidence move
/// together (a git checkout, a shared folder). Anything but a regular file
/// (a folder, a FIFO, a device) is refused without waiting on it.
pub fn file_reference(assessment: &Path, given: &Path) -> Result<(String, String), StoreError> {
    let path = given.to_path_buf();
    let digest = match sha256_of(given) {
        FileCheck::Digest(digest) => digest,
        FileCheck::Missing => return Err(StoreError::EvidenceMissing { path }),
        FileCheck::NotRegular => return Err(StoreError::EvidenceNotRegular { path }),
        FileCheck::TooLarge => {
            return Err(StoreError::EvidenceTooLarge {
                path,
                limit: MAX_EVIDENCE_BYTES,
            });
        }
        FileCheck::Unreadable => {
            let source = std::fs::File::open(given)
                .err()
                .unwrap_or_else(|| std::io::Error::from(std::io::ErrorKind::InvalidData));
            return Err(StoreError::Read { path, source });
        }
    };
    let absolute =
        std::fs::canonicalize(given).map_err(|_| StoreError::EvidenceMissing { path })?;
    let folder = folder_of(assessment);
    let reference = std::fs::canonicalize(&folder)
        .ok()
        .and_then(|folder| absolute.strip_prefix(folder).ok().map(Path::to_path_buf))
        .map_or_else(
            || absolute.display().to_string(),
            |relative| {
                relative
                    .components()
                    .filter_map(|c| match c {
                        Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
                    .join("/")
            },
        );
    Ok((reference, digest))
}

/// What is now at every file recorded as evidence in `assessment` (kept
/// at `path`): its SHA-256, or why there is none. Never blocks on a FIFO
/// or a device, and reads at most [`MAX_EVIDENCE_BYTES`] of each file.
pub fn digests(path: &Path, assessment: &Assessment) -> FileDigests {
    let folder = folder_of(path);
    let mut out = FileDigests::new();
    for evidence in assessment.answers.values().flat_map(|e| &e.evidence) {
        if evidence.sha256.is_none() || out.contains_key(&evidence.reference) {
            continue;
        }
        let file = resolve(&folder, &evidence.reference);
        out.insert(evidence.reference.clone(), sha256_of(&file));
    }
    out
}

/// The content of the evidence file `reference` recorded in the assessment
/// at `path`, read as [`digests`] reads it (a regular file, at most
/// [`MAX_EVIDENCE_BYTES`], never waiting on a FIFO or a device), or what
/// stands in the way.
pub fn contents(path: &Path, reference: &str) -> Result<Vec<u8>, FileCheck> {
    let file = resolve(&folder_of(path), reference);
    regular::read(&file, MAX_EVIDENCE_BYTES)
        .map(|(bytes, _)| bytes)
        .map_err(check_of)
}

/// Where a recorded reference points: relative ones from the folder.
fn resolve(folder: &Path, reference: &str) -> PathBuf {
    let path = Path::new(reference);
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        folder.join(path)
    }
}

fn folder_of(assessment: &Path) -> PathBuf {
    match assessment.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The SHA-256 of a regular file's content, in lowercase hex, or what
/// stands in the way.
fn sha256_of(path: &Path) -> FileCheck {
    let mut hasher = Sha256::new();
    match regular::stream(path, MAX_EVIDENCE_BYTES, |block| hasher.update(block)) {
        Ok(()) => FileCheck::Digest(
            hasher
                .finalize()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
        ),
        Err(e) => check_of(e),
    }
}

/// What stood in the way of reading an evidence file.
fn check_of(e: ReadError) -> FileCheck {
    match e {
        ReadError::NotRegular => FileCheck::NotRegular,
        ReadError::TooLarge(_) => FileCheck::TooLarge,
        ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound => FileCheck::Missing,
        ReadError::Io(_) => FileCheck::Unreadable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_inside_the_folder_is_recorded_relative_and_hashed() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::create_dir(dir.path().join("proof")).expect("mkdir");
        let file = dir.path().join("proof/sso.txt");
        std::fs::write(&file, "abc").expect("write");
        let (reference, digest) =
            file_reference(&dir.path().join("a.toml"), &file).expect("reference");
        assert_eq!(reference, "proof/sso.txt");
        assert_eq!(
            digest,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let outside = tempfile::NamedTempFile::new().expect("file");
        let (reference, _) =
            file_reference(&dir.path().join("a.toml"), outside.path()).expect("reference");
        assert!(Path::new(&reference).is_absolute(), "{reference}");
        assert!(matches!(
            file_reference(&dir.path().join("a.toml"), &dir.path().join("nope")),
            Err(StoreError::EvidenceMissing { .. })
        ));
        assert!(matches!(
            file_reference(&dir.path().join("a.toml"), dir.path()),
            Err(StoreError::EvidenceNotRegular { .. })
        ));
    }
}
