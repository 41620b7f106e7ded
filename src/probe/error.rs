//! What can stop a probe. Every message names the request (never the
//! token) and what to do; nothing is saved when a probe stops.

use std::path::PathBuf;

/// A probe that could not finish.
#[derive(Debug, thiserror::Error)]
pub enum ProbeError {
    /// Zendesk refused the token (401).
    #[error(
        "{}",
        crate::messages::probe_unauthorized(crate::messages::current_lang())
    )]
    Unauthorized,
    /// The token can do more than read.
    #[error("{}", crate::messages::probe_write_scopes(crate::messages::current_lang(), .scopes))]
    WriteScopes {
        /// Its scopes that are not read-only.
        scopes: Vec<String>,
    },
    /// Zendesk did not say which scopes the token has.
    #[error("{}", crate::messages::probe_scopes_unknown(crate::messages::current_lang(), *.status))]
    ScopesUnknown {
        /// The status of the answer.
        status: u16,
    },
    /// The token's user is not an admin.
    #[error("{}", crate::messages::probe_not_admin(crate::messages::current_lang(), .role))]
    NotAdmin {
        /// The user's role.
        role: String,
    },
    /// No answer within the time allowed.
    #[error("{}", crate::messages::probe_timeout(crate::messages::current_lang(), .request, *.seconds))]
    Timeout {
        /// The request.
        request: String,
        /// The time allowed.
        seconds: u64,
    },
    /// The connection failed.
    #[error("{}", crate::messages::probe_network(crate::messages::current_lang(), .request, .reason))]
    Network {
        /// The request.
        request: String,
        /// What failed.
        reason: String,
    },
    /// A response larger than the probe reads.
    #[error("{}", crate::messages::probe_too_large(crate::messages::current_lang(), .request, *.limit))]
    TooLarge {
        /// The request.
        request: String,
        /// The most bytes read.
        limit: u64,
    },
    /// A response that is not the JSON expected.
    #[error("{}", crate::messages::probe_malformed(crate::messages::current_lang(), .request, .reason))]
    Malformed {
        /// The request.
        request: String,
        /// What is wrong.
        reason: String,
    },
    /// A redirect, which the probe never follows (the token would go with it).
    #[error("{}", crate::messages::probe_redirected(crate::messages::current_lang(), .request, *.status))]
    Redirected {
        /// The request.
        request: String,
        /// The status.
        status: u16,
    },
    /// A status the probe does not expect (a redirect, a server error, …).
    #[error("{}", crate::messages::probe_status(crate::messages::current_lang(), .request, *.status))]
    Status {
        /// The request.
        request: String,
        /// The status.
        status: u16,
    },
    /// Still rate-limited after one wait, or asked to wait too long.
    #[error("{}", crate::messages::probe_rate_limited(crate::messages::current_lang(), .request, *.seconds))]
    RateLimited {
        /// The request.
        request: String,
        /// How long Zendesk asked to wait, if it said.
        seconds: Option<u64>,
    },
    /// More requests than the probe makes in one run.
    #[error("{}", crate::messages::probe_request_cap(crate::messages::current_lang(), *.cap))]
    RequestCap {
        /// The most requests in one run.
        cap: usize,
    },
    /// A list longer than the probe reads.
    #[error("{}", crate::messages::probe_page_cap(crate::messages::current_lang(), .request, *.pages))]
    PageCap {
        /// The list.
        request: String,
        /// The most pages read.
        pages: usize,
    },
    /// A later page of a list refused (403/404): the list cannot be read
    /// whole.
    #[error("{}", crate::messages::probe_later_page(crate::messages::current_lang(), .request, *.page, *.status))]
    LaterPage {
        /// The list.
        request: String,
        /// The page refused (2 or later).
        page: usize,
        /// Its status.
        status: u16,
    },
    /// A full page with no sign whether more follow.
    #[error("{}", crate::messages::probe_no_pagination_signal(crate::messages::current_lang(), .request, *.page))]
    NoPaginationSignal {
        /// The list.
        request: String,
        /// The page.
        page: usize,
    },
    /// A recording that could not be written or read.
    #[error("{}", crate::messages::probe_recording(crate::messages::current_lang(), .path, .reason))]
    Recording {
        /// The file or folder.
        path: PathBuf,
        /// What failed.
        reason: String,
    },
    /// `--replay` found no recorded response for a request.
    #[error("{}", crate::messages::probe_not_recorded(crate::messages::current_lang(), .request, .dir))]
    NotRecorded {
        /// The request.
        request: String,
        /// The recordings' folder.
        dir: PathBuf,
    },
    /// More response data kept in one run than the probe holds.
    #[error("{}", crate::messages::probe_total_cap(crate::messages::current_lang(), *.limit))]
    TotalCap {
        /// The most bytes kept.
        limit: u64,
    },
    /// A page holding more items than Zendesk ever sends in one.
    #[error("{}", crate::messages::probe_page_items(crate::messages::current_lang(), .request, *.items, *.limit))]
    PageItems {
        /// The request.
        request: String,
        /// How many items the page held.
        items: usize,
        /// The most accepted.
        limit: usize,
    },
    /// The rate-limit waits of one run would add up to more than allowed.
    #[error("{}", crate::messages::probe_wait_cap(crate::messages::current_lang(), .request, *.limit))]
    WaitCap {
        /// The request.
        request: String,
        /// The most seconds waited in one run.
        limit: u64,
    },
    /// A next-page cursor that holds the token: never sent, never shown.
    #[error("{}", crate::messages::probe_cursor_is_token(crate::messages::current_lang(), .request))]
    CursorIsToken {
        /// The list (without the cursor).
        request: String,
    },
    /// A recorded response with a status a live run never keeps.
    #[error("{}", crate::messages::probe_recorded_status(crate::messages::current_lang(), .path, *.status))]
    RecordedStatus {
        /// The recording.
        path: PathBuf,
        /// Its status.
        status: u16,
    },
}
