//! Every word the interactive interface shows, in English and Italian.
//! One field per message, so a missing translation does not compile.

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
    /// Key label: accept the gap as a risk.
    pub k_accept: &'static str,
    /// "observed" (evidence).
    pub observed: &'static str,
    /// Key label: record evidence.
    pub k_evidence: &'static str,
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
    /// Marker word: overdue.
    pub overdue: &'static str,
    /// Evidence state: fresh.
    pub fresh: &'static str,
    /// Evidence state: stale.
    pub stale: &'static str,
    /// Summary: share backed by fresh evidence.
    pub evidence_backed: &'static str,
    /// Summary: accepted risks.
    pub accepted_count: &'static str,
    /// Summary: expired acceptances.
    pub expired_count: &'static str,
    /// Summary: stale evidence.
    pub stale_count: &'static str,
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
    pub filters: [&'static str; 4],
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
    /// "Gaps".
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
    /// Create form fields: name, organization, instance, assessor.
    pub fields: [&'static str; 4],
    /// Help overlay title.
    pub keys: &'static str,
    /// Unreadable file in the start list.
    pub unreadable: &'static str,
}

/// English.
pub const EN: Ui = Ui {
    lang: Lang::En,
    k_next: "next",
    k_prev: "previous",
    k_next_section: "next section",
    k_prev_section: "previous section",
    k_yes: "yes",
    k_partial: "partial",
    k_no: "no",
    k_unknown: "don't know",
    k_na: "n/a",
    k_notes: "notes",
    k_owner: "owner",
    k_accept: "accept risk",
    observed: "observed",
    k_evidence: "evidence",
    accept_title: "Accept the gap as a risk (empty fields revoke)",
    evidence_title: "Record evidence",
    accept_fields_by: "Approved by",
    accept_fields_until: "Until (YYYY-MM-DD)",
    accept_fields_reason: "Reason",
    accept_fields_compensating: "Compensating control",
    evidence_fields_ref: "Web address or file",
    evidence_fields_observed: "Observed (YYYY-MM-DD)",
    evidence_fields_note: "Note",
    accepted_label: "Accepted",
    evidence_label: "Evidence",
    overdue: "Overdue",
    fresh: "fresh",
    stale: "stale",
    evidence_backed: "Evidence-backed",
    accepted_count: "Accepted risks",
    expired_count: "Acceptances expired",
    stale_count: "Stale evidence",
    k_flag: "flag",
    k_next_open: "next open",
    k_search: "search",
    k_view: "view",
    k_summary: "summary",
    k_report: "report",
    k_help: "help",
    k_quit: "quit",
    k_back: "back",
    k_confirm: "confirm",
    k_cancel: "cancel",
    k_clear: "clear the answer",
    k_not_on_plan: "n/a: not on our plan",
    k_open_setting: "open the setting in the browser",
    no_setting_link: "No Admin Center address for this question: it needs a known setting and the assessment's instance (srm-assess new … --instance SUBDOMAIN).",
    not_plan_dependent: "This question does not depend on the plan; use x to give another reason.",
    setting: "Setting",
    needs: "Needs",
    k_retry: "try saving again",
    k_quit_anyway: "quit and lose them",
    unsaved_title: "Not saved",
    k_scroll: "scroll",
    k_start: "start",
    k_open: "open",
    k_create: "create",
    k_next_field: "next field",
    k_newline: "new line",
    g_move: "Move",
    g_answer: "Answer",
    g_other: "Other",
    answered: "answered",
    score: "score",
    sections: "Sections",
    view: "View",
    search: "Search",
    filters: ["all", "unanswered", "gaps", "flagged"],
    severity: "severity",
    responsibility: ["your responsibility", "shared responsibility"],
    how_to_check: "How to check",
    answer: "Answer",
    notes: "Notes",
    owner: "Owner",
    due: "due",
    links: "Links",
    what_to_do: "If missing",
    not_answered: "· not answered yet",
    flagged: "⚑ flagged",
    changed: "! question changed since answered: review",
    answered_on: "answered",
    why: "Why it matters",
    intro_hint: "The answer keys answer the first question right away.",
    why_na: "Why does this not apply?",
    justification_required: "A justification is required.",
    owner_title: "Owner and due date",
    due_field: "Due date (YYYY-MM-DD)",
    bad_date: "Not a valid date: use YYYY-MM-DD, e.g. 2027-01-31.",
    summary: "Summary",
    overall: "Overall score",
    formula: "weighted by severity (high 3 · medium 2 · low 1); yes 1 · partial ½ · no and don't know 0 · n/a and unanswered left out",
    gaps: "Gaps",
    unanswered: "Unanswered",
    flagged_count: "Flagged",
    changed_count: "Changed",
    none_unanswered: "Every question is answered.",
    view_empty: "No question matches this view.",
    all_done: "Last question: here is the summary.",
    start_title: "srm-assess — shared responsibility self-assessment",
    saved_assessments: "Saved assessments",
    columns: ["name", "progress", "gaps", "last change"],
    none_saved: "No saved assessment yet: press c to create one.",
    new_assessment: "New assessment",
    fields: ["Name", "Organization", "Instance", "Assessor"],
    keys: "Keys",
    unreadable: "unreadable",
};

/// Italian.
pub const IT: Ui = Ui {
    lang: Lang::It,
    k_next: "successiva",
    k_prev: "precedente",
    k_next_section: "sezione successiva",
    k_prev_section: "sezione precedente",
    k_yes: "sì",
    k_partial: "in parte",
    k_no: "no",
    k_unknown: "non so",
    k_na: "n/a",
    k_notes: "note",
    k_owner: "responsabile",
    k_accept: "accetta rischio",
    observed: "del",
    k_evidence: "prova",
    accept_title: "Accettare la lacuna come rischio (campi vuoti: revoca)",
    evidence_title: "Registrare una prova",
    accept_fields_by: "Approvato da",
    accept_fields_until: "Fino al (AAAA-MM-GG)",
    accept_fields_reason: "Motivo",
    accept_fields_compensating: "Controllo compensativo",
    evidence_fields_ref: "Indirizzo web o file",
    evidence_fields_observed: "Documentata al (AAAA-MM-GG)",
    evidence_fields_note: "Nota",
    accepted_label: "Accettato",
    evidence_label: "Prove",
    overdue: "In ritardo",
    fresh: "aggiornata",
    stale: "non aggiornata",
    evidence_backed: "Con prove",
    accepted_count: "Rischi accettati",
    expired_count: "Accettazioni scadute",
    stale_count: "Prove non aggiornate",
    k_flag: "segna",
    k_next_open: "prossima aperta",
    k_search: "cerca",
    k_view: "vista",
    k_summary: "riepilogo",
    k_report: "report",
    k_help: "aiuto",
    k_quit: "esci",
    k_back: "indietro",
    k_confirm: "conferma",
    k_cancel: "annulla",
    k_clear: "togli la risposta",
    k_not_on_plan: "n/a: non incluso nel nostro piano",
    k_open_setting: "apri l'impostazione nel browser",
    no_setting_link: "Nessun indirizzo del Centro amministrativo per questa domanda: servono un'impostazione nota e l'istanza della valutazione (srm-assess new … --instance SOTTODOMINIO).",
    not_plan_dependent: "Questa domanda non dipende dal piano; usate x per indicare un altro motivo.",
    setting: "Impostaz.",
    needs: "Richiede",
    k_retry: "riprova a salvare",
    k_quit_anyway: "esci e perdile",
    unsaved_title: "Non salvato",
    k_scroll: "scorri",
    k_start: "inizia",
    k_open: "apri",
    k_create: "crea",
    k_next_field: "campo successivo",
    k_newline: "a capo",
    g_move: "Spostarsi",
    g_answer: "Rispondere",
    g_other: "Altro",
    answered: "risposte",
    score: "punteggio",
    sections: "Sezioni",
    view: "Vista",
    search: "Ricerca",
    filters: ["tutte", "senza risposta", "lacune", "segnate"],
    severity: "gravità",
    responsibility: ["responsabilità vostra", "responsabilità condivisa"],
    how_to_check: "Come verificare",
    answer: "Risposta",
    notes: "Note",
    owner: "Responsabile",
    due: "scadenza",
    links: "Link",
    what_to_do: "Se manca",
    not_answered: "· ancora senza risposta",
    flagged: "⚑ da rivedere",
    changed: "! domanda modificata dopo la risposta: rivedere",
    answered_on: "risposta del",
    why: "Perché conta",
    intro_hint: "I tasti di risposta rispondono subito alla prima domanda.",
    why_na: "Perché non si applica?",
    justification_required: "La motivazione è obbligatoria.",
    owner_title: "Responsabile e scadenza",
    due_field: "Scadenza (AAAA-MM-GG)",
    bad_date: "Data non valida: usate AAAA-MM-GG, ad es. 2027-01-31.",
    summary: "Riepilogo",
    overall: "Punteggio complessivo",
    formula: "pesato per gravità (alta 3 · media 2 · bassa 1); sì 1 · in parte ½ · no e non so 0 · n/a e senza risposta esclusi",
    gaps: "Lacune",
    unanswered: "Senza risposta",
    flagged_count: "Segnate",
    changed_count: "Modificate",
    none_unanswered: "Tutte le domande hanno una risposta.",
    view_empty: "Nessuna domanda corrisponde a questa vista.",
    all_done: "Ultima domanda: ecco il riepilogo.",
    start_title: "srm-assess — autovalutazione della responsabilità condivisa",
    saved_assessments: "Valutazioni salvate",
    columns: ["nome", "avanzamento", "lacune", "ultima modifica"],
    none_saved: "Nessuna valutazione salvata: premete c per crearne una.",
    new_assessment: "Nuova valutazione",
    fields: ["Nome", "Organizzazione", "Istanza", "Valutatore"],
    keys: "Tasti",
    unreadable: "illeggibile",
};

/// The interface's words in a language.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &EN,
        Lang::It => &IT,
    }
}

impl Ui {
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
