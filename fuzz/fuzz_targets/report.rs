//! Any text typed by a user (notes, justification, owner, organization)
//! through every report format: nothing panics, the HTML never carries
//! raw HTML from the text, and the Markdown keeps no control character.
#![no_main]

use libfuzzer_sys::fuzz_target;
use srm_assess::assessment::{Answer, Assessment, Entry, Metadata};
use srm_assess::lang::Lang;
use srm_assess::questionnaire;
use srm_assess::report::{Report, csv, html, json, markdown};

/// Parsed once: the target fuzzes the reports, not the questionnaire.
static QUESTIONNAIRE: std::sync::OnceLock<questionnaire::Questionnaire> = std::sync::OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let q = QUESTIONNAIRE.get_or_init(|| questionnaire::builtin().expect("built-in questionnaire"));
    let at = "2026-01-01T00:00:00Z".parse().expect("timestamp");
    let metadata = Metadata { organization: text.into(), instance: text.into(), assessor: text.into() };
    let mut a = Assessment::new(q, Lang::En, metadata, at);
    for (i, question) in q.questions.iter().enumerate().take(6) {
        let answer = Answer::ALL[i % 5];
        a.answers.insert(
            question.id.clone(),
            Entry { answer: Some(answer), notes: text.into(), justification: text.into(), owner: text.into(), ..Entry::default() },
        );
    }
    a.answers.insert("retired.question".into(), Entry { answer: Some(Answer::No), notes: text.into(), ..Entry::default() });
    let report = Report { questionnaire: q, assessment: &a, name: "fuzz", lang: Lang::It, generated: at, since: None };
    let md = markdown::render(&report);
    assert!(!md.chars().any(|c| c.is_control() && c != '\n'));
    let page = html::render(&report);
    let body = &page[page.find("<main>").expect("main")..];
    assert!(!body.contains("<script") && !body.contains("<img") && !body.contains("<iframe"));
    let _ = json::render(&report);
    let _ = csv::render(&report).expect("csv");
});
