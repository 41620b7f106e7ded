//! The fixed words of the reports (Markdown, HTML, `diff`), in English and
//! Italian: one struct with a field per word, one value per language, so a
//! missing translation does not compile. Answers and severities come from
//! [`super::words`], shared with the interface and `ask`.

mod changes;
mod controls;
mod fleet;
mod lines;
mod oscal;
mod summary;
mod values;

pub use controls::*;
pub use fleet::*;
pub use lines::*;
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
}
