//! The interface's messages that carry values (the fixed words are in
//! `tui::text`): typed, so a misspelt placeholder cannot compile.

use crate::lang::Lang;
use crate::messages::{NameField, Ui, name_hidden_char, pick};

/// The address opened in the browser.
pub fn tui_opened(l: Lang, url: &str) -> String {
    say!(
        l,
        "Opened {url} in your browser.",
        "Aperto {url} nel browser."
    )
}

/// The browser could not be started.
pub fn tui_cannot_open(l: Lang, url: &str, error: &str) -> String {
    say!(
        l,
        "Could not open {url}: {error}. Copy the address instead.",
        "Impossibile aprire {url}: {error}. Copiate l'indirizzo."
    )
}

/// Another window's change to a question was replaced by this one.
pub fn tui_overwritten(l: Lang, id: &str) -> String {
    say!(
        l,
        "{id} had been changed in another window; your answer replaced it.",
        "{id} era stata modificata in un'altra finestra; la vostra risposta l'ha sostituita."
    )
}

/// Saved, at a local time.
pub fn tui_saved_at(l: Lang, time: &str) -> String {
    say!(l, "Saved {time}", "Salvato alle {time}")
}

/// A save failed; the changes stay in memory.
pub fn tui_save_failed(l: Lang, error: &str) -> String {
    say!(
        l,
        "Not saved: {error}. Your answers are kept here and saved with the next change.",
        "Non salvato: {error}. Le risposte restano qui e saranno salvate alla prossima modifica."
    )
}

/// "question N of M" in a section.
pub fn tui_question_n_of(l: Lang, n: usize, m: usize) -> String {
    say!(l, "question {n} of {m}", "domanda {n} di {m}")
}

/// The heading of the vendor's side on a section's introduction.
pub fn tui_vendor_side(l: Lang, vendor: &str) -> String {
    say!(
        l,
        "What {vendor} covers on its side",
        "Cosa copre {vendor} dal suo lato"
    )
}

/// The heading of the vendor's side under a question.
pub fn tui_vendor_covers(l: Lang, vendor: &str) -> String {
    say!(l, "{vendor} covers", "{vendor} copre")
}

/// The terminal is too small.
pub fn tui_too_small(l: Lang, need: &str, now: &str) -> String {
    say!(
        l,
        "Terminal too small: {need} needed, now {now}",
        "Terminale troppo piccolo: servono {need}, ora {now}"
    )
}

/// Notes that look like a credential; `key` saves them anyway.
pub fn tui_secret_warning(l: Lang, key: &str) -> String {
    say!(
        l,
        "This looks like a password, token or key, and assessments are shared: remove it, or press {key} again to save the notes as they are.",
        "Sembra una password, un token o una chiave, e le valutazioni si condividono: toglietela, oppure premete di nuovo {key} per salvare le note così come sono."
    )
}

/// Quitting with changes that could not be saved.
pub fn tui_unsaved_body(l: Lang, error: &str, questions: usize) -> String {
    say!(
        l,
        "Not saved: {error}\n\nQuestions with unsaved changes: {questions}. They exist only in this window until a save succeeds.",
        "Non salvato: {error}\n\nDomande con modifiche non salvate: {questions}. Le modifiche esistono solo in questa finestra finché un salvataggio non riesce."
    )
}

/// The justification `X` records.
pub fn tui_not_on_plan(l: Lang, plans: &str) -> String {
    say!(
        l,
        "Not on our plan: the setting needs {plans}.",
        "Non incluso nel nostro piano: l'impostazione richiede {plans}."
    )
}

/// A search that matches nothing.
pub fn tui_no_match(l: Lang, query: &str) -> String {
    say!(
        l,
        "No question matches “{query}”; the view is as it was.",
        "Nessuna domanda corrisponde a «{query}»; la vista resta com'era."
    )
}

/// "13 questions", singular and plural.
pub fn tui_questions(l: Lang, n: usize) -> String {
    match (l, n) {
        (crate::lang::Lang::En, 1) => "1 question".into(),
        (crate::lang::Lang::En, n) => format!("{n} questions"),
        (crate::lang::Lang::It, 1) => "1 domanda".into(),
        (crate::lang::Lang::It, n) => format!("{n} domande"),
    }
}

/// "2 useful links", singular and plural.
pub fn tui_useful_links(l: Lang, n: usize) -> String {
    match (l, n) {
        (crate::lang::Lang::En, 1) => "1 useful link".into(),
        (crate::lang::Lang::En, n) => format!("{n} useful links"),
        (crate::lang::Lang::It, 1) => "1 link utile".into(),
        (crate::lang::Lang::It, n) => format!("{n} link utili"),
    }
}

/// The notes editor's title, naming the key that saves and closes it.
pub fn tui_notes_title(l: Lang, save_key: &str) -> String {
    say!(
        l,
        "Notes ({save_key} saves and closes)",
        "Note ({save_key} salva e chiude)"
    )
}

/// `a` on a question that is no gap.
pub fn tui_accept_not_a_gap(l: Lang) -> String {
    say!(
        l,
        "Only a gap (partial, no, don't know) can be accepted as a risk.",
        "Solo una lacuna (in parte, no, non so) si può accettare come rischio."
    )
}

/// A form field left empty that is needed.
pub fn tui_field_needed(l: Lang, label: &str) -> String {
    say!(l, "{label}: required.", "{label}: obbligatorio.")
}

/// An acceptance that would already have ended.
pub fn tui_until_past(l: Lang, today: &str) -> String {
    say!(
        l,
        "The acceptance must end today ({today}) or later.",
        "L'accettazione deve finire oggi ({today}) o più avanti."
    )
}

/// Evidence observed in the future.
pub fn tui_observed_future(l: Lang, today: &str) -> String {
    say!(
        l,
        "The evidence cannot show a day after today ({today}).",
        "La prova non può documentare un giorno dopo oggi ({today})."
    )
}

/// The question pane: an accepted risk.
pub fn tui_accepted(l: Lang, by: &str, until: &str) -> String {
    say!(
        l,
        "≈ risk accepted by {by} until {until}",
        "≈ rischio accettato da {by} fino al {until}"
    )
}

/// The question pane: an acceptance that ran out.
pub fn tui_acceptance_expired(l: Lang, until: &str) -> String {
    say!(
        l,
        "‼ acceptance expired on {until}: an open gap again",
        "‼ accettazione scaduta il {until}: di nuovo una lacuna aperta"
    )
}

/// `T` on a question the probe suggests nothing for.
pub fn tui_no_suggestion(l: Lang) -> String {
    say!(
        l,
        "The API probe suggests no answer here (no observation, or only hints): run srm-assess probe, or answer it yourself",
        "La verifica via API non suggerisce una risposta qui (nessuna osservazione, o solo indizi): eseguite srm-assess probe, o rispondete voi",
    )
}

/// A contradiction on the question pane.
pub fn tui_contradiction(l: Lang, answer: &str) -> String {
    say!(
        l,
        "≠ contradicts the answer {answer}",
        "≠ smentisce la risposta {answer}",
    )
}

/// The probe's suggestion on the question pane, with its key.
pub fn tui_suggestion(l: Lang, answer: &str, key: &str) -> String {
    say!(
        l,
        "suggests {answer} ({key}: take it as the answer)",
        "suggerisce {answer} ({key}: usatela come risposta)",
    )
}

/// The question pane: an open gap past its due date.
pub fn tui_overdue(l: Lang, due: &str) -> String {
    say!(
        l,
        "⧗ Overdue: was due {due}",
        "⧗ In ritardo: scadeva il {due}"
    )
}

/// Evidence recorded.
pub fn tui_evidence_recorded(l: Lang, reference: &str) -> String {
    say!(
        l,
        "Evidence recorded: {reference}",
        "Prova registrata: {reference}"
    )
}

/// What a form held when the interface closed, kept in the notes.
pub fn tui_draft(l: Lang, title: &str, fields: &[(&str, String)]) -> String {
    let parts: Vec<String> = fields
        .iter()
        .map(|(label, value)| {
            if label.is_empty() {
                value.clone()
            } else {
                format!("{label}: {value}")
            }
        })
        .collect();
    let parts = parts.join(" · ");
    say!(
        l,
        "[Draft, not confirmed: the interface closed while this was typed] {title} — {parts}",
        "[Bozza, non confermata: l'interfaccia si è chiusa durante la scrittura] {title} — {parts}",
    )
}

/// Why the acceptance form was refused, worded for the form (the form
/// points at the refusal's field).
pub fn tui_accept_refused(
    l: Lang,
    refusal: crate::assessment::accept::AcceptRefusal,
    ui: &Ui,
) -> String {
    use crate::assessment::accept::{AcceptField, AcceptRefusal};
    match refusal {
        AcceptRefusal::NotAGap(_) => tui_accept_not_a_gap(l),
        AcceptRefusal::Empty(AcceptField::By) => tui_field_needed(l, ui.accept_fields_by),
        AcceptRefusal::Empty(AcceptField::Until | AcceptField::Approved) => {
            tui_field_needed(l, ui.accept_fields_until)
        }
        AcceptRefusal::Empty(AcceptField::Reason) => tui_field_needed(l, ui.accept_fields_reason),
        AcceptRefusal::HiddenChar(c) => name_hidden_char(l, NameField::Approver, c),
        AcceptRefusal::UntilPast { today, .. } => tui_until_past(l, &today.to_string()),
        AcceptRefusal::ApprovedFuture { approved, today } => {
            tui_approval_on_file_future(l, approved, today)
        }
    }
}

/// An acceptance whose recorded approval (edited in the file) is after
/// today: the form cannot keep it.
pub fn tui_approval_on_file_future(
    l: Lang,
    approved: jiff::civil::Date,
    today: jiff::civil::Date,
) -> String {
    say!(
        l,
        "The approval on file ({approved}) is after today ({today}); correct it in the file, or revoke the acceptance and record it again.",
        "L'approvazione registrata ({approved}) è successiva a oggi ({today}); correggetela nel file, oppure revocate l'accettazione e registratela di nuovo.",
    )
}

/// Why the interface refused an answer (nothing changed).
pub fn tui_answer_refused(l: Lang, refusal: &crate::assessment::AnswerRefusal) -> String {
    match refusal {
        crate::assessment::AnswerRefusal::NoJustification { .. } => say!(
            l,
            "Not applicable needs a justification: press x and say why.",
            "Non applicabile richiede una motivazione: premete x e indicate perché."
        ),
    }
}

/// Why the evidence form was refused, worded for the form.
pub fn tui_evidence_refused(
    l: Lang,
    refusal: crate::assessment::evidence_rule::EvidenceRefusal,
    ui: &Ui,
) -> String {
    use crate::assessment::evidence_rule::EvidenceRefusal;
    match refusal {
        EvidenceRefusal::Empty => tui_field_needed(l, ui.evidence_fields_ref),
        EvidenceRefusal::NotOneLine => say!(
            l,
            "One web address or one file path, on a single line.",
            "Un solo indirizzo web o percorso di file, su una riga."
        ),
        EvidenceRefusal::ObservedFuture { today, .. } => tui_observed_future(l, &today.to_string()),
    }
}

/// The question pane: what a git merge left in conflict, and the other
/// branch's values.
pub fn tui_conflict(l: Lang, fields: &str, theirs: &str) -> String {
    say!(
        l,
        "both git branches changed {fields}; shown: this branch's; the other's: {theirs}",
        "entrambi i rami git hanno cambiato {fields}; qui: questo ramo; l'altro: {theirs}",
    )
}

/// The question pane: the keys that settle a conflict.
pub fn tui_conflict_keys(l: Lang, keep: &str, take: &str) -> String {
    say!(
        l,
        "{keep}: keep this branch's · {take}: take the other branch's",
        "{keep}: tenete questo ramo · {take}: usate l'altro ramo",
    )
}

/// A settle key on a question with no conflict.
pub fn tui_no_conflict(l: Lang) -> String {
    say!(
        l,
        "No merge conflict on this question.",
        "Nessun conflitto di merge su questa domanda."
    )
}

/// An assessment opened with merge conflicts to settle.
pub fn tui_conflicts_open(l: Lang, ids: &str) -> String {
    say!(
        l,
        "A git merge left conflicts to settle: {ids}.",
        "Un merge git ha lasciato conflitti da risolvere: {ids}."
    )
}
