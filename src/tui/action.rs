//! What the user asks for, independent of the key that asked.

use ratatui_textarea::Input;

use crate::assessment::Answer;

/// One thing the user asks the interface to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Next question (or list entry).
    Next,
    /// Previous question (or list entry).
    Prev,
    /// First question of the next section.
    NextSection,
    /// First question of the previous section.
    PrevSection,
    /// Answer the question: yes, partial, no or don't know.
    Answer(Answer),
    /// Return the question to unanswered (notes, owner and flag stay).
    ClearAnswer,
    /// Open the question's setting in the subscriber's Admin Center.
    OpenSetting,
    /// Not applicable because the plan lacks the setting (no prompt).
    NotOnOurPlan,
    /// Mark the question not applicable (asks for the justification).
    NotApplicable,
    /// Edit the question's notes.
    EditNotes,
    /// Edit the gap's owner and due date.
    EditOwner,
    /// Change the assessment's organization, instance and assessor.
    EditDetails,
    /// Accept the gap as a risk (or change or revoke the acceptance).
    AcceptRisk,
    /// Record evidence for the answer.
    AddEvidence,
    /// Take the answer the probe's observations suggest.
    TakeSuggestion,
    /// Settle the question's git merge conflict: keep this branch's
    /// values, or take the other branch's.
    SettleConflict {
        /// Take the other branch's values.
        theirs: bool,
    },
    /// Flag or unflag the question for review.
    ToggleFlag,
    /// Jump to the next unanswered question.
    NextUnanswered,
    /// Search question texts.
    Search,
    /// Cycle the view filter.
    CycleFilter,
    /// Show or hide the summary.
    Summary,
    /// Write the Markdown report next to the assessment.
    Report,
    /// Show or hide the keys.
    Help,
    /// Leave (everything is saved).
    Quit,
    /// The interface is closing without a key (a hangup, a signal): keep
    /// whatever a form holds where it can be saved. Bound to no key.
    Close,
    /// Scroll the main pane down.
    ScrollDown,
    /// Scroll the main pane up.
    ScrollUp,
    /// Enter: confirm, open, start the section.
    Confirm,
    /// Esc: close, cancel, clear.
    Back,
    /// Tab in a form: the next field.
    NextField,
    /// Create an assessment (start screen).
    Create,
    /// A key typed into a text field.
    Key(Input),
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
}
