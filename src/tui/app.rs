//! The interface's model: which screen is shown, with the state it owns,
//! and what every screen shares (the status line, the size, the clock).
//! [`super::update`] changes it; [`super::view`] draws it.
//!
//! Fields are visible to the interface's modules for drawing; only
//! [`super::update`] and the effects it asks for change them.

use std::path::PathBuf;
use std::rc::Rc;

use super::keymap::Mode;
use super::line_input::LineInput;
use super::walk::{Field, Overlay, Walk};
use crate::lang::Lang;
use crate::messages::{Ui, ui};
use crate::questionnaire::Questionnaire;
use crate::store::Document;

/// A saved assessment offered on the start screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListEntry {
    /// Its name.
    pub name: String,
    /// Its file.
    pub path: PathBuf,
    /// "12/34", or why it cannot be read.
    pub progress: String,
    /// Number of gaps, as text.
    pub gaps: String,
    /// Last change, as text.
    pub changed: String,
}

/// The form that creates an assessment.
#[derive(Debug, Clone, Default)]
pub struct CreateForm {
    /// What is typed in each of [`CreateForm::FIELDS`], in order.
    pub fields: [LineInput; 4],
    /// The field being typed in, as a position in [`CreateForm::FIELDS`].
    pub focus: usize,
    /// Why the name or a detail is refused, if it is.
    pub error: Option<String>,
}

impl CreateForm {
    /// The fields, in the order shown: the name, then the details form's.
    pub const FIELDS: [Field; 4] = [
        Field::Name,
        Field::Organization,
        Field::Instance,
        Field::Assessor,
    ];

    /// The trimmed text of `field` (empty for a field the form lacks).
    pub fn get(&self, field: Field) -> String {
        Self::position(field)
            .map(|i| self.fields[i].text().trim().to_string())
            .unwrap_or_default()
    }

    /// Puts the cursor in `field`.
    pub fn focus_on(&mut self, field: Field) {
        self.focus = Self::position(field).unwrap_or(0);
    }

    fn position(field: Field) -> Option<usize> {
        Self::FIELDS.iter().position(|f| *f == field)
    }
}

/// The start screen: saved assessments and the create form.
#[derive(Debug, Default)]
pub struct Start {
    /// Saved assessments.
    pub(super) entries: Vec<ListEntry>,
    /// The selected entry.
    pub(super) selected: usize,
    /// The create form, when open.
    pub(super) create: Option<Box<CreateForm>>,
}

impl Start {
    /// The create form, when open.
    pub fn create_form(&self) -> Option<&CreateForm> {
        self.create.as_deref()
    }
}

/// The screen shown, owning its state.
#[derive(Debug)]
pub enum Screen {
    /// Saved assessments and the create form.
    Start(Start),
    /// The walk through the questionnaire, with its open assessment.
    Walk(Box<Walk>),
}

/// What a status-line message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    /// News: saved, written, opened.
    Info,
    /// A failure, kept until the next action.
    Error,
    /// Why the current view shows nothing; gone when the view changes.
    View,
}

/// A message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// What to say.
    pub text: String,
    /// What it is.
    pub kind: StatusKind,
}

impl Status {
    /// Whether it reports a failure.
    pub fn is_error(&self) -> bool {
        self.kind == StatusKind::Error
    }
}

/// The whole interface state.
#[derive(Debug)]
pub struct App {
    pub(super) questionnaire: Rc<Questionnaire>,
    /// The questionnaire the interface started with (built in, or given
    /// with --questionnaire): what an assessment that recorded no file
    /// answers.
    pub(super) launched: Rc<Questionnaire>,
    pub(super) lang: Lang,
    pub(super) screen: Screen,
    pub(super) status: Option<Status>,
    pub(super) quit: bool,
    /// The terminal's size (columns, rows), as last reported.
    pub(super) size: (u16, u16),
    /// The clock: answers and reports are stamped with it; tests fix it.
    pub(super) clock: fn() -> jiff::Timestamp,
    /// The questionnaire's file (`--questionnaire`), recorded in the
    /// assessments created here; `None` for the built-in one.
    pub(super) questionnaire_file: Option<std::path::PathBuf>,
    /// `--lang` when given: the language of the report `r` writes (else
    /// the assessment's own, as `report`).
    pub(super) report_lang: Option<Lang>,
}

/// The smallest terminal (columns, rows) the interface draws in; below it
/// a message says so and only help, quit and resizing act.
pub const MIN_SIZE: (u16, u16) = (60, 16);

/// Whether a terminal of `width`×`height` can show the interface.
pub fn fits(width: u16, height: u16) -> bool {
    width >= MIN_SIZE.0 && height >= MIN_SIZE.1
}

impl App {
    /// A new interface on the start screen.
    pub fn new(questionnaire: Questionnaire, lang: Lang, entries: Vec<ListEntry>) -> Self {
        let questionnaire = Rc::new(questionnaire);
        App {
            launched: Rc::clone(&questionnaire),
            questionnaire,
            lang,
            screen: Screen::Start(Start {
                entries,
                ..Start::default()
            }),
            status: None,
            quit: false,
            size: (u16::MAX, u16::MAX),
            clock: crate::assessment::now,
            questionnaire_file: None,
            report_lang: None,
        }
    }

    /// `--lang` as given on the command line: reports written here use it.
    pub fn set_report_lang(&mut self, lang: Option<Lang>) {
        self.report_lang = lang;
    }

    /// Names the questionnaire's file, so that assessments created here
    /// remember it.
    pub fn set_questionnaire_file(&mut self, file: Option<std::path::PathBuf>) {
        self.questionnaire_file = file;
    }

    /// Replaces the clock (tests fix the time).
    pub fn set_clock(&mut self, clock: fn() -> jiff::Timestamp) {
        self.clock = clock;
    }

    /// Opens an assessment: the walk resumes at the first unanswered question.
    pub fn open(&mut self, doc: Document) {
        // A git merge's conflicts are said at once: they need a person.
        let conflicts = &doc.assessment().conflicts;
        if !conflicts.is_empty() {
            let ids: Vec<&str> = conflicts.keys().map(String::as_str).collect();
            self.warn(crate::messages::tui_conflicts_open(
                self.lang,
                &ids.join(", "),
            ));
        }
        self.screen = Screen::Walk(Box::new(Walk::new(
            Rc::clone(&self.questionnaire),
            self.lang,
            doc,
            crate::assessment::local_date((self.clock)()),
        )));
    }

    /// The screen shown.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The walk, when an assessment is open.
    pub fn walk(&self) -> Option<&Walk> {
        match &self.screen {
            Screen::Walk(walk) => Some(walk),
            Screen::Start(_) => None,
        }
    }

    /// Jumps to a question of the open assessment (tests and benchmarks;
    /// people move with the keys).
    /// With `intro`, the section's introduction is shown first when the
    /// question is the section's first.
    pub fn go_to(&mut self, index: usize, intro: bool) {
        if let Screen::Walk(walk) = &mut self.screen {
            walk.go_to(index, intro);
        }
    }

    /// The status line's message.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// Shows a message in the status line.
    pub fn say(&mut self, text: impl Into<String>) {
        self.set_status(text, StatusKind::Info);
    }

    /// Shows a failure in the status line.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.set_status(text, StatusKind::Error);
    }

    /// Empties the status line: a screen drawn for a reader (the
    /// documentation's screenshots, the snapshots) without the news of the
    /// keys that led to it.
    pub fn clear_status(&mut self) {
        self.status = None;
    }

    pub(super) fn set_status(&mut self, text: impl Into<String>, kind: StatusKind) {
        self.status = Some(Status {
            text: text.into(),
            kind,
        });
    }

    /// Whether the user has quit.
    pub fn has_quit(&self) -> bool {
        self.quit
    }

    /// How many changes are not saved yet.
    pub fn unsaved(&self) -> usize {
        self.walk().map_or(0, Walk::unsaved)
    }

    /// Whether the terminal is too small to show the effect of a key.
    pub fn too_small(&self) -> bool {
        !fits(self.size.0, self.size.1)
    }

    /// The words of the interface.
    pub fn ui(&self) -> &'static Ui {
        ui(self.lang)
    }

    /// The questionnaire in use.
    pub fn questionnaire(&self) -> &Questionnaire {
        &self.questionnaire
    }

    /// The interface's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Which keys apply now.
    pub fn mode(&self) -> Mode {
        match &self.screen {
            Screen::Start(start) if start.create.is_some() => Mode::CreateForm,
            Screen::Start(_) => Mode::Start,
            Screen::Walk(walk) => match walk.overlay {
                Overlay::None => Mode::Walk,
                Overlay::Help => Mode::Help,
                Overlay::Summary => Mode::Summary,
                Overlay::Justification { .. } => Mode::Justification,
                Overlay::Notes { .. } => Mode::Notes,
                Overlay::Form(_) => Mode::Form,
                Overlay::Search(_) => Mode::Search,
                Overlay::Unsaved => Mode::Unsaved,
            },
        }
    }
}
