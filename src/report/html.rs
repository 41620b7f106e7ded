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
@media print{main{max-width:none}a{color:inherit}\
a[href^=\"http\"]::after{content:\" (\" attr(href) \")\";font-size:.85em;overflow-wrap:anywhere}\
h2{break-before:page}h2:first-of-type{break-before:auto}h3{break-after:avoid}\
table,figure,li{break-inside:avoid}thead{display:table-header-group}tr{break-inside:avoid}}";

/// Renders the report page.
pub fn render(model: &Model) -> String {
    let report = &model.report;
    // The page draws its own charts (SVG) instead of the Markdown's
    // Mermaid block.
    let source = markdown::write(model, false);
    let parser = Parser::new_ext(&source, Options::ENABLE_TABLES).map(|event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        other => other,
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
