//! Tests of `terminal.rs`.
use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::first_frame::blank_screen_updates;

/// What ratatui's terminal sends for a first frame: its diff with a
/// whole blank buffer.
fn ratatuis(frame: &Buffer) -> Vec<(u16, u16)> {
    let blank = Buffer::empty(frame.area);
    blank
        .diff(frame)
        .into_iter()
        .map(|(x, y, _)| (x, y))
        .collect()
}

/// The first frame sends the cells ratatui would, wide characters,
/// emoji sequences, styled blanks and skipped cells included.
#[test]
fn the_first_frame_sends_what_ratatuis_diff_sends() {
    let area = Rect::new(0, 0, 12, 6);
    let mut frame = Buffer::empty(area);
    frame.set_string(0, 0, "plain text", Style::default());
    frame.set_string(0, 1, "東京 wide", Style::default().fg(Color::Cyan));
    frame.set_string(0, 2, "a\u{301} e\u{308} ❤\u{fe0f}!", Style::default());
    frame.set_string(3, 3, "   ", Style::default().bg(Color::Blue));
    frame.set_string(
        0,
        4,
        "under",
        Style::default().add_modifier(Modifier::UNDERLINED),
    );
    frame[(6, 4)].set_diff_option(CellDiffOption::Skip);
    frame[(7, 4)]
        .set_symbol("x")
        .set_diff_option(CellDiffOption::Skip);
    frame.set_string(10, 5, "家", Style::default());
    frame[(2, 5)]
        .set_symbol("y")
        .set_diff_option(CellDiffOption::AlwaysUpdate);
    let ours = blank_screen_updates(&frame);
    assert_eq!(ours, ratatuis(&frame));
    assert!(
        ours.contains(&(0, 0)) && !ours.contains(&(7, 4)),
        "{ours:?}"
    );
    // Away from the corner, as a frame drawn in part of a screen.
    let mut moved = Buffer::empty(Rect::new(3, 2, 12, 6));
    moved.set_string(3, 2, "東京", Style::default());
    moved.set_string(5, 7, "end", Style::default());
    assert_eq!(blank_screen_updates(&moved), ratatuis(&moved));
    // A blank frame sends nothing; an empty one has no rows.
    assert!(blank_screen_updates(&Buffer::empty(area)).is_empty());
    assert!(blank_screen_updates(&Buffer::empty(Rect::ZERO)).is_empty());
}
