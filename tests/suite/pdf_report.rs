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
    let pdf = dir.path().join("report.pdf");
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
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    assert!(status.status.success() && pdf.exists(), "{status:?}");
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
