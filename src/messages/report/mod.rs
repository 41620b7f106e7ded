//! The fixed words of the reports (Markdown, HTML, `diff`), in English and
//! Italian: one struct with a field per word, one value per language, so a
//! missing translation does not compile. Answers and severities come from
//! [`super::words`], shared with the interface and `ask`.

mod fleet;
mod oscal;
mod values;

pub use fleet::*;
pub use oscal::*;
pub use values::report_words;

use crate::lang::Lang;

/// The report words of one language.
#[derive(Debug)]
pub struct ReportWords {
    /// The language these words are in (for the sentences with values).
    pub lang: Lang,
    /// Report title, before the organization or assessment name.
    pub report_title: &'static str,
    /// The title naming the vendor: `{vendor}` stands for it.
    pub report_title_vendor: &'static str,
    /// Metadata table: organization.
    pub organization: &'static str,
    /// Metadata table: instance.
    pub instance: &'static str,
    /// Metadata table: assessor.
    pub assessor: &'static str,
    /// Metadata table: questionnaire.
    pub questionnaire: &'static str,
    /// Metadata table: version.
    pub version: &'static str,
    /// Metadata table: source document.
    pub source: &'static str,
    /// Metadata table: created.
    pub created: &'static str,
    /// Metadata table: last updated.
    pub updated: &'static str,
    /// Metadata table: report date.
    pub report_date: &'static str,
    /// Metadata table header: field.
    pub field: &'static str,
    /// Metadata table header: value.
    pub value: &'static str,
    /// Placeholder for a value not given (agreeing with a masculine noun
    /// in Italian: assessor, owner).
    pub not_given: &'static str,
    /// The same after a feminine noun in Italian (organization, instance,
    /// due date: "Scadenza: non indicata").
    pub not_given_f: &'static str,
    /// Heading: at a glance.
    pub at_a_glance: &'static str,
    /// "Overall score".
    pub overall_score: &'static str,
    /// How the score is computed.
    pub score_explained: &'static str,
    /// Table header: section.
    pub section: &'static str,
    /// Table header: answered.
    pub answered: &'static str,
    /// Table header: score.
    pub score: &'static str,
    /// Table row: total.
    pub total: &'static str,
    /// Heading: gaps.
    pub gaps_heading: &'static str,
    /// Intro of the gaps section.
    pub gaps_intro: &'static str,
    /// When there are no gaps.
    pub no_gaps: &'static str,
    /// Label: reference in the source.
    pub reference: &'static str,
    /// Label: severity.
    pub severity: &'static str,
    /// Label: who carries the control.
    pub responsibility: &'static str,
    /// Responsibility words: subscriber, shared.
    pub responsibilities: [&'static str; 2],
    /// Label: answer.
    pub answer: &'static str,
    /// Label: notes.
    pub notes: &'static str,
    /// Label: owner of the gap.
    pub gap_owner: &'static str,
    /// Label: due date.
    pub due: &'static str,
    /// Label: what to do.
    pub what_to_do: &'static str,
    /// Label: links.
    pub links: &'static str,
    /// Label: flagged for review.
    pub flagged: &'static str,
    /// Heading: not applicable.
    pub na_heading: &'static str,
    /// Label: justification.
    pub justification: &'static str,
    /// When nothing is marked not applicable.
    pub no_na: &'static str,
    /// Heading: unanswered.
    pub unanswered_heading: &'static str,
    /// When everything is answered.
    pub all_answered: &'static str,
    /// Heading: changed since answered.
    pub changed_heading: &'static str,
    /// Intro of the changed section.
    pub changed_intro: &'static str,
    /// Label: answered on.
    pub answered_on: &'static str,
    /// Heading: answers to retired questions.
    pub retired_heading: &'static str,
    /// Intro of the retired section.
    pub retired_intro: &'static str,
    /// Subheading: improved.
    pub improved: &'static str,
    /// Subheading: regressed.
    pub regressed: &'static str,
    /// Subheading: newly answered.
    pub newly_answered: &'static str,
    /// Subheading: other changes.
    pub other_changes: &'static str,
    /// Subheading: answers removed.
    pub no_longer_answered: &'static str,
    /// When nothing changed.
    pub nothing_changed: &'static str,
    /// Heading: useful links.
    pub useful_links: &'static str,
    /// Subheading: general links.
    pub general: &'static str,
    /// Footer.
    pub generated_by: &'static str,
    /// An answer never given.
    pub unanswered: &'static str,
    /// Heading: same answer, other details changed.
    pub details_changed: &'static str,
    /// "flagged for review" / "no longer flagged".
    pub flag_set: [&'static str; 2],
    /// "notes edited".
    pub notes_edited: &'static str,
    /// "justification edited".
    pub justification_edited: &'static str,
    /// Shown for an empty owner or due date.
    pub none: &'static str,
    /// Label: the setting in the subscriber's own Admin Center.
    pub setting_at: &'static str,
    /// Label: the plans a setting needs.
    pub needs_plan: &'static str,
    /// Label of a dated fact a question relies on.
    pub deadline: &'static str,
    /// Before the questions that now ask what a retired one asked.
    pub now_asked_as: &'static str,
    /// About row: when the questionnaire's content was last checked.
    pub content_checked: &'static str,
    /// Heading: questions flagged for review.
    pub flagged_heading: &'static str,
    /// What that list is.
    pub flagged_intro: &'static str,
    /// Heading: executive summary.
    pub executive_summary: &'static str,
    /// Chart title: the score of each section.
    pub chart_score: &'static str,
    /// Chart title: how many questions got each answer.
    pub chart_answers: &'static str,
    /// Heading: who and what was assessed.
    pub about: &'static str,
    /// Label: the top risks.
    pub top_risks: &'static str,
    /// When no high gap, expired acceptance or overdue action is open.
    pub no_top_risks: &'static str,
    /// Heading: action plan.
    pub action_plan: &'static str,
    /// Intro of the action plan.
    pub action_plan_intro: &'static str,
    /// Table header: finding.
    pub finding: &'static str,
    /// Table header: status.
    pub status: &'static str,
    /// Status: open.
    pub status_open: &'static str,
    /// Heading: accepted risks.
    pub accepted_heading: &'static str,
    /// Intro of the accepted risks.
    pub accepted_intro: &'static str,
    /// Label: who approved an accepted risk.
    pub approved_by: &'static str,
    /// Label: the last day of an acceptance.
    pub accepted_until: &'static str,
    /// Label: why a risk is accepted.
    pub reason: &'static str,
    /// Label: the compensating control.
    pub compensating: &'static str,
    /// Label: evidence.
    pub evidence: &'static str,
    /// Intro of the evidence section.
    pub evidence_intro: &'static str,
    /// Table header: question.
    pub question_word: &'static str,
    /// Table header: the day evidence shows.
    pub observed: &'static str,
    /// Table header: the evidence's state.
    pub state: &'static str,
    /// "file", before what is at an evidence file's path now.
    pub file_word: &'static str,
    /// Heading of the --since decisions list.
    pub decisions_heading: &'static str,
}

impl ReportWords {
    /// The report's title, naming the vendor ("Zendesk shared
    /// responsibility assessment"); the plain title without one.
    pub fn title(&self, vendor: &str) -> String {
        let vendor = vendor.trim();
        if vendor.is_empty() {
            self.report_title.to_string()
        } else {
            self.report_title_vendor.replace("{vendor}", vendor)
        }
    }

    /// The words of decisions and evidence.
    pub fn audit(&self) -> &'static super::words::AuditWords {
        super::words::audit(self.lang)
    }

    /// "38.5 of 70 points".
    pub fn points_of(&self, earned: &str, possible: u32) -> String {
        match self.lang {
            Lang::En => format!("{earned} of {possible} points"),
            Lang::It => format!("{earned} punti su {possible}"),
        }
    }

    /// The heading of what the vendor covers.
    pub fn vendor_covers(&self, vendor: &str) -> String {
        match self.lang {
            Lang::En => format!("What {vendor} covers on its side"),
            Lang::It => format!("Cosa copre {vendor} dal suo lato"),
        }
    }

    /// The heading of the `--since` part.
    pub fn since_heading(&self, old: &str) -> String {
        match self.lang {
            Lang::En => format!("Progress since {old}"),
            Lang::It => format!("Progressi rispetto a {old}"),
        }
    }

    /// "Score was 43%, now 55%."
    pub fn score_was(&self, old: &str, new: &str) -> String {
        match self.lang {
            Lang::En => format!("Score was {old}, now {new}."),
            Lang::It => format!("Il punteggio era {old}, ora è {new}."),
        }
    }

    /// The label of the vendor's security contact.
    pub fn security_contact(&self, vendor: &str) -> String {
        match self.lang {
            Lang::En => format!("{vendor} security contact"),
            Lang::It => format!("Contatto per la sicurezza di {vendor}"),
        }
    }

    /// The word for an answer.
    pub fn answer_word(&self, answer: crate::assessment::Answer) -> &'static str {
        super::words::answer(self.lang, answer)
    }

    /// The word for a severity.
    pub fn severity_word(&self, severity: crate::questionnaire::Severity) -> &'static str {
        super::words::severity(self.lang, severity)
    }

    /// The word for who carries a control.
    pub fn responsibility_word(
        &self,
        responsibility: crate::questionnaire::Responsibility,
    ) -> &'static str {
        use crate::questionnaire::Responsibility;
        match responsibility {
            Responsibility::Subscriber => self.responsibilities[0],
            Responsibility::Shared => self.responsibilities[1],
        }
    }

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
