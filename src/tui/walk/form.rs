//! The forms over the walk (owner and due date, acceptance, evidence,
//! details): their kinds, fields and what was typed.

use super::super::line_input::LineInput;
use crate::messages::Ui;

/// What a form records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// Owner and due date of a gap.
    Owner,
    /// A gap accepted as a risk: by, until, reason, compensating control.
    Accept,
    /// Evidence: a web address or a file, the day it shows, a note.
    Evidence,
    /// The assessment's organization, instance and assessor.
    Details,
}

/// A field of a form, by name: what the form's handling reads and what a
/// refusal points at (its position comes from [`FormKind::fields`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Who closes the gap.
    Owner,
    /// When the gap is due.
    Due,
    /// Who approved the risk.
    By,
    /// The last day the acceptance holds.
    Until,
    /// Why the risk is accepted.
    Reason,
    /// What reduces the risk meanwhile.
    Compensating,
    /// A web address or a file.
    Reference,
    /// The day the evidence shows the control.
    Observed,
    /// What the evidence shows.
    Note,
    /// The organization assessed.
    Organization,
    /// The vendor instance.
    Instance,
    /// Who assesses.
    Assessor,
    /// The new assessment's name (the start screen's create form).
    Name,
}

impl Field {
    /// The forms' field for one of the assessment's details.
    pub fn detail(field: crate::assessment::MetadataField) -> Field {
        use crate::assessment::MetadataField as M;
        match field {
            M::Organization => Field::Organization,
            M::Instance => Field::Instance,
            M::Assessor => Field::Assessor,
        }
    }

    /// The field's label in the interface's language.
    pub fn label(self, ui: &Ui) -> &'static str {
        match self {
            Field::Owner => ui.owner,
            Field::Due => ui.due_field,
            Field::By => ui.accept_fields_by,
            Field::Until => ui.accept_fields_until,
            Field::Reason => ui.accept_fields_reason,
            Field::Compensating => ui.accept_fields_compensating,
            Field::Reference => ui.evidence_fields_ref,
            Field::Observed => ui.evidence_fields_observed,
            Field::Note => ui.evidence_fields_note,
            Field::Organization => ui.organization_field,
            Field::Instance => ui.instance_field,
            Field::Assessor => ui.assessor_field,
            Field::Name => ui.name_field,
        }
    }
}

impl FormKind {
    /// The form's fields, in the order shown.
    pub fn fields(self) -> &'static [Field] {
        match self {
            FormKind::Owner => &[Field::Owner, Field::Due],
            FormKind::Accept => &[Field::By, Field::Until, Field::Reason, Field::Compensating],
            FormKind::Evidence => &[Field::Reference, Field::Observed, Field::Note],
            FormKind::Details => &[Field::Organization, Field::Instance, Field::Assessor],
        }
    }

    /// Where `field` is in the form (the first field when it has none).
    pub fn position(self, field: Field) -> usize {
        self.fields().iter().position(|f| *f == field).unwrap_or(0)
    }

    /// The form's title: what the form shows and what a draft left in the
    /// notes is headed with (its fields are labelled by [`Field::label`]).
    pub fn title(self, ui: &Ui) -> &'static str {
        match self {
            FormKind::Owner => ui.owner_title,
            FormKind::Accept => ui.accept_title,
            FormKind::Evidence => ui.evidence_title,
            FormKind::Details => ui.details_title,
        }
    }
}

/// A form of one-line fields over the walk.
#[derive(Debug, Clone)]
pub struct Form {
    /// What it records.
    pub kind: FormKind,
    /// The fields, in order.
    pub fields: Vec<LineInput>,
    /// The field being typed in.
    pub focus: usize,
    /// Why the form is refused, if it is.
    pub error: Option<String>,
}

impl Form {
    /// A form of `kind` holding `values`.
    pub fn new(kind: FormKind, values: &[&str]) -> Self {
        Form {
            kind,
            fields: values.iter().map(|v| LineInput::new(v)).collect(),
            focus: 0,
            error: None,
        }
    }

    /// The trimmed text of `field`.
    pub fn get(&self, field: Field) -> String {
        self.value(self.kind.position(field))
    }

    /// The text of the field at position `i`, trimmed.
    fn value(&self, i: usize) -> String {
        self.fields
            .get(i)
            .map(|f| f.text().trim().to_string())
            .unwrap_or_default()
    }
}
