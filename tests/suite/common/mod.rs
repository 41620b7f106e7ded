//! Helpers shared by the integration tests.

#![allow(dead_code)]

pub mod binary;
pub mod credentials;
pub mod env;
pub mod pty;
pub mod zendesk_server;

use jiff::Timestamp;
use srm_assess::assessment::{Assessment, file};
use srm_assess::lang::Lang;
use srm_assess::questionnaire::{self, Questionnaire};
use srm_assess::report::{Report, Since};

/// The time every report in the tests is made at.
pub const GENERATED: &str = "2026-11-25T09:00:00Z";

/// The built-in questionnaire.
pub fn zendesk() -> Questionnaire {
    questionnaire::builtin().expect("built-in questionnaire")
}

/// An assessment fixture from `tests/fixtures/assessments/`.
pub fn fixture(name: &str) -> Assessment {
    let path = format!(
        "{}/tests/fixtures/assessments/{name}.toml",
        env!("CARGO_MANIFEST_DIR")
    );
    file::parse(&std::fs::read_to_string(&path).expect("fixture")).expect("fixture parses")
}

/// Fails unless `assets/FILE` holds `text`; with `UPDATE_SAMPLES` set,
/// writes it first. `module` is the test module that regenerates it.
pub fn sample_is_current(file: &str, text: &str, module: &str) {
    let path = format!("{}/assets/{file}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SAMPLES").is_some() {
        std::fs::write(&path, text).expect("write sample");
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == text,
        "assets/{file} is stale: regenerate it with `UPDATE_SAMPLES=1 cargo test --test suite {module}::`"
    );
}

/// A report on `assessment`, made at [`GENERATED`].
pub fn report<'a>(
    q: &'a Questionnaire,
    assessment: &'a Assessment,
    name: &'a str,
    lang: Lang,
    since: Option<(&'a str, &'a Assessment)>,
) -> Report<'a> {
    let generated = GENERATED.parse::<Timestamp>().expect("timestamp");
    Report::new(
        q,
        assessment,
        name,
        lang,
        generated,
        // As `report` reads a file whose evidence files are not there: no
        // file changed, no note that files were not checked.
        srm_assess::report::Files::Checked(&NO_FILES),
    )
    .as_of(generated.to_zoned_datetime(jiff::tz::TimeZone::UTC).date())
    .since(since.map(|(name, assessment)| Since { name, assessment }))
}

/// Evidence files read, none found.
static NO_FILES: srm_assess::assessment::decisions::FileDigests = std::collections::BTreeMap::new();

/// Checks the rules common Markdown linters enforce (markdownlint's
/// defaults, but line length): one top heading, first; headings step down
/// one level at a time; blank lines around headings, lists and tables; no
/// trailing spaces; no doubled blank lines; no bare URLs; one final newline;
/// tables in the compact column style (MD060).
/// A fenced code block (```) is one block, its lines left alone.
pub fn lint(md: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if !md.ends_with('\n') || md.ends_with("\n\n") {
        problems.push("the file must end with exactly one newline".to_string());
    }
    let lines: Vec<&str> = md.lines().collect();
    let mut level = 0;
    let mut fenced = vec![false; lines.len()];
    let mut open = false;
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("```") {
            fenced[i] = true;
            open = !open;
        } else {
            fenced[i] = open;
        }
    }
    if open {
        problems.push("a fenced code block is never closed".to_string());
    }
    let kind = |i: usize| if fenced[i] { 'c' } else { block_kind(lines[i]) };
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        if line.ends_with(' ') || line.ends_with('\t') {
            problems.push(format!("line {n}: trailing whitespace"));
        }
        if line.is_empty() && i > 0 && lines[i - 1].is_empty() {
            problems.push(format!("line {n}: two blank lines"));
        }
        if fenced[i] {
            let k = kind(i);
            if i > 0 && ![' ', 'c'].contains(&kind(i - 1)) {
                problems.push(format!(
                    "line {n}: a {k} block must be separated from the block above"
                ));
            }
            continue;
        }
        if line.starts_with('#') {
            let l = line.chars().take_while(|&c| c == '#').count();
            if (l == 1) != (i == 0) {
                problems.push(format!(
                    "line {n}: there must be exactly one top heading, first"
                ));
            }
            if l > level + 1 {
                problems.push(format!("line {n}: heading jumps from level {level} to {l}"));
            }
            level = l;
            if line.ends_with(['.', ',', ';', ':', '!']) {
                problems.push(format!("line {n}: trailing punctuation in a heading"));
            }
        }
        let k = kind(i);
        if i > 0 && k != ' ' {
            let prev = kind(i - 1);
            if prev != ' ' && (prev != k || k == 'h') {
                problems.push(format!(
                    "line {n}: a {k} block must be separated from the {prev} block above"
                ));
            }
        }
        if kind(i) == 't' {
            problems.extend(table_style_problem(line, n));
        }
        let mut rest = *line;
        while let Some(at) = rest.find("http") {
            if !rest[..at].ends_with('<') {
                problems.push(format!("line {n}: bare URL"));
            }
            rest = &rest[at + 4..];
        }
    }
    problems
}

/// The same report, in both languages.
pub fn langs() -> [Lang; 2] {
    [Lang::En, Lang::It]
}

/// The structure of a Markdown document as GitHub renders it (GFM: tables,
/// extended autolinks, strikethrough, footnotes, task lists, raw HTML
/// passed through; the tag filter only renames a few tags, so any HTML node
/// at all counts): every element but text, line breaks and the autolinks
/// that show their own address.
pub fn gfm_structure(md: &str) -> std::collections::BTreeMap<String, usize> {
    use comrak::nodes::NodeValue;
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.autolink = true;
    options.extension.strikethrough = true;
    options.extension.footnotes = true;
    options.extension.tasklist = true;
    options.render.r#unsafe = true;
    let arena = comrak::Arena::new();
    let root = comrak::parse_document(&arena, md, &options);
    let mut counts = std::collections::BTreeMap::new();
    for node in root.descendants() {
        let value = node.data().value.clone();
        let key = match &value {
            NodeValue::Document
            | NodeValue::Text(_)
            | NodeValue::SoftBreak
            | NodeValue::LineBreak => continue,
            NodeValue::Link(link) => {
                let shown: String = node
                    .descendants()
                    .filter_map(|n| n.data().value.text().map(|t| t.to_string()))
                    .collect();
                let shows_itself = [
                    shown.clone(),
                    format!("http://{shown}"),
                    format!("https://{shown}"),
                    format!("mailto:{shown}"),
                ]
                .contains(&link.url);
                if shows_itself {
                    continue;
                }
                format!("link {}", link.url)
            }
            NodeValue::Heading(h) => format!("heading {}", h.level),
            other => other.xml_node_name().to_string(),
        };
        *counts.entry(key).or_insert(0) += 1;
    }
    counts
}

/// Makes a FIFO at `path` (owner read and write).
#[cfg(unix)]
pub fn mkfifo(path: &std::path::Path) {
    rustix::fs::mknodat(
        rustix::fs::CWD,
        path,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
        0,
    )
    .expect("mkfifo");
}

/// The kind of Markdown block a line belongs to: heading, list, table,
/// blank or paragraph.
fn block_kind(l: &str) -> char {
    if l.starts_with('#') {
        'h'
    } else if l.starts_with("- ") || (l.starts_with("  ") && !l.trim().is_empty()) {
        'l'
    } else if l.starts_with('|') {
        't'
    } else if l.is_empty() {
        ' '
    } else {
        'p'
    }
}

/// MD060 (table-column-style), "compact": one space on each side of every
/// pipe of table line `n`, an empty cell included (`| |`, never `|   |`).
fn table_style_problem(line: &str, n: usize) -> Option<String> {
    let bytes = line.as_bytes();
    for (at, _) in line.match_indices('|') {
        if at > 0 && bytes[at - 1] == b'\\' {
            continue; // an escaped pipe inside a cell
        }
        let left_ok = at == 0 || (bytes[at - 1] == b' ' && (at < 2 || bytes[at - 2] != b' '));
        let right_ok =
            at + 1 == bytes.len() || (bytes[at + 1] == b' ' && bytes.get(at + 2) != Some(&b' '));
        if !left_ok || !right_ok {
            return Some(format!(
                "line {n}: table pipe at column {} is not in the compact style (MD060)",
                at + 1
            ));
        }
    }
    None
}
