//! The shapes ids and locale codes must have.

use super::*;

/// Whether `id` is a valid item id: lowercase ASCII letters and digits,
/// with single `.`, `-` or `_` between them.
pub fn is_valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    alnum(first)
        && alnum(last)
        && bytes
            .iter()
            .all(|&b| alnum(b) || matches!(b, b'.' | b'-' | b'_'))
        && !bytes.windows(2).any(|w| !alnum(w[0]) && !alnum(w[1]))
}

/// Whether a locale code is two or three lowercase ASCII letters.
pub(super) fn is_valid_locale(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

pub(super) fn bad_id_message(kind: &str, id: &str) -> Issue {
    Issue::BadId(kind.to_string(), id.to_string())
}
