//! The fleet report as one standalone HTML page: the Markdown rendered,
//! raw HTML never passed through, and the heat map's cells coloured by
//! their bar (the bar and the numbers say the same without colour).

use pulldown_cmark::{Event, Options, Parser};

use super::Fleet;

/// The heat map's colours, light enough for the text to stay readable.
/// A provisional cell is hatched grey: known too little to be coloured.
const HEAT_STYLE: &str = "td.heat-high{background:#cfe8cf}td.heat-mid{background:#fbeab5}\
td.heat-low{background:#f6c9c4}td.heat-none{background:#eee}\
td.heat-provisional{background:repeating-linear-gradient(45deg,#e4e4e4 0 4px,#fff 4px 8px)}";

/// The page.
pub fn render(fleet: &Fleet) -> String {
    let source = super::markdown::render(fleet);
    let parser = Parser::new_ext(&source, Options::ENABLE_TABLES).map(|event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        other => other,
    });
    let mut body = String::new();
    pulldown_cmark::html::push_html(&mut body, parser);
    for (bar, class) in [
        ("■■■", "heat-high"),
        ("■■□", "heat-mid"),
        ("■□□", "heat-low"),
        ("□□□", "heat-none"),
        ("░░░", "heat-provisional"),
    ] {
        body = body.replace(
            &format!("<td style=\"text-align: right\">{bar} "),
            &format!("<td style=\"text-align: right\" class=\"{class}\">{bar} "),
        );
    }
    let mut title = String::new();
    let _ = pulldown_cmark_escape::escape_html(
        &mut title,
        crate::messages::fleet_words(fleet.lang).title,
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{}{HEAT_STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        fleet.lang.code(),
        crate::report::html::STYLE,
    )
}
