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
}
