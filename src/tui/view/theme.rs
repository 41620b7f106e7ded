//! Styles. With `NO_COLOR` set, only bold, dim and reverse are used;
//! nothing is ever conveyed by colour alone (answers carry a symbol and a word).

use ratatui::style::{Color, Modifier, Style};

/// The styles the views use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Titles and the header.
    pub title: Style,
    /// Headings inside panes.
    pub heading: Style,
    /// Secondary text.
    pub dim: Style,
    /// The selected row.
    pub selected: Style,
    /// Key names in the footer and help.
    pub key: Style,
    /// Failures.
    pub error: Style,
    /// A yes.
    pub good: Style,
    /// A gap.
    pub gap: Style,
    /// Links.
    pub link: Style,
    /// Inline code in help text.
    pub code: Style,
}

impl Theme {
    /// The theme for this environment: monochrome when `NO_COLOR` is set
    /// (to anything but the empty string).
    pub fn from_env() -> Self {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            Self::mono()
        } else {
            Self::color()
        }
    }

    /// Colours, for terminals that have them.
    pub fn color() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title: bold.fg(Color::Cyan),
            heading: bold,
            dim: Style::new().fg(Color::DarkGray),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            key: bold.fg(Color::Yellow),
            error: bold.fg(Color::Red),
            good: Style::new().fg(Color::Green),
            gap: Style::new().fg(Color::LightRed),
            link: Style::new()
                .fg(Color::Blue)
                .add_modifier(Modifier::UNDERLINED),
            code: Style::new().fg(Color::Magenta),
        }
    }

    /// No colour at all.
    pub fn mono() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title: bold,
            heading: bold,
            dim: Style::new().add_modifier(Modifier::DIM),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            key: bold,
            error: bold.add_modifier(Modifier::REVERSED),
            good: Style::new(),
            gap: bold,
            link: Style::new().add_modifier(Modifier::UNDERLINED),
            code: Style::new().add_modifier(Modifier::ITALIC),
        }
    }
}
