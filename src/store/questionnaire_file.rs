//! The questionnaire file an assessment was made with: recorded in the
//! assessment (a path relative to the assessment's folder where possible,
//! and its SHA-256), and found again later without `--questionnaire`.

use std::path::{Component, Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::assessment::QuestionnaireRef;

/// The most a questionnaire file may hold (as `--questionnaire` reads).
pub const MAX_QUESTIONNAIRE_BYTES: u64 = 64 * 1024 * 1024;

/// The SHA-256 of a questionnaire's bytes, in lowercase hex.
pub fn digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What the assessment at `assessment` records about the questionnaire
/// file at `questionnaire`: `(file, sha256)`; `None` when it cannot be read.
pub fn record(assessment: &Path, questionnaire: &Path) -> Option<(String, String)> {
    let (bytes, _) = super::regular::read(questionnaire, MAX_QUESTIONNAIRE_BYTES).ok()?;
    Some((reference(assessment, questionnaire), digest(&bytes)))
}

/// How the assessment at `assessment` records the questionnaire file at
/// `questionnaire`: relative to the assessment's folder (with `/`, `..`
/// where needed) when both are on one root, else absolute.
pub fn reference(assessment: &Path, questionnaire: &Path) -> String {
    let absolute =
        std::fs::canonicalize(questionnaire).unwrap_or_else(|_| questionnaire.to_path_buf());
    let folder = match assessment.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let Some(folder) = canonical(&folder) else {
        return absolute.display().to_string();
    };
    relative(&folder, &absolute).unwrap_or_else(|| absolute.display().to_string())
}

/// `path` made absolute and free of links, also when its last parts do
/// not exist yet (a folder `new` is about to create).
fn canonical(path: &Path) -> Option<PathBuf> {
    let mut missing = Vec::new();
    let mut at = path;
    loop {
        if let Ok(found) = std::fs::canonicalize(at) {
            return Some(
                missing
                    .iter()
                    .rev()
                    .fold(found, |p: PathBuf, part| p.join(part)),
            );
        }
        missing.push(at.file_name()?.to_owned());
        at = at.parent()?;
        if at.as_os_str().is_empty() {
            at = Path::new(".");
        }
    }
}

/// `to` relative to the folder `from` (both absolute), with `/`.
fn relative(from: &Path, to: &Path) -> Option<String> {
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    // Nothing shared but the root (or another drive): the absolute path
    // says more than a climb to the root.
    if common <= 1 {
        return None;
    }
    let mut parts: Vec<String> = vec!["..".to_string(); from.len() - common];
    for part in &to[common..] {
        match part {
            Component::Normal(p) => parts.push(p.to_str()?.to_string()),
            _ => return None,
        }
    }
    Some(parts.join("/"))
}

/// Where the recorded questionnaire file is now.
#[derive(Debug)]
pub enum Found {
    /// Nothing recorded: the assessment answers the built-in questionnaire
    /// (or was made before files were recorded).
    NotRecorded,
    /// Found and read.
    Read {
        /// Where it was found.
        path: PathBuf,
        /// Its text.
        text: String,
        /// Whether its content changed since it was recorded.
        changed: bool,
    },
    /// Recorded, but not there any more, or not readable.
    Missing {
        /// Where it was looked for.
        path: PathBuf,
        /// Why it could not be read.
        error: std::io::Error,
    },
}

/// Looks for the questionnaire file `recorded` names, from the folder of
/// the assessment at `assessment`. Never waits on a FIFO or a device.
pub fn find(assessment: &Path, recorded: &QuestionnaireRef) -> Found {
    if recorded.file.is_empty() {
        return Found::NotRecorded;
    }
    let path = Path::new(&recorded.file);
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        match assessment.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.join(path),
            _ => path.to_path_buf(),
        }
    };
    let read = super::regular::read(&path, MAX_QUESTIONNAIRE_BYTES)
        .map_err(super::regular::ReadError::into_io)
        .and_then(|(bytes, _)| {
            let sum = digest(&bytes);
            String::from_utf8(bytes)
                .map(|text| (text, sum))
                .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
        });
    match read {
        Ok((text, sum)) => Found::Read {
            changed: !recorded.sha256.is_empty() && recorded.sha256 != sum,
            path,
            text,
        },
        Err(error) => Found::Missing { path, error },
    }
}

/// The questionnaire `recorded` names, read from where it was recorded,
/// when it is still there, valid and of the recorded id (the listing and
/// the start screen use it; commands word each way it can fail).
pub fn load(
    assessment: &Path,
    recorded: &QuestionnaireRef,
) -> Option<crate::questionnaire::Questionnaire> {
    match find(assessment, recorded) {
        Found::Read { path, text, .. } => {
            crate::questionnaire::Questionnaire::parse(&text, &path.display().to_string())
                .ok()
                .filter(|q| q.id == recorded.id)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_to_the_assessment_where_they_can_be() {
        let from = Path::new("/work/audits/2026");
        assert_eq!(
            relative(from, Path::new("/work/audits/2026/q.toml")).as_deref(),
            Some("q.toml")
        );
        assert_eq!(
            relative(from, Path::new("/work/questionnaires/acme.toml")).as_deref(),
            Some("../../questionnaires/acme.toml")
        );
        assert_eq!(relative(from, Path::new("/etc/acme.toml")), None);
    }

    #[test]
    fn a_recorded_file_is_found_and_a_changed_one_said_so() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("q")).expect("mkdir");
        let q = dir.path().join("q/custom.toml");
        std::fs::write(&q, "id = 1").expect("write");
        // The assessment's folder need not exist yet (`new` makes it).
        let a = dir.path().join("a/acme.toml");
        let file = reference(&a, &q);
        assert_eq!(file, "../q/custom.toml");
        std::fs::create_dir(dir.path().join("a")).expect("mkdir");
        let mut recorded = QuestionnaireRef {
            id: "x".into(),
            version: "1".into(),
            file,
            sha256: digest(b"id = 1"),
        };
        assert!(matches!(
            find(&a, &recorded),
            Found::Read { changed: false, .. }
        ));
        std::fs::write(&q, "id = 2").expect("change");
        assert!(matches!(
            find(&a, &recorded),
            Found::Read { changed: true, .. }
        ));
        std::fs::remove_file(&q).expect("move");
        assert!(matches!(find(&a, &recorded), Found::Missing { .. }));
        recorded.file.clear();
        assert!(matches!(find(&a, &recorded), Found::NotRecorded));
    }
}
