//! A reproducible `.tar.gz`: members sorted by name, every header the same
//! but for name and size (mode 0644, owner 0, one fixed time), gzip with no
//! name and no time; and its reading back without touching the disk.

use std::io::{Read, Write};

use flate2::Compression;
use flate2::read::GzDecoder;
use sha2::{Digest, Sha256};

/// One file of the archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Its name: relative, `/`-separated, clean (see [`clean_name`]).
    pub name: String,
    /// Its content.
    pub bytes: Vec<u8>,
}

/// Whether `name` can be a member's name: relative, `/`-separated parts
/// that are neither empty, `.` nor `..`, no control character, no
/// backslash, at most 200 bytes (a plain ustar name and prefix hold it).
pub fn clean_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 200
        && !name.starts_with('/')
        && !name.chars().any(|c| c.is_control() || c == '\\')
        && name
            .split('/')
            .all(|p| !p.is_empty() && p != "." && p != "..")
}

/// The archive of `members` (sorted here by name), every member dated
/// `mtime` (seconds since 1970).
pub fn write(members: &[Member], mtime: u64) -> std::io::Result<Vec<u8>> {
    let mut sorted: Vec<&Member> = members.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let gz = flate2::GzBuilder::new()
        .operating_system(255)
        .mtime(0)
        .write(Vec::new(), Compression::best());
    let mut tar = tar::Builder::new(gz);
    tar.mode(tar::HeaderMode::Deterministic);
    for m in sorted {
        let mut header = tar::Header::new_ustar();
        header.set_size(m.bytes.len() as u64);
        header.set_mode(0o644);
        header.set_uid(0);
        header.set_gid(0);
        header.set_mtime(mtime);
        header.set_entry_type(tar::EntryType::Regular);
        tar.append_data(&mut header, &m.name, m.bytes.as_slice())?;
    }
    let gz = tar.into_inner()?;
    let mut bytes = gz.finish()?;
    bytes.flush()?;
    Ok(bytes)
}

/// A member as read back: its name, size and SHA-256, and its content
/// when it is small enough to be worth keeping (the manifest).
#[derive(Debug, Clone)]
pub struct ReadMember {
    /// The name in the archive.
    pub name: String,
    /// Whether it is a regular file (anything else is refused).
    pub regular: bool,
    /// Its size in bytes.
    pub size: u64,
    /// The SHA-256 of its content, lowercase hex.
    pub sha256: String,
    /// Its content, for the members named `keep`.
    pub bytes: Option<Vec<u8>>,
}

/// Every member of the `.tar.gz` in `bytes`, hashed as it is read, never
/// written anywhere; the content of the member named `keep` kept.
pub fn read(bytes: &[u8], keep: &str) -> std::io::Result<Vec<ReadMember>> {
    let mut archive = tar::Archive::new(GzDecoder::new(bytes));
    let mut out = Vec::new();
    for entry in archive.entries()? {
        let mut entry = entry?;
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let regular = entry.header().entry_type() == tar::EntryType::Regular;
        let mut hasher = Sha256::new();
        let mut kept = Vec::new();
        let mut size = 0u64;
        let mut buffer = [0u8; 64 * 1024];
        loop {
            let n = entry.read(&mut buffer)?;
            if n == 0 {
                break;
            }
            size += n as u64;
            hasher.update(&buffer[..n]);
            if name == keep && kept.len() < 16 * 1024 * 1024 {
                kept.extend_from_slice(&buffer[..n]);
            }
        }
        out.push(ReadMember {
            sha256: hex(&hasher.finalize()),
            bytes: (name == keep).then_some(kept),
            name,
            regular,
            size,
        });
    }
    Ok(out)
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 of `bytes`, lowercase hex.
pub fn sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}
