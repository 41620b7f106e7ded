//! An open assessment file: the answers in memory, what this process
//! changed, and the save that merges those changes into the file on disk.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Path, PathBuf};

use super::{StoreError, atomic, load, load_with_metadata, lock};
use crate::assessment::merge::merge_entry;
use crate::assessment::{Assessment, Entry, Metadata, Observation, file, now};
use crate::questionnaire::Questionnaire;

mod disk;
pub(super) use disk::create_private_dir;
use disk::{Stamp, serialize};

/// An assessment opened from (or created at) a file.
#[derive(Debug, Clone)]
pub struct Document {
    path: PathBuf,
    assessment: Assessment,
    /// The file as last read or written by this process, and how to tell
    /// whether another process replaced it since (its stamp).
    on_disk: Option<(Assessment, Stamp)>,
    /// The entries as last read from or written to disk: what another
    /// process's changes are detected against.
    base: BTreeMap<String, Entry>,
    changed: BTreeSet<String>,
    /// The question ids in the order their blocks are written: the
    /// questionnaire's once known, else the file's as read.
    order: Vec<String>,
    metadata_changed: bool,
    /// The probe's observations were replaced here.
    observations_changed: bool,
    /// Merge conflicts settled here (their tables go at the next save).
    settled: BTreeSet<String>,
    /// A version of the file that could not be read back (broken by hand,
    /// say): not read again until it changes; the next save reports it.
    unreadable: Option<Stamp>,
}

/// What a save did beyond writing this process's changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaveReport {
    /// Questions where another process had changed a field since this one
    /// read it, and this save changed the same field to another value (the
    /// later change wins). Changes to different fields, and evidence added
    /// or removed by either, are all kept.
    pub overwritten: Vec<String>,
    /// Whether anything was written.
    pub written: bool,
    /// Whether another process's changes were merged in (so that counts
    /// shown elsewhere must be recomputed).
    pub merged_others: bool,
}

impl Document {
    /// Creates the file for a new assessment of `questionnaire`, with a
    /// block for each of its questions; fails if it already exists. The
    /// folder is created if missing.
    pub fn create(
        path: &Path,
        assessment: Assessment,
        questionnaire: &Questionnaire,
    ) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir).map_err(|e| StoreError::save(dir, e))?;
        }
        let order = questionnaire.ids();
        let text = serialize(path, &assessment, &order)?;
        atomic::write(path, text.as_bytes(), atomic::Mode::CreateNew).map_err(|e| {
            if e.kind() == io::ErrorKind::AlreadyExists {
                StoreError::AlreadyExists {
                    path: path.to_path_buf(),
                }
            } else {
                StoreError::save(path, e)
            }
        })?;
        // No stamp: another process may already have replaced the new file
        // (without the lock, a stamp taken now could describe its version),
        // so the first save reads the file again.
        Ok(Self::from_disk(path, assessment, None, order))
    }

    /// Opens an existing assessment file.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let loaded = load_with_metadata(path)?;
        // The stamp of the very file read, from its open handle: if another
        // process replaces it right after, the next save notices.
        Ok(Self::from_disk(
            path,
            loaded.assessment,
            loaded.metadata.as_ref().map(Stamp::from),
            loaded.order,
        ))
    }

    fn from_disk(
        path: &Path,
        assessment: Assessment,
        stamp: Option<Stamp>,
        order: Vec<String>,
    ) -> Self {
        Document {
            order,
            on_disk: stamp.map(|stamp| (assessment.clone(), stamp)),
            path: path.to_path_buf(),
            base: assessment.answers.clone(),
            assessment,
            changed: BTreeSet::new(),
            metadata_changed: false,
            observations_changed: false,
            settled: BTreeSet::new(),
            unreadable: None,
        }
    }

    /// Reads the file again if another process (a second window, a script
    /// running `answer`) replaced it since this one last read or wrote it;
    /// this process's unsaved changes stay on top. Returns whether what is
    /// shown changed. Cheap when nothing changed: one `stat`.
    pub fn refresh(&mut self) -> bool {
        let Some(now) = Stamp::of(&self.path) else {
            return false;
        };
        let known = self.on_disk.as_ref().map(|(_, stamp)| stamp);
        if known == Some(&now) || self.unreadable.as_ref() == Some(&now) {
            return false;
        }
        let Ok(super::Loaded {
            assessment: disk,
            metadata,
            ..
        }) = load_with_metadata(&self.path)
        else {
            self.unreadable = Some(now);
            return false;
        };
        self.unreadable = None;
        let merged = self.with_our_changes(disk.clone());
        let shown_changed = merged.answers != self.assessment.answers
            || merged.conflicts != self.assessment.conflicts
            || merged.metadata != self.assessment.metadata
            || merged.observations != self.assessment.observations;
        self.base = disk.answers.clone();
        self.on_disk = metadata.as_ref().map(|m| (disk, Stamp::from(m)));
        self.assessment = merged;
        shown_changed
    }

    /// `other` (what is on disk) with this process's changes on top: its
    /// changed entries, its metadata if changed, and the questionnaire
    /// version in use. The one merge rule of both `save` and `refresh`.
    fn with_our_changes(&self, other: Assessment) -> Assessment {
        self.merge_into(other).0
    }

    /// [`Self::with_our_changes`], with the questions where both this
    /// process and `other` changed the same field differently (ours kept).
    fn merge_into(&self, mut other: Assessment) -> (Assessment, Vec<String>) {
        let mut conflicted = Vec::new();
        for id in &self.changed {
            let merged = merge_entry(
                self.base.get(id),
                self.assessment.answers.get(id),
                other.answers.get(id),
            );
            if !merged.conflicts.is_empty() {
                conflicted.push(id.clone());
            }
            match merged.entry {
                Some(entry) => other.answers.insert(id.clone(), entry),
                None => other.answers.remove(id),
            };
        }
        if self.metadata_changed {
            other.metadata = self.assessment.metadata.clone();
        }
        if self.observations_changed {
            other.observations = self.assessment.observations.clone();
        }
        for id in &self.settled {
            other.conflicts.remove(id);
        }
        other.questionnaire = self.assessment.questionnaire.clone();
        // An older file gets its identity on its next save, and keeps the
        // one another process gave it meanwhile.
        if other.identity.is_empty() {
            other.identity.clone_from(&self.assessment.identity);
        }
        other.ensure_identity();
        (other, conflicted)
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The assessment as this process sees it.
    pub fn assessment(&self) -> &Assessment {
        &self.assessment
    }

    /// The entry of a question, if anything is recorded.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.assessment.answers.get(id)
    }

    /// Records `entry` for question `id` (an empty entry removes it).
    pub fn set_entry(&mut self, id: &str, entry: Entry) {
        if entry.is_empty() {
            self.assessment.answers.remove(id);
        } else {
            self.assessment.answers.insert(id.to_string(), entry);
        }
        self.changed.insert(id.to_string());
    }

    /// One read-change-write of question `id`'s entry: `change` edits a
    /// copy, which replaces the entry only when it returns `Ok`; the typed
    /// texts that newly look like a credential come back for the front end
    /// to warn about (every front end, every typed field).
    pub fn try_edit<R, E>(
        &mut self,
        id: &str,
        change: impl FnOnce(&mut Entry) -> Result<R, E>,
    ) -> Result<(R, Vec<crate::assessment::typed::Suspicious>), E> {
        let before = self.entry(id).cloned();
        let mut entry = before.clone().unwrap_or_default();
        let result = change(&mut entry)?;
        let suspicious = crate::assessment::typed::newly_suspicious(before.as_ref(), &entry);
        self.set_entry(id, entry);
        Ok((result, suspicious))
    }

    /// [`Self::try_edit`] with a change that cannot be refused.
    pub fn edit<R>(
        &mut self,
        id: &str,
        change: impl FnOnce(&mut Entry) -> R,
    ) -> (R, Vec<crate::assessment::typed::Suspicious>) {
        match self.try_edit(id, |e| Ok::<R, std::convert::Infallible>(change(e))) {
            Ok(done) => done,
            Err(never) => match never {},
        }
    }

    /// Settles the merge conflict of question `id`: its table goes, and
    /// the record to keep is returned (this branch's as it is, or with the
    /// other branch's values of the fields in conflict when `theirs`), for
    /// the caller to record with [`Self::set_entry`]. `None`: no conflict.
    pub fn settle_conflict(&mut self, id: &str, theirs: bool) -> Option<Entry> {
        let conflict = self.assessment.conflicts.remove(id)?;
        self.settled.insert(id.to_string());
        let ours = self.assessment.answers.get(id);
        Some(if theirs {
            conflict.theirs_applied(ours)
        } else {
            ours.cloned().unwrap_or_default()
        })
    }

    /// Replaces the metadata.
    pub fn set_metadata(&mut self, metadata: Metadata) {
        self.assessment.metadata = metadata;
        self.metadata_changed = true;
    }

    /// Replaces what the probe observed (all of it: a probe run is whole).
    pub fn set_observations(&mut self, observations: BTreeMap<String, Vec<Observation>>) {
        self.assessment.observations = observations;
        self.observations_changed = true;
    }

    /// Records the questionnaire in use: its version, written with the
    /// next change, and its order, which the next save lays the blocks out
    /// in.
    pub fn use_questionnaire(&mut self, questionnaire: &Questionnaire) {
        questionnaire
            .version
            .as_ref()
            .clone_into(&mut self.assessment.questionnaire.version);
        self.order = questionnaire.ids();
    }

    /// Records the questionnaire file in use and its SHA-256, written with
    /// the next save (like the version).
    pub fn set_questionnaire_file(&mut self, file: String, sha256: String) {
        self.assessment.questionnaire.file = file;
        self.assessment.questionnaire.sha256 = sha256;
    }

    /// How many questions (and the metadata) hold changes not saved yet.
    pub fn unsaved(&self) -> usize {
        self.changed.len()
            + usize::from(self.metadata_changed)
            + usize::from(self.observations_changed)
    }

    /// Whether anything changed here is not saved yet.
    pub fn has_changes(&self) -> bool {
        self.unsaved() > 0
    }

    /// Saves this process's changes: takes the lock, re-reads the file,
    /// applies only what this process changed, and writes atomically,
    /// keeping the previous version as `FILE.bak`.
    ///
    /// A file that no longer parses is never overwritten. On failure the
    /// changes stay in memory, to be saved by the next call.
    pub fn save(&mut self) -> Result<SaveReport, StoreError> {
        if !self.has_changes() {
            return Ok(SaveReport::default());
        }
        let _lock = lock::acquire(&self.path).map_err(|e| StoreError::save(&self.path, e))?;
        atomic::remove_stale(&self.path);
        let disk = match std::fs::metadata(&self.path) {
            // Unchanged since this process last read or wrote it: no need
            // to read and parse it again.
            Ok(_) => match &self.on_disk {
                Some((known, stamp)) if Stamp::of(&self.path).as_ref() == Some(stamp) => {
                    Some(known.clone())
                }
                _ => Some(load(&self.path)?),
            },
            // Deleted while open: write back everything this process holds.
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(StoreError::save(&self.path, e)),
        };
        // Date the details this process changed, so that `--as-of` can
        // tell what was written by a given day.
        let at = now();
        for id in &self.changed {
            if let Some(entry) = self.assessment.answers.get_mut(id) {
                let empty = Entry::default();
                let before = self.base.get(id).unwrap_or(&empty);
                if before.details() != entry.details() {
                    entry.edited_at = Some(at);
                }
            }
        }
        let merged_others = disk.as_ref().is_some_and(|d| d.answers != self.base);
        let (merged, overwritten) =
            self.merge_into(disk.unwrap_or_else(|| self.assessment.clone()));
        let text = serialize(&self.path, &merged, &self.order)?;
        atomic::write(&self.path, text.as_bytes(), atomic::Mode::ReplaceWithBackup)
            .map_err(|e| StoreError::save(&self.path, e))?;
        self.base = merged.answers.clone();
        self.on_disk = Stamp::of(&self.path).map(|stamp| (merged.clone(), stamp));
        self.assessment = merged;
        self.changed.clear();
        self.settled.clear();
        self.metadata_changed = false;
        self.observations_changed = false;
        Ok(SaveReport {
            overwritten,
            written: true,
            merged_others,
        })
    }
}
