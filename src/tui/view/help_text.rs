//! Question help (Markdown) turned into styled terminal text: headings,
//! emphasis, lists, code, and links shown with their URL.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::sanitize::one_line;

/// Renders Markdown into lines; raw HTML is shown as text.
pub fn render(markdown: &str, theme: &Theme) -> Vec<Line<'static>> {
    let mut w = Writer {
        theme,
        out: Vec::new(),
        line: Vec::new(),
        styles: vec![Style::new()],
        lists: Vec::new(),
        link: None,
        code_block: false,
    };
    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        w.event(event);
    }
    w.flush();
    let mut out = w.out;
    while out.first().is_some_and(|l| l.spans.is_empty()) {
        out.remove(0);
    }
    out
}

/// The lines written so far, the line being written and what is open
/// around it (styles, lists, a link, a code block).
struct Writer<'t> {
    theme: &'t Theme,
    out: Vec<Line<'static>>,
    line: Vec<Span<'static>>,
    styles: Vec<Style>,
    /// The open lists: the next number of an ordered one, `None` for bullets.
    lists: Vec<Option<u64>>,
    link: Option<String>,
    code_block: bool,
}

impl Writer<'_> {
    /// Ends the line being written, if it holds anything.
    fn flush(&mut self) {
        if !self.line.is_empty() {
            self.out.push(Line::from(std::mem::take(&mut self.line)));
        }
    }

    /// A blank line, unless there is one already (or nothing yet).
    fn blank(&mut self) {
        if self.out.last().is_some_and(|l| !l.spans.is_empty()) {
            self.out.push(Line::default());
        }
    }

    fn style(&self) -> Style {
        *self.styles.last().unwrap_or(&Style::new())
    }

    fn event(&mut self, event: Event) {
        let style = self.style();
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) if self.code_block => {
                // A code block: keep its lines.
                for (i, part) in text.split('\n').enumerate() {
                    if i > 0 {
                        self.flush();
                    }
                    if !part.is_empty() {
                        self.line
                            .push(Span::styled(format!("  {}", one_line(part)), style));
                    }
                }
            }
            Event::Html(html) => {
                // Raw HTML blocks are shown as the text they are.
                if self.line.is_empty() {
                    self.blank();
                }
                for part in html.lines() {
                    self.line.push(Span::styled(one_line(part), style));
                    self.flush();
                }
            }
            Event::Text(text) | Event::InlineHtml(text) => {
                self.line.push(Span::styled(one_line(&text), style));
            }
            Event::Code(code) => self
                .line
                .push(Span::styled(one_line(&code), self.theme.code)),
            Event::SoftBreak => self.line.push(Span::raw(" ")),
            Event::HardBreak => self.flush(),
            Event::Rule => {
                self.blank();
                self.out.push(Line::styled("────", self.theme.dim));
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        let (style, theme) = (self.style(), self.theme);
        match tag {
            Tag::Heading { level, .. } => {
                self.blank();
                let s = if level <= HeadingLevel::H2 {
                    theme.heading.add_modifier(Modifier::UNDERLINED)
                } else {
                    theme.heading
                };
                self.styles.push(s);
            }
            Tag::Paragraph if self.lists.is_empty() => self.blank(),
            Tag::Strong => self.styles.push(style.add_modifier(Modifier::BOLD)),
            Tag::Emphasis => self.styles.push(style.add_modifier(Modifier::ITALIC)),
            Tag::Strikethrough => self.styles.push(style.add_modifier(Modifier::CROSSED_OUT)),
            Tag::List(start) => {
                self.flush();
                if self.lists.is_empty() {
                    self.blank();
                }
                self.lists.push(start);
            }
            Tag::Item => {
                self.flush();
                let indent = "  ".repeat(self.lists.len().saturating_sub(1));
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{indent}{}. ", *n - 1)
                    }
                    _ => format!("{indent}• "),
                };
                self.line.push(Span::raw(marker));
            }
            Tag::Link { dest_url, .. } => {
                self.link = Some(dest_url.to_string());
                self.styles.push(theme.link);
            }
            Tag::CodeBlock(_) => {
                self.blank();
                self.styles.push(theme.code);
                self.code_block = true;
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                self.styles.pop();
                self.flush();
            }
            TagEnd::Paragraph | TagEnd::Item => self.flush(),
            TagEnd::Strong | TagEnd::Emphasis | TagEnd::Strikethrough => {
                self.styles.pop();
            }
            TagEnd::List(_) => {
                self.lists.pop();
            }
            TagEnd::Link => {
                self.styles.pop();
                if let Some(url) = self.link.take() {
                    self.line.push(Span::styled(
                        format!(" <{}>", one_line(&url)),
                        self.theme.dim,
                    ));
                }
            }
            TagEnd::CodeBlock => {
                self.styles.pop();
                self.flush();
                self.code_block = false;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn renders_emphasis_lists_code_and_links_with_their_url() {
        let md = "**Good:** a *b* `c`\n\n- one\n- [two](https://x.example)\n\n1. first\n2. second\n\n<script>x</script>";
        let lines = render(md, &Theme::mono());
        assert_eq!(
            plain(&lines),
            [
                "Good: a b c",
                "",
                "• one",
                "• two <https://x.example>",
                "",
                "1. first",
                "2. second",
                "",
                "<script>x</script>"
            ]
        );
        assert!(
            lines[0].spans[0]
                .style
                .add_modifier
                .contains(Modifier::BOLD)
        );
    }

    #[test]
    fn escape_sequences_never_reach_the_terminal() {
        let lines = render("a\u{1b}]0;title\u{7}b", &Theme::mono());
        assert!(!plain(&lines).concat().contains('\u{1b}'));
    }
}
