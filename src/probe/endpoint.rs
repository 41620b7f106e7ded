//! The compiled-in allow-list: the only requests the probe can make. Each
//! is a GET of a fixed path; a list is read page by page with a cursor.

use crate::questionnaire::ProbeRule;

/// One endpoint of the Zendesk API the probe reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Endpoint {
    /// The token's own scopes (asked first, alone).
    TokenScopes,
    /// The token's user (must be an admin).
    Me,
    /// Admins and agents.
    Staff,
    /// The account's settings.
    AccountSettings,
    /// The account audit log (Enterprise plans), one entry.
    AuditLog,
    /// The webhooks.
    Webhooks,
    /// The OAuth clients.
    OauthClients,
    /// The brands and their host mappings.
    Brands,
}

/// The size of a page of a list (the most Zendesk serves).
pub const PAGE_SIZE: u32 = 100;

impl Endpoint {
    /// Every endpoint, in the order the probe reads them.
    pub const ALL: [Endpoint; 8] = [
        Endpoint::TokenScopes,
        Endpoint::Me,
        Endpoint::Staff,
        Endpoint::AccountSettings,
        Endpoint::AuditLog,
        Endpoint::Webhooks,
        Endpoint::OauthClients,
        Endpoint::Brands,
    ];

    /// The request as recorded with observations: path and fixed query,
    /// unencoded and without the page parameters.
    pub fn request(self) -> &'static str {
        match self {
            Endpoint::TokenScopes => "/api/v2/oauth/tokens/current",
            Endpoint::Me => "/api/v2/users/me",
            Endpoint::Staff => "/api/v2/users?role[]=admin&role[]=agent",
            Endpoint::AccountSettings => "/api/v2/account/settings",
            Endpoint::AuditLog => "/api/v2/audit_logs?page[size]=1",
            Endpoint::Webhooks => "/api/v2/webhooks",
            Endpoint::OauthClients => "/api/v2/oauth/clients",
            Endpoint::Brands => "/api/v2/brands",
        }
    }

    /// The key of the list in a page of a list endpoint; `None` for a
    /// single document.
    pub fn list_key(self) -> Option<&'static str> {
        match self {
            Endpoint::Staff => Some("users"),
            Endpoint::Webhooks => Some("webhooks"),
            Endpoint::OauthClients => Some("clients"),
            Endpoint::Brands => Some("brands"),
            Endpoint::TokenScopes
            | Endpoint::Me
            | Endpoint::AccountSettings
            | Endpoint::AuditLog => None,
        }
    }

    /// The request for one page (`after`: the cursor of the page before),
    /// as sent: brackets and the cursor percent-encoded.
    pub fn page_request(self, after: Option<&str>) -> String {
        let mut request = self.request().to_string();
        if self.list_key().is_some() {
            request.push(if request.contains('?') { '&' } else { '?' });
            request.push_str(&format!("page[size]={PAGE_SIZE}"));
            if let Some(cursor) = after {
                request.push_str("&page[after]=");
                request.push_str(&encode_component(cursor));
            }
        }
        request.replace('[', "%5B").replace(']', "%5D")
    }

    /// The endpoints a rule reads.
    pub fn for_rule(rule: ProbeRule) -> Endpoint {
        match rule {
            ProbeRule::StaffTwoFactor | ProbeRule::StaffInactive | ProbeRule::AdminCount => {
                Endpoint::Staff
            }
            ProbeRule::ApiPasswordAccess
            | ProbeRule::ApiTokenAccess
            | ProbeRule::Channels
            | ProbeRule::PrivateApps => Endpoint::AccountSettings,
            ProbeRule::AuditLog => Endpoint::AuditLog,
            ProbeRule::WebhookTls | ProbeRule::WebhookAuth => Endpoint::Webhooks,
            ProbeRule::OauthClients => Endpoint::OauthClients,
            ProbeRule::HostMapping => Endpoint::Brands,
        }
    }
}

/// Percent-encodes everything but the unreserved characters (RFC 3986).
fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_carry_the_size_and_an_encoded_cursor() {
        assert_eq!(
            Endpoint::Staff.page_request(None),
            "/api/v2/users?role%5B%5D=admin&role%5B%5D=agent&page%5Bsize%5D=100"
        );
        assert_eq!(
            Endpoint::Webhooks.page_request(Some("a b/=")),
            "/api/v2/webhooks?page%5Bsize%5D=100&page%5Bafter%5D=a%20b%2F%3D"
        );
        assert_eq!(
            Endpoint::AccountSettings.page_request(Some("x")),
            "/api/v2/account/settings"
        );
    }

    #[test]
    fn every_rule_reads_an_allowed_endpoint() {
        for rule in ProbeRule::ALL {
            let endpoint = Endpoint::for_rule(rule);
            assert!(Endpoint::ALL.contains(&endpoint));
            assert!(!matches!(endpoint, Endpoint::TokenScopes | Endpoint::Me));
        }
    }
}
