//! Cutting an area into rows or columns of known sizes, by arithmetic.
//!
//! The walk's and the start screen's panels are fixed heights and widths
//! around one part that takes the rest; ratatui's `Layout` finds the same
//! rectangles with a constraint solver, whose first runs were a large part
//! of drawing the first frame (BENCHMARKS.md). Where the sizes do not fit,
//! each cut keeps what there is for the part it cuts off first.

use ratatui::layout::Rect;

/// The top `rows` of `area` (all of it when it is shorter) and the rest
/// below.
pub fn top(area: Rect, rows: u16) -> (Rect, Rect) {
    let rows = rows.min(area.height);
    (
        Rect {
            height: rows,
            ..area
        },
        Rect {
            y: area.y + rows,
            height: area.height - rows,
            ..area
        },
    )
}

/// The rest above, and the bottom `rows` of `area` (all of it when it is
/// shorter).
pub fn bottom(area: Rect, rows: u16) -> (Rect, Rect) {
    top(area, area.height.saturating_sub(rows))
}

/// The left `columns` of `area` (all of it when it is narrower) and the
/// rest to the right.
pub fn left(area: Rect, columns: u16) -> (Rect, Rect) {
    let columns = columns.min(area.width);
    (
        Rect {
            width: columns,
            ..area
        },
        Rect {
            x: area.x + columns,
            width: area.width - columns,
            ..area
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::{Constraint, Layout};

    /// Where the sizes fit, the same rectangles as the solver's.
    #[test]
    fn the_same_areas_as_layout_where_they_fit() {
        for (w, h) in [(60, 16), (80, 24), (120, 32), (200, 60), (1, 1)] {
            let area = Rect::new(3, 2, w, h);
            for n in 0..=h {
                let [a, b] =
                    Layout::vertical([Constraint::Length(n), Constraint::Fill(1)]).areas(area);
                assert_eq!(top(area, n), (a, b), "top {n} of {area}");
                let [a, b] =
                    Layout::vertical([Constraint::Fill(1), Constraint::Length(n)]).areas(area);
                assert_eq!(bottom(area, n), (a, b), "bottom {n} of {area}");
            }
            for n in 0..=w {
                let [a, b] =
                    Layout::horizontal([Constraint::Length(n), Constraint::Fill(1)]).areas(area);
                assert_eq!(left(area, n), (a, b), "left {n} of {area}");
            }
        }
    }

    #[test]
    fn more_than_there_is_takes_all_of_it() {
        let area = Rect::new(0, 0, 10, 4);
        assert_eq!(top(area, 9), (area, Rect::new(0, 4, 10, 0)));
        assert_eq!(bottom(area, 9), (Rect::new(0, 0, 10, 0), area));
        assert_eq!(left(area, 30), (area, Rect::new(10, 0, 0, 4)));
    }
}
