//! The report's words for what changed and where a gap stands: decisions,
//! evidence, due dates, statuses, the gap chart's legend.

use super::ReportWords;
use crate::lang::Lang;

impl ReportWords {
    /// A change: the gap was accepted as a risk.
    pub fn accepted_by(&self, by: &str, until: jiff::civil::Date) -> String {
        match self.lang {
            Lang::En => format!("risk accepted by {by} until {until}"),
            Lang::It => format!("rischio accettato da {by} fino al {until}"),
        }
    }

    /// A change: the acceptance was revoked.
    pub fn acceptance_revoked(&self) -> &'static str {
        match self.lang {
            Lang::En => "risk acceptance revoked",
            Lang::It => "accettazione del rischio revocata",
        }
    }

    /// A state or change: the acceptance ran out.
    pub fn acceptance_expired_on(&self, until: jiff::civil::Date) -> String {
        match self.lang {
            Lang::En => format!("acceptance expired on {until}"),
            Lang::It => format!("accettazione scaduta il {until}"),
        }
    }

    /// A change: evidence recorded.
    pub fn evidence_added(&self, reference: &str) -> String {
        match self.lang {
            Lang::En => format!("evidence added: {reference}"),
            Lang::It => format!("prova aggiunta: {reference}"),
        }
    }

    /// A change: evidence removed.
    pub fn evidence_removed(&self, reference: &str) -> String {
        match self.lang {
            Lang::En => format!("evidence removed: {reference}"),
            Lang::It => format!("prova tolta: {reference}"),
        }
    }

    /// A change: evidence went stale.
    pub fn evidence_gone_stale(&self, reference: &str) -> String {
        match self.lang {
            Lang::En => format!("evidence gone stale: {reference}"),
            Lang::It => format!("prova non più aggiornata: {reference}"),
        }
    }

    /// A change: the due date moved later.
    pub fn due_slipped(&self, old: jiff::civil::Date, new: jiff::civil::Date) -> String {
        match self.lang {
            Lang::En => format!("due date slipped: {old} → {new}"),
            Lang::It => format!("scadenza rinviata: {old} → {new}"),
        }
    }

    /// Status: overdue since a due date.
    pub fn status_overdue(&self, due: jiff::civil::Date) -> String {
        match self.lang {
            Lang::En => format!("overdue (due {due})"),
            Lang::It => format!("in ritardo (scadenza {due})"),
        }
    }

    /// Status: accepted until a day.
    pub fn status_accepted(&self, until: jiff::civil::Date) -> String {
        match self.lang {
            Lang::En => format!("accepted until {until}"),
            Lang::It => format!("accettata fino al {until}"),
        }
    }

    /// Beside a section's score in the chart: "12 of 15 answered".
    pub fn answered_of(&self, answered: usize, total: usize) -> String {
        match self.lang {
            Lang::En => format!("{answered} of {total} answered"),
            Lang::It => format!("{answered} di {total} con risposta"),
        }
    }

    /// The gaps chart's title.
    pub fn chart_gaps(&self) -> &'static str {
        match self.lang {
            Lang::En => {
                "Every question per section: open gaps by severity, accepted risks, met or not applicable, not assessed"
            }
            Lang::It => {
                "Ogni domanda per sezione: lacune aperte per gravità, rischi accettati, soddisfatte o non applicabili, non valutate"
            }
        }
    }

    /// The gaps chart's legend: accepted risks.
    pub fn legend_accepted(&self) -> &'static str {
        match self.lang {
            Lang::En => "accepted",
            Lang::It => "accettate",
        }
    }

    /// The gaps chart's legend: questions answered yes or not applicable.
    pub fn legend_met(&self) -> &'static str {
        match self.lang {
            Lang::En => "met or n/a",
            Lang::It => "soddisfatte o n/a",
        }
    }

    /// The gaps chart's legend: questions not assessed.
    pub fn legend_not_assessed(&self) -> &'static str {
        match self.lang {
            Lang::En => "not assessed",
            Lang::It => "non valutate",
        }
    }
}
