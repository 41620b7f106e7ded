//! What the probe's observations say, wherever they are shown: each in a
//! sentence, the contradictions, and the reports' sentences around them.

use crate::assessment::observations::{RuleName, Word};
use crate::assessment::{Observation, Observed};
use crate::lang::Lang;
use crate::messages::*;

mod account;
mod people;
mod settings;

/// The report's sentence when no answer is contradicted.
pub fn probe_no_contradictions(l: Lang, observed: usize, total: usize) -> String {
    say!(
        l,
        "No answer is contradicted by what the Zendesk API shows (observations for {observed} of {total} questions).",
        "Nessuna risposta è smentita da ciò che mostra l'API di Zendesk (osservazioni per {observed} domande su {total}).",
    )
}

/// The report's sentence before the contradictions.
pub fn probe_contradictions_intro(l: Lang, n: usize) -> String {
    match n {
        1 => say!(
            l,
            "One answer disagrees with what the Zendesk API showed: check it before relying on it. The probe only reads; the answers are as the assessor gave them.",
            "Una risposta non concorda con ciò che l'API di Zendesk ha mostrato: verificatela prima di fidarvi. La verifica si limita a leggere; le risposte sono quelle date da chi ha compilato.",
        ),
        _ => say!(
            l,
            "{n} answers disagree with what the Zendesk API showed: check each before relying on it. The probe only reads; the answers are as the assessor gave them.",
            "{n} risposte non concordano con ciò che l'API di Zendesk ha mostrato: verificatele prima di fidarvi. La verifica si limita a leggere; le risposte sono quelle date da chi ha compilato.",
        ),
    }
}

/// One contradiction in the report: the answer, then what was seen.
pub fn probe_contradiction_line(l: Lang, answer: &str, seen: &str) -> String {
    say!(
        l,
        "Answered {answer}, but the Zendesk API shows: {seen}.",
        "Risposta {answer}, ma l'API di Zendesk mostra: {seen}.",
    )
}

/// The report's sentence before the observations table.
pub fn probe_observed_intro(l: Lang, observed: usize, total: usize, at: &str) -> String {
    say!(
        l,
        "A read-only probe of the Zendesk API (last run {at}) informs {observed} of {total} questions. Observations sit beside the answers and never change them; a suggestion is only a suggestion.",
        "Una verifica in sola lettura dell'API di Zendesk (ultima il {at}) informa {observed} domande su {total}. Le osservazioni stanno accanto alle risposte e non le cambiano mai; un suggerimento resta un suggerimento.",
    )
}

/// The report's sentence before the questions no endpoint shows.
pub fn probe_not_observable_intro(l: Lang, n: usize) -> String {
    say!(
        l,
        "No Zendesk API endpoint shows what these {n} questions ask (processes, contracts, training, what happens outside Zendesk): their answers rest on the assessor alone, and silence from the probe says nothing about them.",
        "Nessun endpoint dell'API di Zendesk mostra ciò che chiedono queste {n} domande (processi, contratti, formazione, ciò che avviene fuori da Zendesk): le risposte si basano solo su chi ha compilato, e il silenzio della verifica non dice nulla su di esse.",
    )
}

/// The justification of a "does not apply" taken from the probe: what it saw.
pub fn probe_justification(l: Lang, seen: &[Observation]) -> String {
    let texts: Vec<String> = seen
        .iter()
        .filter(|o| o.suggests == crate::assessment::Suggestion::Na)
        .map(|o| {
            format!(
                "{} ({})",
                observation_text(l, o),
                o.fetched_at.strftime("%Y-%m-%d")
            )
        })
        .collect();
    let texts = texts.join("; ");
    say!(
        l,
        "Seen through the Zendesk API: {texts}",
        "Visto tramite l'API di Zendesk: {texts}",
    )
}

/// What an observation shows, in a sentence (names included).
pub fn observation_text(l: Lang, o: &Observation) -> String {
    if o.unavailable() {
        let status = o.status;
        return say!(
            l,
            "not available on this plan or role (HTTP {status})",
            "non disponibile con questo piano o ruolo (HTTP {status})",
        );
    }
    if o.value == Observed::Word(Word::NotShown) {
        return say!(
            l,
            "the response does not show this setting",
            "la risposta non mostra questa impostazione",
        );
    }
    let n = match &o.value {
        Observed::Count(n) => *n,
        _ => 0,
    };
    let on = o.value == Observed::Flag(true);
    let of = o.total.unwrap_or(0);
    let list = crate::sanitize::one_line(&o.names.join(", "));
    let more = n.saturating_sub(o.names.len() as u64);
    let names = match (list.is_empty(), more) {
        (true, _) => String::new(),
        (false, 0) => format!(": {list}"),
        (false, more) => say!(l, ": {list} and {more} more", ": {list} e altri {more}"),
    };
    let word = match &o.value {
        Observed::Word(w) => Some(w),
        _ => None,
    };
    let seen = Seen {
        o,
        n,
        on,
        of,
        names,
        word,
    };
    let RuleName::Known(rule) = o.rule else {
        let other = crate::sanitize::one_line(o.rule.as_str());
        return say!(
            l,
            "an observation by rule {other:?}, which this version does not know",
            "un'osservazione della regola {other:?}, che questa versione non conosce",
        );
    };
    let text = settings::sign_in_text(l, rule, &seen)
        .or_else(|| settings::settings_text(l, rule, &seen))
        .or_else(|| settings::session_text(l, rule, &seen))
        .or_else(|| people::people_and_tokens_text(l, rule, &seen))
        .or_else(|| people::integrations_text(l, rule, &seen))
        .or_else(|| account::account_text(l, rule, &seen))
        .unwrap_or_default();
    // Break-glass accounts the assessment leaves out of the user checks.
    match o.facts.get("left_out") {
        Some(n) => say!(
            l,
            "{text} ({n} break-glass account(s) left out, as the assessment lists)",
            "{text} ({n} account di emergenza esclusi, come elenca la valutazione)",
        ),
        None => text,
    }
}

/// What an observation shows, ready to be said.
struct Seen<'a> {
    o: &'a Observation,
    /// Its count (0 when it is not one).
    n: u64,
    /// Whether it is a setting that is on.
    on: bool,
    /// Out of how many.
    of: u64,
    /// ": a, b and 3 more", or nothing.
    names: String,
    /// Its word, when it is one.
    word: Option<&'a Word>,
}

impl Seen<'_> {
    /// A fact the rule noted (`?` when it did not).
    fn fact(&self, key: &str) -> String {
        crate::sanitize::one_line(self.o.facts.get(key).map_or("?", String::as_str))
    }
}
