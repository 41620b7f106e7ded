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
    /// How team members and end users sign in, sessions, IP restrictions,
    /// account assumption.
    SecuritySettings,
    /// Every user's OAuth tokens (`all=true`, admins).
    OauthTokens,
    /// The custom roles (Enterprise).
    CustomRoles,
    /// The deletion schedules.
    DeletionSchedules,
    /// The apps installed.
    AppInstallations,
    /// The SAML, JWT and OpenID Connect sign-in set-ups.
    RemoteAuthentications,
    /// The private apps the account owns.
    OwnedApps,
    /// The ticket-sharing agreements with other Zendesk accounts.
    SharingAgreements,
    /// The triggers.
    Triggers,
    /// The automations.
    Automations,
    /// The support addresses and their DNS checks.
    RecipientAddresses,
    /// The ticket fields.
    TicketFields,
    /// The newest account-setting changes in the audit log (Enterprise).
    SettingChanges,
    /// The Access log (the ADPP add-on), one entry.
    AccessLogs,
}

/// The size of a page of a list (the most Zendesk serves).
pub const PAGE_SIZE: u32 = 100;

impl Endpoint {
    /// Every endpoint, in the order the probe reads them.
    pub const ALL: [Endpoint; 22] = [
        Endpoint::TokenScopes,
        Endpoint::Me,
        Endpoint::Staff,
        Endpoint::AccountSettings,
        Endpoint::AuditLog,
        Endpoint::Webhooks,
        Endpoint::OauthClients,
        Endpoint::Brands,
        Endpoint::SecuritySettings,
        Endpoint::OauthTokens,
        Endpoint::CustomRoles,
        Endpoint::DeletionSchedules,
        Endpoint::AppInstallations,
        Endpoint::RemoteAuthentications,
        Endpoint::OwnedApps,
        Endpoint::SharingAgreements,
        Endpoint::Triggers,
        Endpoint::Automations,
        Endpoint::RecipientAddresses,
        Endpoint::TicketFields,
        Endpoint::SettingChanges,
        Endpoint::AccessLogs,
    ];

    /// The request as recorded with observations: path and fixed query,
    /// unencoded and without the page parameters. Each is documented by
    /// Zendesk (developer.zendesk.com/api-reference):
    /// - users: ticketing/users/users ("List Users": `role[]`, cursor
    ///   pagination, `include_boundary_indicators` for `meta.has_more`);
    /// - security settings: ticketing/account-configuration/security_settings;
    /// - OAuth tokens: ticketing/oauth/oauth_tokens (`all=true`, admins);
    /// - custom roles: ticketing/account-configuration/custom_roles;
    /// - deletion schedules: ticketing/business-rules/deletion_schedules;
    /// - app installations: ticketing/apps/apps ("List App Installations");
    /// - remote authentications: ticketing/account-configuration/
    ///   remote_authentications (admins, `security:read`);
    /// - owned apps: ticketing/apps/apps ("List Apps Owned by Current
    ///   Account");
    /// - sharing agreements: ticketing/tickets/sharing_agreements;
    /// - triggers, automations: ticketing/business-rules/triggers and
    ///   …/automations (cursor pagination);
    /// - support addresses: ticketing/account-configuration/
    ///   support_addresses (cursor pagination);
    /// - ticket fields: ticketing/tickets/ticket_fields (cursor pagination);
    /// - audit log: ticketing/account-configuration/audit_logs (`sort`
    ///   `created_at`: the oldest entry first; `filter[source_type]`
    ///   `account_setting`, `-created_at`: the newest setting changes, as
    ///   in Zendesk's "List the account setting changes" how-to). Only the
    ///   first page of changes is read: the newest 100;
    /// - access log: ticketing/account-configuration/access_logs (the ADPP
    ///   add-on; its filters are optional).
    pub fn request(self) -> &'static str {
        match self {
            Endpoint::TokenScopes => "/api/v2/oauth/tokens/current",
            Endpoint::Me => "/api/v2/users/me",
            Endpoint::Staff => {
                "/api/v2/users?role[]=admin&role[]=agent&include_boundary_indicators=true"
            }
            Endpoint::SecuritySettings => "/api/v2/security_settings",
            Endpoint::OauthTokens => "/api/v2/oauth/tokens?all=true",
            Endpoint::CustomRoles => "/api/v2/custom_roles",
            Endpoint::DeletionSchedules => "/api/v2/deletion_schedules",
            Endpoint::AppInstallations => "/api/v2/apps/installations",
            Endpoint::AccountSettings => "/api/v2/account/settings",
            Endpoint::AuditLog => "/api/v2/audit_logs?sort=created_at&page[size]=1",
            Endpoint::RemoteAuthentications => "/api/v2/remote_authentications",
            Endpoint::OwnedApps => "/api/v2/apps/owned",
            Endpoint::SharingAgreements => "/api/v2/sharing_agreements",
            Endpoint::Triggers => "/api/v2/triggers",
            Endpoint::Automations => "/api/v2/automations",
            Endpoint::RecipientAddresses => "/api/v2/recipient_addresses",
            Endpoint::TicketFields => "/api/v2/ticket_fields",
            Endpoint::AccessLogs => "/api/v2/access_logs?page[size]=1",
            Endpoint::SettingChanges => {
                "/api/v2/audit_logs?filter[source_type]=account_setting&sort=-created_at&page[size]=100"
            }
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
            Endpoint::OauthTokens => Some("tokens"),
            Endpoint::CustomRoles => Some("custom_roles"),
            Endpoint::DeletionSchedules => Some("deletion_schedules"),
            Endpoint::AppInstallations => Some("installations"),
            Endpoint::RemoteAuthentications => Some("remote_authentications"),
            Endpoint::OwnedApps => Some("apps"),
            Endpoint::SharingAgreements => Some("sharing_agreements"),
            Endpoint::Triggers => Some("triggers"),
            Endpoint::Automations => Some("automations"),
            Endpoint::RecipientAddresses => Some("recipient_addresses"),
            Endpoint::TicketFields => Some("ticket_fields"),
            Endpoint::TokenScopes
            | Endpoint::Me
            | Endpoint::AccountSettings
            | Endpoint::SecuritySettings
            | Endpoint::AuditLog
            | Endpoint::SettingChanges
            | Endpoint::AccessLogs => None,
        }
    }

    /// Whether Zendesk documents cursor pagination for the list. Custom
    /// roles, deletion schedules, app installations, owned apps, remote
    /// authentications and sharing agreements document none, and
    /// "If no pagination method is specified, the endpoint only supports
    /// offset pagination" (developer.zendesk.com, pagination): they are
    /// asked without `page[size]`, and a `next_page` stops the probe.
    pub fn cursor_paged(self) -> bool {
        self.list_key().is_some()
            && !matches!(
                self,
                Endpoint::CustomRoles
                    | Endpoint::DeletionSchedules
                    | Endpoint::AppInstallations
                    | Endpoint::RemoteAuthentications
                    | Endpoint::OwnedApps
                    | Endpoint::SharingAgreements
            )
    }

    /// The request for one page (`after`: the cursor of the page before),
    /// as sent: brackets and the cursor percent-encoded.
    pub fn page_request(self, after: Option<&str>) -> String {
        let mut request = self.request().to_string();
        if self.cursor_paged() {
            request.push(if request.contains('?') { '&' } else { '?' });
            request.push_str(&format!("page[size]={PAGE_SIZE}"));
            if let Some(cursor) = after {
                request.push_str("&page[after]=");
                request.push_str(&encode_component(cursor));
            }
        }
        request.replace('[', "%5B").replace(']', "%5D")
    }

    /// The endpoint a rule reads.
    pub fn for_rule(rule: ProbeRule) -> Endpoint {
        use ProbeRule as R;
        match rule {
            R::StaffTwoFactor | R::StaffInactive | R::AdminCount => Endpoint::Staff,
            R::TwoFactorEnforced
            | R::PasswordLevel
            | R::SsoSignIn
            | R::SessionTimeout
            | R::AccountAssumption
            | R::IpRestrictions
            | R::MobileAccess
            | R::AdminSetPasswords
            | R::EndUserSignIn
            | R::SsoBypass
            | R::EndUserSocialSignIn
            | R::PasswordChangeNotice => Endpoint::SecuritySettings,
            R::ApiTokenAccess
            | R::Channels
            | R::AttachmentPrivacy
            | R::EmailSenderAuth
            | R::Sandbox => Endpoint::AccountSettings,
            R::AuditLog => Endpoint::AuditLog,
            R::WebhookTls | R::WebhookAuth => Endpoint::Webhooks,
            R::OauthClients => Endpoint::OauthClients,
            R::HostMapping => Endpoint::Brands,
            R::OauthTokens => Endpoint::OauthTokens,
            R::CustomRoles => Endpoint::CustomRoles,
            R::DeletionSchedules => Endpoint::DeletionSchedules,
            R::AppsInstalled | R::AppRestrictions | R::AppsDisabled => Endpoint::AppInstallations,
            R::OwnedApps => Endpoint::OwnedApps,
            R::SharingAgreements => Endpoint::SharingAgreements,
            R::TicketDataOut => Endpoint::Triggers,
            R::HelpCenter => Endpoint::Brands,
            R::SupportAddresses => Endpoint::RecipientAddresses,
            R::CardField => Endpoint::TicketFields,
            R::AgentTicketScope => Endpoint::Staff,
            R::SettingChanges => Endpoint::SettingChanges,
            R::AccessLog => Endpoint::AccessLogs,
        }
    }

    /// Every endpoint a rule reads: its own, and what it weighs it with
    /// (whether team members can enrol in Zendesk's 2FA at all is in the
    /// security settings; which single sign-on set-ups are active, in the
    /// remote authentications; automations send data out as triggers do,
    /// and a webhook's address says whether it is encrypted).
    pub fn needed_by(rule: ProbeRule) -> Vec<Endpoint> {
        use ProbeRule as R;
        let mut needed = vec![Endpoint::for_rule(rule)];
        needed.extend(match rule {
            R::StaffTwoFactor => &[Endpoint::SecuritySettings][..],
            R::SsoSignIn | R::SsoBypass => &[Endpoint::RemoteAuthentications][..],
            R::TicketDataOut => &[Endpoint::Automations, Endpoint::Webhooks][..],
            _ => &[][..],
        });
        needed
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
            "/api/v2/users?role%5B%5D=admin&role%5B%5D=agent&include_boundary_indicators=true&page%5Bsize%5D=100"
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
    fn no_allowed_request_can_change_anything() {
        // Zendesk documents a GET with a side effect (users/me/logout):
        // the allow-list, not the method, is what keeps the probe harmless.
        // The path names the action; the query only filters and sorts
        // (`sort=created_at`).
        for endpoint in Endpoint::ALL {
            let request = endpoint.request();
            assert!(request.starts_with("/api/v2/"), "{request}");
            let path = request.split('?').next().unwrap_or_default();
            for word in ["logout", "delete", "destroy", "revoke", "create", "update"] {
                assert!(!path.contains(word), "{request}");
            }
            let query = request.split_once('?').map_or("", |(_, q)| q);
            for pair in query.split('&').filter(|p| !p.is_empty()) {
                let key = pair.split('=').next().unwrap_or_default();
                assert!(
                    [
                        "role[]",
                        "include_boundary_indicators",
                        "all",
                        "sort",
                        "page[size]",
                        "filter[source_type]"
                    ]
                    .contains(&key),
                    "{request}: {key}"
                );
            }
        }
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
