//! Any text typed by a user (notes, justification, owner, organization)
//! through every report format: nothing panics, the HTML never carries
//! raw HTML from the text, and the Markdown keeps no control character.
//! The body is `srm_assess::fuzz::report`, which `cargo test` also runs over
//! `fuzz/corpus/report/`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| srm_assess::fuzz::report(data));
