//! The first frame, drawn before anything else starts, written as the
//! updates a blank screen needs.

use super::*;

/// Sizes the interface to the terminal, draws it, and returns the terminal
/// to draw the next frames on.
///
/// ratatui's terminal keeps two cell buffers the size of the screen, the
/// frame being drawn and the one shown, to send only what changed. In a
/// fresh process each is some 45 pages that the kernel hands over a fault
/// at a time, a tenth of a millisecond or more (BENCHMARKS.md, "fourth").
/// The first frame needs only one: it is drawn into a buffer of its own,
/// on a terminal with no area (which holds no buffers), and sent to the
/// blank screen. The terminal with its two buffers comes after, the first frame
/// as what the screen shows.
pub(super) fn first_frame(
    app: &mut App,
    data: &DataDir,
    theme: &Theme,
) -> Result<Tty, TerminalError> {
    let io = failed(TerminalStep::Use);
    let no_area = TerminalOptions {
        viewport: Viewport::Fixed(Rect::ZERO),
    };
    let mut blank = Terminal::with_options(output(), no_area).map_err(io)?;
    let size = blank.size().map_err(io)?;
    effects::apply(app, Action::Resize(size.width, size.height), data);
    let area = Rect::from((Position::ORIGIN, size));
    *blank.current_buffer_mut() = Buffer::empty(area);
    let cursor = view::render(app, theme, &mut blank.get_frame());
    let frame = std::mem::take(blank.current_buffer_mut());
    send_to_blank_screen(blank.backend_mut(), &frame, cursor).map_err(io)?;
    // Never hid the cursor through the terminal: nothing to undo.
    drop(blank);
    let mut terminal = ManuallyDrop::new(Terminal::new(output()).map_err(io)?);
    if terminal.get_frame().area() == area {
        *terminal.current_buffer_mut() = frame;
        terminal.swap_buffers();
    } else {
        // Resized meanwhile: cleared and drawn again at the new size.
        let size = terminal.get_frame().area();
        effects::apply(app, Action::Resize(size.width, size.height), data);
        terminal.clear().map_err(io)?;
        terminal.draw(|f| draw(app, theme, f)).map_err(io)?;
    }
    Ok(terminal)
}

/// Sends `frame` to a blank screen, as ratatui's terminal does the first
/// frame, then places the cursor.
pub(super) fn send_to_blank_screen<B: Backend>(
    backend: &mut B,
    frame: &Buffer,
    cursor: Option<Position>,
) -> Result<(), B::Error> {
    let cells = blank_screen_updates(frame);
    backend.draw(cells.iter().map(|&(x, y)| (x, y, &frame[(x, y)])))?;
    match cursor {
        None => backend.hide_cursor()?,
        Some(position) => {
            backend.show_cursor()?;
            backend.set_cursor_position(position)?;
        }
    }
    Backend::flush(backend)
}

/// Where `frame` differs from a blank screen: the cells ratatui's diff with
/// a blank buffer sends (wide characters, and cells it must skip, treated
/// alike), worked out a row at a time against one blank row rather than a
/// whole blank buffer.
pub(super) fn blank_screen_updates(frame: &Buffer) -> Vec<(u16, u16)> {
    let width = usize::from(frame.area.width).max(1);
    let one_row = Rect {
        height: 1,
        ..frame.area
    };
    let mut blank = Buffer::empty(one_row);
    let mut row = Buffer::empty(one_row);
    let mut updates = Vec::new();
    for (y, cells) in (frame.area.y..).zip(frame.content.chunks(width)) {
        blank.area.y = y;
        row.area.y = y;
        row.content.clone_from_slice(cells);
        updates.extend(blank.diff(&row).into_iter().map(|(x, y, _)| (x, y)));
    }
    updates
}
