//! What `validate` says of a question's control mappings.

use crate::lang::Lang;
use crate::messages::pick;

/// A control id its framework does not have.
pub fn q_bad_control(l: Lang, framework: &str, id: &str) -> String {
    let example = match framework {
        "nist-sp-800-53-r5" => "ac-2 or ac-2.3",
        "iso-27001-2022" => "A.5.15 (A.5.1-A.5.37, A.6.1-A.6.8, A.7.1-A.7.14, A.8.1-A.8.34)",
        _ => "CC6.1 (CC1.1-CC9.2, A1.1-A1.3, C1.1-C1.2, PI1.1-PI1.5, P1.1-P8.1)",
    };
    say!(
        l,
        "{id:?} is not a control of {framework}: write it as {example}",
        "{id:?} non è un controllo di {framework}: scrivetelo come {example}",
    )
}

/// A relationship that is not one of NIST IR 8477's.
pub fn q_bad_relationship(l: Lang, word: &str) -> String {
    say!(
        l,
        "{word:?} is not a relationship: use equivalent-to, subset-of, superset-of or intersects-with",
        "{word:?} non è una relazione: usate equivalent-to, subset-of, superset-of o intersects-with",
    )
}

/// 800-53 controls given without why.
pub fn q_mapping_unexplained(l: Lang) -> String {
    say!(
        l,
        "`controls.nist-sp-800-53-r5` needs `controls.relationship` and a one-line `controls.rationale`",
        "`controls.nist-sp-800-53-r5` richiede `controls.relationship` e una riga di `controls.rationale`",
    )
}
