//! Opening files that may be anything: a FIFO, a device, a folder, or far
//! larger than expected. Nothing here blocks on what is at the path: a
//! FIFO is opened without waiting for a writer and refused, and a read
//! stops past its limit.

use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::Path;

/// What is at a path, opened for reading if it is a regular file.
#[derive(Debug)]
pub enum Opened {
    /// A regular file, open, with the metadata of the very file opened.
    File(File, Metadata),
    /// Something else: a folder, a FIFO, a device, a socket.
    NotRegular,
}

/// Opens `path` for reading without blocking on a FIFO or a device, and
/// only keeps it open if it is a regular file (links are followed).
pub fn open(path: &Path) -> io::Result<Opened> {
    let file = open_with(path, true)?;
    let meta = file.metadata()?;
    if meta.is_file() {
        Ok(Opened::File(file, meta))
    } else {
        Ok(Opened::NotRegular)
    }
}

#[cfg(unix)]
fn open_with(path: &Path, follow: bool) -> io::Result<File> {
    use rustix::fs::{Mode, OFlags};
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a
    // writer forever. It changes nothing for a regular file's reads.
    let mut flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    if !follow {
        flags |= OFlags::NOFOLLOW;
    }
    match rustix::fs::open(path, flags, Mode::empty()) {
        Ok(fd) => Ok(File::from(fd)),
        // O_NOFOLLOW on a link fails with ELOOP: said as what it is.
        Err(rustix::io::Errno::LOOP) if !follow => {
            Err(super::atomic::Refusal::Link.into_io(io::ErrorKind::InvalidInput))
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(unix))]
fn open_with(path: &Path, follow: bool) -> io::Result<File> {
    let meta = if follow {
        std::fs::metadata(path)?
    } else {
        std::fs::symlink_metadata(path)?
    };
    if meta.file_type().is_symlink() {
        return Err(super::atomic::Refusal::Link.into_io(io::ErrorKind::InvalidInput));
    }
    if !meta.is_file() {
        return Err(io::Error::from(io::ErrorKind::InvalidInput));
    }
    File::open(path)
}

/// [`read`], refusing a symbolic link at `path` itself instead of
/// following it (`O_NOFOLLOW`): for files a cloned repository provides,
/// which must never lead a write outside it.
pub fn read_no_follow(path: &Path, limit: u64) -> Result<(Vec<u8>, Metadata), ReadError> {
    let (file, meta) = open_bounded(path, limit, false)?;
    read_open(file, meta, limit)
}

/// Why a bounded read stopped.
#[derive(Debug)]
pub enum ReadError {
    /// Not a regular file.
    NotRegular,
    /// Larger than the limit, in bytes.
    TooLarge(u64),
    /// Missing, unreadable, or an I/O error midway.
    Io(io::Error),
}

impl ReadError {
    /// As an I/O error, for callers that report every failure alike (a
    /// FIFO worded as "not a regular file").
    pub fn into_io(self) -> io::Error {
        match self {
            ReadError::Io(e) => e,
            ReadError::NotRegular => {
                super::atomic::Refusal::NotRegular.into_io(io::ErrorKind::InvalidInput)
            }
            ReadError::TooLarge(_) => io::Error::from(io::ErrorKind::FileTooLarge),
        }
    }
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// A regular file no larger than `limit` (as it stands when opened), open;
/// a link at `path` is followed only when `follow`.
fn open_bounded(path: &Path, limit: u64, follow: bool) -> Result<(File, Metadata), ReadError> {
    let file = open_with(path, follow)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge(limit));
    }
    Ok((file, meta))
}

/// Reads a whole regular file of at most `limit` bytes, with the metadata
/// of the very file read. A file that grows past the limit while being
/// read is refused too.
pub fn read(path: &Path, limit: u64) -> Result<(Vec<u8>, Metadata), ReadError> {
    let (file, meta) = open_bounded(path, limit, true)?;
    read_open(file, meta, limit)
}

/// Reads a file [`open_bounded`] opened, refusing one that grew past
/// `limit` meanwhile.
fn read_open(file: File, meta: Metadata, limit: u64) -> Result<(Vec<u8>, Metadata), ReadError> {
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(limit));
    }
    Ok((bytes, meta))
}

/// Feeds a regular file of at most `limit` bytes to `each`, a block at a
/// time (for hashing without holding the file in memory).
pub fn stream(path: &Path, limit: u64, mut each: impl FnMut(&[u8])) -> Result<(), ReadError> {
    let (file, _) = open_bounded(path, limit, true)?;
    let mut file = file.take(limit + 1);
    let mut buffer = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n = match file.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        };
        total += n as u64;
        if total > limit {
            return Err(ReadError::TooLarge(limit));
        }
        each(&buffer[..n]);
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_refused_at_once_and_a_large_file_at_its_limit() {
        let dir = tempfile::tempdir().expect("dir");
        let fifo = dir.path().join("pipe");
        rustix::fs::mknodat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::from_raw_mode(0o600),
            0,
        )
        .expect("mkfifo");
        assert!(matches!(read(&fifo, 10), Err(ReadError::NotRegular)));
        assert!(matches!(
            stream(&fifo, 10, |_| {}),
            Err(ReadError::NotRegular)
        ));
        assert!(matches!(read(dir.path(), 10), Err(ReadError::NotRegular)));
        let big = dir.path().join("big");
        std::fs::write(&big, [0u8; 11]).expect("write");
        assert!(matches!(read(&big, 10), Err(ReadError::TooLarge(10))));
        assert!(matches!(
            stream(&big, 10, |_| {}),
            Err(ReadError::TooLarge(10))
        ));
        let (bytes, _) = read(&big, 11).expect("fits");
        assert_eq!(bytes.len(), 11);
        assert!(matches!(
            read(&dir.path().join("nope"), 10),
            Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound
        ));
    }
}
