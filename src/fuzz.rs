//! The fuzz targets' bodies (`fuzz/fuzz_targets/*.rs` call them): here, so
//! that `cargo test` compiles them against today's library and runs them
//! over `fuzz/corpus/` (`tests/suite/fuzz_corpus.rs`). Each panics on a
//! broken invariant, which is what the fuzzer looks for.

use crate::assessment::{Answer, Assessment, Entry, Metadata, file};
use crate::lang::Lang;
use crate::questionnaire::Questionnaire;
use crate::report::{Files, Report, csv, html, json, markdown};

/// Any bytes as a questionnaire file: parse and validate never panic, and
/// a questionnaire that validates has every text in every locale.
pub fn questionnaire(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Questionnaire::parse(text, "fuzz.toml") {
        Ok(q) => {
            for question in q.questions.iter() {
                assert_eq!(question.text.all().len(), q.locales.len());
                assert!(q.question(&question.id).is_some());
            }
        }
        Err(e) => assert!(!e.problems.is_empty()),
    }
}

/// Any bytes as an assessment file: parsing never panics, and whatever
/// parses is written back and read again unchanged.
pub fn assessment(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(assessment) = file::parse(text) {
        let order: Vec<String> = assessment.answers.keys().cloned().collect();
        let written = file::to_toml(&assessment, &order).expect("a parsed assessment serializes");
        let again = file::parse(&written).expect("what was written parses");
        assert_eq!(again, assessment);
    }
}

/// Any text as a question's Markdown help: the terminal renderer never
/// panics and never lets a control character through.
pub fn help_markdown(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let theme = crate::tui::view::theme::Theme::mono();
    for line in crate::tui::view::help_text::render(text, &theme) {
        for span in line.spans {
            assert!(
                !span.content.chars().any(char::is_control),
                "{:?}",
                span.content
            );
        }
    }
}

/// Any text typed by a user (notes, justification, owner, organization)
/// through every report format: nothing panics, the HTML never carries raw
/// HTML from the text, and the Markdown keeps no control character.
pub fn report(data: &[u8]) {
    static QUESTIONNAIRE: std::sync::OnceLock<Questionnaire> = std::sync::OnceLock::new();
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let q = QUESTIONNAIRE.get_or_init(|| crate::questionnaire::builtin().expect("built in"));
    let at = "2026-01-01T00:00:00Z".parse().expect("timestamp");
    let metadata = Metadata {
        organization: text.into(),
        instance: text.into(),
        assessor: text.into(),
        ..Metadata::default()
    };
    let mut a = Assessment::new(q, Lang::En, metadata, at);
    for (i, question) in q.questions.iter().enumerate().take(6) {
        a.answers.insert(
            question.id.to_string(),
            Entry {
                answer: Some(Answer::ALL[i % 5]),
                notes: text.into(),
                justification: text.into(),
                owner: text.into(),
                ..Entry::default()
            },
        );
    }
    a.answers.insert(
        "retired.question".into(),
        Entry {
            answer: Some(Answer::No),
            notes: text.into(),
            ..Entry::default()
        },
    );
    let model = Report::new(q, &a, "fuzz", Lang::It, at, Files::NotChecked).model();
    let md = markdown::render(&model);
    assert!(!md.chars().any(|c| c.is_control() && c != '\n'));
    let page = html::render(&model);
    let body = &page[page.find("<main>").expect("main")..];
    assert!(!body.contains("<script") && !body.contains("<img") && !body.contains("<iframe"));
    let _ = json::render(&model);
    let _ = csv::render(&model).expect("csv");
}
