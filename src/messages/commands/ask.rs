//! The words of `ask`, the line-by-line walk.

use crate::lang::Lang;
use crate::messages::pick;

/// `ask`: The walk's first line.
pub fn ask_intro(
    l: Lang,
    name: &str,
    title: &str,
    version: &str,
    answered: usize,
    total: usize,
    left: usize,
) -> String {
    say!(
        l,
        "{name}: {title} ({version}). {answered} of {total} questions answered; {left} to go.",
        "{name}: {title} ({version}). {answered} domande su {total} con risposta; ne mancano {left}."
    )
}

/// `ask`: How to answer.
pub fn ask_keys(l: Lang) -> String {
    say!(
        l,
        "Answer with y (yes), p (partial), n (no), u (don't know) or x (not applicable). Before answering, e adds notes, o sets the owner and due date, f flags for review. ? shows how to check; an empty line skips; q stops.",
        "Rispondete con y (sì), p (in parte), n (no), u (non so) o x (non applicabile). Prima di rispondere, e aggiunge note, o imposta responsabile e scadenza, f segna da rivedere. ? mostra come verificare; una riga vuota salta; q termina."
    )
}

/// `ask`: what the Zendesk probe saw about the question.
pub fn ask_observation(l: Lang, seen: &str, suggests: Option<&str>) -> String {
    match suggests {
        Some(answer) => say!(
            l,
            "  Zendesk API: {seen} (suggests {answer})",
            "  API di Zendesk: {seen} (suggerisce {answer})"
        ),
        None => say!(l, "  Zendesk API: {seen}", "  API di Zendesk: {seen}"),
    }
}

/// `ask`: "Why it matters:"
pub fn ask_why(l: Lang) -> String {
    say!(l, "Why it matters:", "Perché conta:")
}

/// `ask`: "What VENDOR covers on its side:"
pub fn ask_vendor(l: Lang, vendor: &str) -> String {
    say!(
        l,
        "What {vendor} covers on its side:",
        "Cosa copre {vendor} dal suo lato:"
    )
}

/// `ask`: The answer prompt.
pub fn ask_prompt(l: Lang) -> String {
    say!(
        l,
        "Answer (y/p/n/u/x; e notes, o owner, f flag; ? help, empty skips, q stops): ",
        "Risposta (y/p/n/u/x; e note, o responsabile, f segna; ? aiuto, vuoto salta, q termina): "
    )
}

/// `ask`: The justification prompt.
pub fn ask_justification(l: Lang) -> String {
    say!(
        l,
        "Why does this not apply? (required; an empty line cancels): ",
        "Perché non si applica? (obbligatorio; una riga vuota annulla): "
    )
}

/// `ask`: why an answer was refused (nothing was saved).
pub fn ask_refused(l: Lang, refusal: &crate::assessment::AnswerRefusal) -> String {
    match refusal {
        crate::assessment::AnswerRefusal::NoJustification { .. } => ask_cancelled(l),
    }
}

/// `ask`: a not-applicable answer given up without a justification.
pub fn ask_cancelled(l: Lang) -> String {
    say!(
        l,
        "Cancelled: a justification is required.",
        "Annullato: la motivazione è obbligatoria."
    )
}

/// `ask`: An answer saved.
pub fn ask_saved(l: Lang, answer: &str) -> String {
    say!(l, "Saved: {answer}.", "Salvato: {answer}.")
}

/// `ask`: A question skipped.
pub fn ask_skipped(l: Lang) -> String {
    say!(l, "Skipped.", "Saltata.")
}

/// `ask`: An answer not understood.
pub fn ask_not_understood(l: Lang) -> String {
    say!(
        l,
        "Not understood. Type y, p, n, u or x, ? for help, an empty line to skip, or q to stop.",
        "Non capito. Digitate y, p, n, u o x, ? per l'aiuto, una riga vuota per saltare, o q per terminare."
    )
}

/// `ask`: "How to check:"
pub fn ask_how_to_check(l: Lang) -> String {
    say!(l, "How to check:", "Come verificare:")
}

/// `ask`: "If missing:"
pub fn ask_if_missing(l: Lang) -> String {
    say!(l, "If missing:", "Se manca:")
}

/// `ask`: "Links:"
pub fn ask_links(l: Lang) -> String {
    say!(l, "Links:", "Link:")
}

/// `ask`: The end of the walk.
pub fn ask_done(l: Lang, answered: usize, total: usize, score: &str, path: &str) -> String {
    say!(
        l,
        "Done: {answered} of {total} answered, score {score}. Saved in {path}.",
        "Fatto: {answered} su {total} con risposta, punteggio {score}. Salvato in {path}."
    )
}

/// `ask`: The walk stopped early.
pub fn ask_stopped(l: Lang, answered: usize, total: usize, score: &str, path: &str) -> String {
    say!(
        l,
        "Stopped: {answered} of {total} answered, score {score}. Saved in {path}.",
        "Interrotto: {answered} su {total} con risposta, punteggio {score}. Salvato in {path}."
    )
}

/// `ask`: Nothing left to answer.
pub fn ask_nothing_left(l: Lang) -> String {
    say!(
        l,
        "Every question is answered. Open it with `srm-assess open` to review answers.",
        "Tutte le domande hanno una risposta. Apritela con `srm-assess open` per rivederle."
    )
}

/// `ask`: The notes prompt.
pub fn ask_notes_prompt(l: Lang) -> String {
    say!(
        l,
        "Notes, on one line (an empty line keeps them as they are): ",
        "Note, su una riga (una riga vuota le lascia come sono): "
    )
}

/// `ask`: The owner prompt.
pub fn ask_owner_prompt(l: Lang) -> String {
    say!(
        l,
        "Who closes this gap? (an empty line keeps it as it is): ",
        "Chi chiude questa lacuna? (una riga vuota lo lascia com'è): "
    )
}

/// `ask`: The due date prompt.
pub fn ask_due_prompt(l: Lang) -> String {
    say!(
        l,
        "Due date, YYYY-MM-DD (an empty line keeps it; - clears it): ",
        "Scadenza, AAAA-MM-GG (una riga vuota la lascia; - la toglie): "
    )
}

/// `ask`: A due date that is not one.
pub fn ask_bad_date(l: Lang) -> String {
    say!(
        l,
        "Not a date: use YYYY-MM-DD, like 2026-12-31. The due date was not changed.",
        "Non è una data: usate AAAA-MM-GG, come 2026-12-31. La scadenza non è cambiata."
    )
}

/// `ask`: Notes, owner or due date saved.
pub fn ask_details_saved(l: Lang) -> String {
    say!(l, "Saved.", "Salvato.")
}

/// `ask`: Notes that look like a credential.
pub fn ask_secret(l: Lang) -> String {
    say!(
        l,
        "Warning: these notes look like they contain a password, token or key, and assessments are shared; type e again to replace them.",
        "Attenzione: queste note sembrano contenere una password, un token o una chiave, e le valutazioni si condividono; digitate e per sostituirle."
    )
}

/// `ask`: an answer as a word.
pub fn ask_answer_word(l: Lang, answer: crate::assessment::Answer) -> String {
    crate::messages::words::answer(l, answer).to_lowercase()
}

/// `ask`: a severity as a word.
pub fn ask_severity_word(l: Lang, severity: crate::questionnaire::Severity) -> &'static str {
    crate::messages::words::severity(l, severity)
}

/// `ask`: the flag set (`true`) or removed.
pub fn ask_flag(l: Lang, now: bool) -> &'static str {
    let words: [&str; 2] = match l {
        Lang::En => ["Flag removed.", "Flagged for review."],
        Lang::It => ["Segnalazione tolta.", "Segnata da rivedere."],
    };
    words[usize::from(now)]
}
