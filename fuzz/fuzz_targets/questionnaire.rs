//! Any bytes as a questionnaire file: parse and validate never panic, and a
//! questionnaire that validates has every text in every locale.
//! The body is `srm_assess::fuzz::questionnaire`, which `cargo test` also runs over
//! `fuzz/corpus/questionnaire/`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| srm_assess::fuzz::questionnaire(data));
