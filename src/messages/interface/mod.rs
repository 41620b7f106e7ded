//! Every word the interactive interface shows, in English and Italian.
//! One field per message, so a missing translation does not compile.

mod sentences;
mod values;

pub use sentences::*;
pub use values::ui;

use crate::lang::Lang;

/// The interface's words in one language.
#[derive(Debug)]
pub struct Ui {
    /// The language these words are in.
    pub lang: Lang,
    /// Key label: next question.
    pub k_next: &'static str,
    /// Key label: previous question.
    pub k_prev: &'static str,
    /// Key label: next section.
    pub k_next_section: &'static str,
    /// Key label: previous section.
    pub k_prev_section: &'static str,
    /// Key label: yes.
    pub k_yes: &'static str,
    /// Key label: partial.
    pub k_partial: &'static str,
    /// Key label: no.
    pub k_no: &'static str,
    /// Key label: don't know.
    pub k_unknown: &'static str,
    /// Key label: not applicable.
    pub k_na: &'static str,
    /// Key label: notes.
    pub k_notes: &'static str,
    /// Key label: owner and due date.
    pub k_owner: &'static str,
    /// Key label: the assessment's details (organization, instance, assessor).
    pub k_details: &'static str,
    /// Key label: accept the gap as a risk.
    pub k_accept: &'static str,
    /// "observed" (evidence).
    pub observed: &'static str,
    /// Key label: record evidence.
    pub k_evidence: &'static str,
    /// Key label: take the probe's suggested answer.
    pub k_take: &'static str,
    /// Key label: settle a merge conflict with this branch's values.
    pub k_keep_ours: &'static str,
    /// Key label: settle a merge conflict with the other branch's values.
    pub k_take_theirs: &'static str,
    /// The label of a merge conflict on the question pane.
    pub conflict_label: &'static str,
    /// The label of what the Zendesk API showed.
    pub api_label: &'static str,
    /// Accept form title.
    pub accept_title: &'static str,
    /// Evidence form title.
    pub evidence_title: &'static str,
    /// Accept form: who approved.
    pub accept_fields_by: &'static str,
    /// Accept form: until.
    pub accept_fields_until: &'static str,
    /// Accept form: why.
    pub accept_fields_reason: &'static str,
    /// Accept form: compensating control.
    pub accept_fields_compensating: &'static str,
    /// Evidence form: address or file.
    pub evidence_fields_ref: &'static str,
    /// Evidence form: the day it shows.
    pub evidence_fields_observed: &'static str,
    /// Evidence form: a note.
    pub evidence_fields_note: &'static str,
    /// Question pane label: an accepted risk.
    pub accepted_label: &'static str,
    /// Question pane label: evidence.
    pub evidence_label: &'static str,
    /// Key label: flag.
    pub k_flag: &'static str,
    /// Key label: next unanswered.
    pub k_next_open: &'static str,
    /// Key label: search.
    pub k_search: &'static str,
    /// Key label: view filter.
    pub k_view: &'static str,
    /// Key label: summary.
    pub k_summary: &'static str,
    /// Key label: report.
    pub k_report: &'static str,
    /// Key label: help.
    pub k_help: &'static str,
    /// Key label: quit.
    pub k_quit: &'static str,
    /// Key label: back / close.
    pub k_back: &'static str,
    /// Key label: confirm.
    pub k_confirm: &'static str,
    /// Key label: cancel.
    pub k_cancel: &'static str,
    /// Key label: not applicable, not on our plan.
    pub k_not_on_plan: &'static str,
    /// Key label: open the setting in the browser.
    pub k_open_setting: &'static str,
    /// No Admin Center address for this question or instance.
    pub no_setting_link: &'static str,
    /// The question does not depend on the plan.
    pub not_plan_dependent: &'static str,
    /// Label of the setting's address in the question pane.
    pub setting: &'static str,
    /// Label of the plans a setting needs.
    pub needs: &'static str,
    /// Label of a dated fact a question relies on.
    pub date: &'static str,
    /// Label of an answer given to a retired question this one replaces.
    pub earlier: &'static str,
    /// Key label: clear the answer.
    pub k_clear: &'static str,
    /// Key label: try saving again.
    pub k_retry: &'static str,
    /// Key label: quit without the unsaved changes.
    pub k_quit_anyway: &'static str,
    /// Title of the prompt shown when quitting with unsaved changes.
    pub unsaved_title: &'static str,
    /// Key label: scroll the help text.
    pub k_scroll: &'static str,
    /// Key label: start the section.
    pub k_start: &'static str,
    /// Key label: open.
    pub k_open: &'static str,
    /// Key label: create.
    pub k_create: &'static str,
    /// Key label: next field.
    pub k_next_field: &'static str,
    /// Key label: new line.
    pub k_newline: &'static str,
    /// Help groups: moving, answering, the rest.
    pub g_move: &'static str,
    /// Help group: answering.
    pub g_answer: &'static str,
    /// Help group: other keys.
    pub g_other: &'static str,
    /// Header: "answered".
    pub answered: &'static str,
    /// Header: "score".
    pub score: &'static str,
    /// Read-only marker.
    pub sections: &'static str,
    /// Sidebar: view.
    pub view: &'static str,
    /// Sidebar: search.
    pub search: &'static str,
    /// Filters: all, unanswered, gaps, flagged.
    pub filters: [&'static str; 5],
    /// Question header: severity.
    pub severity: &'static str,
    /// Responsibilities: yours, shared.
    pub responsibility: [&'static str; 2],
    /// Heading of the help text.
    pub how_to_check: &'static str,
    /// Label: answer.
    pub answer: &'static str,
    /// Label: notes.
    pub notes: &'static str,
    /// Label: owner.
    pub owner: &'static str,
    /// "due".
    pub due: &'static str,
    /// Label: links.
    pub links: &'static str,
    /// Label: what to do when missing.
    pub what_to_do: &'static str,
    /// No answer yet.
    pub not_answered: &'static str,
    /// Flagged.
    pub flagged: &'static str,
    /// Changed since answered.
    pub changed: &'static str,
    /// "answered on".
    pub answered_on: &'static str,
    /// Intro: why it matters.
    pub why: &'static str,
    /// Intro: the answer keys work here.
    pub intro_hint: &'static str,
    /// Justification prompt title.
    pub why_na: &'static str,
    /// Justification required.
    pub justification_required: &'static str,
    /// Owner form title.
    pub owner_title: &'static str,
    /// The details form's title.
    pub details_title: &'static str,
    /// Due date field.
    pub due_field: &'static str,
    /// Bad date.
    pub bad_date: &'static str,
    /// Summary title.
    pub summary: &'static str,
    /// Overall score.
    pub overall: &'static str,
    /// How the score is computed (short).
    pub formula: &'static str,
    /// Beside a score resting on fewer than half the questions.
    pub provisional: &'static str,
    /// "Open gaps": gaps still to be closed (accepted risks left out).
    pub gaps: &'static str,
    /// "Unanswered".
    pub unanswered: &'static str,
    /// "Flagged" (summary).
    pub flagged_count: &'static str,
    /// "Changed" (summary).
    pub changed_count: &'static str,
    /// Status: nothing left unanswered.
    pub none_unanswered: &'static str,
    /// Status: the view shows nothing.
    pub view_empty: &'static str,
    /// Status: the whole questionnaire is answered.
    pub all_done: &'static str,
    /// Start screen title.
    pub start_title: &'static str,
    /// Start: saved assessments.
    pub saved_assessments: &'static str,
    /// Start: columns.
    pub columns: [&'static str; 4],
    /// Start: none yet.
    pub none_saved: &'static str,
    /// Create form title.
    pub new_assessment: &'static str,
    /// Field label: the assessment's name (create form).
    pub name_field: &'static str,
    /// Field label: the organization (create and details forms).
    pub organization_field: &'static str,
    /// Field label: the instance (create and details forms).
    pub instance_field: &'static str,
    /// Field label: the assessor (create and details forms).
    pub assessor_field: &'static str,
    /// Help overlay title.
    pub keys: &'static str,
    /// Unreadable file in the start list.
    pub unreadable: &'static str,
}

impl Ui {
    /// The words of decisions and evidence.
    pub fn audit(&self) -> &'static super::words::AuditWords {
        super::words::audit(self.lang)
    }

    /// An answer with its symbol: "✓ Yes".
    pub fn answer_label(&self, answer: crate::assessment::Answer) -> String {
        format!(
            "{} {}",
            super::words::answer_symbol(answer),
            super::words::answer(self.lang, answer)
        )
    }

    /// A severity as a word.
    pub fn severity_word(&self, severity: crate::questionnaire::Severity) -> &'static str {
        super::words::severity(self.lang, severity)
    }
}
