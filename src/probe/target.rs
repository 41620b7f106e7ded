//! Where the probe connects and with what: the base address (an
//! instance's, or one given for a proxy or a test) and the token, which
//! no output, file or error ever shows.

use std::fmt;

/// The address requests go to: `https://…`, or `http://` on loopback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    url: String,
    /// The host is this machine (127.0.0.1, ::1, localhost).
    loopback: bool,
    /// Plain HTTP (only allowed on loopback).
    http: bool,
    /// The host, lowercase.
    host: String,
}

impl BaseUrl {
    /// The address of a Zendesk subdomain (`acme` or `acme.zendesk.com`).
    pub fn for_subdomain(subdomain: &str) -> Option<Self> {
        let sub = subdomain.trim().to_ascii_lowercase();
        let label = sub.strip_suffix(".zendesk.com").unwrap_or(&sub);
        crate::questionnaire::is_instance_name(label).then(|| BaseUrl {
            url: format!("https://{label}.zendesk.com"),
            loopback: false,
            http: false,
            host: format!("{label}.zendesk.com"),
        })
    }

    /// Reads `--base-url`: `https://HOST[:PORT][/PREFIX]`, or `http://`
    /// with a loopback host (127.0.0.1, ::1, localhost). No user, query
    /// or fragment.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim().trim_end_matches('/');
        let (scheme, rest) = text.split_once("://")?;
        let scheme = scheme.to_ascii_lowercase();
        if rest.is_empty()
            || rest.contains(['@', '?', '#', ' '])
            || rest.chars().any(char::is_control)
        {
            return None;
        }
        let authority = rest.split('/').next().unwrap_or_default();
        let host = host_of(authority)?;
        let loopback = matches!(host.as_str(), "127.0.0.1" | "::1" | "localhost");
        let ok = match scheme.as_str() {
            "https" => true,
            "http" => loopback,
            _ => false,
        };
        ok.then(|| BaseUrl {
            url: format!("{scheme}://{rest}"),
            loopback,
            http: scheme == "http",
            host,
        })
    }

    /// The host, lowercase (without the port).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// Whether the host is a Zendesk instance (`SUB.zendesk.com`) over
    /// HTTPS: where the token belongs.
    pub fn is_zendesk(&self) -> bool {
        !self.http
            && self
                .host
                .strip_suffix(".zendesk.com")
                .is_some_and(crate::questionnaire::is_instance_name)
    }

    /// The address, without a trailing slash.
    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// Whether it is plain HTTP (to this machine: tests, local proxies).
    pub fn is_http(&self) -> bool {
        self.http
    }

    /// Whether the host is this machine.
    pub fn is_loopback(&self) -> bool {
        self.loopback
    }
}

impl fmt::Display for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url)
    }
}

/// The host of `host[:port]` or `[v6]:port`, lowercase; `None` if empty
/// or the port is not a number.
fn host_of(authority: &str) -> Option<String> {
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        let (host, after) = rest.split_once(']')?;
        (host, after.strip_prefix(':'))
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    if host.is_empty() || port.is_some_and(|p| p.parse::<u16>().is_err()) {
        return None;
    }
    Some(host.to_ascii_lowercase())
}

/// An OAuth access token. It has no `Display`, and its `Debug` hides it:
/// the only way to read it is [`Token::secret`], used for the header.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// A token from its text (surrounding blanks removed); `None` if empty
    /// or not printable ASCII, as every OAuth token is.
    pub fn new(text: &str) -> Option<Self> {
        let text = text.trim();
        (!text.is_empty() && text.bytes().all(|b| b.is_ascii_graphic()))
            .then(|| Token(text.to_string()))
    }

    /// The token itself, for the `Authorization` header and for removing
    /// it from anything written.
    pub fn secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(hidden)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere_http_only_on_loopback() {
        assert!(BaseUrl::parse("https://proxy.example.com/zd/").is_some());
        assert_eq!(
            BaseUrl::parse("https://proxy.example.com/zd/").map(|b| b.to_string()),
            Some("https://proxy.example.com/zd".to_string())
        );
        assert!(BaseUrl::parse("http://127.0.0.1:8080").is_some());
        assert!(BaseUrl::parse("http://[::1]:8080").is_some());
        assert!(BaseUrl::parse("http://localhost").is_some());
        let local = BaseUrl::parse("https://localhost:8443").expect("https on loopback");
        assert!(local.is_loopback() && !local.is_http());
        assert!(!BaseUrl::for_subdomain("acme").expect("acme").is_loopback());
        for bad in [
            "http://example.com",
            "http://127.0.0.1.example.com",
            "ftp://127.0.0.1",
            "https://user:pw@example.com",
            "https://example.com?x=1",
            "https://",
            "127.0.0.1:8080",
            "https://example.com:port",
        ] {
            assert!(BaseUrl::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn subdomains_become_zendesk_addresses() {
        let url = |s| BaseUrl::for_subdomain(s).map(|b| b.to_string());
        assert_eq!(url("acme"), Some("https://acme.zendesk.com".into()));
        assert_eq!(
            url("Acme.zendesk.com"),
            Some("https://acme.zendesk.com".into())
        );
        assert_eq!(url("acme.evil.com"), None);
        assert_eq!(url(""), None);
    }

    #[test]
    fn a_token_never_shows_in_debug() {
        let token = Token::new(" abc123 ").expect("token");
        assert_eq!(token.secret(), "abc123");
        assert!(!format!("{token:?}").contains("abc123"));
        assert!(Token::new("  ").is_none());
        assert!(Token::new("a\nb").is_none());
    }
}
