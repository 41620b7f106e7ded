//! The failures of the layers below, worded: they return data (the file,
//! the request, what happened) and the catalogue says it, in the language
//! of whoever shows it.

use std::io;
use std::path::Path;

use super::*;
use crate::lang::Lang;

/// An I/O failure: srm-assess's own refusals (a read-only file, a FIFO,
/// a lock held) in words, any other as the system says it.
pub fn io_error(l: Lang, e: &io::Error) -> String {
    use crate::store::atomic::Refusal as R;
    match crate::store::atomic::refusal(e) {
        Some(R::ReadOnly) => refused_read_only(l),
        Some(R::Folder) => refused_folder(l),
        Some(R::LinkChain) => refused_link_chain(l),
        Some(R::SideFolder) => refused_side_folder(l),
        Some(R::LockIsLink(lock)) => lock_is_link(l, lock),
        Some(R::LockBusy) => lock_busy(l),
        Some(R::NotRegular) => refused_not_regular(l),
        Some(R::Link) => refused_link(l),
        None => e.to_string(),
    }
}

/// A failed save of `path`, with what to do.
fn save_failed(l: Lang, path: &Path, e: &io::Error) -> String {
    if crate::store::atomic::refusal(e) == Some(&crate::store::atomic::Refusal::ReadOnly) {
        return read_only(l, path);
    }
    let hint = match e.kind() {
        io::ErrorKind::IsADirectory => SaveHint::Folder,
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            SaveHint::NotWritable
        }
        io::ErrorKind::StorageFull => SaveHint::DiskFull,
        io::ErrorKind::NotFound => SaveHint::NoFolder,
        _ => SaveHint::Unchanged,
    };
    cannot_save(l, path, io_error(l, e), hint)
}

/// Where the last good version is, when there is one (else nothing).
fn backup_hint(l: Lang, backup: Option<&Path>) -> String {
    backup.map(|b| backup_is_in(l, b)).unwrap_or_default()
}

/// A failure of the assessment store, worded.
pub fn store_error(l: Lang, e: &crate::store::StoreError) -> String {
    use crate::store::StoreError as E;
    match e {
        E::NoHomeFolder => no_home_folder(l),
        E::CannotList { dir, source } => cannot_list(l, dir, io_error(l, source)),
        E::NeitherNameNorPath { arg } => neither_name_nor_path(l, arg),
        E::BadName { arg, why } => invalid_name(l, arg, &name_error(l, why)),
        E::NotFound { path } => no_such_assessment(l, path),
        E::Read { path, source } => cannot_read(l, path, io_error(l, source)),
        E::NotUtf8 { path, backup } => {
            assessment_not_utf8(l, path, &backup_hint(l, backup.as_deref()))
        }
        E::Broken {
            path,
            error,
            backup,
        } => assessment_broken(l, path, error, &backup_hint(l, backup.as_deref())),
        E::AlreadyExists { path } => already_exists(l, path),
        E::Save { path, source } => save_failed(l, path, source),
        E::EvidenceMissing { path } => evidence_missing(l, path),
        E::EvidenceNotRegular { path } => evidence_not_regular(l, path),
        E::EvidenceTooLarge { path, limit } => evidence_too_large(l, path, *limit),
        E::NotRegular { path } => assessment_not_regular(l, path),
        E::MergeMarkers { path, line } => merge_markers(l, path, *line),
        E::TooLarge { path, limit } => assessment_too_large(l, path, *limit),
        E::Serialize { path, source } => cannot_serialize(l, path, source),
        E::AtRevision { path, rev, why } => at_revision(l, path, rev, why),
    }
}

/// Why an assessment was not created, worded.
pub fn create_refused(l: Lang, r: &crate::store::create::CreateRefusal) -> String {
    use crate::store::create::CreateRefusal as R;
    match r {
        R::Place(e) | R::Store(e) => store_error(l, e),
        R::FileNameTooLong(path) => super::file_name_too_long(l, path),
        R::Details(refusal) => super::metadata_refused(l, *refusal),
        R::Clash { name, clash } => super::name_clash(l, name, clash),
    }
}

/// [`create_refused`] for the start screen's form, which takes names
/// only: a refused name says why, without offering a path instead.
pub fn create_refused_in_form(l: Lang, r: &crate::store::create::CreateRefusal) -> String {
    use crate::store::create::CreateRefusal as R;
    match r {
        R::Place(crate::store::StoreError::BadName { why, .. }) => name_error(l, why),
        other => create_refused(l, other),
    }
}

/// Why a name is refused, worded.
pub fn name_error(l: Lang, e: &crate::store::NameError) -> String {
    use crate::store::NameError as E;
    match e {
        E::Empty => name_empty(l),
        E::TooManyChars => name_too_many_chars(l),
        E::TooManyBytes => name_too_many_bytes(l),
        E::LeadingDot => name_leading_dot(l),
        E::BadChar(x0) => name_bad_char(l, *x0),
    }
}

/// Why a probe stopped, worded.
pub fn probe_error(l: Lang, e: &crate::probe::ProbeError) -> String {
    use crate::probe::ProbeError as E;
    match e {
        E::Unauthorized => probe_unauthorized(l),
        E::WriteScopes { scopes } => probe_write_scopes(l, scopes),
        E::ScopesUnknown { status } => probe_scopes_unknown(l, *status),
        E::NoReadScope { scopes } => probe_no_read_scope(l, scopes),
        E::NotAdmin { role } => probe_not_admin(l, role),
        E::Timeout { request, seconds } => probe_timeout(l, request, *seconds),
        E::Network { request, reason } => probe_network(l, request, reason),
        E::TooLarge { request, limit } => probe_too_large(l, request, *limit),
        E::Malformed { request, reason } => probe_malformed(l, request, &probe_why(l, reason)),
        E::Redirected { request, status } => probe_redirected(l, request, *status),
        E::Status { request, status } => probe_status(l, request, *status),
        E::RateLimited { request, seconds } => probe_rate_limited(l, request, *seconds),
        E::RequestCap { cap } => probe_request_cap(l, *cap),
        E::PageCap { request, pages } => probe_page_cap(l, request, *pages),
        E::LaterPage {
            request,
            page,
            status,
        } => probe_later_page(l, request, *page, *status),
        E::NoPaginationSignal {
            request,
            page,
            full,
        } => probe_no_pagination_signal(l, request, *page, *full),
        E::RepeatedCursor { request, page } => probe_repeated_cursor(l, request, *page),
        E::Recording { path, reason } => probe_recording(l, path, &probe_why(l, reason)),
        E::NotRecorded { request, dir } => probe_not_recorded(l, request, dir),
        E::TotalCap { limit } => probe_total_cap(l, *limit),
        E::PageItems {
            request,
            items,
            limit,
        } => probe_page_items(l, request, *items, *limit),
        E::WaitCap { request, limit } => probe_wait_cap(l, request, *limit),
        E::CursorIsToken { request } => probe_cursor_is_token(l, request),
        E::RecordedStatus { path, status } => probe_recorded_status(l, path, *status),
    }
}

/// Why a recording or a response could not be used, worded.
pub fn probe_why(l: Lang, why: &crate::probe::Why) -> String {
    use crate::probe::Why as W;
    match why {
        W::System(text) => text.clone(),
        W::RecordingExists => probe_recording_exists(l),
        W::NotAFolder => probe_not_a_folder(l),
        W::Outside => probe_recording_outside(l),
        W::NotRegular => probe_recording_not_regular(l),
        W::NotAnObject => probe_not_an_object(l),
        W::NoList(key) => probe_no_list(l, key),
    }
}

/// Why an assessment could not be read as it was at a git revision.
fn at_revision(l: Lang, path: &Path, rev: &str, why: &crate::store::git::GitWhy) -> String {
    use crate::store::git::GitWhy as W;
    let (path, rev) = (p(path), crate::sanitize::one_line(rev));
    match why {
        W::Missing => say!(
            l,
            "{path}: cannot read it as it was at {rev:?}: git is not installed (or not on PATH); install git, or compare two files with `diff OLD NEW`",
            "{path}: non riesco a leggerlo com'era a {rev:?}: git non è installato (o non è nel PATH); installate git, o confrontate due file con `diff VECCHIO NUOVO`",
        ),
        W::BadRevision => say!(
            l,
            "{rev:?} is not a revision: give a commit, a tag or a branch (like HEAD~1 or v1.0)",
            "{rev:?} non è una revisione: indicate un commit, un tag o un ramo (come HEAD~1 o v1.0)",
        ),
        W::Refused(said) => say!(
            l,
            "{path}: cannot read it as it was at {rev:?}: git says: {said}. Is the file in a git repository, committed at that revision?",
            "{path}: non riesco a leggerlo com'era a {rev:?}: git dice: {said}. Il file è in un repository git, e registrato in quella revisione?",
        ),
        W::TooLarge(limit) => say!(
            l,
            "{path}: at {rev:?} the file is larger than {limit} bytes, more than any assessment; nothing was read",
            "{path}: a {rev:?} il file supera i {limit} byte, più di qualsiasi valutazione; non è stato letto nulla",
        ),
        W::NotUtf8 => say!(
            l,
            "{path}: at {rev:?} the file is not valid UTF-8 text",
            "{path}: a {rev:?} il file non è testo UTF-8 valido",
        ),
        W::Broken(e) => say!(
            l,
            "{path} at {rev:?}:{e}\nThat version is not a valid assessment; compare with another revision",
            "{path} a {rev:?}:{e}\nQuella versione non è una valutazione valida; confrontate con un'altra revisione",
        ),
    }
}
