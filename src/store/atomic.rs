//! Writing a file so that a crash or power cut at any moment leaves either
//! the old file or the new one, whole, and never a mix.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What to do with an existing file at the destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Replace it, keeping the previous version as its backup
    /// ([`backup_path`]).
    ReplaceWithBackup,
    /// Replace it with no backup.
    Replace,
    /// Fail with `AlreadyExists` if it exists.
    CreateNew,
}

/// The folder beside an assessment that holds its backup and lock:
/// `.srm-assess/`, which carries a `.gitignore` of `*`, so that neither
/// ever shows as untracked in a git checkout of the assessments.
pub const SIDE_FOLDER: &str = ".srm-assess";

/// The side folder of `path` (see [`SIDE_FOLDER`]).
pub fn side_folder(path: &Path) -> PathBuf {
    parent(path).join(SIDE_FOLDER)
}

/// Creates the side folder of `path` if missing (owner only), with its
/// `.gitignore`; a side folder that is a link or a file is refused.
pub fn ensure_side_folder(path: &Path) -> io::Result<PathBuf> {
    let dir = side_folder(path);
    match fs::symlink_metadata(&dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Err(Refusal::SideFolder.into_io(io::ErrorKind::InvalidInput)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let mut builder = fs::DirBuilder::new();
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                builder.mode(0o700);
            }
            match builder.create(&dir) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            }
        }
        Err(e) => return Err(e),
    }
    let ignore = dir.join(".gitignore");
    if fs::symlink_metadata(&ignore).is_err() {
        let created = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&ignore);
        if let Ok(mut file) = created {
            file.write_all(b"# srm-assess's backups and locks: never committed.\n*\n")?;
        }
    }
    Ok(dir)
}

/// The backup kept for `path` by [`Mode::ReplaceWithBackup`], in its side
/// folder: `.srm-assess/NAME.toml.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    side_folder(path).join(name)
}

/// Writes `contents` to `path` atomically: a temporary file in the same
/// folder (created `0600`), flushed to disk, renamed over `path`, and the
/// folder flushed so the rename itself survives a power cut.
pub fn write(path: &Path, contents: &[u8], mode: Mode) -> io::Result<()> {
    write_with(path, mode, |file| file.write_all(contents))
}

/// [`write`], with the content written by `fill` into the temporary file;
/// if `fill` fails (a full disk, say), nothing at `path` changes and the
/// temporary file is removed.
///
/// What is at `path` decides how: a symbolic link is followed and its
/// target replaced (the link stays a link); a device, FIFO or socket is
/// written through, as every Unix tool does (`-o /dev/null` discards); a
/// folder or a read-only file is refused, untouched.
pub fn write_with(
    path: &Path,
    mode: Mode,
    fill: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    let path = match (mode, destination(path)?) {
        (Mode::CreateNew, _) => path.to_path_buf(),
        (_, Destination::File(target)) => target,
        (_, Destination::Special(device)) => {
            let mut file = fs::OpenOptions::new().write(true).open(device)?;
            fill(&mut file)?;
            return file.flush();
        }
    };
    let path = path.as_path();
    let dir = parent(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM)
        .tempfile_in(dir)?;
    fill(tmp.as_file_mut())?;
    tmp.as_file().sync_all()?;
    match mode {
        Mode::CreateNew => {
            tmp.persist_noclobber(path).map_err(|e| e.error)?;
        }
        Mode::Replace => {
            tmp.persist(path).map_err(|e| e.error)?;
        }
        Mode::ReplaceWithBackup => {
            if path.exists() {
                keep_backup(path)?;
            }
            tmp.persist(path).map_err(|e| e.error)?;
        }
    }
    sync_dir(dir)
}

/// Where a write to a path lands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// A regular file (existing or not), replaced atomically.
    File(PathBuf),
    /// A device, FIFO or socket, written through.
    Special(PathBuf),
}

/// Why srm-assess itself refuses to read or write somewhere (carried
/// inside an [`io::Error`], so that callers handle every failure alike;
/// [`refusal`] takes it out again, and `messages::io_error` words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The file is read-only: the user protected it.
    ReadOnly,
    /// A folder where a file was expected.
    Folder,
    /// A loop or a very long chain of symbolic links.
    LinkChain,
    /// The side folder of backups and locks is a link or a file.
    SideFolder,
    /// The lock file is a symbolic link.
    LockIsLink(PathBuf),
    /// Another srm-assess holds the lock too long.
    LockBusy,
    /// Not a regular file (a FIFO, a device, a folder): never read.
    NotRegular,
    /// A symbolic link where srm-assess never follows one (a repository's
    /// `.gitattributes`).
    Link,
}

// Only for io::Error's sake: people read `messages::io_error`, which
// takes the refusal out and words it.
impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self, f)
    }
}

impl std::error::Error for Refusal {}

impl Refusal {
    /// The refusal as an I/O error of `kind`.
    pub(crate) fn into_io(self, kind: io::ErrorKind) -> io::Error {
        io::Error::new(kind, self)
    }
}

/// The refusal inside `e`, if srm-assess refused the write itself.
pub fn refusal(e: &io::Error) -> Option<&Refusal> {
    e.get_ref()?.downcast_ref::<Refusal>()
}

/// Follows symbolic links from `path` (relative targets from the link's
/// folder, at most 40 hops) to what a write would change.
pub fn destination(path: &Path) -> io::Result<Destination> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        let meta = match fs::symlink_metadata(&current) {
            Ok(meta) => meta,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(Destination::File(current));
            }
            Err(e) => return Err(e),
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            let link = fs::read_link(&current)?;
            current = parent(&current).join(link);
        } else if kind.is_dir() {
            return Err(Refusal::Folder.into_io(io::ErrorKind::IsADirectory));
        } else if kind.is_file() {
            if meta.permissions().readonly() {
                return Err(Refusal::ReadOnly.into_io(io::ErrorKind::PermissionDenied));
            }
            return Ok(Destination::File(current));
        } else {
            return Ok(Destination::Special(current));
        }
    }
    Err(Refusal::LinkChain.into_io(io::ErrorKind::InvalidInput))
}

/// Replaces the backup with the current `FILE`, atomically: a hard link (or
/// a copy where links are not supported) under a temporary name, renamed.
fn keep_backup(path: &Path) -> io::Result<()> {
    ensure_side_folder(path)?;
    let dir = parent(path);
    let staging = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM)
        .tempfile_in(dir)?;
    let staging_path = staging.path().to_path_buf();
    // Free the name so the link can take it; the guard below removes it on failure.
    drop(staging);
    let guard = RemoveOnDrop(&staging_path);
    if fs::hard_link(path, &staging_path).is_err() {
        fs::copy(path, &staging_path)?;
        File::open(&staging_path)?.sync_all()?;
    }
    fs::rename(&staging_path, backup_path(path))?;
    std::mem::forget(guard);
    Ok(())
}

struct RemoveOnDrop<'a>(&'a Path);

impl Drop for RemoveOnDrop<'_> {
    fn drop(&mut self) {
        let _ = fs::remove_file(self.0);
    }
}

/// Temporary files of `path` are `.FILE.XXXXXXXX.tmp`, hidden and named
/// after it, so that leftovers of a killed process can be recognised.
fn temp_prefix(path: &Path) -> String {
    format!(
        ".{}.",
        path.file_name().unwrap_or_default().to_string_lossy()
    )
}

const TEMP_SUFFIX: &str = ".tmp";
const TEMP_RANDOM: usize = 8;

/// Whether a file named with `file_name_len` bytes leaves room for its
/// temporary files (`.NAME.XXXXXXXX.tmp`, the longest name a save uses)
/// under the usual 255-byte limit on a file name.
pub fn name_fits(file_name_len: usize) -> bool {
    ".".len() + file_name_len + ".".len() + TEMP_RANDOM + TEMP_SUFFIX.len() <= 255
}

/// Whether `name` is one of `path`'s temporary files: exactly the prefix,
/// the random part and the suffix. A prefix match alone is not enough: the
/// temporary files of `a.toml.x.toml` start with `.a.toml.` too.
fn is_temp_of(name: &str, path: &Path) -> bool {
    name.strip_prefix(&temp_prefix(path))
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM && random.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// Removes temporary files of `path` (or of the file its links lead to)
/// left by a process that was killed mid-save. Call only while holding
/// `path`'s lock, so none is in use; files of other targets are never
/// touched.
pub fn remove_stale(path: &Path) {
    let path = match destination(path) {
        Ok(Destination::File(target)) => target,
        _ => return,
    };
    let Ok(entries) = fs::read_dir(parent(&path)) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        if is_temp_of(&name.to_string_lossy(), &path) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Flushes a folder's entries (the rename) to disk; a no-op where folders
/// cannot be opened as files.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names_belong_to_one_target_only() {
        let a = Path::new("/d/a.toml");
        assert!(is_temp_of(".a.toml.AbC12345.tmp", a));
        assert!(!is_temp_of(".a.toml.x.toml.AbC12345.tmp", a));
        assert!(!is_temp_of(".a.toml.x.tmp", a));
        assert!(!is_temp_of(".a.toml.AbC1234..tmp", a));
    }

    #[test]
    fn replaces_keeps_a_backup_and_creates_owner_only_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        write(&path, b"one", Mode::CreateNew).unwrap();
        assert_eq!(
            write(&path, b"x", Mode::CreateNew).unwrap_err().kind(),
            io::ErrorKind::AlreadyExists
        );
        write(&path, b"two", Mode::ReplaceWithBackup).unwrap();
        write(&path, b"three", Mode::ReplaceWithBackup).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        // A writer that fails half-way (a full disk) changes nothing.
        let full = write_with(&path, Mode::ReplaceWithBackup, |f| {
            f.write_all(b"half")?;
            Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "no space left on device",
            ))
        });
        assert_eq!(full.unwrap_err().kind(), io::ErrorKind::StorageFull);
        assert_eq!(fs::read(&path).unwrap(), b"three");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"two");
        // No temporary files are left behind.
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }
}
