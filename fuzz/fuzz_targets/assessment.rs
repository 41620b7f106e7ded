//! Any bytes as an assessment file: parsing never panics, and whatever
//! parses is written back and read again unchanged.
//! The body is `srm_assess::fuzz::assessment`, which `cargo test` also runs over
//! `fuzz/corpus/assessment/`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| srm_assess::fuzz::assessment(data));
