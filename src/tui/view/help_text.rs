//! Question help (Markdown) turned into styled terminal text: headings,
//! emphasis, lists, code, and links shown with their URL.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::sanitize::one_line;

/// Renders Markdown into lines; raw HTML is shown as text.
pub fn render(markdown: &str, theme: &Theme) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut line: Vec<Span<'static>> = Vec::new();
    let mut styles: Vec<Style> = vec![Style::new()];
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut link: Option<String> = None;
    let mut code_block = false;
    let flush = |line: &mut Vec<Span<'static>>, out: &mut Vec<Line<'static>>| {
        if !line.is_empty() {
            out.push(Line::from(std::mem::take(line)));
        }
    };
    let blank = |out: &mut Vec<Line<'static>>| {
        if out.last().is_some_and(|l| !l.spans.is_empty()) {
            out.push(Line::default());
        }
    };
    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        let style = *styles.last().unwrap_or(&Style::new());
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                blank(&mut out);
                let s = if level <= HeadingLevel::H2 {
                    theme.heading.add_modifier(Modifier::UNDERLINED)
                } else {
                    theme.heading
                };
                styles.push(s);
            }
            Event::End(TagEnd::Heading(_)) => {
                styles.pop();
                flush(&mut line, &mut out);
            }
            Event::Start(Tag::Paragraph) if lists.is_empty() => blank(&mut out),
            Event::End(TagEnd::Paragraph) => flush(&mut line, &mut out),
            Event::Start(Tag::Strong) => styles.push(style.add_modifier(Modifier::BOLD)),
            Event::Start(Tag::Emphasis) => styles.push(style.add_modifier(Modifier::ITALIC)),
            Event::Start(Tag::Strikethrough) => {
                styles.push(style.add_modifier(Modifier::CROSSED_OUT))
            }
            Event::End(TagEnd::Strong | TagEnd::Emphasis | TagEnd::Strikethrough) => {
                styles.pop();
            }
            Event::Start(Tag::List(start)) => {
                flush(&mut line, &mut out);
                if lists.is_empty() {
                    blank(&mut out);
                }
                lists.push(start);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                flush(&mut line, &mut out);
                let indent = "  ".repeat(lists.len().saturating_sub(1));
                let marker = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{indent}{}. ", *n - 1)
                    }
                    _ => format!("{indent}• "),
                };
                line.push(Span::raw(marker));
            }
            Event::End(TagEnd::Item) => flush(&mut line, &mut out),
            Event::Start(Tag::Link { dest_url, .. }) => {
                link = Some(dest_url.to_string());
                styles.push(theme.link);
            }
            Event::End(TagEnd::Link) => {
                styles.pop();
                if let Some(url) = link.take() {
                    line.push(Span::styled(format!(" <{}>", one_line(&url)), theme.dim));
                }
            }
            Event::Start(Tag::CodeBlock(_)) => {
                blank(&mut out);
                styles.push(theme.code);
                code_block = true;
            }
            Event::End(TagEnd::CodeBlock) => {
                styles.pop();
                flush(&mut line, &mut out);
                code_block = false;
            }
            Event::Text(text) if code_block => {
                // A code block: keep its lines.
                for (i, part) in text.split('\n').enumerate() {
                    if i > 0 {
                        flush(&mut line, &mut out);
                    }
                    if !part.is_empty() {
                        line.push(Span::styled(format!("  {}", one_line(part)), style));
                    }
                }
            }
            Event::Html(html) => {
                // Raw HTML blocks are shown as the text they are.
                if line.is_empty() {
                    blank(&mut out);
                }
                for part in html.lines() {
                    line.push(Span::styled(one_line(part), style));
                    flush(&mut line, &mut out);
                }
            }
            Event::Text(text) | Event::InlineHtml(text) => {
                line.push(Span::styled(one_line(&text), style));
            }
            Event::Code(code) => line.push(Span::styled(one_line(&code), theme.code)),
            Event::SoftBreak => line.push(Span::raw(" ")),
            Event::HardBreak => flush(&mut line, &mut out),
            Event::Rule => {
                blank(&mut out);
                out.push(Line::styled("────", theme.dim));
            }
            _ => {}
        }
    }
    flush(&mut line, &mut out);
    while out.first().is_some_and(|l| l.spans.is_empty()) {
        out.remove(0);
    }
    out
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
