//! The words of the report's view by framework control.

use crate::assessment::standing::Standing;
use crate::lang::Lang;
use crate::messages::pick;

/// The heading of the view by the controls of `framework` (its title).
pub fn controls_heading(l: Lang, framework: &str) -> String {
    say!(l, "By control: {framework}", "Per controllo: {framework}")
}

/// What the view shows and how a control's standing is judged.
pub fn controls_intro(l: Lang, questions: usize, controls: usize) -> String {
    say!(
        l,
        "The {questions} questions mapped to {controls} controls. A control stands as the worst of its questions: a gap, then one not assessed, then an accepted risk; met only when every question is. The mapping is the questionnaire's own judgement, not the framework's: a met control here is evidence for the auditor, not a certification.",
        "Le {questions} domande ricondotte a {controls} controlli. Un controllo vale quanto la peggiore delle sue domande: una lacuna, poi una non valutata, poi un rischio accettato; è soddisfatto solo se lo sono tutte. La corrispondenza è un giudizio del questionario, non del framework: un controllo soddisfatto qui è una prova per l'auditor, non una certificazione."
    )
}

/// The view's column headers: control, standing, questions.
pub fn controls_columns(l: Lang) -> [String; 3] {
    [
        say!(l, "Control", "Controllo"),
        say!(l, "Standing", "Stato"),
        say!(l, "Questions", "Domande"),
    ]
}

/// A standing, in words.
pub fn standing_word(l: Lang, s: Standing) -> String {
    match s {
        Standing::Gap => say!(l, "gap", "lacuna"),
        Standing::NotAssessed => say!(l, "not assessed", "non valutata"),
        Standing::Accepted => say!(l, "accepted", "accettata"),
        Standing::Met => say!(l, "met", "soddisfatta"),
        Standing::NotApplicable => say!(l, "not applicable", "non applicabile"),
    }
}
