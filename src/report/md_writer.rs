//! A small Markdown writer in which text can only enter escaped.
//!
//! Every string that comes from a file or a user is passed as a [`Span`],
//! and [`Span::Text`] is always escaped, so notes cannot add headings,
//! lists, tables, images, HTML or links that hide their target; a URL typed
//! in a note is written as an autolink and stays visible as itself. The
//! writer also keeps the output lint-clean: one blank line between blocks,
//! no trailing spaces, one final newline.

use crate::sanitize::clean;
use std::borrow::Cow;

/// A piece of inline content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span<'a> {
    /// Text from anywhere: escaped; URLs in it become autolinks.
    Text(Cow<'a, str>),
    /// Bold text (escaped).
    Strong(Cow<'a, str>),
    /// A link whose text is escaped and whose URL must be `https`; any
    /// other URL is written as plain text.
    Link(Cow<'a, str>, Cow<'a, str>),
    /// An email address or URL shown as itself.
    Auto(Cow<'a, str>),
}

/// Text (escaped).
pub fn text<'a>(s: impl Into<Cow<'a, str>>) -> Span<'a> {
    Span::Text(s.into())
}

/// Bold text (escaped).
pub fn strong<'a>(s: impl Into<Cow<'a, str>>) -> Span<'a> {
    Span::Strong(s.into())
}

/// A link with a visible title.
pub fn link<'a>(title: impl Into<Cow<'a, str>>, url: impl Into<Cow<'a, str>>) -> Span<'a> {
    Span::Link(title.into(), url.into())
}

/// An address shown as itself.
pub fn auto<'a>(s: impl Into<Cow<'a, str>>) -> Span<'a> {
    Span::Auto(s.into())
}

/// Column alignment in a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Left.
    Left,
    /// Right (numbers).
    Right,
}

/// A Markdown document being written.
#[derive(Debug, Default)]
pub struct Markdown {
    out: String,
}

impl Markdown {
    /// An empty document.
    pub fn new() -> Self {
        Self::default()
    }

    fn block(&mut self) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
    }

    /// A heading of `level` (1–6).
    pub fn heading(&mut self, level: usize, spans: &[Span]) {
        self.block();
        self.out.push_str(&"#".repeat(level.clamp(1, 6)));
        self.out.push(' ');
        self.out.push_str(&inline(spans, Context::Line));
        self.out.push('\n');
    }

    /// A paragraph; newlines in text become line breaks.
    pub fn paragraph(&mut self, spans: &[Span]) {
        self.block();
        self.out
            .push_str(&inline(spans, Context::Block { indent: 0 }));
        self.out.push('\n');
    }

    /// A bulleted list, one item per entry.
    pub fn bullets(&mut self, items: &[Vec<Span>]) {
        if items.is_empty() {
            return;
        }
        self.block();
        for item in items {
            self.out.push_str("- ");
            self.out
                .push_str(&inline(item, Context::Block { indent: 2 }));
            self.out.push('\n');
        }
    }

    /// A fenced code block tagged `info` (e.g. `mermaid`). Each line is
    /// cleaned of control characters and of backticks, so no text can close
    /// the fence early.
    pub fn fenced(&mut self, info: &str, lines: &[String]) {
        self.block();
        self.out.push_str("```");
        self.out.push_str(info);
        self.out.push('\n');
        for line in lines {
            let line = clean(line).replace(['`', '\n'], "'");
            self.out.push_str(line.trim_end());
            self.out.push('\n');
        }
        self.out.push_str("```\n");
    }

    /// A table with a header row; cells are single-line.
    pub fn table(&mut self, header: &[&str], align: &[Align], rows: &[Vec<Vec<Span>>]) {
        self.block();
        let cells: Vec<String> = header
            .iter()
            .map(|h| inline(&[text(*h)], Context::Cell))
            .collect();
        self.row(&cells);
        let rule: Vec<String> = (0..header.len())
            .map(|i| match align.get(i) {
                Some(Align::Right) => "---:".to_string(),
                _ => "---".to_string(),
            })
            .collect();
        self.row(&rule);
        for row in rows {
            let cells: Vec<String> = row
                .iter()
                .map(|spans| inline(spans, Context::Cell))
                .collect();
            self.row(&cells);
        }
    }

    /// One row in markdownlint's "compact" table style (MD060): one space
    /// on each side of every pipe, so an empty cell is `| |`.
    fn row(&mut self, cells: &[String]) {
        self.out.push('|');
        for cell in cells {
            // GFM trims a cell's content anyway; padding is the pipes'.
            let cell = cell.trim_matches(' ');
            self.out.push(' ');
            if !cell.is_empty() {
                self.out.push_str(cell);
                self.out.push(' ');
            }
            self.out.push('|');
        }
        self.out.push('\n');
    }

    /// The finished document.
    pub fn finish(self) -> String {
        self.out
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// A heading: one line.
    Line,
    /// A table cell: one line, `|` matters.
    Cell,
    /// A paragraph or list item: lines continue with `indent` spaces.
    Block { indent: usize },
}

fn inline(spans: &[Span], context: Context) -> String {
    let mut out = inline_raw(spans, context);
    let kept = out.trim_end().len();
    out.truncate(kept);
    out
}

fn inline_raw(spans: &[Span], context: Context) -> String {
    let mut out = String::new();
    for span in spans {
        match span {
            Span::Text(t) => push_text(&mut out, t, context),
            Span::Strong(t) => {
                out.push_str("**");
                push_text(&mut out, t.trim(), Context::Line);
                out.push_str("**");
            }
            Span::Link(t, url) if is_safe_url(url) && url.starts_with("https://") => {
                out.push('[');
                push_text(&mut out, t, Context::Line);
                out.push_str("](<");
                out.push_str(url);
                out.push_str(">)");
            }
            Span::Link(t, url) => {
                push_text(&mut out, t, Context::Line);
                out.push_str(" (");
                push_text(&mut out, url, Context::Line);
                out.push(')');
            }
            Span::Auto(target) if is_safe_url(target) || is_email(target) => {
                out.push('<');
                out.push_str(target);
                out.push('>');
            }
            Span::Auto(target) => push_text(&mut out, target, context),
        }
    }
    out
}

/// Appends escaped text. Control characters and bidirectional overrides
/// are replaced with U+FFFD, so nothing is hidden or reordered.
fn push_text(out: &mut String, text: &str, context: Context) {
    let clean = clean(text);
    let block = matches!(context, Context::Block { .. });
    // The first span of a block starts its line; so does every later line.
    let block_start = block && out.is_empty();
    let lines: Vec<&str> = clean.split('\n').collect();
    let mut written = 0;
    for (i, line) in lines.iter().enumerate() {
        let last = i + 1 == lines.len();
        let mut line = if i > 0 || block_start {
            line.trim_start()
        } else {
            line
        };
        if !last {
            // No trailing spaces before a line break.
            line = line.trim_end();
        }
        if line.is_empty() && i > 0 {
            continue;
        }
        if written > 0 {
            match context {
                Context::Block { indent } => {
                    // A backslash at the end of a line is a hard line break.
                    out.push_str("\\\n");
                    out.extend(std::iter::repeat_n(' ', indent));
                }
                Context::Line | Context::Cell => out.push(' '),
            }
        }
        push_line(out, line, block && (written > 0 || block_start));
        written += 1;
    }
}

fn push_line(out: &mut String, line: &str, line_start: bool) {
    let mut rest = line;
    let mut start = line_start;
    while !rest.is_empty() {
        if let Some((before, url, after)) = find_url(rest) {
            push_words(out, before, start);
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = after;
        } else {
            push_words(out, rest, start);
            rest = "";
        }
        start = false;
    }
}

/// Escapes characters that can start Markdown structure. Anywhere in a
/// line: `\ ` * _ [ ] > | & ~ $ #` with a backslash, and `<` as `&lt;`. At
/// the start of a line, also its first character when it is punctuation
/// (`#`, `-`, `+`, `=`, …) and the `.` or `)` after a number, so no heading,
/// list or rule can begin.
///
/// GitHub's extended autolinks (`www.`, `scheme://`, e-mail addresses) take
/// in the backslash that escapes the character after them, so `<` is never
/// escaped with a backslash (a raw `<` is the only way into HTML), and the
/// autolinks themselves are defused: the `.` of a `www.` and the `:` of a
/// `://` are escaped, and so is the `@` of an address.
fn push_words(out: &mut String, text: &str, line_start: bool) {
    let digits = if line_start {
        text.chars().take_while(char::is_ascii_digit).count()
    } else {
        0
    };
    for (i, (at, c)) in text.char_indices().enumerate() {
        let rest = &text[at..];
        if c == '<' {
            out.push_str("&lt;");
            continue;
        }
        let escape = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '>' | '|' | '&' | '~' | '$' | '#' | '@'
        ) || (line_start && i == 0 && c.is_ascii_punctuation())
            || (line_start && digits > 0 && i == digits && matches!(c, '.' | ')'))
            || (c == ':' && rest.starts_with("://"))
            || (c == '.' && starts_www(text, at));
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Whether the `.` at byte `dot` ends a `www` that starts a word (any
/// case), which GitHub would turn into a link.
fn starts_www(text: &str, dot: usize) -> bool {
    let Some(before) = text.get(..dot) else {
        return false;
    };
    let Some(start) = before.len().checked_sub(3) else {
        return false;
    };
    before
        .get(start..)
        .is_some_and(|www| www.eq_ignore_ascii_case("www"))
        && before[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Finds the first `http://` or `https://` URL in `text`: the part before,
/// the URL (without trailing punctuation) and the rest.
fn find_url(text: &str) -> Option<(&str, &str, &str)> {
    let start = scheme_at(text)?;
    let tail = &text[start..];
    // A `|` ends a URL: in a table, cells are split on it before links are read.
    let mut len = tail
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | '|'))
        .unwrap_or(tail.len());
    // Two URLs run together are two links.
    if let Some(next) = scheme_at(&tail[1..len]) {
        len = next + 1;
    }
    let url =
        tail[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'', ']', '*', '_']);
    if url.len() <= "https://".len() {
        return None;
    }
    Some((&text[..start], url, &text[start + url.len()..]))
}

/// Where the first `http://` or `https://` starts. One pass over the text:
/// searching for each scheme separately scanned the rest of a long note
/// once per URL, which made a note of 40,000 URLs take seconds.
fn scheme_at(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = text[from..].find("http") {
        let start = from + at;
        let rest = &text[start + 4..];
        if rest.starts_with("://") || rest.starts_with("s://") {
            return Some(start);
        }
        from = start + 4;
    }
    None
}

fn is_safe_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '\\' | '|'))
}

fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '-' | '_' | '+'))
}

#[cfg(test)]
#[path = "md_writer_tests.rs"]
mod tests;
