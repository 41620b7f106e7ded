//! The words of the OSCAL exports (`--format oscal-ar`, `oscal-poam`): the
//! titles and descriptions a GRC tool shows, in the report's language.

use crate::lang::Lang;
use crate::messages::pick;

/// The fixed words of an OSCAL export.
#[derive(Debug)]
pub struct OscalWords {
    /// The assessment-results document's title, before the organization.
    pub ar_title: &'static str,
    /// The plan of action and milestones' title, before the organization.
    pub poam_title: &'static str,
    /// The one result's title.
    pub result_title: &'static str,
    /// The one result's description.
    pub result_description: &'static str,
    /// Role: the organization assessed.
    pub role_prepared_for: &'static str,
    /// Role: who answered.
    pub role_assessor: &'static str,
    /// Role: who closes a gap.
    pub role_owner: &'static str,
    /// Role: who approved an accepted risk.
    pub role_approver: &'static str,
    /// An unanswered question's observation.
    pub not_assessed: &'static str,
    /// The remediation of a gap.
    pub remediation_title: &'static str,
    /// The milestone of a remediation: its due date.
    pub milestone_title: &'static str,
    /// The risk-log entry of an accepted risk.
    pub deviation_title: &'static str,
    /// The questionnaire's resource in the back matter.
    pub questionnaire_resource: &'static str,
    /// A probe observation's title.
    pub probe_title: &'static str,
}

const EN: OscalWords = OscalWords {
    ar_title: "Shared responsibility assessment results",
    poam_title: "Shared responsibility plan of action and milestones",
    result_title: "The subscriber's side of the shared responsibility model",
    result_description: "Each question of the questionnaire is a control on the subscriber's side: answered by the subscriber's people (interview), backed by evidence (examine) and checked against what the vendor's API showed (test).",
    role_prepared_for: "Organization assessed",
    role_assessor: "Assessor",
    role_owner: "Owner of a gap",
    role_approver: "Approver of an accepted risk",
    not_assessed: "Not assessed: nobody has answered yet, so the control cannot be shown to exist.",
    remediation_title: "Close the gap",
    milestone_title: "Gap closed",
    deviation_title: "Gap accepted as a risk",
    questionnaire_resource: "The questionnaire answered",
    probe_title: "What the vendor's API showed",
};

const IT: OscalWords = OscalWords {
    ar_title: "Risultati della valutazione della responsabilità condivisa",
    poam_title: "Piano d'azione e traguardi della responsabilità condivisa",
    result_title: "La parte del cliente nel modello di responsabilità condivisa",
    result_description: "Ogni domanda del questionario è un controllo dalla parte del cliente: risposta dalle sue persone (intervista), sostenuta da prove (esame) e confrontata con quanto mostrato dall'API del fornitore (test).",
    role_prepared_for: "Organizzazione valutata",
    role_assessor: "Valutatore",
    role_owner: "Responsabile di una lacuna",
    role_approver: "Chi ha approvato un rischio accettato",
    not_assessed: "Non valutata: nessuno ha ancora risposto, quindi non si può dimostrare che il controllo esista.",
    remediation_title: "Chiudere la lacuna",
    milestone_title: "Lacuna chiusa",
    deviation_title: "Lacuna accettata come rischio",
    questionnaire_resource: "Il questionario a cui si è risposto",
    probe_title: "Quanto mostrato dall'API del fornitore",
};

/// The OSCAL words of `lang`.
pub fn oscal_words(lang: Lang) -> &'static OscalWords {
    match lang {
        Lang::En => &EN,
        Lang::It => &IT,
    }
}

/// An answered question's observation: the answer and the notes.
pub fn oscal_answered(l: Lang, answer: &str, notes: &str) -> String {
    match notes.trim() {
        "" => say!(l, "Answered: {answer}.", "Risposta: {answer}."),
        notes => say!(
            l,
            "Answered: {answer}.\n\n{notes}",
            "Risposta: {answer}.\n\n{notes}"
        ),
    }
}

/// The reviewed controls: every question of the questionnaire.
pub fn oscal_reviewed(l: Lang, questionnaire: &str) -> String {
    say!(
        l,
        "Every question of the questionnaire {questionnaire}.",
        "Tutte le domande del questionario {questionnaire}."
    )
}

/// An accepted risk's approval, for its risk-log entry.
pub fn oscal_deviation(l: Lang, by: &str, reason: &str, compensating: &str) -> String {
    match compensating.trim() {
        "" => say!(
            l,
            "Approved by {by}: {reason}",
            "Approvato da {by}: {reason}"
        ),
        c => say!(
            l,
            "Approved by {by}: {reason}\n\nCompensating control: {c}",
            "Approvato da {by}: {reason}\n\nControllo compensativo: {c}"
        ),
    }
}

/// A piece of evidence, described.
pub fn oscal_evidence(l: Lang, observed: &str, note: &str) -> String {
    match note.trim() {
        "" => say!(
            l,
            "Shows the control in place on {observed}.",
            "Mostra il controllo in atto il {observed}."
        ),
        note => say!(
            l,
            "Shows the control in place on {observed}: {note}",
            "Mostra il controllo in atto il {observed}: {note}"
        ),
    }
}

/// `--format oscal-poam` on an assessment with nothing left to do.
pub fn oscal_nothing_to_plan(l: Lang) -> String {
    say!(
        l,
        "nothing to plan: every question is answered yes or not applicable, and OSCAL's plan of action and milestones needs at least one item; write the assessment results instead (--format oscal-ar)",
        "niente da pianificare: ogni domanda ha risposta sì o non applicabile, e il piano d'azione e traguardi OSCAL vuole almeno una voce; scrivete invece i risultati della valutazione (--format oscal-ar)",
    )
}

/// `--oscal-version` with a format that is not OSCAL.
pub fn oscal_version_alone(l: Lang) -> String {
    say!(
        l,
        "--oscal-version goes with --format oscal-ar or oscal-poam",
        "--oscal-version va con --format oscal-ar o oscal-poam",
    )
}

/// `--oscal-version` with a version not written.
pub fn bad_oscal_version(l: Lang, text: &str) -> String {
    let text = crate::sanitize::one_line(text);
    say!(
        l,
        "{text:?} is not an OSCAL version srm-assess writes: give 1.1.3 (the default) or 1.2.1",
        "{text:?} non è una versione OSCAL che srm-assess scrive: indicate 1.1.3 (predefinita) o 1.2.1",
    )
}

/// The reviewed 800-53 controls of the assessment results.
pub fn oscal_mapped_controls(l: Lang, controls: usize) -> String {
    say!(
        l,
        "The {controls} NIST SP 800-53 rev. 5 controls the questions map to (the questionnaire's mapping, not a claim of compliance).",
        "I {controls} controlli NIST SP 800-53 rev. 5 a cui le domande sono ricondotte (la corrispondenza del questionario, non una dichiarazione di conformità)."
    )
}

/// The title of a control's finding.
pub fn oscal_control_title(l: Lang, control: &str) -> String {
    // As NIST writes it: AC-2(3) for ac-2.3.
    let control = match control.split_once('.') {
        Some((base, enhancement)) => format!("{}({enhancement})", base.to_uppercase()),
        None => control.to_uppercase(),
    };
    say!(
        l,
        "NIST SP 800-53 rev. 5 {control}",
        "NIST SP 800-53 rev. 5 {control}"
    )
}

/// The description of a control's finding: its questions and where each
/// stands.
pub fn oscal_control_description(l: Lang, questions: &str) -> String {
    say!(
        l,
        "Judged from the questions mapped to it: {questions}. Satisfied only when every one is met or not applicable.",
        "Giudicato dalle domande ricondotte a esso: {questions}. Soddisfatto solo se ognuna è soddisfatta o non applicabile."
    )
}

/// The title of the questionnaire exported as an OSCAL catalog.
pub fn oscal_catalog_title(l: Lang, questionnaire: &str) -> String {
    say!(
        l,
        "{questionnaire}: questions as controls",
        "{questionnaire}: le domande come controlli"
    )
}

/// The words of the OSCAL mapping to SP 800-53 rev. 5.
pub struct OscalMappingWords {
    /// The document's title.
    pub title: String,
    /// What the mapping is for and how it was made.
    pub description: String,
    /// The source catalog's resource title.
    pub source: String,
}

/// The words of the OSCAL mapping of `questionnaire` to SP 800-53 rev. 5.
pub fn oscal_mapping_words(l: Lang, questionnaire: &str) -> OscalMappingWords {
    OscalMappingWords {
        title: say!(
            l,
            "{questionnaire} mapped to NIST SP 800-53 rev. 5",
            "{questionnaire} ricondotto a NIST SP 800-53 rev. 5"
        ),
        description: say!(
            l,
            "Each question of {questionnaire} related to the SP 800-53 rev. 5 controls it concerns, in NIST IR 8477's terms, judged question by question by srm-assess's authors from the controls' text, with the reason in each map's remarks. It places the assessment's findings among 800-53 controls; it is not a claim that answering the questions satisfies them.",
            "Ogni domanda di {questionnaire} messa in relazione con i controlli SP 800-53 rev. 5 che riguarda, nei termini di NIST IR 8477, valutata domanda per domanda dagli autori di srm-assess sul testo dei controlli, con la ragione nelle note di ogni corrispondenza. Colloca i risultati della valutazione tra i controlli 800-53; non afferma che rispondere alle domande li soddisfi."
        ),
        source: say!(
            l,
            "{questionnaire} as an OSCAL catalog (srm-assess questions --format oscal-catalog)",
            "{questionnaire} come catalogo OSCAL (srm-assess questions --format oscal-catalog)"
        ),
    }
}
