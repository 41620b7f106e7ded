//! The live HTTP client: GET only, with a bearer token, timeouts, a cap
//! on requests and on body size, no redirects, and one wait on 429.

use std::time::Duration;

use jiff::Timestamp;

use super::endpoint::Endpoint;
use super::error::ProbeError;
use super::target::{BaseUrl, Token};

/// A response: its status, body and when it was fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// The body, as received.
    pub body: Vec<u8>,
    /// When it was fetched.
    pub fetched_at: Timestamp,
}

/// Where responses come from: Zendesk, or a folder of recordings.
pub trait Fetch {
    /// GETs `request` (a page of `endpoint`, from [`Endpoint::page_request`]).
    fn get(&mut self, endpoint: Endpoint, request: &str) -> Result<Reply, ProbeError>;
}

/// The most bytes read of one response.
pub const MAX_BODY: u64 = 16 * 1024 * 1024;
/// The most requests in one probe.
pub const MAX_REQUESTS: usize = 300;
/// The longest `Retry-After` the probe waits for, in seconds.
pub const MAX_WAIT: u64 = 60;

/// The client that talks to Zendesk.
pub struct Live {
    agent: ureq::Agent,
    base: BaseUrl,
    token: Token,
    timeout: Duration,
    requests: usize,
    /// Called before waiting out a 429, with the seconds.
    on_wait: Box<dyn FnMut(u64)>,
}

impl Live {
    /// A client for `base`, sending `token`; each request must finish
    /// within `timeout`.
    pub fn new(
        base: BaseUrl,
        token: Token,
        timeout: Duration,
        on_wait: Box<dyn FnMut(u64)>,
    ) -> Self {
        // Zendesk itself through the forward proxy the environment names
        // (ALL_PROXY, HTTPS_PROXY or HTTP_PROXY, with NO_PROXY honoured, as
        // ureq reads them); this machine never through one.
        let proxy = if base.is_loopback() {
            None
        } else {
            ureq::Proxy::try_from_env()
        };
        let agent = ureq::Agent::config_builder()
            .proxy(proxy)
            .timeout_global(Some(timeout))
            .http_status_as_error(false)
            .max_redirects(0)
            .max_redirects_will_error(false)
            .https_only(!base.is_http())
            .user_agent(concat!(
                "srm-assess/",
                env!("CARGO_PKG_VERSION"),
                " (read-only probe)"
            ))
            .build()
            .into();
        Live {
            agent,
            base,
            token,
            timeout,
            requests: 0,
            on_wait,
        }
    }

    fn send(&mut self, request: &str) -> Result<(u16, Option<String>, Vec<u8>), ProbeError> {
        if self.requests >= MAX_REQUESTS {
            return Err(ProbeError::RequestCap { cap: MAX_REQUESTS });
        }
        self.requests += 1;
        let url = format!("{}{request}", self.base.as_str());
        let response = self
            .agent
            .get(&url)
            .header("Authorization", &format!("Bearer {}", self.token.secret()))
            .header("Accept", "application/json")
            .call();
        let mut response = response.map_err(|e| self.failure(request, e))?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = response
            .body_mut()
            .with_config()
            .limit(MAX_BODY)
            .read_to_vec()
            .map_err(|e| self.failure(request, e))?;
        Ok((status, retry_after, body))
    }

    fn failure(&self, request: &str, error: ureq::Error) -> ProbeError {
        let request = request.to_string();
        match error {
            ureq::Error::Timeout(_) => ProbeError::Timeout {
                request,
                seconds: self.timeout.as_secs(),
            },
            ureq::Error::BodyExceedsLimit(limit) => ProbeError::TooLarge { request, limit },
            // ureq's own words name the host and the cause, never a header.
            other => ProbeError::Network {
                request,
                reason: other.to_string(),
            },
        }
    }
}

impl Fetch for Live {
    fn get(&mut self, _endpoint: Endpoint, request: &str) -> Result<Reply, ProbeError> {
        let mut waited = false;
        loop {
            let (status, retry_after, body) = self.send(request)?;
            let fetched_at = crate::assessment::now();
            match status {
                429 => {
                    let seconds = retry_after.as_deref().and_then(retry_seconds);
                    match seconds {
                        Some(s) if !waited && s <= MAX_WAIT => {
                            (self.on_wait)(s);
                            std::thread::sleep(Duration::from_secs(s));
                            waited = true;
                        }
                        _ => {
                            return Err(ProbeError::RateLimited {
                                request: request.to_string(),
                                seconds,
                            });
                        }
                    }
                }
                401 => return Err(ProbeError::Unauthorized),
                300..=399 => {
                    return Err(ProbeError::Redirected {
                        request: request.to_string(),
                        status,
                    });
                }
                200..=299 | 403 | 404 => {
                    return Ok(Reply {
                        status,
                        body,
                        fetched_at,
                    });
                }
                _ => {
                    return Err(ProbeError::Status {
                        request: request.to_string(),
                        status,
                    });
                }
            }
        }
    }
}

/// The seconds of a `Retry-After` header given in seconds (Zendesk's form).
fn retry_seconds(value: &str) -> Option<u64> {
    value.trim().parse().ok()
}
