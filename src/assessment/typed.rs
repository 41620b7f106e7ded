//! The texts a person types into an entry, and which of them newly look
//! like a credential: the one rule every front end (command line,
//! interface, `ask`) warns by, for every typed field.

use super::Entry;

/// A text a user types, named in a credential warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypedField {
    /// An answer's notes.
    Notes,
    /// The not-applicable justification.
    Justification,
    /// An acceptance's reason.
    Reason,
    /// An acceptance's compensating control.
    Compensating,
    /// Who approved an acceptance.
    Approver,
    /// An evidence reference (address or path).
    EvidenceReference,
    /// An evidence note.
    EvidenceNote,
}

/// A typed text that looks like it holds a credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suspicious {
    /// The field.
    pub field: TypedField,
    /// The first kind of credential found in it.
    pub kind: crate::secrets::Kind,
    /// How many were found.
    pub count: usize,
}

impl Entry {
    /// Every text typed into the entry, with its field.
    pub fn typed_texts(&self) -> Vec<(TypedField, &str)> {
        let mut texts = vec![
            (TypedField::Notes, self.notes.as_str()),
            (TypedField::Justification, self.justification.as_str()),
        ];
        if let Some(a) = &self.acceptance {
            texts.extend([
                (TypedField::Approver, a.by.as_str()),
                (TypedField::Reason, a.reason.as_str()),
                (TypedField::Compensating, a.compensating.as_str()),
            ]);
        }
        for e in &self.evidence {
            texts.extend([
                (TypedField::EvidenceReference, e.reference.as_str()),
                (TypedField::EvidenceNote, e.note.as_str()),
            ]);
        }
        texts
    }
}

/// The typed texts of `after` that look like a credential and were not
/// typed so in `before` (a text already warned about is not warned about
/// again on every later change of the entry).
pub fn newly_suspicious(before: Option<&Entry>, after: &Entry) -> Vec<Suspicious> {
    let old: Vec<(TypedField, &str)> = before.map(Entry::typed_texts).unwrap_or_default();
    after
        .typed_texts()
        .into_iter()
        .filter(|typed| !old.contains(typed))
        .filter_map(|(field, text)| {
            let found = crate::secrets::find(text);
            found.first().map(|first| Suspicious {
                field,
                kind: first.kind,
                count: found.len(),
            })
        })
        .collect()
}
