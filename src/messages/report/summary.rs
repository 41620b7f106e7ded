//! The report's words for its head and summary: revision, as-of day,
//! gaps open and accepted, coverage, what is not yet assessed, the net
//! change since an older assessment.

use super::ReportWords;
use crate::lang::Lang;

impl ReportWords {
    /// After a questionnaire's version: ", revision 2026-12-01" (nothing
    /// without a revision).
    pub fn revision_of(&self, revision: Option<&str>) -> String {
        match (revision, self.lang) {
            (None, _) => String::new(),
            (Some(r), Lang::En) => format!(", revision {}", crate::sanitize::one_line(r)),
            (Some(r), Lang::It) => format!(", revisione {}", crate::sanitize::one_line(r)),
        }
    }

    /// The title's date with `--as-of`: "as of 2026-06-30".
    pub fn as_of_day(&self, day: jiff::civil::Date) -> String {
        match self.lang {
            Lang::En => format!("as of {day}"),
            Lang::It => format!("al {day}"),
        }
    }

    /// The about table's row with `--as-of`: what the report shows.
    pub fn as_of_row(&self, day: jiff::civil::Date, left_out: usize) -> (&'static str, String) {
        match self.lang {
            Lang::En => (
                "As of",
                format!(
                    "{day}: what was recorded by the end of that day; {left_out} later or undated {} left out",
                    if left_out == 1 {
                        "record is"
                    } else {
                        "records are"
                    }
                ),
            ),
            Lang::It => (
                "Alla data",
                format!(
                    "{day}: quanto registrato entro la fine di quel giorno; {left_out} {} successiv{} o senza data {} esclus{}",
                    if left_out == 1 {
                        "registrazione"
                    } else {
                        "registrazioni"
                    },
                    if left_out == 1 { "a" } else { "e" },
                    if left_out == 1 { "è" } else { "sono" },
                    if left_out == 1 { "a" } else { "e" },
                ),
            ),
        }
    }

    /// Every gap, split the one way every output splits them: still to be
    /// closed (by severity) and accepted as a risk.
    pub fn gaps_open_accepted(&self, audit: &crate::assessment::decisions::AuditTally) -> String {
        let [high, medium, low] = audit.open_by_severity;
        let (gaps, open, accepted) = (audit.gaps(), audit.open_gaps(), audit.accepted);
        use crate::questionnaire::Severity;
        let by = format!(
            "{} {high}, {} {medium}, {} {low}",
            self.severity_word(Severity::High),
            self.severity_word(Severity::Medium),
            self.severity_word(Severity::Low)
        );
        match self.lang {
            Lang::En => format!(
                "{gaps} {}: {open} open ({by}), {accepted} accepted as {}",
                if gaps == 1 { "gap" } else { "gaps" },
                if accepted == 1 { "a risk" } else { "risks" }
            ),
            Lang::It => format!(
                "{gaps} {}: {open} {} ({by}), {accepted} {} come {}",
                if gaps == 1 { "lacuna" } else { "lacune" },
                if open == 1 { "aperta" } else { "aperte" },
                if accepted == 1 {
                    "accettata"
                } else {
                    "accettate"
                },
                if accepted == 1 { "rischio" } else { "rischi" }
            ),
        }
    }

    /// Beside a score: how many questions it rests on.
    pub fn score_coverage(&self, answered: usize, total: usize, percent: &str) -> String {
        match self.lang {
            Lang::En => format!("on {answered} of {total} questions ({percent} assessed)"),
            Lang::It => format!("su {answered} di {total} domande ({percent} valutate)"),
        }
    }

    /// A score resting on fewer than half the questions.
    pub fn provisional(&self) -> &'static str {
        match self.lang {
            Lang::En => "provisional: fewer than half the questions are answered",
            Lang::It => "provvisorio: ha una risposta meno della metà delle domande",
        }
    }

    /// The executive summary: questions a git merge left in conflict.
    pub fn unsettled_conflicts(&self, ids: &str, n: usize) -> String {
        match self.lang {
            Lang::En => format!(
                "{n} question(s) still hold a git merge conflict ({ids}): the answers shown are one branch's, not settled; settle them with srm-assess settle or K and O in the interface."
            ),
            Lang::It => format!(
                "{n} domande hanno ancora un conflitto di merge git ({ids}): le risposte mostrate sono di un ramo, non decise; risolvetele con srm-assess settle o con K e O nell'interfaccia."
            ),
        }
    }

    /// The executive summary's first line when questions are unanswered.
    pub fn not_yet_assessed(&self, unanswered: usize, total: usize) -> String {
        match (self.lang, unanswered) {
            (Lang::En, 1) => format!(
                "1 of {total} questions is not yet assessed: its control is unknown, not safe."
            ),
            (Lang::En, n) => format!(
                "{n} of {total} questions are not yet assessed: their controls are unknown, not safe."
            ),
            (Lang::It, 1) => format!(
                "1 domanda su {total} non è ancora valutata: il suo controllo è ignoto, non sicuro."
            ),
            (Lang::It, n) => format!(
                "{n} domande su {total} non sono ancora valutate: i loro controlli sono ignoti, non sicuri."
            ),
        }
    }

    /// A high-severity question nobody answered, among the top risks.
    pub fn not_assessed(&self) -> &'static str {
        match self.lang {
            Lang::En => "not assessed",
            Lang::It => "non valutata",
        }
    }

    /// Unassessed high-severity questions not listed among the top risks.
    pub fn more_not_assessed(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::En, 1) => "…and 1 more high-severity question not yet assessed (see the unanswered questions).".into(),
            (Lang::En, n) => format!("…and {n} more high-severity questions not yet assessed (see the unanswered questions)."),
            (Lang::It, 1) => "…e un'altra domanda di gravità alta non ancora valutata (vedete le domande senza risposta).".into(),
            (Lang::It, n) => format!("…e altre {n} domande di gravità alta non ancora valutate (vedete le domande senza risposta)."),
        }
    }

    /// The top risks not listed in the summary.
    pub fn more_in_plan(&self, n: usize) -> String {
        match self.lang {
            Lang::En => format!("…and {n} more in the action plan."),
            Lang::It => format!("…e altri {n} nel piano d'azione."),
        }
    }

    /// The net change since an older assessment, in one sentence.
    pub fn net_change(&self, old: &str, improved: usize, regressed: usize) -> String {
        match self.lang {
            Lang::En => format!("Since {old}: {improved} improved, {regressed} regressed."),
            Lang::It => format!("Rispetto a {old}: {improved} migliorate, {regressed} peggiorate."),
        }
    }

    /// The appendix heading of the questions answered since.
    pub fn appendix_newly_answered(&self, old: &str) -> String {
        match self.lang {
            Lang::En => format!("Appendix: answered since {old}"),
            Lang::It => format!("Appendice: risposte date dopo {old}"),
        }
    }
}
