//! The report as one standalone HTML page, rendered from the Markdown with
//! pulldown-cmark. Raw HTML never passes through: any HTML the parser sees
//! is turned back into text.

use pulldown_cmark::{Event, Options, Parser};

use super::markdown;
use super::model::Model;

/// Minimal, print-friendly styles; no scripts, no external resources.
pub(crate) const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff;margin:0}\
main{max-width:58rem;margin:0 auto;padding:1.5rem}\
h1{font-size:1.7rem;border-bottom:2px solid #444;padding-bottom:.3rem}\
h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid #bbb}\
h3{font-size:1.1rem;margin-top:1.5rem}\
table{border-collapse:collapse;margin:1rem 0}\
th,td{border:1px solid #bbb;padding:.3rem .6rem;vertical-align:top}\
th{background:#f0f0f0}\
a{color:#0645ad;overflow-wrap:anywhere}\
li{margin:.2rem 0}\
figure.charts{margin:1rem 0}figure.charts svg{display:block;max-width:100%;height:auto;margin:.5rem 0}\
.date{white-space:nowrap}\
@media print{main{max-width:none;padding:0}a{color:inherit}\
a[href^=\"http\"]::after{content:\" (\" attr(href) \")\";font-size:.85em;overflow-wrap:anywhere}\
h2{break-before:page}h2:first-of-type{break-before:auto}h2,h3{break-after:avoid}\
h2+p,h3+p{break-after:avoid}p{orphans:3;widows:3}\
table{width:100%;font-size:.85em}th,td{padding:.2rem .4rem;overflow-wrap:break-word;hyphens:manual}\
td[style*=right],th[style*=right]{white-space:nowrap}\
figure,li{break-inside:avoid}thead{display:table-header-group}tr{break-inside:avoid}}";

/// `text` with each date (`2027-01-31`) in a span that never breaks: a
/// narrow column must not print "2027-" on one line and "01-31" on the
/// next. Everything else stays text, escaped as before.
fn dates_kept_whole(text: &str) -> Vec<Event<'static>> {
    let bytes = text.as_bytes();
    let is_date = |at: usize| {
        bytes.get(at..at + 10).is_some_and(|d| {
            d.iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            })
        }) && !bytes.get(at + 10).is_some_and(u8::is_ascii_digit)
            && (at == 0 || !bytes[at - 1].is_ascii_digit())
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < bytes.len() {
        if is_date(at) {
            if start < at {
                out.push(Event::Text(text[start..at].to_string().into()));
            }
            out.push(Event::InlineHtml(
                format!("<span class=\"date\">{}</span>", &text[at..at + 10]).into(),
            ));
            at += 10;
            start = at;
        } else {
            at += 1;
        }
    }
    if start < text.len() {
        out.push(Event::Text(text[start..].to_string().into()));
    }
    out
}

/// Renders the report page.
pub fn render(model: &Model) -> String {
    let report = &model.report;
    // The page draws its own charts (SVG) instead of the Markdown's
    // Mermaid block.
    let source = markdown::write(model, false);
    let parser = Parser::new_ext(&source, Options::ENABLE_TABLES)
        .map(|event| match event {
            Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
            other => other,
        })
        .flat_map(|event| match event {
            Event::Text(text) => dates_kept_whole(&text),
            other => vec![other],
        });
    let mut body = String::new();
    pulldown_cmark::html::push_html(&mut body, parser);
    let m = report.messages();
    if report.charts {
        let charts = format!(
            "<figure class=\"charts\">{}{}{}</figure>\n",
            super::chart::svg(m.chart_score, &super::chart::score_bars(model)),
            super::chart::stacked_svg(
                m.chart_gaps(),
                &super::chart::gap_legend(report),
                &super::chart::gap_stacks(model)
            ),
            super::chart::svg(m.chart_answers, &super::chart::answer_bars(model)),
        );
        // At the end of the executive summary, before the action plan.
        let mut heading = String::new();
        let _ = pulldown_cmark_escape::escape_html(&mut heading, m.action_plan);
        let marker = format!("<h2>{heading}</h2>");
        match body.find(&marker) {
            Some(at) => body.insert_str(at, &charts),
            None => body.push_str(&charts),
        }
    }
    let mut title = String::new();
    let who = if report.assessment.metadata.organization.trim().is_empty() {
        report.name
    } else {
        &report.assessment.metadata.organization
    };
    let _ = pulldown_cmark_escape::escape_html(
        &mut title,
        &crate::sanitize::clean(&format!("{}: {who}", m.title(&report.questionnaire.vendor))),
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        report.lang.code()
    )
}
