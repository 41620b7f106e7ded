//! The words every output shares — answers and severities — defined once
//! for the interface, `ask`, the reports and `diff`.

use crate::assessment::Answer;
use crate::lang::Lang;
use crate::questionnaire::Severity;

/// An answer as a word, capitalised: "Yes", "Don't know", "Not applicable".
pub fn answer(lang: Lang, answer: Answer) -> &'static str {
    let words: [&str; 5] = match lang {
        Lang::En => ["Yes", "Partial", "No", "Don't know", "Not applicable"],
        Lang::It => ["Sì", "In parte", "No", "Non so", "Non applicabile"],
    };
    words[answer as usize]
}

/// The symbol drawn before an answer, so that it is never told by colour
/// alone.
pub fn answer_symbol(answer: Answer) -> &'static str {
    ["✓", "◐", "✗", "?", "–"][answer as usize]
}

/// A severity as a word, in lowercase: "high", "medium", "low".
pub fn severity(lang: Lang, severity: Severity) -> &'static str {
    let words: [&str; 3] = match lang {
        Lang::En => ["high", "medium", "low"],
        Lang::It => ["alta", "media", "bassa"],
    };
    words[severity as usize]
}

/// The words of decisions and evidence, shared by the interface and the
/// reports.
#[derive(Debug)]
pub struct AuditWords {
    /// The share of answers backed by fresh evidence.
    pub evidence_backed: &'static str,
    /// Gaps accepted as risks.
    pub accepted_risks: &'static str,
    /// Acceptances that ran out.
    pub acceptances_expired: &'static str,
    /// An open gap past its due date.
    pub overdue: &'static str,
    /// Answers whose evidence is older than its renewal period.
    pub stale_evidence: &'static str,
    /// Evidence state: renewed in time.
    pub fresh: &'static str,
    /// Evidence state: older than the renewal period.
    pub stale: &'static str,
}

/// The audit words of a language.
pub fn audit(lang: Lang) -> &'static AuditWords {
    const EN: AuditWords = AuditWords {
        evidence_backed: "Evidence-backed",
        accepted_risks: "Accepted risks",
        acceptances_expired: "Acceptances expired",
        overdue: "Overdue",
        stale_evidence: "Stale evidence",
        fresh: "fresh",
        stale: "stale",
    };
    const IT: AuditWords = AuditWords {
        evidence_backed: "Con prove",
        accepted_risks: "Rischi accettati",
        acceptances_expired: "Accettazioni scadute",
        overdue: "In ritardo",
        stale_evidence: "Prove non aggiornate",
        fresh: "aggiornata",
        stale: "non aggiornata",
    };
    match lang {
        Lang::En => &EN,
        Lang::It => &IT,
    }
}

/// The words of the probe's observations, shared by the interface and
/// the reports.
#[derive(Debug)]
pub struct ProbeWords {
    /// The report section of answers the API contradicts.
    pub contradictions: &'static str,
    /// The report section of everything observed.
    pub observed_heading: &'static str,
    /// Its part on what no endpoint shows.
    pub not_observable: &'static str,
    /// How many questions have observations.
    pub observed: &'static str,
    /// A column: the question.
    pub question: &'static str,
    /// A column: what the API shows.
    pub shows: &'static str,
    /// A column: the answer it suggests.
    pub suggests: &'static str,
    /// A column: the request and field read.
    pub source: &'static str,
    /// A column or label: when it was fetched.
    pub fetched: &'static str,
    /// A suggestion that is only a hint.
    pub hint: &'static str,
    /// Before an inference's suggestion: it is only to verify.
    pub to_verify: &'static str,
    /// The mark of an answer an inference disagrees with.
    pub verify_mark: &'static str,
    /// Said of an answer taken from the probe's suggestion.
    pub from_probe: &'static str,
    /// The mark of a contradicted answer.
    pub mark: &'static str,
    /// A change: the probe now contradicts the answer.
    pub now_contradicted: &'static str,
    /// A change: it no longer does.
    pub no_longer_contradicted: &'static str,
}

/// The probe words of a language.
pub fn probe(lang: Lang) -> &'static ProbeWords {
    const EN: ProbeWords = ProbeWords {
        contradictions: "Contradictions",
        observed_heading: "Checked against the Zendesk API",
        not_observable: "Not observable through the API",
        observed: "Observed through the API",
        question: "Question",
        shows: "What the API shows",
        suggests: "Suggests",
        source: "Read from",
        fetched: "Fetched",
        hint: "hint only",
        to_verify: "to verify",
        verify_mark: "?",
        from_probe: "taken from the probe's suggestion",
        mark: "≠",
        now_contradicted: "≠ now contradicted by the Zendesk API",
        no_longer_contradicted: "no longer contradicted by the Zendesk API",
    };
    const IT: ProbeWords = ProbeWords {
        contradictions: "Contraddizioni",
        observed_heading: "Verifica tramite l'API di Zendesk",
        not_observable: "Non osservabili tramite l'API",
        observed: "Osservate tramite l'API",
        question: "Domanda",
        shows: "Cosa mostra l'API",
        suggests: "Suggerisce",
        source: "Letto da",
        fetched: "Letto il",
        hint: "solo indizio",
        to_verify: "da verificare",
        verify_mark: "?",
        from_probe: "presa dal suggerimento della verifica",
        mark: "≠",
        now_contradicted: "≠ ora smentita dall'API di Zendesk",
        no_longer_contradicted: "non più smentita dall'API di Zendesk",
    };
    match lang {
        Lang::En => &EN,
        Lang::It => &IT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_has_a_word_and_a_symbol_in_each_language() {
        for a in Answer::ALL {
            for lang in [Lang::En, Lang::It] {
                assert!(!answer(lang, a).is_empty());
            }
            assert_eq!(answer_symbol(a).chars().count(), 1);
        }
        assert_eq!(answer(Lang::It, Answer::Unknown), "Non so");
        assert_eq!(severity(Lang::It, Severity::Low), "bassa");
    }
}
