//! The live HTTP client: GET only, with a bearer token, timeouts, a cap
//! on requests and on body size, no redirects, and one wait on 429.

use std::time::Duration;

use jiff::Timestamp;

use super::endpoint::Endpoint;
use super::error::ProbeError;
use super::target::{BaseUrl, Token};

/// A response: its status, body and when it was fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
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
    fn get(&mut self, endpoint: Endpoint, request: &str) -> Result<HttpResponse, ProbeError>;

    /// How many requests were sent (or responses replayed), retries
    /// after a rate limit included.
    fn sent(&self) -> usize;

    /// The token sent with each request, if any: no request may carry it
    /// in its address (a cursor that holds it is refused).
    fn secret(&self) -> Option<&str> {
        None
    }
}

/// The most bytes read of one response: Zendesk's largest page (100 users
/// with every field) is a few hundred KiB.
pub const MAX_BODY: u64 = 8 * 1024 * 1024;
/// The most bytes of responses kept in one probe (every page of every
/// list): past it, the parsed JSON would outgrow memory.
pub const MAX_TOTAL: u64 = 64 * 1024 * 1024;
/// The most requests in one probe.
pub const MAX_REQUESTS: usize = 300;
/// The longest `Retry-After` the probe waits for, in seconds.
pub const MAX_WAIT: u64 = 60;
/// The most seconds of rate-limit waits in one probe.
pub const MAX_TOTAL_WAIT: u64 = 5 * 60;

/// The client that talks to Zendesk.
pub struct Live {
    agent: ureq::Agent,
    base: BaseUrl,
    token: Token,
    timeout: Duration,
    requests: usize,
    /// Seconds waited out on 429s so far.
    waited: u64,
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
            waited: 0,
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
    fn sent(&self) -> usize {
        self.requests
    }

    fn secret(&self) -> Option<&str> {
        Some(self.token.secret())
    }

    fn get(&mut self, _endpoint: Endpoint, request: &str) -> Result<HttpResponse, ProbeError> {
        let mut waited = false;
        loop {
            let (status, retry_after, body) = self.send(request)?;
            let fetched_at = crate::assessment::now();
            match status {
                429 => {
                    let seconds = retry_after.as_deref().and_then(retry_seconds);
                    let s = wait_for(request, seconds, waited, self.waited)?;
                    (self.on_wait)(s);
                    std::thread::sleep(Duration::from_secs(s));
                    self.waited += s;
                    waited = true;
                }
                401 => return Err(ProbeError::Unauthorized),
                300..=399 => {
                    return Err(ProbeError::Redirected {
                        request: request.to_string(),
                        status,
                    });
                }
                200..=299 | 403 | 404 => {
                    return Ok(HttpResponse {
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

/// How long to wait after a 429 that asked for `seconds`: once per
/// request, at most [`MAX_WAIT`] at a time and [`MAX_TOTAL_WAIT`] in a
/// run (`so_far` waited already); otherwise the probe stops.
fn wait_for(
    request: &str,
    seconds: Option<u64>,
    retried: bool,
    so_far: u64,
) -> Result<u64, ProbeError> {
    match seconds {
        Some(s) if !retried && s <= MAX_WAIT => {
            if so_far + s > MAX_TOTAL_WAIT {
                Err(ProbeError::WaitCap {
                    request: request.to_string(),
                    limit: MAX_TOTAL_WAIT,
                })
            } else {
                Ok(s)
            }
        }
        _ => Err(ProbeError::RateLimited {
            request: request.to_string(),
            seconds,
        }),
    }
}

/// The seconds of a `Retry-After` header given in seconds (Zendesk's form).
fn retry_seconds(value: &str) -> Option<u64> {
    value.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_are_capped_per_request_and_per_run() {
        assert_eq!(wait_for("/r", Some(30), false, 0).ok(), Some(30));
        assert!(matches!(
            wait_for("/r", Some(30), true, 0),
            Err(ProbeError::RateLimited { .. })
        ));
        assert!(matches!(
            wait_for("/r", Some(61), false, 0),
            Err(ProbeError::RateLimited { .. })
        ));
        assert!(matches!(
            wait_for("/r", None, false, 0),
            Err(ProbeError::RateLimited { .. })
        ));
        // Five minutes of waits in all, whatever each asks.
        assert_eq!(wait_for("/r", Some(60), false, 240).ok(), Some(60));
        assert!(matches!(
            wait_for("/r", Some(60), false, 241),
            Err(ProbeError::WaitCap { limit: 300, .. })
        ));
    }
}
