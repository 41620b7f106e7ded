//! The integration tests, as one binary: one build and one link for all of
//! them, and one shared fixture module (`common`). Each file is a module
//! named for what it tests; run one with `cargo test --test suite NAME::`.
//! The tests that need a system tool are `#[ignore]`d (pdf_report,
//! special_files); `.ci/run` installs the tools and runs them.

mod common;

mod architecture;
mod ask_cli;
mod assessment_cli;
mod assessment_file;
mod builtin_questionnaire;
mod bundle;
mod ci_setup;
mod compiled_questionnaire;
mod completion;
mod confusable_skeleton;
mod crosswalk;
mod decisions_cli;
mod fleet;
mod fuzz_corpus;
mod gate_formats;
mod git;
mod hardening;
mod help_cli;
mod merge_driver;
mod merge_property;
mod numbers;
mod oscal;
mod pdf_report;
mod probe;
mod report;
mod report_cli;
mod save_safety;
mod scale;
mod shared_files;
mod special_files;
mod tui_e2e;
mod tui_model;
mod tui_render;
mod validate_cli;
