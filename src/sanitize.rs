//! The one place where text from files and users is made safe to show:
//! control characters (escape sequences, carriage returns, bells) and
//! bidirectional overrides are replaced with U+FFFD, so nothing can move the
//! cursor, retitle the terminal, clear the screen or reorder what is shown.

/// Replaces control characters (except newline; a tab becomes a space) and
/// bidirectional overrides and isolates with U+FFFD.
pub fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\n' => '\n',
            '\t' => ' ',
            c if c.is_control() => '\u{FFFD}',
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// Unicode NFC: the composed form, so that `é` typed on one system and
/// `e` + combining accent pasted from another compare, search and measure
/// alike. Applied to every text read from a questionnaire or an assessment.
pub fn nfc(text: &str) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text.to_string()
    } else {
        text.nfc().collect()
    }
}

/// Normalizes a string in place (see [`nfc`]).
pub fn nfc_in_place(text: &mut String) {
    use unicode_normalization::{IsNormalized, is_nfc_quick};
    if is_nfc_quick(text.chars()) != IsNormalized::Yes {
        *text = nfc(text);
    }
}

/// [`clean`], with newlines turned into spaces: for one-line places.
pub fn one_line(text: &str) -> String {
    clean(text).replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_replaced() {
        assert_eq!(
            clean("a\u{1b}[2Jb\u{202e}c\td\r\ne\u{7}"),
            "a\u{FFFD}[2Jb\u{FFFD}c d\ne\u{FFFD}"
        );
        assert_eq!(one_line("a\nb"), "a b");
    }

    #[test]
    fn text_is_composed() {
        assert_eq!(nfc("e\u{301}"), "\u{e9}");
        let mut s = String::from("Cafe\u{301}");
        nfc_in_place(&mut s);
        assert_eq!(s, "Caf\u{e9}");
    }
}
