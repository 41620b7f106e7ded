//! Styles: `color` (the default), `mono` (with `NO_COLOR` set: only bold,
//! dim, italic, underline and reverse) and `high-contrast` (bright colours
//! on the terminal's own background, bold selection, nothing dim), chosen
//! with `SRM_ASSESS_THEME`. Nothing is ever conveyed by colour alone
//! (answers carry a symbol and a word).

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

/// A theme name that is not one of ours; says which names exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTheme(pub String);

impl Theme {
    /// The theme for this environment: `SRM_ASSESS_THEME` when set, else
    /// monochrome when `NO_COLOR` is set (to anything but the empty
    /// string), else colours. An unknown theme name is an error that says
    /// which names exist.
    pub fn from_env() -> Result<Self, UnknownTheme> {
        let asked = std::env::var("SRM_ASSESS_THEME").ok();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self::choose(asked.as_deref(), no_color)
    }

    /// [`Theme::from_env`] with the environment given: the theme's name
    /// (an explicit choice wins over `NO_COLOR`) and whether `NO_COLOR` is set.
    pub fn choose(asked: Option<&str>, no_color: bool) -> Result<Self, UnknownTheme> {
        match asked.map(str::trim).filter(|a| !a.is_empty()) {
            Some("mono") => Ok(Self::mono()),
            Some("high-contrast") => Ok(Self::high_contrast()),
            Some("color" | "colour") => Ok(Self::color()),
            Some(other) => Err(UnknownTheme(other.to_string())),
            None if no_color => Ok(Self::mono()),
            None => Ok(Self::color()),
        }
    }

    /// Bright colours on the terminal's own background, bold selection and
    /// nothing dim: for low vision and washed-out screens.
    pub fn high_contrast() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title: bold.fg(Color::LightCyan),
            heading: bold.fg(Color::White),
            dim: Style::new().fg(Color::White),
            selected: bold.add_modifier(Modifier::REVERSED),
            key: bold.fg(Color::LightYellow),
            error: bold.fg(Color::LightRed),
            good: bold.fg(Color::LightGreen),
            gap: bold.fg(Color::LightRed),
            link: Style::new()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::UNDERLINED),
            code: bold.fg(Color::LightMagenta),
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
