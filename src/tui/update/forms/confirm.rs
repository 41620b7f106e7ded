//! A form confirmed: its fields checked and recorded, or the field to fix
//! named.

use super::*;

pub(super) fn confirm(w: &mut Walk, form: &Form) -> Result<Vec<Effect>, Refused> {
    let mut entry = w.current_entry();
    match form.kind {
        FormKind::Details => return confirm_details(w, form),
        FormKind::Owner => {
            // In the fields' order; `entry` is a copy, saved only at the end.
            entry.set_owner(&form.get(Field::Owner)).map_err(|r| {
                (
                    form.kind.position(Field::Owner),
                    crate::messages::owner_refused(w.lang, r),
                )
            })?;
            entry.due = form_date(w, form, Field::Due)?;
        }
        FormKind::Accept => confirm_accept(w, form, &mut entry)?,
        FormKind::Evidence => {
            if let Some(effects) = confirm_evidence(w, form, &mut entry)? {
                return Ok(effects);
            }
        }
    }
    Ok(set_entry(w, entry))
}

/// The date typed in `field`: none when it is empty.
pub(super) fn form_date(
    w: &Walk,
    form: &Form,
    field: Field,
) -> Result<Option<jiff::civil::Date>, Refused> {
    let text = form.get(field);
    if text.is_empty() {
        return Ok(None);
    }
    parse_date(&text)
        .map(Some)
        .ok_or((form.kind.position(field), w.ui().bad_date.to_string()))
}

/// The assessment's details, saved when they changed.
pub(super) fn confirm_details(w: &mut Walk, form: &Form) -> Result<Vec<Effect>, Refused> {
    let [organization, instance, assessor] =
        [Field::Organization, Field::Instance, Field::Assessor].map(|f| form.get(f));
    let metadata = w
        .doc
        .assessment()
        .metadata
        .with(Some(&organization), Some(&instance), Some(&assessor))
        .map_err(|r| {
            (
                form.kind.position(Field::detail(r.field)),
                crate::messages::metadata_refused(w.lang, r),
            )
        })?;
    if metadata == w.doc.assessment().metadata {
        return Ok(Vec::new());
    }
    w.doc.set_metadata(metadata);
    Ok(vec![Effect::Save])
}

/// An acceptance recorded in `entry`, or revoked when every field is empty.
pub(super) fn confirm_accept(
    w: &Walk,
    form: &Form,
    entry: &mut crate::assessment::Entry,
) -> Result<(), Refused> {
    if FormKind::Accept
        .fields()
        .iter()
        .all(|f| form.get(*f).is_empty())
    {
        // Revoking what is not there is refused, as `accept --revoke` is.
        return entry.revoke_acceptance().map(|_| ()).map_err(|_| {
            (
                form.kind.position(Field::By),
                crate::messages::accept_nothing_to_revoke(w.lang, &w.question().id),
            )
        });
    }
    let request = crate::assessment::accept::AcceptRequest {
        by: &form.get(Field::By),
        until: form_date(w, form, Field::Until)?,
        reason: &form.get(Field::Reason),
        compensating: &form.get(Field::Compensating),
        // An edit keeps the day it was first approved.
        approved: entry.acceptance.as_ref().map(|a| a.approved),
    };
    entry.accept(&request, w.today).map_err(|r| {
        use crate::assessment::accept::AcceptField as A;
        let field = match r.field() {
            Some(A::Until | A::Approved) => Field::Until,
            Some(A::Reason) => Field::Reason,
            Some(A::By) | None => Field::By,
        };
        (
            form.kind.position(field),
            crate::messages::tui_accept_refused(w.lang, r, w.ui()),
        )
    })?;
    Ok(())
}

/// Evidence: a link is recorded in `entry`; a file is left to the runner,
/// which reads and hashes it (the effects returned).
pub(super) fn confirm_evidence(
    w: &Walk,
    form: &Form,
    entry: &mut crate::assessment::Entry,
) -> Result<Option<Vec<Effect>>, Refused> {
    let checked = crate::assessment::evidence_rule::check_evidence(
        &form.get(Field::Reference),
        form_date(w, form, Field::Observed)?,
        &form.get(Field::Note),
        w.today,
    )
    .map_err(|r| {
        use crate::assessment::evidence_rule::EvidenceRefusal as E;
        let field = match r {
            E::ObservedFuture { .. } => Field::Observed,
            E::Empty | E::NotOneLine => Field::Reference,
        };
        (
            form.kind.position(field),
            crate::messages::tui_evidence_refused(w.lang, r, w.ui()),
        )
    })?;
    if !checked.is_url() {
        return Ok(Some(vec![Effect::RecordEvidenceFile {
            id: w.question().id.to_string(),
            path: checked.reference,
            observed: checked.observed,
            note: checked.note,
        }]));
    }
    entry.record_evidence(crate::assessment::Evidence {
        reference: checked.reference,
        observed: checked.observed,
        recorded: w.today,
        sha256: None,
        note: checked.note,
    });
    Ok(None)
}

/// Whether a form still holds exactly what the entry records (opened and
/// left without typing).
pub(super) fn form_unchanged(entry: &crate::assessment::Entry, form: &Form) -> bool {
    let is = |field: Field, recorded: &str| form.get(field) == recorded;
    match form.kind {
        FormKind::Owner => {
            is(Field::Owner, &entry.owner)
                && is(
                    Field::Due,
                    &entry.due.map(|d| d.to_string()).unwrap_or_default(),
                )
        }
        FormKind::Accept => entry.acceptance.as_ref().is_some_and(|a| {
            is(Field::By, &a.by)
                && is(Field::Until, &a.until.to_string())
                && is(Field::Reason, &a.reason)
                && is(Field::Compensating, &a.compensating)
        }),
        FormKind::Evidence => false,
        FormKind::Details => false,
    }
}
