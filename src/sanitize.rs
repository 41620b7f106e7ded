//! The one place where text from files and users is made safe to show:
//! control characters (escape sequences, carriage returns, bells, C1
//! controls), line and paragraph separators and bidirectional controls are
//! replaced with U+FFFD, so nothing can move the cursor, retitle the
//! terminal, clear the screen or reorder what is shown. The interface, every
//! line the commands print and every error message go through [`clean`].

/// Replaces control characters (except newline; a tab becomes a space),
/// U+2028/U+2029 and bidirectional controls with U+FFFD.
pub fn clean(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut out = String::with_capacity(text.len());
    let mut previous = '\0';
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(match c {
            '\n' => '\n',
            '\t' => ' ',
            // The joiner inside an emoji sequence (👩‍💻) draws one emoji.
            '\u{200D}' if is_emoji(previous) && chars.peek().is_some_and(|&n| is_emoji(n)) => c,
            c if is_unsafe(c) => '\u{FFFD}',
            c => c,
        });
        previous = c;
    }
    out
}

/// Characters that take part in emoji sequences (pictographs, the
/// variation selector that asks for emoji presentation).
fn is_emoji(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{FE0F}' | '\u{1F000}'..='\u{1FAFF}')
}

/// Characters a terminal must never receive from a file or a user: C0 and
/// C1 controls (newline and tab are the callers' business), the line and
/// paragraph separators, and every bidirectional control (marks,
/// embeddings, overrides, isolates).
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_invisible_layout(c)
}

/// The line and paragraph separators, the bidirectional controls and the
/// zero-width characters: valid in JSON strings and harmless to parsers,
/// but they reorder or break the lines a terminal shows, or hide text
/// (shown as U+FFFD, so a reader sees that something is there).
pub fn is_invisible_layout(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// The first character of a name that a reader could not see: a control,
/// a zero-width or bidirectional character, a soft hyphen. Names (of
/// assessments, owners, approvers, the assessor) holding one are refused:
/// two names that look the same must be the same.
pub fn hidden_char(name: &str) -> Option<char> {
    name.chars().find(|&c| is_unsafe(c) || c == '\u{00AD}')
}

/// JSON text with C1 controls, separators and bidirectional controls
/// written as `\uXXXX` escapes: the same JSON value, safe on a terminal.
/// Such characters only occur inside strings, where the escape is valid.
pub fn json_escape_invisible(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if (c.is_control() && c != '\n' && c != '\t' && c != '\r') || is_invisible_layout(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
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

/// [`one_line`], cut to at most `chars` characters and `…` when longer:
/// enough of a note to tell two apart.
pub fn one_line_cut(text: &str, chars: usize) -> String {
    let line = one_line(text);
    match line.char_indices().nth(chars) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line,
    }
}

/// Text for standard output or standard error, where a CI runner reads
/// every line: [`clean`], and a line that would start with `::` (GitHub
/// Actions' workflow commands, such as `::error::` or `::add-mask::`,
/// also after leading spaces) gets U+FFFD in front, so that text from a
/// shared assessment can never drive the runner.
pub fn for_output(text: &str) -> String {
    let cleaned = clean(text);
    if !cleaned.contains("::") {
        return cleaned;
    }
    let mut out = String::with_capacity(cleaned.len() + 8);
    for (i, line) in cleaned.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if line.trim_start().starts_with("::") {
            out.push('\u{FFFD}');
        }
        out.push_str(line);
    }
    out
}

/// `word` as one word a POSIX shell reads back: plain when safe, else in
/// single quotes (every command line srm-assess suggests or writes).
pub fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:@,+%".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
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
    fn zero_width_characters_show_and_are_found_in_names() {
        assert_eq!(
            clean("a\u{200B}b\u{FEFF}c\u{2060}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}"
        );
        assert_eq!(hidden_char("Maria"), None);
        assert_eq!(hidden_char("Mar\u{200D}ia"), Some('\u{200D}'));
        assert_eq!(hidden_char("Ma\u{202E}ria"), Some('\u{202E}'));
        assert_eq!(hidden_char("Ma\u{AD}ria"), Some('\u{AD}'));
        assert_eq!(hidden_char("José Müller-Ōta"), None);
    }

    #[test]
    fn no_output_line_can_be_a_workflow_command() {
        let out = for_output("x: a\n::error::forged\n  ::add-mask::y\nok :: fine");
        for line in out.lines() {
            assert!(!line.trim_start().starts_with("::"), "{line}");
        }
        assert!(out.ends_with("ok :: fine"));
        assert_eq!(for_output("plain\n"), "plain\n");
    }

    #[test]
    fn separators_c1_and_every_bidi_control_are_replaced() {
        assert_eq!(
            clean("a\u{2028}b\u{2029}c\u{9b}d\u{200f}e\u{2067}f\u{61c}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}"
        );
    }

    #[test]
    fn json_keeps_its_value_with_invisible_characters_escaped() {
        let json = "{\"a\":\"x\u{9b}y\u{202e}z\u{2028}\"}";
        let escaped = json_escape_invisible(json);
        assert_eq!(escaped, "{\"a\":\"x\\u009by\\u202ez\\u2028\"}");
        let a: serde_json::Value = serde_json::from_str(json).unwrap();
        let b: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn text_is_composed() {
        assert_eq!(nfc("e\u{301}"), "\u{e9}");
        let mut s = String::from("Cafe\u{301}");
        nfc_in_place(&mut s);
        assert_eq!(s, "Caf\u{e9}");
    }
}
