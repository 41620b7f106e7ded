//! The walk through the questionnaire: the open assessment, where the user
//! is, what is shown and what is drawn over it. It exists only with a
//! document, so nothing that walks has to ask whether one is open.
//!
//! Fields are visible to the interface's modules for drawing; only
//! [`super::update`] and the effects it asks for change them.

use std::rc::Rc;

use ratatui_textarea::TextArea;

use super::line_input::LineInput;
use crate::assessment::{Answer, Entry};
use crate::lang::Lang;
use crate::messages::{Ui, ui};
use crate::questionnaire::{Question, Questionnaire};
use crate::score::Breakdown;
use crate::store::Document;

mod form;
mod numbers;
pub use form::{Field, Form, FormKind};

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
    /// Questions a git merge left in conflict (in the cycle only while
    /// there are any).
    Conflicts,
}

impl Filter {
    /// The next filter in the cycle; `conflicts`: whether the assessment
    /// has merge conflicts to settle.
    pub fn next(self, conflicts: bool) -> Self {
        match self {
            Filter::All => Filter::Unanswered,
            Filter::Unanswered => Filter::Gaps,
            Filter::Gaps => Filter::Flagged,
            Filter::Flagged if conflicts => Filter::Conflicts,
            Filter::Flagged | Filter::Conflicts => Filter::All,
        }
    }

    /// Index into [`Ui::filters`].
    pub fn index(self) -> usize {
        self as usize
    }
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
    /// A form: owner and due date, accepting a risk, evidence.
    Form(Box<Form>),
    /// The search query being typed.
    Search(Box<LineInput>),
    /// Quitting while changes are not saved: retry, quit anyway, or stay.
    Unsaved,
}

/// The state of the walk.
#[derive(Debug)]
pub struct Walk {
    pub(super) questionnaire: Rc<Questionnaire>,
    pub(super) lang: Lang,
    /// The open assessment.
    pub(super) doc: Document,
    /// The question shown, as an index into the questionnaire's questions.
    pub(super) cursor: usize,
    /// Whether the section's introduction is shown before the question.
    pub(super) intro: bool,
    /// Which questions navigation visits.
    pub(super) filter: Filter,
    /// The search applied, if any (lowercase).
    pub(super) search: Option<String>,
    /// What is drawn over the walk.
    pub(super) overlay: Overlay,
    /// How far the main pane is scrolled.
    pub(super) scroll: u16,
    /// How far the help overlay is scrolled.
    pub(super) help_scroll: u16,
    /// Progress and score, kept current as answers change so that drawing
    /// a frame never recounts every question.
    pub(super) tallies: Breakdown,
    /// Why the last save failed, while changes wait to be saved.
    pub(super) save_error: Option<String>,
    /// Today, as of the last action: what acceptances, evidence and due
    /// dates are judged against.
    pub(super) today: jiff::civil::Date,
    /// Set when the user chose to quit without the unsaved changes.
    pub(super) discard: bool,
    /// What is at the evidence files' paths, read when the assessment is
    /// opened or reloaded and when its evidence changes: standings and the
    /// summary judge changed files as `report` does.
    pub(super) files: crate::assessment::decisions::FileDigests,
}

impl Walk {
    /// The walk through `doc`, resumed at the first unanswered question
    /// (with its section's introduction when it is the first); the summary
    /// is shown over it when nothing is left to answer.
    pub(super) fn new(
        questionnaire: Rc<Questionnaire>,
        lang: Lang,
        doc: Document,
        today: jiff::civil::Date,
    ) -> Self {
        let tallies = crate::score::breakdown(&questionnaire, doc.assessment());
        let files = crate::store::evidence::digests(doc.path(), doc.assessment());
        let mut walk = Walk {
            files,
            questionnaire,
            lang,
            doc,
            cursor: 0,
            intro: false,
            filter: Filter::All,
            search: None,
            overlay: Overlay::None,
            scroll: 0,
            help_scroll: 0,
            tallies,
            save_error: None,
            discard: false,
            today,
        };
        match walk.first_unanswered_from(0) {
            Some(first) => walk.go_to(first, true),
            None => {
                walk.go_to(0, true);
                walk.overlay = Overlay::Summary;
            }
        }
        walk
    }

    /// The open assessment.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The index of the question shown.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Whether the section's introduction is shown.
    pub fn intro(&self) -> bool {
        self.intro
    }

    /// The filter applied.
    pub fn filter(&self) -> Filter {
        self.filter
    }

    /// The search applied (lowercase), if any.
    pub fn search(&self) -> Option<&str> {
        self.search.as_deref()
    }

    /// What is drawn over the walk.
    pub fn overlay(&self) -> &Overlay {
        &self.overlay
    }

    /// Progress and score.
    pub fn tallies(&self) -> &Breakdown {
        &self.tallies
    }

    /// Why the last save failed, if changes wait to be saved.
    pub fn save_error(&self) -> Option<&str> {
        self.save_error.as_deref()
    }

    /// How many changes are not saved yet.
    pub fn unsaved(&self) -> usize {
        self.doc.unsaved()
    }

    /// The words of the interface.
    pub fn ui(&self) -> &'static Ui {
        ui(self.lang)
    }

    /// The questionnaire walked.
    pub fn questionnaire(&self) -> &Questionnaire {
        &self.questionnaire
    }

    /// The question under the cursor.
    pub fn question(&self) -> &Question {
        &self.questionnaire.questions[self.cursor]
    }

    /// The assessment's instance (subdomain), empty when not given.
    pub fn instance(&self) -> &str {
        &self.doc.assessment().metadata.instance
    }

    /// Where a question stands today: accepted, expired, overdue, its
    /// evidence (a file changed since it was recorded included).
    pub fn standing(&self, question: &Question) -> crate::assessment::decisions::Standing {
        match self.doc.entry(&question.id) {
            Some(entry) => crate::assessment::decisions::standing(
                question,
                entry,
                self.today,
                Some(&self.files),
            ),
            None => Default::default(),
        }
    }

    /// The day the walk judges dates against.
    pub fn today(&self) -> jiff::civil::Date {
        self.today
    }

    /// The entry recorded for the question under the cursor (empty when
    /// none), to change and record again.
    pub(super) fn current_entry(&self) -> Entry {
        self.doc
            .entry(&self.question().id)
            .cloned()
            .unwrap_or_default()
    }

    /// The answer recorded for a question.
    pub fn answer_of(&self, question: &Question) -> Option<Answer> {
        self.doc.assessment().answer(&question.id)
    }

    /// Recounts progress and score (after another process's changes).
    pub(super) fn recount(&mut self) {
        self.tallies = crate::score::breakdown(&self.questionnaire, self.doc.assessment());
        self.files = crate::store::evidence::digests(self.doc.path(), self.doc.assessment());
    }

    /// Records an entry for the question under the cursor, keeping the
    /// tallies current.
    pub(super) fn set_entry(&mut self, entry: Entry) {
        let question = &self.questionnaire.questions[self.cursor];
        let section = &mut self.tallies.sections[question.section];
        let old = self.doc.entry(&question.id);
        let evidence_changed =
            old.map_or(!entry.evidence.is_empty(), |o| o.evidence != entry.evidence);
        section.count_entry(question, old, false);
        self.tallies.overall.count_entry(question, old, false);
        let kept = (!entry.is_empty()).then_some(&entry);
        section.count_entry(question, kept, true);
        self.tallies.overall.count_entry(question, kept, true);
        self.doc.set_entry(&question.id, entry);
        if evidence_changed {
            self.files = crate::store::evidence::digests(self.doc.path(), self.doc.assessment());
        }
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
        let entry = self.doc.entry(&question.id);
        let answer = entry.and_then(|e| e.answer);
        let by_filter = match self.filter {
            Filter::All => true,
            Filter::Unanswered => answer.is_none(),
            Filter::Gaps => answer.is_some_and(Answer::is_gap),
            Filter::Flagged => entry.is_some_and(|e| e.flagged),
            Filter::Conflicts => self.doc.assessment().conflicts.contains_key(&*question.id),
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

    /// The first visible question of a section, if any.
    pub fn first_visible_in(&self, section: usize) -> Option<usize> {
        self.questionnaire.sections[section]
            .questions
            .clone()
            .find(|&i| self.visible(&self.questionnaire.questions[i]))
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
}
