//! The interface's model: what is open, where the user is, what is shown.
//! Plain data; [`super::update`] changes it, [`super::view`] draws it.

use std::path::PathBuf;

use ratatui_textarea::TextArea;

use crate::assessment::Answer;
use crate::lang::Lang;
use crate::messages::{Ui, ui};
use crate::questionnaire::{Question, Questionnaire};
use crate::score::Breakdown;
use crate::store::Document;

/// Which questions navigation visits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    /// Every question.
    #[default]
    All,
    /// Questions without an answer.
    Unanswered,
    /// Questions answered partial, no or don't know.
    Gaps,
    /// Flagged questions.
    Flagged,
}

impl Filter {
    /// The next filter in the cycle.
    pub fn next(self) -> Self {
        match self {
            Filter::All => Filter::Unanswered,
            Filter::Unanswered => Filter::Gaps,
            Filter::Gaps => Filter::Flagged,
            Filter::Flagged => Filter::All,
        }
    }

    /// Index into [`Ui::filters`].
    pub fn index(self) -> usize {
        self as usize
    }
}

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
    /// Name, organization, instance, assessor.
    pub fields: [String; 4],
    /// The field being typed in.
    pub focus: usize,
    /// Why the name is refused, if it is.
    pub error: Option<String>,
}

/// The owner and due date form.
#[derive(Debug, Clone, Default)]
pub struct OwnerForm {
    /// Owner, due date.
    pub fields: [String; 2],
    /// The field being typed in.
    pub focus: usize,
    /// Why the date is refused, if it is.
    pub error: Option<String>,
}

/// What is drawn over the walk, taking the keys.
#[derive(Debug, Default)]
pub enum Overlay {
    /// Nothing: the walk has the keys.
    #[default]
    None,
    /// The list of keys.
    Help,
    /// The summary dashboard.
    Summary,
    /// The not-applicable justification prompt.
    Justification {
        /// The text typed.
        editor: Box<TextArea<'static>>,
        /// Shown after an empty confirmation.
        error: bool,
    },
    /// The notes editor.
    Notes {
        /// The text typed.
        editor: Box<TextArea<'static>>,
        /// Set once the user was warned that the notes look like a
        /// credential; leaving again saves them anyway.
        warned: bool,
        /// Whether anything was typed: leaving without an edit changes
        /// nothing (the editor shows the notes cleaned of control
        /// characters, which must not be written back unasked).
        edited: bool,
    },
    /// The owner and due date form.
    Owner(OwnerForm),
    /// The search query being typed.
    Search(String),
    /// Quitting while changes are not saved: retry, quit anyway, or stay.
    Unsaved,
}

/// A message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// What to say.
    pub text: String,
    /// Whether it reports a failure (kept until the next action).
    pub error: bool,
}

/// The screen shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Saved assessments and the create form.
    Start,
    /// The walk through the questionnaire.
    Walk,
}

/// The whole interface state.
#[derive(Debug)]
pub struct App {
    /// The questionnaire in use.
    pub questionnaire: Questionnaire,
    /// The open assessment (none on the start screen).
    pub doc: Option<Document>,
    /// The interface language.
    pub lang: Lang,
    /// The screen shown.
    pub screen: Screen,
    /// Saved assessments (start screen).
    pub entries: Vec<ListEntry>,
    /// The selected entry (start screen).
    pub selected: usize,
    /// The create form, when open (start screen).
    pub create: Option<CreateForm>,
    /// The question shown, as an index into the questionnaire's questions.
    pub cursor: usize,
    /// Whether the section's introduction is shown before the question.
    pub intro: bool,
    /// Which questions navigation visits.
    pub filter: Filter,
    /// The search applied, if any (lowercase).
    pub search: Option<String>,
    /// What is drawn over the walk.
    pub overlay: Overlay,
    /// How far the main pane is scrolled.
    pub scroll: u16,
    /// The status line.
    pub status: Option<Status>,
    /// Set when the user quits.
    pub quit: bool,
    /// Progress and score of the open assessment, kept current as answers
    /// change so that drawing a frame never recounts every question.
    pub tallies: Breakdown,
    /// The terminal's size (columns, rows), as last reported.
    pub size: (u16, u16),
    /// The clock: answers and reports are stamped with it; tests fix it.
    pub clock: fn() -> jiff::Timestamp,
    /// How far the help overlay is scrolled.
    pub help_scroll: u16,
    /// Why the last save failed, while changes wait to be saved.
    pub save_error: Option<String>,
    /// Set when the user chose to quit without the unsaved changes.
    pub discard: bool,
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
        // The interface's messages with values come from the catalogue,
        // in the interface's language (on this thread).
        crate::messages::set_lang(lang);
        App {
            questionnaire,
            doc: None,
            lang,
            screen: Screen::Start,
            entries,
            selected: 0,
            create: None,
            cursor: 0,
            intro: false,
            filter: Filter::All,
            search: None,
            overlay: Overlay::None,
            scroll: 0,
            status: None,
            quit: false,
            tallies: Breakdown {
                overall: Default::default(),
                sections: Vec::new(),
            },
            size: (u16::MAX, u16::MAX),
            help_scroll: 0,
            clock: crate::assessment::now,
            save_error: None,
            discard: false,
        }
    }

    /// How many changes are not saved yet.
    pub fn unsaved(&self) -> usize {
        self.doc.as_ref().map_or(0, Document::unsaved)
    }

    /// Whether the terminal is too small to show the effect of a key.
    pub fn too_small(&self) -> bool {
        !fits(self.size.0, self.size.1)
    }

    /// The open assessment's instance (subdomain), empty when none.
    pub fn instance(&self) -> &str {
        self.doc
            .as_ref()
            .map_or("", |d| d.assessment().metadata.instance.as_str())
    }

    /// Recounts progress and score from the open assessment.
    pub fn recount(&mut self) {
        if let Some(doc) = &self.doc {
            self.tallies = crate::score::breakdown(&self.questionnaire, doc.assessment());
        }
    }

    /// Records an entry for the question under the cursor, keeping the
    /// tallies current.
    pub fn set_entry(&mut self, entry: crate::assessment::Entry) -> bool {
        let question = &self.questionnaire.questions[self.cursor];
        let Some(doc) = self.doc.as_mut() else {
            return false;
        };
        let section = &mut self.tallies.sections[question.section];
        let old = doc.entry(&question.id);
        section.count_entry(question, old, false);
        self.tallies.overall.count_entry(question, old, false);
        let kept = (!entry.is_empty()).then_some(&entry);
        section.count_entry(question, kept, true);
        self.tallies.overall.count_entry(question, kept, true);
        doc.set_entry(&question.id, entry);
        true
    }

    /// Opens an assessment: the walk resumes at the first unanswered
    /// question (with its section's introduction when it is the first).
    pub fn open(&mut self, doc: Document) {
        self.doc = Some(doc);
        self.recount();
        self.screen = Screen::Walk;
        self.overlay = Overlay::None;
        self.filter = Filter::All;
        self.search = None;
        let first_open = self.first_unanswered_from(0).unwrap_or(0);
        self.go_to(first_open, true);
        if self.first_unanswered_from(0).is_none() {
            self.overlay = Overlay::Summary;
        }
    }

    /// The words of the interface.
    pub fn ui(&self) -> &'static Ui {
        ui(self.lang)
    }

    /// The question under the cursor.
    pub fn question(&self) -> &Question {
        &self.questionnaire.questions[self.cursor]
    }

    /// The answer recorded for a question.
    pub fn answer_of(&self, question: &Question) -> Option<Answer> {
        self.doc
            .as_ref()
            .and_then(|d| d.assessment().answer(&question.id))
    }

    /// Moves to question `index`; with `intro`, shows its section's
    /// introduction first when it is the section's first question.
    pub fn go_to(&mut self, index: usize, intro: bool) {
        let index = index.min(self.questionnaire.questions.len().saturating_sub(1));
        let section = &self.questionnaire.sections[self.questionnaire.questions[index].section];
        self.intro = intro && section.questions.start == index;
        self.cursor = index;
        self.scroll = 0;
    }

    /// Whether a question is visited under the current filter and search.
    pub fn visible(&self, question: &Question) -> bool {
        let entry = self.doc.as_ref().and_then(|d| d.entry(&question.id));
        let answer = entry.and_then(|e| e.answer);
        let by_filter = match self.filter {
            Filter::All => true,
            Filter::Unanswered => answer.is_none(),
            Filter::Gaps => answer.is_some_and(Answer::is_gap),
            Filter::Flagged => entry.is_some_and(|e| e.flagged),
        };
        by_filter
            && self.search.as_deref().is_none_or(|needle| {
                question.text.get(self.lang).to_lowercase().contains(needle)
                    || question.id.contains(needle)
                    || question.reference.to_lowercase() == needle
            })
    }

    /// The first unanswered question at or after `from`, wrapping around.
    pub fn first_unanswered_from(&self, from: usize) -> Option<usize> {
        let n = self.questionnaire.questions.len();
        (0..n)
            .map(|i| (from + i) % n)
            .find(|&i| self.answer_of(&self.questionnaire.questions[i]).is_none())
    }

    /// The next visible question after `from`, if any.
    pub fn next_visible(&self, from: usize) -> Option<usize> {
        self.questionnaire
            .questions
            .iter()
            .enumerate()
            .skip(from + 1)
            .find(|(_, q)| self.visible(q))
            .map(|(i, _)| i)
    }

    /// The previous visible question before `from`, if any.
    pub fn prev_visible(&self, from: usize) -> Option<usize> {
        self.questionnaire.questions[..from]
            .iter()
            .enumerate()
            .rev()
            .find(|(_, q)| self.visible(q))
            .map(|(i, _)| i)
    }

    /// The number of the question within its section (1-based) and the
    /// section's number of questions.
    pub fn position_in_section(&self) -> (usize, usize) {
        let section = &self.questionnaire.sections[self.question().section];
        (
            self.cursor - section.questions.start + 1,
            section.questions.len(),
        )
    }

    /// Whether the summary is shown.
    pub fn overlay_is_summary(&self) -> bool {
        matches!(self.overlay, Overlay::Summary)
    }

    /// The questionnaire in use.
    pub fn questionnaire(&self) -> &Questionnaire {
        &self.questionnaire
    }

    /// Shows a message in the status line.
    pub fn say(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    /// Shows a failure in the status line.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }
}
