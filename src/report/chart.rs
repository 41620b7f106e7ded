//! Charts of the report: the score per section (with the questions it
//! rests on), open gaps by severity per section (with accepted risks and
//! questions not assessed) and the answers by kind, as inline SVG for the HTML page (no scripts, no external files; labels
//! and values written on the bars, so no colour is needed to read them)
//! and as a Mermaid block for the Markdown (GitHub and GitLab draw it;
//! elsewhere it stays readable text).

use std::fmt::Write as _;

use super::Report;
use super::model::Model;
use crate::assessment::Answer;
use crate::score::format_percent;

/// One bar: its label, its length as a share of the longest (0 to 1),
/// and the value written beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// What the bar is.
    pub label: String,
    /// Its length, 0 to 1.
    pub share: f64,
    /// The value written beside it.
    pub value: String,
}

/// The score of each section, in percent (a section with nothing scored
/// has an empty bar and "—"), with how many of its questions the score
/// rests on.
pub fn score_bars(model: &Model) -> Vec<Bar> {
    let report = &model.report;
    let q = report.questionnaire;
    let m = report.messages();
    q.sections
        .iter()
        .zip(&model.score.sections)
        .map(|(section, tally)| Bar {
            label: format!("{} {}", section.number, section.title.get(report.lang)),
            share: tally.percent().map_or(0.0, |p| (p / 100.0).clamp(0.0, 1.0)),
            value: format!(
                "{} · {}",
                format_percent(tally.percent()),
                m.answered_of(tally.answered, tally.total)
            ),
        })
        .collect()
}

/// How many questions got each answer, and how many are unanswered.
pub fn answer_bars(model: &Model) -> Vec<Bar> {
    let m = model.report.messages();
    let t = &model.score.overall;
    let mut counts: Vec<(String, usize)> = Answer::ALL
        .iter()
        .map(|a| (m.answer_word(*a).to_string(), t.count(*a)))
        .collect();
    // A label like the answers' words: capitalised.
    let mut unanswered = m.unanswered.chars();
    let unanswered: String = unanswered
        .next()
        .map(|c| c.to_uppercase().chain(unanswered).collect())
        .unwrap_or_default();
    counts.push((unanswered, t.unanswered()));
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    counts
        .into_iter()
        .map(|(label, n)| Bar {
            label,
            share: n as f64 / most as f64,
            value: n.to_string(),
        })
        .collect()
}

/// The parts of a section's stacked bar, in drawing order.
pub const PARTS: usize = 6;

/// The colours of the parts (open high, medium, low gaps, accepted risks,
/// questions met or not applicable, questions not assessed): a legend
/// names each, and every count is also written as text, so colour is never
/// needed to read the chart. A bar is as long as its section.
const PART_COLOURS: [&str; PARTS] = [
    "#b3261e", "#e07b00", "#e9c46a", "#7a8b99", "#cfe3cf", "#ffffff",
];

/// One section's gaps and unknowns: open gaps by severity, accepted
/// risks and questions not assessed, counted by the domain's one rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Stack {
    /// The section.
    pub label: String,
    /// Counts in the order of [`PART_COLOURS`].
    pub parts: [usize; PARTS],
    /// The section's questions (the full length of its bar).
    pub total: usize,
}

/// The words of the stacked chart's legend, in the parts' order.
pub fn gap_legend(report: &Report) -> [String; PARTS] {
    use crate::questionnaire::Severity;
    let m = report.messages();
    [
        m.severity_word(Severity::High).to_string(),
        m.severity_word(Severity::Medium).to_string(),
        m.severity_word(Severity::Low).to_string(),
        m.legend_accepted().to_string(),
        m.legend_met().to_string(),
        m.legend_not_assessed().to_string(),
    ]
}

/// Per section: its open gaps by severity, accepted risks and questions
/// not assessed.
pub fn gap_stacks(model: &Model) -> Vec<Stack> {
    let report = &model.report;
    let q = report.questionnaire;
    q.sections
        .iter()
        .zip(&model.audit_sections)
        .map(|(section, audit)| {
            let [high, medium, low] = audit.open_by_severity;
            let total = q.section_questions(section).len();
            let met = total - audit.gaps() - audit.not_assessed;
            Stack {
                label: format!("{} {}", section.number, section.title.get(report.lang)),
                parts: [high, medium, low, audit.accepted, met, audit.not_assessed],
                total,
            }
        })
        .collect()
}

/// Text for XML: control characters replaced, markup characters escaped.
fn xml(text: &str) -> String {
    let mut out = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut out, &crate::sanitize::clean(text));
    out
}

/// The chart's width, and how many characters of 13-pixel text a line
/// holds (wide characters count twice): labels wrap there, never cut.
const WIDTH: usize = 640;
const LINE_CHARS: usize = 84;
const LINE: usize = 17;
const BAR: usize = 16;

/// `text` in lines of at most `LINE_CHARS` columns, broken between words
/// (a word longer than a line is broken inside).
fn wrap(text: &str) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        while word.width() > LINE_CHARS {
            // The longest head of the word that fits a line.
            let mut head = String::new();
            let mut width = 0;
            for c in word.chars() {
                let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if width + w > LINE_CHARS {
                    break;
                }
                width += w;
                head.push(c);
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            word = word[head.len()..].to_string();
            lines.push(head);
        }
        if !line.is_empty() && line.width() + 1 + word.width() > LINE_CHARS {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Writes wrapped text from `y` down; returns the next free `y`.
fn text_lines(out: &mut String, text: &str, y: usize, bold: bool) -> usize {
    let weight = if bold { " font-weight=\"bold\"" } else { "" };
    let mut y = y;
    for line in wrap(text) {
        y += LINE;
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\"{weight}>{}</text>",
            y - 4,
            xml(&line)
        );
    }
    y
}

fn open_svg(body: &str, title: &str, height: usize) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" \
         viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" \
         font-family=\"system-ui, sans-serif\" font-size=\"13\">\
         <title>{}</title>{body}</svg>",
        xml(title)
    )
}

/// A horizontal bar chart as an SVG element, titled for screen readers:
/// each bar under its whole label, its value written beside it.
pub fn svg(title: &str, bars: &[Bar]) -> String {
    const LENGTH: f64 = 360.0;
    let mut out = String::new();
    let mut y = text_lines(&mut out, title, 0, true) + 6;
    for bar in bars {
        y = text_lines(&mut out, &bar.label, y, false);
        let length = (bar.share.clamp(0.0, 1.0) * LENGTH).round();
        let _ = write!(
            out,
            "<rect class=\"bar\" x=\"0\" y=\"{y}\" width=\"{length}\" height=\"{BAR}\" \
             fill=\"#4a6fa5\" stroke=\"#1b1b1b\"/>\
             <text x=\"{}\" y=\"{}\">{}</text>",
            length + 6.0,
            y + 13,
            xml(&bar.value),
        );
        y += BAR + 8;
    }
    open_svg(&out, title, y + 4)
}

/// A stacked bar per section as an SVG element: a legend of the parts'
/// colours first, then each section's whole label, its bar (one part per
/// kind, as long as its count) and every count written under it.
pub fn stacked_svg(title: &str, legend: &[String; PARTS], stacks: &[Stack]) -> String {
    const LENGTH: f64 = 600.0;
    let longest = stacks.iter().map(|s| s.total).max().unwrap_or(0).max(1) as f64;
    let mut out = String::new();
    let mut y = text_lines(&mut out, title, 0, true) + 4;
    // The legend: a swatch and its word, on as many lines as it needs.
    let mut x = 0usize;
    for (word, colour) in legend.iter().zip(PART_COLOURS) {
        use unicode_width::UnicodeWidthStr;
        let width = 18 + word.width() * 8 + 14;
        if x > 0 && x + width > WIDTH {
            x = 0;
            y += LINE;
        }
        let _ = write!(
            out,
            "<rect class=\"key\" x=\"{x}\" y=\"{}\" width=\"12\" height=\"12\" \
             fill=\"{colour}\" stroke=\"#1b1b1b\"/>\
             <text x=\"{}\" y=\"{}\">{}</text>",
            y + 2,
            x + 18,
            y + 12,
            xml(word)
        );
        x += width;
    }
    y += LINE + 6;
    for stack in stacks {
        y = text_lines(&mut out, &stack.label, y, false);
        let mut x = 0.0f64;
        for (count, colour) in stack.parts.iter().zip(PART_COLOURS) {
            if *count == 0 {
                continue;
            }
            let length = (*count as f64 / longest * LENGTH).round();
            let _ = write!(
                out,
                "<rect class=\"part\" x=\"{x}\" y=\"{y}\" width=\"{length}\" \
                 height=\"{BAR}\" fill=\"{colour}\" stroke=\"#1b1b1b\"/>"
            );
            x += length;
        }
        y += BAR + 2;
        let counts: Vec<String> = legend
            .iter()
            .zip(stack.parts)
            .map(|(word, n)| format!("{word} {n}"))
            .collect();
        y = text_lines(&mut out, &counts.join(" · "), y, false) + 8;
    }
    open_svg(&out, title, y + 4)
}

/// A Mermaid bar chart (one value per bar, labels kept to safe
/// characters), as the lines of a fenced block.
pub fn mermaid(title: &str, bars: &[Bar], max: f64) -> Vec<String> {
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '%' | '(' | ')') {
                    c
                } else {
                    ' '
                }
            })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let labels: Vec<String> = bars
        .iter()
        .map(|b| format!("\"{}\"", safe(&b.label)))
        .collect();
    let values: Vec<String> = bars
        .iter()
        .map(|b| format!("{}", (b.share * max).round()))
        .collect();
    vec![
        "xychart-beta".to_string(),
        format!("    title \"{}\"", safe(title)),
        format!("    x-axis [{}]", labels.join(", ")),
        format!("    y-axis 0 --> {max}"),
        format!("    bar [{}]", values.join(", ")),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_labels_wrap_between_words_and_lose_nothing() {
        let long = "Sicurezza dei dati, privacy, conformità e considerazioni normative \
                    per le istanze con più marchi e più ambienti di prova collegati";
        let lines = wrap(long);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), long);
        let wide = "漢".repeat(100);
        let lines = wrap(&wide);
        assert_eq!(lines.concat(), wide);
        assert!(lines.iter().all(|l| l.chars().count() * 2 <= LINE_CHARS));
        let svg = svg(
            "t",
            &[Bar {
                label: long.into(),
                share: 0.5,
                value: "50%".into(),
            }],
        );
        assert!(svg.contains("per le istanze"), "{svg}");
    }

    #[test]
    fn hostile_labels_stay_text() {
        let bars = vec![Bar {
            label: "</text><script>alert(1)</script>\u{1b}[2J & \"x\"".into(),
            share: 2.0,
            value: "<b>".into(),
        }];
        let svg = svg("T <i>", &bars);
        assert!(!svg.contains("<script") && !svg.contains("<b>") && !svg.contains("<i>"));
        assert!(svg.contains("width=\"360\""), "clamped: {svg}");
        let lines = mermaid("T\"]\n```", &bars, 100.0);
        assert!(lines.iter().all(|l| !l.contains('`') && !l.contains('\n')));
        assert!(lines[1].matches('"').count() == 2, "{}", lines[1]);
    }
}
