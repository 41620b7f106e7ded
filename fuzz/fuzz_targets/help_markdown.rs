//! Any text as a question's Markdown help: the terminal renderer never
//! panics and never lets a control character through.
#![no_main]

use libfuzzer_sys::fuzz_target;
use srm_assess::tui::view::help_text::render;
use srm_assess::tui::view::theme::Theme;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for line in render(text, &Theme::mono()) {
        for span in line.spans {
            assert!(!span.content.chars().any(|c| c.is_control()), "{:?}", span.content);
        }
    }
});
