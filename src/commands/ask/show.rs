//! What `ask` prints: a section's introduction, a question, its help as
//! plain lines.

use super::*;

pub(super) fn introduce(
    q: &Questionnaire,
    section: usize,
    lang: Lang,
    out: &mut Out,
) -> Result<(), Failure> {
    let s = &q.sections[section];
    out.line("")?;
    out.line(&s.heading(lang))?;
    out.line(&format!("{} {}", m::ask_why(lang), s.why.get(lang)))?;
    out.line(&m::ask_vendor(lang, &q.vendor))?;
    for item in s.vendor_items.iter() {
        out.line(&format!("- {}", item.text.get(lang)))?;
    }
    Ok(())
}

pub(super) fn ask_one(
    q: &Questionnaire,
    index: usize,
    lang: Lang,
    out: &mut Out,
) -> Result<(), Failure> {
    let question = &q.questions[index];
    let s = &q.sections[question.section];
    let n = index + 1 - s.questions.start;
    out.line("")?;
    out.line(&format!(
        "[{n}/{}] {} · {} · {}",
        s.questions.len(),
        question.reference,
        m::ask_severity_word(lang, question.severity),
        question.id
    ))?;
    out.line(question.text.get(lang))
}

pub(super) fn help(
    q: &Questionnaire,
    question: &Question,
    lang: Lang,
    out: &mut Out,
) -> Result<(), Failure> {
    out.line(&m::ask_how_to_check(lang))?;
    for line in plain_markdown(question.help.get(lang)) {
        out.line(&line)?;
    }
    out.line(&format!(
        "{} {}",
        m::ask_if_missing(lang),
        question.remedy.get(lang)
    ))?;
    let links: Vec<_> = question.links.iter().filter_map(|id| q.link(id)).collect();
    if !links.is_empty() {
        out.line(&m::ask_links(lang))?;
        for link in links {
            out.line(&format!(
                "- {}: {}",
                link.title.get(lang),
                link.url_for(lang)
            ))?;
        }
    }
    Ok(())
}

/// Markdown as plain lines: markup dropped, paragraphs and list items kept.
pub(super) fn plain_markdown(markdown: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut lines = Vec::new();
    let mut line = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                line.push_str(&t)
            }
            Event::SoftBreak => line.push(' '),
            Event::HardBreak
            | Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => {
                if !line.trim().is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                line.clear();
            }
            Event::Start(Tag::Item) => line.push_str("- "),
            _ => {}
        }
    }
    if !line.trim().is_empty() {
        lines.push(line);
    }
    lines
}
