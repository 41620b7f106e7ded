//! Line and column of a byte offset in a text file, for error messages.

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `source` (clamped to its length and
    /// to a character boundary).
    pub fn at(source: &str, offset: usize) -> Self {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &source[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_and_characters() {
        let src = "a = 1\nbè = 2\n";
        assert_eq!(Position::at(src, 0), Position { line: 1, column: 1 });
        assert_eq!(Position::at(src, 6), Position { line: 2, column: 1 });
        // "bè " is 4 bytes but 3 characters.
        assert_eq!(Position::at(src, 10), Position { line: 2, column: 4 });
        assert_eq!(Position::at(src, 999), Position { line: 3, column: 1 });
        // Inside the two bytes of "è": moved back to its start.
        assert_eq!(Position::at(src, 8), Position { line: 2, column: 2 });
    }
}
