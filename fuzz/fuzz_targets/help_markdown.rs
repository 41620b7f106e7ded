//! Any text as a question's Markdown help: the terminal renderer never
//! panics and never lets a control character through.
//! The body is `srm_assess::fuzz::help_markdown`, which `cargo test` also runs over
//! `fuzz/corpus/help_markdown/`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| srm_assess::fuzz::help_markdown(data));
