//! The evidence bundle an auditor is handed (`srm-assess bundle`): one
//! reproducible `.tar.gz` holding a `MANIFEST` (the SHA-256 and size of
//! every other member), a README saying what each file is, the assessment
//! file, the reports, the evidence files that are regular files, the
//! evidence as an index with dates and states, and the probe's readings;
//! and its checking ([`verify`]) without extracting anything.

pub mod archive;
mod contents;
pub mod verify;

pub use archive::Member;
pub use contents::{Bundle, members};

/// Where the minisign signature of the archive at `archive` is kept:
/// beside it, `FILE.tar.gz.minisig`, as minisign expects.
pub fn signature_path(archive: &std::path::Path) -> std::path::PathBuf {
    let mut sig = archive.as_os_str().to_os_string();
    sig.push(".minisig");
    sig.into()
}

/// The manifest's name in the archive.
pub const MANIFEST: &str = "MANIFEST";

/// The manifest of `members`: a comment line, then `SHA256  SIZE  NAME`
/// for each, sorted by name.
pub fn manifest(members: &[Member]) -> String {
    let mut sorted: Vec<&Member> = members.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let mut out = String::from(
        "# srm-assess bundle: the SHA-256, the size in bytes and the name of every other member\n",
    );
    for m in sorted {
        out.push_str(&format!(
            "{}  {}  {}\n",
            archive::sha256(&m.bytes),
            m.bytes.len(),
            m.name
        ));
    }
    out
}

/// One line of a manifest: the SHA-256, the size and the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The SHA-256, lowercase hex.
    pub sha256: String,
    /// The size in bytes.
    pub size: u64,
    /// The member's name.
    pub name: String,
}

/// The lines of `text`; `Err` with the number of the first line that does
/// not read (counted from 1).
pub fn parse_manifest(text: &str) -> Result<Vec<Line>, usize> {
    let mut lines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, "  ");
        let (Some(sha256), Some(size), Some(name)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(i + 1);
        };
        let hex = sha256.len() == 64 && sha256.bytes().all(|b| b.is_ascii_hexdigit());
        match size.parse() {
            Ok(size) if hex && archive::clean_name(name) => lines.push(Line {
                sha256: sha256.to_string(),
                size,
                name: name.to_string(),
            }),
            _ => return Err(i + 1),
        }
    }
    Ok(lines)
}
