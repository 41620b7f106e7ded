//! Charts of the report: the score per section and the answers by kind,
//! as inline SVG for the HTML page (no scripts, no external files; labels
//! and values written on the bars, so no colour is needed to read them)
//! and as a Mermaid block for the Markdown (GitHub and GitLab draw it;
//! elsewhere it stays readable text).

use std::fmt::Write as _;

use super::Report;
use crate::assessment::Answer;
use crate::score::{self, format_percent};

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
/// has an empty bar and "—").
pub fn score_bars(report: &Report) -> Vec<Bar> {
    let q = report.questionnaire;
    let breakdown = score::breakdown(q, report.assessment);
    q.sections
        .iter()
        .zip(&breakdown.sections)
        .map(|(section, tally)| Bar {
            label: format!("{} {}", section.number, section.title.get(report.lang)),
            share: tally.percent().map_or(0.0, |p| (p / 100.0).clamp(0.0, 1.0)),
            value: format_percent(tally.percent()),
        })
        .collect()
}

/// How many questions got each answer, and how many are unanswered.
pub fn answer_bars(report: &Report) -> Vec<Bar> {
    let m = report.messages();
    let t = score::breakdown(report.questionnaire, report.assessment).overall;
    let mut counts: Vec<(String, usize)> = Answer::ALL
        .iter()
        .map(|a| (m.answer_word(*a).to_string(), t.count(*a)))
        .collect();
    counts.push((m.unanswered.to_string(), t.unanswered()));
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

/// Text for XML: control characters replaced, markup characters escaped.
fn xml(text: &str) -> String {
    let mut out = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut out, &super::md_writer::clean(text));
    out
}

/// A horizontal bar chart as an SVG element, titled for screen readers.
pub fn svg(title: &str, bars: &[Bar]) -> String {
    const ROW: usize = 24;
    const LABEL: usize = 300;
    const LENGTH: f64 = 260.0;
    let height = ROW * bars.len() + 34;
    let mut out = String::new();
    let title = xml(title);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" \
         viewBox=\"0 0 640 {height}\" width=\"640\" height=\"{height}\" \
         font-family=\"system-ui, sans-serif\" font-size=\"13\">\
         <title>{title}</title>\
         <text x=\"0\" y=\"16\" font-weight=\"bold\">{title}</text>"
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = 30 + i * ROW;
        let length = (bar.share.clamp(0.0, 1.0) * LENGTH).round();
        let label: String = bar.label.chars().take(44).collect();
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\">{}</text>\
             <rect class=\"bar\" x=\"{LABEL}\" y=\"{y}\" width=\"{length}\" height=\"16\" \
             fill=\"#4a6fa5\" stroke=\"#1b1b1b\"/>\
             <text x=\"{}\" y=\"{}\">{}</text>",
            y + 13,
            xml(&label),
            LABEL as f64 + length + 6.0,
            y + 13,
            xml(&bar.value),
        );
    }
    out.push_str("</svg>");
    out
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
        .map(|b| {
            format!(
                "\"{}\"",
                safe(&b.label.chars().take(24).collect::<String>())
            )
        })
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
    fn hostile_labels_stay_text() {
        let bars = vec![Bar {
            label: "</text><script>alert(1)</script>\u{1b}[2J & \"x\"".into(),
            share: 2.0,
            value: "<b>".into(),
        }];
        let svg = svg("T <i>", &bars);
        assert!(!svg.contains("<script") && !svg.contains("<b>") && !svg.contains("<i>"));
        assert!(svg.contains("width=\"260\""), "clamped: {svg}");
        let lines = mermaid("T\"]\n```", &bars, 100.0);
        assert!(lines.iter().all(|l| !l.contains('`') && !l.contains('\n')));
        assert!(lines[1].matches('"').count() == 2, "{}", lines[1]);
    }
}
