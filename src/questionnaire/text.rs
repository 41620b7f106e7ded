//! A text in every locale of a questionnaire, and its fingerprint (what
//! tells a reworded question).

use super::{List, Str};
use crate::lang::Lang;

/// A human-readable string in every locale of its questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// `(locale, text)` pairs in the questionnaire's locale order.
    pub(super) values: List<(Str, Str)>,
}

impl Text {
    /// Builds a text from `(locale, text)` pairs; the first is the fallback.
    pub fn new(values: Vec<(String, String)>) -> Self {
        Self {
            values: values
                .into_iter()
                .map(|(code, text)| (Str::Owned(code), Str::Owned(text)))
                .collect(),
        }
    }

    /// The text in `lang`, or in the questionnaire's first locale when the
    /// questionnaire does not have `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        self.values
            .iter()
            .find(|(code, _)| code == lang.code())
            .or_else(|| self.values.first())
            .map_or("", |(_, text)| text)
    }

    /// Every `(locale, text)` pair.
    pub fn all(&self) -> &[(Str, Str)] {
        &self.values
    }
}

/// A short, stable fingerprint of a question's wording in the first locale
/// of its questionnaire (the authoritative one; a better translation does
/// not invalidate answers), whitespace-insensitive: `sha256:` + 16 hex digits.
pub fn fingerprint_of(text: &Text) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    if let Some((_, text)) = text.all().first() {
        for word in text.split_whitespace() {
            hasher.update(word.as_bytes());
            hasher.update([b' ']);
        }
    }
    let digest = hasher.finalize();
    let mut out = String::from("sha256:");
    for byte in &digest[..8] {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}
