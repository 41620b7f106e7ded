//! What can stop a probe. Every message names the request (never the
//! token) and what to do; nothing is saved when a probe stops.

use std::path::PathBuf;

/// A probe that could not finish.
#[derive(Debug)]
pub enum ProbeError {
    /// Zendesk refused the token (401).
    Unauthorized,
    /// The token can do more than read.
    WriteScopes {
        /// Its scopes that are not read-only.
        scopes: Vec<String>,
    },
    /// The token reads only through resource scopes (`users:read`), not
    /// the plain `read` that the settings need.
    NoReadScope {
        /// The scopes the token has.
        scopes: Vec<String>,
    },
    /// Zendesk did not say which scopes the token has.
    ScopesUnknown {
        /// The status of the answer.
        status: u16,
    },
    /// The token's user is not an admin.
    NotAdmin {
        /// The user's role.
        role: String,
    },
    /// No answer within the time allowed.
    Timeout {
        /// The request.
        request: String,
        /// The time allowed.
        seconds: u64,
    },
    /// The connection failed.
    Network {
        /// The request.
        request: String,
        /// What failed.
        reason: String,
    },
    /// A response larger than the probe reads.
    TooLarge {
        /// The request.
        request: String,
        /// The most bytes read.
        limit: u64,
    },
    /// A response that is not the JSON expected.
    Malformed {
        /// The request.
        request: String,
        /// What is wrong.
        reason: Why,
    },
    /// A redirect, which the probe never follows (the token would go with it).
    Redirected {
        /// The request.
        request: String,
        /// The status.
        status: u16,
    },
    /// A status the probe does not expect (a redirect, a server error, …).
    Status {
        /// The request.
        request: String,
        /// The status.
        status: u16,
    },
    /// Still rate-limited after one wait, or asked to wait too long.
    RateLimited {
        /// The request.
        request: String,
        /// How long Zendesk asked to wait, if it said.
        seconds: Option<u64>,
    },
    /// More requests than the probe makes in one run.
    RequestCap {
        /// The most requests in one run.
        cap: usize,
    },
    /// A list longer than the probe reads.
    PageCap {
        /// The list.
        request: String,
        /// The most pages read.
        pages: usize,
    },
    /// A later page of a list refused (403/404): the list cannot be read
    /// whole.
    LaterPage {
        /// The list.
        request: String,
        /// The page refused (2 or later).
        page: usize,
        /// Its status.
        status: u16,
    },
    /// A full page with no sign whether more follow, or a page that says
    /// more follow but gives no cursor to read them.
    NoPaginationSignal {
        /// The list.
        request: String,
        /// The page.
        page: usize,
        /// Whether the page was full (else: more announced, no cursor).
        full: bool,
    },
    /// The next-page cursor repeats one already followed: the list would
    /// never end.
    RepeatedCursor {
        /// The list.
        request: String,
        /// The page that repeated it.
        page: usize,
    },
    /// A recording that could not be written or read.
    Recording {
        /// The file or folder.
        path: PathBuf,
        /// What failed.
        reason: Why,
    },
    /// `--replay` found no recorded response for a request.
    NotRecorded {
        /// The request.
        request: String,
        /// The recordings' folder.
        dir: PathBuf,
    },
    /// More response data kept in one run than the probe holds.
    TotalCap {
        /// The most bytes kept.
        limit: u64,
    },
    /// A page holding more items than Zendesk ever sends in one.
    PageItems {
        /// The request.
        request: String,
        /// How many items the page held.
        items: usize,
        /// The most accepted.
        limit: usize,
    },
    /// The rate-limit waits of one run would add up to more than allowed.
    WaitCap {
        /// The request.
        request: String,
        /// The most seconds waited in one run.
        limit: u64,
    },
    /// A next-page cursor that holds the token: never sent, never shown.
    CursorIsToken {
        /// The list (without the cursor).
        request: String,
    },
    /// A recorded response with a status a live run never keeps.
    RecordedStatus {
        /// The recording.
        path: PathBuf,
        /// Its status.
        status: u16,
    },
}

/// Why a recording or a response could not be used: the system's words,
/// or one of the probe's own refusals (worded by `messages::probe_why`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// What the system or the parser said.
    System(String),
    /// The recording already exists (a recording is never overwritten).
    RecordingExists,
    /// `--replay` names something that is not a folder.
    NotAFolder,
    /// A recorded file that leads out of the recording's folder.
    Outside,
    /// A recorded file that is not a regular file.
    NotRegular,
    /// A response that is not a JSON object.
    NotAnObject,
    /// A response without the list it should hold (the key).
    NoList(String),
}
