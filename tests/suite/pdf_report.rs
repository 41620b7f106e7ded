//! The HTML report printed to PDF by a real browser (headless Chromium, as
//! "Save as PDF" would), read back with poppler's `pdftotext`: the title,
//! the executive summary, the action plan and every gap heading are there.
//! Ignored by a plain `cargo test` (a fresh machine has no browser);
//! `.ci/run` installs Debian's `chromium` and `poppler-utils` when missing
//! and runs it with `--include-ignored`.

use std::path::Path;
use std::process::Command;

use crate::common::binary;
use binary::srm_anywhere;

const NOW: &str = "tests/fixtures/assessments/acme-prod.toml";

fn tool(name: &str) -> String {
    for dir in ["/usr/bin", "/usr/local/bin", "/bin"] {
        let path = Path::new(dir).join(name);
        if path.exists() {
            return path.display().to_string();
        }
    }
    panic!(
        "{name} is needed to print the report to PDF: install Debian's chromium and \
         poppler-utils (apt-get install -y chromium poppler-utils), as .ci/run does"
    );
}

/// Whitespace made single spaces, ligatures undone: text as a reader sees it.
fn words(text: &str) -> String {
    text.replace('\u{fb01}', "fi")
        .replace('\u{fb02}', "fl")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
#[ignore = "needs chromium and pdftotext (Debian: chromium, poppler-utils); .ci/run installs them and runs it"]
fn the_html_report_prints_to_a_pdf_with_every_heading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let html = dir.path().join("report.html");
    srm_anywhere()
        .args([
            "report",
            NOW,
            "--format",
            "html",
            "--as-of",
            "2026-11-25",
            "-o",
        ])
        .arg(&html)
        .assert()
        .success();
    let pdf = print(dir.path(), &html);
    let text = Command::new(tool("pdftotext"))
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(text.status.success());
    let text = words(&String::from_utf8_lossy(&text.stdout));
    for heading in [
        "Zendesk shared responsibility assessment · Acme S.p.A. · as of 2026-11-25",
        "Executive summary",
        "Action plan",
        "Score per section (%)",
        "Accepted risks",
        "Contradictions",
        "Checked against the Zendesk API",
        "Not observable through the API",
    ] {
        assert!(
            text.contains(heading),
            "{heading:?} missing from the PDF:\n{text}"
        );
    }
    let q = srm_assess::questionnaire::builtin().expect("builtin");
    let a = srm_assess::assessment::file::parse(&std::fs::read_to_string(NOW).expect("fixture"))
        .expect("parses");
    let gaps = srm_assess::report::gaps(&q, &a);
    assert!(!gaps.is_empty());
    for (question, _) in gaps {
        let heading = words(question.finding_or_question(srm_assess::lang::Lang::En));
        assert!(
            text.contains(&heading),
            "gap {:?} missing from the PDF",
            question.id
        );
    }
}

/// `html` printed to PDF by headless Chromium ("Save as PDF"), in `dir`.
fn print(dir: &Path, html: &Path) -> std::path::PathBuf {
    let pdf = html.with_extension("pdf");
    let status = Command::new(tool("chromium"))
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    assert!(status.status.success() && pdf.exists(), "{status:?}");
    pdf
}

/// Each page's text as laid out (pdftotext -layout), its lines trimmed
/// and the empty ones dropped.
fn pages(pdf: &Path) -> Vec<Vec<String>> {
    let out = Command::new(tool("pdftotext"))
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .split('\u{c}')
        .map(|page| {
            page.lines()
                .map(words)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|page| !page.is_empty())
        .collect()
}

/// Every word with its page's width and its right edge (pdftotext -bbox).
fn boxes(pdf: &Path) -> Vec<(f64, f64, String)> {
    let out = Command::new(tool("pdftotext"))
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let attr = |tag: &str, name: &str| -> f64 {
        let at = tag.find(&format!("{name}=\"")).expect(name) + name.len() + 2;
        tag[at..]
            .split('"')
            .next()
            .expect("value")
            .parse()
            .expect("number")
    };
    let mut width = 0.0;
    let mut found = Vec::new();
    for piece in text.split('<').skip(1) {
        if piece.starts_with("page ") {
            width = attr(piece, "width");
        } else if piece.starts_with("word ") {
            let word = piece.split('>').nth(1).unwrap_or_default().to_string();
            found.push((width, attr(piece, "xMax"), word));
        }
    }
    found
}

/// The h2 and h3 headings of an HTML report, as words.
fn headings(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for tag in ["<h2>", "<h3>"] {
        for part in html.split(tag).skip(1) {
            let inner = part.split("</h").next().unwrap_or_default();
            let mut text = String::new();
            let mut in_tag = false;
            for c in inner.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            found.push(words(&text.replace("&amp;", "&").replace("&quot;", "\"")));
        }
    }
    found
}

/// An assessment in `dir` where every built-in question is answered no.
fn all_gaps(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("all-gaps.toml");
    let file = path.to_str().expect("utf-8");
    srm_anywhere()
        .args(["new", file, "--org", "Acme", "--no-open"])
        .assert()
        .success();
    let q = srm_assess::questionnaire::builtin().expect("builtin");
    for question in q.questions.iter() {
        srm_anywhere()
            .args(["answer", file, &question.id, "no"])
            .assert()
            .success();
    }
    path
}

/// A printed report a CISO can hand on (newcomer-4, item 6): no heading
/// alone at the bottom of a page, no text beyond the page's right edge,
/// no date broken across lines, no page wasted, and a table that spans
/// pages repeats its header on each.
#[test]
#[ignore = "needs chromium and pdftotext (Debian: chromium, poppler-utils); .ci/run installs them and runs it"]
fn the_printed_report_keeps_headings_tables_and_dates_together() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The fixture, and an assessment where every question is a gap, whose
    // action plan runs over several pages.
    let all_gaps = all_gaps(dir.path());
    let fixture_day: &[&str] = &["--as-of", "2026-11-25"];
    for (source, day, max_pages) in [
        (NOW, fixture_day, 28),
        (all_gaps.to_str().expect("utf-8"), &[][..], 40),
    ] {
        let html = dir.path().join("printed.html");
        srm_anywhere()
            .args(["report", source, "--format", "html"])
            .args(day)
            .arg("-o")
            .arg(&html)
            .assert()
            .success();
        let page_html = std::fs::read_to_string(&html).expect("html");
        let pdf = print(dir.path(), &html);
        let pages = pages(&pdf);
        assert!(pages.len() <= max_pages, "{source}: {} pages", pages.len());
        let headings = headings(&page_html);
        for (n, page) in pages.iter().enumerate().take(pages.len() - 1) {
            let last = page.last().expect("a line");
            assert!(
                !headings.contains(last),
                "{source}: page {} ends with the heading {last:?}",
                n + 1
            );
        }
        for (width, right, word) in boxes(&pdf) {
            assert!(
                right <= width,
                "{source}: {word:?} runs past the page ({right} > {width})"
            );
            let broken_date = word.len() <= 8
                && word.ends_with('-')
                && word[..word.len() - 1]
                    .split('-')
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
            assert!(!broken_date, "{source}: a date broken after {word:?}");
        }
        // The action plan's header on every page its rows reach (the plan
        // runs from its heading to the next section, which starts a page).
        let at = |heading: &str| pages.iter().position(|p| p.iter().any(|l| l == heading));
        let (first, next) = (
            at("Action plan").expect("the plan"),
            at("About this assessment").expect("the next section"),
        );
        let is_header = |l: &String| {
            ["Finding", "Severity", "Owner", "Due", "Status"]
                .iter()
                .all(|w| l.contains(w))
        };
        for (n, page) in pages.iter().enumerate().take(next).skip(first) {
            assert!(
                page.iter().any(is_header),
                "{source}: page {} of the action plan has no header: {page:?}",
                n + 1
            );
        }
        if source != NOW {
            assert!(next - first >= 2, "{source}: the plan spans pages");
        }
    }
}
