//! Any bytes as a questionnaire file: parse and validate never panic, and a
//! questionnaire that validates has every text in every locale.
#![no_main]

use libfuzzer_sys::fuzz_target;
use srm_assess::questionnaire::Questionnaire;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Questionnaire::parse(text, "fuzz.toml") {
        Ok(q) => {
            for question in &q.questions {
                assert_eq!(question.text.all().len(), q.locales.len());
                assert!(q.question(&question.id).is_some());
            }
        }
        Err(e) => assert!(!e.problems.is_empty()),
    }
});
