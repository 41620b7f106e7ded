//! A one-line text field (a name, an owner, a date, a search), edited by
//! ratatui-textarea like the multi-line editors: the cursor moves with the
//! arrows, Home and End, and a key that would start a new line is ignored.

use ratatui_textarea::{CursorMove, Input, Key, TextArea};
use unicode_width::UnicodeWidthStr;

/// A one-line text field.
#[derive(Debug, Clone, Default)]
pub struct LineInput(TextArea<'static>);

impl LineInput {
    /// A field holding `text` (cleaned, on one line), the cursor at its end.
    pub fn new(text: &str) -> Self {
        let mut area = TextArea::new(vec![crate::sanitize::one_line(text)]);
        area.move_cursor(CursorMove::End);
        LineInput(area)
    }

    /// What is typed.
    pub fn text(&self) -> String {
        self.0.lines().concat()
    }

    /// Whether nothing is typed.
    pub fn is_empty(&self) -> bool {
        self.0.lines().iter().all(String::is_empty)
    }

    /// Takes one key; returns whether the text changed.
    pub fn input(&mut self, input: Input) -> bool {
        let new_line = matches!(input.key, Key::Enter)
            || (input.ctrl && matches!(input.key, Key::Char('m' | 'j')));
        if new_line {
            return false;
        }
        self.0.input(input)
    }

    /// The display width of the text before the cursor, to place the
    /// terminal's cursor.
    pub fn cursor_width(&self) -> usize {
        let column = self.0.cursor().1;
        let line = self.0.lines().first().map_or("", String::as_str);
        let before: String = line.chars().take(column).collect();
        crate::sanitize::one_line(&before).width()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(key: Key) -> Input {
        Input {
            key,
            ctrl: false,
            alt: false,
            shift: false,
        }
    }

    #[test]
    fn edits_in_the_middle_and_stays_on_one_line() {
        let mut field = LineInput::new("2027-01-31");
        assert_eq!(field.cursor_width(), 10);
        field.input(key(Key::Home));
        field.input(key(Key::Delete));
        field.input(key(Key::Char('3')));
        assert_eq!(field.text(), "3027-01-31");
        assert!(!field.input(key(Key::Enter)));
        assert_eq!(field.text(), "3027-01-31");
        assert_eq!(field.cursor_width(), 1);
    }

    #[test]
    fn text_from_a_file_is_cleaned_and_kept_on_one_line() {
        let field = LineInput::new("a\nb\u{1b}[2J");
        assert!(!field.text().contains('\n') && !field.text().contains('\u{1b}'));
        assert!(LineInput::default().is_empty());
    }
}
