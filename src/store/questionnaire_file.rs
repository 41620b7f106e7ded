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

/// The questionnaire files the user vouched for, per assessment: each
/// one given with `--questionnaire` on the command line and recorded
/// then. Kept in the user's own data folder (`vouched-questionnaires`),
/// never beside the assessment, where a shared repository could put one.
#[derive(Debug, Clone, Default)]
pub struct Vouched {
    pairs: Vec<(PathBuf, PathBuf)>,
}

/// The file of [`Vouched`] in the data folder `data`.
fn vouched_file(data: &Path) -> PathBuf {
    data.join("vouched-questionnaires")
}

impl Vouched {
    /// What the data folder `data` lists (nothing, when it cannot be
    /// read: then only the assessment's folder and repository count).
    pub fn load(data: &Path) -> Self {
        let text = super::regular::read_no_follow(&vouched_file(data), 1024 * 1024)
            .ok()
            .and_then(|(bytes, _)| String::from_utf8(bytes).ok())
            .unwrap_or_default();
        let pairs = text
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(a, q)| (PathBuf::from(a), PathBuf::from(q)))
            .collect();
        Vouched { pairs }
    }

    /// Whether the user vouched for `questionnaire` for `assessment`.
    fn covers(&self, assessment: &Path, questionnaire: &Path) -> bool {
        let (Some(a), Some(q)) = (canonical(assessment), canonical(questionnaire)) else {
            return false;
        };
        self.pairs.iter().any(|(pa, pq)| *pa == a && *pq == q)
    }

    /// Records, in the data folder `data`, that the user gave
    /// `questionnaire` for `assessment` on the command line (best effort:
    /// without it, only the command line reads a file outside).
    pub fn add(data: &Path, assessment: &Path, questionnaire: &Path) {
        let (Some(a), Some(q)) = (canonical(assessment), canonical(questionnaire)) else {
            return;
        };
        let mut vouched = Vouched::load(data);
        if vouched.pairs.iter().any(|(pa, pq)| *pa == a && *pq == q) {
            return;
        }
        // A path holding a tab or line break cannot be listed; it is then
        // simply not vouched for.
        let plain = |p: &Path| !p.to_string_lossy().contains(['\t', '\n', '\r']);
        if !plain(&a) || !plain(&q) {
            return;
        }
        vouched.pairs.push((a, q));
        if super::document::create_private_dir(data).is_err() {
            return;
        }
        let text: String = vouched
            .pairs
            .iter()
            .map(|(a, q)| format!("{}\t{}\n", a.display(), q.display()))
            .collect();
        let _ = super::atomic::write(
            &vouched_file(data),
            text.as_bytes(),
            super::atomic::Mode::Replace,
        );
    }
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
    /// Recorded, but outside the assessment's folder tree and repository:
    /// a shared file's word is not enough to read it (`--questionnaire`
    /// on the command line is).
    Untrusted {
        /// Where it points.
        path: PathBuf,
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
pub fn find(assessment: &Path, recorded: &QuestionnaireRef, vouched: &Vouched) -> Found {
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
    if !trusted(assessment, &path) && !vouched.covers(assessment, &path) {
        return Found::Untrusted { path };
    }
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

/// Whether a questionnaire file at `file`, recorded in the assessment at
/// `assessment`, may be read on the assessment's word: inside the
/// assessment's folder tree, or the git repository that holds it (the
/// nearest folder above with a `.git`). Links are resolved first, so a
/// link inside pointing outside is outside. A file that does not exist
/// is judged by where it would be (and then reported missing).
fn trusted(assessment: &Path, file: &Path) -> bool {
    let folder = match assessment.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(folder) = folder.canonicalize() else {
        return false;
    };
    let root = folder
        .ancestors()
        .find(|dir| dir.join(".git").exists())
        .unwrap_or(&folder)
        .to_path_buf();
    canonical(file).is_some_and(|r| r.starts_with(&root))
}

/// Which questionnaire an assessment answers, when none was given on the
/// command line: the one rule of the command line, the start screen and
/// `list` (each words the outcome its own way).
#[derive(Debug)]
pub enum Resolved {
    /// Nothing recorded: the questionnaire in use (the built-in one).
    InUse,
    /// The recorded file, read and valid.
    Read {
        /// The questionnaire.
        questionnaire: Box<crate::questionnaire::Questionnaire>,
        /// Where it was read.
        file: PathBuf,
        /// When its content changed since it was recorded: what the
        /// assessment should record now, `(file, sha256)`.
        changed: Option<(String, String)>,
    },
}

/// Why the recorded questionnaire cannot be used.
#[derive(Debug)]
pub enum Unresolved {
    /// Outside the assessment's folder tree and repository, and not
    /// vouched for.
    Untrusted(PathBuf),
    /// Not there, or not readable.
    Missing(PathBuf, std::io::Error),
    /// Read, but not a valid questionnaire (its errors would quote a file
    /// a shared assessment pointed at: only its name is said).
    Invalid(PathBuf),
}

/// The questionnaire the assessment at `assessment` answers, from what it
/// `recorded` (see [`Resolved`]).
pub fn resolve(
    assessment: &Path,
    recorded: &QuestionnaireRef,
    vouched: &Vouched,
) -> Result<Resolved, Unresolved> {
    match find(assessment, recorded, vouched) {
        Found::NotRecorded => Ok(Resolved::InUse),
        Found::Read {
            path,
            text,
            changed,
        } => {
            let questionnaire =
                crate::questionnaire::Questionnaire::parse(&text, &path.display().to_string())
                    .map_err(|_| Unresolved::Invalid(path.clone()))?;
            let changed = changed.then(|| (recorded.file.clone(), digest(text.as_bytes())));
            Ok(Resolved::Read {
                questionnaire: Box::new(questionnaire),
                file: path,
                changed,
            })
        }
        Found::Untrusted { path } => Err(Unresolved::Untrusted(path)),
        Found::Missing { path, error } => Err(Unresolved::Missing(path, error)),
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
        // Outside the assessment's folder, with no repository around both:
        // not read on the file's word (W7).
        assert!(matches!(
            find(&a, &recorded, &Vouched::default()),
            Found::Untrusted { .. }
        ));
        let absolute = QuestionnaireRef {
            file: "/etc/passwd".into(),
            ..recorded.clone()
        };
        assert!(matches!(
            find(&a, &absolute, &Vouched::default()),
            Found::Untrusted { .. }
        ));
        // Inside one repository, a sibling folder is trusted.
        std::fs::create_dir(dir.path().join(".git")).expect("repository");
        assert!(matches!(
            find(&a, &absolute, &Vouched::default()),
            Found::Untrusted { .. }
        ));
        assert!(matches!(
            find(&a, &recorded, &Vouched::default()),
            Found::Read { changed: false, .. }
        ));
        std::fs::write(&q, "id = 2").expect("change");
        assert!(matches!(
            find(&a, &recorded, &Vouched::default()),
            Found::Read { changed: true, .. }
        ));
        std::fs::remove_file(&q).expect("move");
        assert!(matches!(
            find(&a, &recorded, &Vouched::default()),
            Found::Missing { .. }
        ));
        recorded.file.clear();
        assert!(matches!(
            find(&a, &recorded, &Vouched::default()),
            Found::NotRecorded
        ));
    }
}
