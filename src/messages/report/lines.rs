//! Report lines with values: deadlines, answers to retired questions,
//! the chart's left-out sections, the break-glass accounts.

use crate::lang::Lang;

/// A dated fact with the days left: "2027-04-30: Every Zendesk API token
/// stops working (144 days left)", or "(passed)".
pub fn deadline_line(
    l: Lang,
    day: jiff::civil::Date,
    what: &str,
    today: jiff::civil::Date,
) -> String {
    let left = (day - today).get_days();
    let when = match (l, left) {
        (Lang::En, n) if n < 0 => "passed".to_string(),
        (Lang::It, n) if n < 0 => "passata".to_string(),
        (Lang::En, 0) => "today".to_string(),
        (Lang::It, 0) => "oggi".to_string(),
        (Lang::En, 1) => "1 day left".to_string(),
        (Lang::It, 1) => "manca 1 giorno".to_string(),
        (Lang::En, n) => format!("{n} days left"),
        (Lang::It, n) => format!("mancano {n} giorni"),
    };
    format!("{day}: {what} ({when})")
}

/// An answer recorded for a retired question, shown on the question that
/// replaces it: "access.api-tokens (retired): no · notes".
pub fn earlier_answer(l: Lang, id: &str, answer: &str, notes: &str) -> String {
    let retired = match l {
        Lang::En => "retired",
        Lang::It => "ritirata",
    };
    let notes = crate::sanitize::one_line_cut(notes, 80);
    if notes.is_empty() {
        format!("{id} ({retired}): {answer}")
    } else {
        format!("{id} ({retired}): {answer} · {notes}")
    }
}

/// Beside the evidence-backed share when the evidence files were not read.
pub fn files_not_checked(l: Lang) -> &'static str {
    match l {
        Lang::En => "evidence files not checked",
        Lang::It => "file di prova non controllati",
    }
}

/// Below the Markdown score chart: the sections left out of it, with
/// nothing scored.
pub fn chart_left_out(l: Lang, sections: &str) -> String {
    match l {
        Lang::En => format!(
            "Not drawn: sections {sections}, where nothing is scored yet (a bar there would read as 0%)."
        ),
        Lang::It => format!(
            "Non disegnate: sezioni {sections}, dove non c'è ancora nulla di valutato (una barra lì si leggerebbe come 0%)."
        ),
    }
}

/// Heading: the break-glass accounts the probe's user checks leave out.
pub fn break_glass_heading(l: Lang) -> String {
    match l {
        Lang::En => "Accounts left out of the user checks".into(),
        Lang::It => "Account esclusi dai controlli sugli utenti".into(),
    }
}

/// What the break-glass list means.
pub fn break_glass_intro(l: Lang) -> String {
    match l {
        Lang::En => "The assessment lists these break-glass accounts, each with its reason; the probe's checks of team members (two-factor authentication, inactivity, administrators) leave them out.".into(),
        Lang::It => "La valutazione elenca questi account di emergenza, ciascuno con il suo motivo; i controlli della verifica sui membri del team (autenticazione a due fattori, inattività, amministratori) li escludono.".into(),
    }
}
