//! An exclusive lock per assessment, held only while a save reads, merges
//! and writes, so that two processes never interleave their saves.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a save waits for another process's save to finish.
const WAIT: Duration = Duration::from_secs(10);

/// A held lock; released when dropped.
pub struct Lock {
    _file: File,
}

/// The lock file of an assessment: `.srm-assess/NAME.toml.lock` beside
/// it (a folder git ignores). A separate file, because the assessment
/// itself is replaced on each save.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    super::atomic::side_folder(path).join(name)
}

/// Takes the exclusive lock of `path`, waiting up to 10 seconds. The lock
/// sits beside the file that links to `path` lead to, so every link to one
/// file shares one lock; a lock file that is itself a link is refused,
/// never followed.
pub fn acquire(path: &Path) -> io::Result<Lock> {
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    super::atomic::ensure_side_folder(&real)?;
    let lock = lock_path(&real);
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
        options.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
    }
    let file = options.open(&lock).map_err(|e| {
        let is_link = std::fs::symlink_metadata(&lock).is_ok_and(|m| m.file_type().is_symlink());
        if is_link {
            super::atomic::Refusal::LockIsLink(lock.clone()).into_io(io::ErrorKind::InvalidInput)
        } else {
            e
        }
    })?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Lock { _file: file }),
            Err(TryLockError::WouldBlock) if start.elapsed() < WAIT => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(super::atomic::Refusal::LockBusy.into_io(io::ErrorKind::WouldBlock));
            }
            Err(TryLockError::Error(e)) => return Err(e),
        }
    }
}
