//! `srm-assess verify`: a bundle checked against its manifest and, with a
//! public key, its minisign signature; every member read and hashed in
//! memory, nothing extracted.

use super::archive::{self, ReadMember, clean_name};
use super::{MANIFEST, parse_manifest};

/// What is wrong with a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not a readable `.tar.gz` (a flipped byte, a truncated file): why.
    Unreadable(String),
    /// No `MANIFEST` member.
    NoManifest,
    /// A manifest line that does not read (its number).
    BadManifest(usize),
    /// A member whose content is not what the manifest says.
    Changed(String),
    /// A member the manifest lists that is not there.
    Missing(String),
    /// A member the manifest does not list.
    Extra(String),
    /// A member that is not a regular file, or whose name is not clean
    /// (absolute, `..`, a link).
    Unsafe(String),
    /// A name that appears twice.
    Twice(String),
    /// No signature beside the archive, though a public key was given.
    NoSignature,
    /// The signature does not verify with the key (a changed archive, or
    /// another key): minisign's reason.
    BadSignature(String),
    /// The public key could not be read: why.
    BadKey(String),
}

impl Problem {
    /// The problem in words, one line.
    pub fn words(&self, l: crate::lang::Lang) -> String {
        use crate::messages as m;
        match self {
            Problem::Unreadable(why) => m::verify_unreadable(l, why),
            Problem::NoManifest => m::verify_no_manifest(l),
            Problem::BadManifest(n) => m::verify_bad_manifest(l, *n),
            Problem::Changed(name) => m::verify_changed(l, name),
            Problem::Missing(name) => m::verify_missing(l, name),
            Problem::Extra(name) => m::verify_extra(l, name),
            Problem::Unsafe(name) => m::verify_unsafe(l, name),
            Problem::Twice(name) => m::verify_twice(l, name),
            Problem::NoSignature => m::verify_no_signature(l),
            Problem::BadSignature(why) => m::verify_bad_signature(l, why),
            Problem::BadKey(why) => m::verify_bad_key(l, why),
        }
    }
}

/// Checks the archive in `bytes` against its manifest: every member
/// listed, the same size and SHA-256, none unlisted, none unsafe. Gives
/// how many members it read, and what is wrong.
pub fn manifest(bytes: &[u8]) -> (usize, Vec<Problem>) {
    match archive::read(bytes, MANIFEST) {
        Ok(members) => (members.len(), against_manifest(&members)),
        Err(e) => (0, vec![Problem::Unreadable(e.to_string())]),
    }
}

/// What is wrong with `members` as their manifest lists them.
fn against_manifest(members: &[ReadMember]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for m in members {
        if !m.regular || !clean_name(&m.name) {
            problems.push(Problem::Unsafe(m.name.clone()));
        }
        if !seen.insert(m.name.clone()) {
            problems.push(Problem::Twice(m.name.clone()));
        }
    }
    let Some(text) = members
        .iter()
        .find(|m| m.name == MANIFEST)
        .and_then(|m| m.bytes.as_ref())
    else {
        problems.push(Problem::NoManifest);
        return problems;
    };
    let lines = match parse_manifest(&String::from_utf8_lossy(text)) {
        Ok(lines) => lines,
        Err(n) => {
            problems.push(Problem::BadManifest(n));
            return problems;
        }
    };
    let find = |name: &str| -> Option<&ReadMember> { members.iter().find(|m| m.name == name) };
    for line in &lines {
        match find(&line.name) {
            None => problems.push(Problem::Missing(line.name.clone())),
            Some(m) if m.size != line.size || m.sha256 != line.sha256 => {
                problems.push(Problem::Changed(line.name.clone()));
            }
            Some(_) => {}
        }
    }
    for m in members {
        if m.name != MANIFEST && !lines.iter().any(|l| l.name == m.name) {
            problems.push(Problem::Extra(m.name.clone()));
        }
    }
    problems
}

/// Checks the minisign signature `signature` (the `.minisig` file's text)
/// of `bytes` with the public key `key` (the `.pub` file's text).
pub fn signature(bytes: &[u8], signature: &str, key: &str) -> Result<(), Problem> {
    let key = minisign::PublicKeyBox::from_string(key)
        .and_then(|b| b.into_public_key())
        .map_err(|e| Problem::BadKey(e.to_string()))?;
    let sig = minisign::SignatureBox::from_string(signature)
        .map_err(|e| Problem::BadSignature(e.to_string()))?;
    minisign::verify(&key, &sig, std::io::Cursor::new(bytes), true, false, false)
        .map_err(|e| Problem::BadSignature(e.to_string()))
}

/// Signs `bytes` with the minisign secret key `key` (the key file's text;
/// `password` for an encrypted one), the trusted comment `comment`: the
/// `.minisig` file's text (minisign adds randomness: two signatures of
/// the same bytes differ, and both verify).
pub fn sign(
    bytes: &[u8],
    key: &str,
    password: Option<String>,
    comment: &str,
    lang: crate::lang::Lang,
) -> Result<String, String> {
    // A key made with `minisign -G -W` is stored in clear; any other is
    // decrypted with the password (asked on the terminal when none is given).
    let unreadable =
        |e: minisign::PError| crate::messages::bundle_key_unreadable(lang, &e.to_string());
    let boxed = minisign::SecretKeyBox::from_string(key).map_err(unreadable)?;
    let sk = match boxed.clone().into_unencrypted_secret_key() {
        Ok(sk) => sk,
        // `minisign -G -W` (0.11) writes its key in clear with a zero
        // checksum, which the minisign crate refuses as corrupted: read it
        // as the bytes it is.
        Err(clear) if clear.to_string() == "Corrupted key" => key
            .lines()
            .nth(1)
            .and_then(|line| base64(line.trim()))
            .and_then(|bytes| minisign::SecretKey::from_bytes(&bytes).ok())
            .filter(|sk| !sk.is_encrypted())
            .ok_or_else(|| crate::messages::bundle_key_without_password(lang))?,
        Err(_) => boxed.into_secret_key(password).map_err(unreadable)?,
    };
    // Checked against the key's own public half as it is made: a key
    // that is damaged signs nothing.
    let pk = minisign::PublicKey::from_secret_key(&sk).map_err(unreadable)?;
    let sig = minisign::sign(
        Some(&pk),
        &sk,
        std::io::Cursor::new(bytes),
        Some(comment),
        Some("signature from srm-assess"),
    )
    .map_err(unreadable)?;
    Ok(sig.to_string())
}

/// Standard base64 (with padding) decoded; `None` when it is not.
fn base64(text: &str) -> Option<Vec<u8>> {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let value = ALPHABET.iter().position(|&a| a == c)? as u32;
        acc = (acc << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_decodes_what_minisign_writes() {
        assert_eq!(super::base64("RWQ=").as_deref(), Some(&b"Ed"[..]));
        assert_eq!(
            super::base64("aGVsbG8gd29ybGQ=").as_deref(),
            Some(&b"hello world"[..])
        );
        assert_eq!(super::base64("not base64!"), None);
    }
}
