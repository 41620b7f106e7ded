//! The two closed vocabularies of a question: its severity (how much a gap
//! matters, and its weight in the score) and its responsibility (which
//! party carries the control).

/// How much a missing control matters.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Severity {
    /// Weight 3.
    High,
    /// Weight 2.
    Medium,
    /// Weight 1.
    Low,
}

impl Severity {
    /// Its index in counts kept by severity: high 0, medium 1, low 2.
    pub fn index(self) -> usize {
        match self {
            Severity::High => 0,
            Severity::Medium => 1,
            Severity::Low => 2,
        }
    }

    /// The word used in files: `high`, `medium`, `low`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }

    /// Reads the word used in files.
    pub fn parse(word: &str) -> Option<Self> {
        match word {
            "high" => Some(Severity::High),
            "medium" => Some(Severity::Medium),
            "low" => Some(Severity::Low),
            _ => None,
        }
    }

    /// The weight of a question of this severity in the score.
    pub fn weight(self) -> u32 {
        match self {
            Severity::High => 3,
            Severity::Medium => 2,
            Severity::Low => 1,
        }
    }
}

/// Which party carries the control (the questionnaire's `owner` key):
/// not to be confused with an answer's owner, the person who closes a gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Responsibility {
    /// The subscriber alone.
    Subscriber,
    /// Subscriber and vendor each hold a part.
    Shared,
}

impl Responsibility {
    /// The word used in files: `subscriber`, `shared`.
    pub fn as_str(self) -> &'static str {
        match self {
            Responsibility::Subscriber => "subscriber",
            Responsibility::Shared => "shared",
        }
    }

    /// Reads the word used in files.
    pub fn parse(word: &str) -> Option<Self> {
        match word {
            "subscriber" => Some(Responsibility::Subscriber),
            "shared" => Some(Responsibility::Shared),
            _ => None,
        }
    }
}

/// A rule of the read-only Zendesk probe that can inform a question (the
/// questionnaire's `probe` key): what it reads and how it judges it are in
/// `crate::probe::rules`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum ProbeRule {
    /// Whether two-factor authentication is required of team members
    /// (the security settings).
    TwoFactorEnforced,
    /// The password levels of team members and end users.
    PasswordLevel,
    /// How team members sign in: single sign-on, Zendesk passwords or both.
    SsoSignIn,
    /// The inactivity timeouts and the maximum session duration.
    SessionTimeout,
    /// Whether and for how long Zendesk staff may assume the account.
    AccountAssumption,
    /// Whether access is limited to IP ranges.
    IpRestrictions,
    /// Whether team members may use the mobile app.
    MobileAccess,
    /// Team members who show two-factor authentication set up (an
    /// inference about enrolment, not enforcement).
    StaffTwoFactor,
    /// Team members not suspended who have not signed in for 90 days.
    StaffInactive,
    /// How many of the team members are admins.
    AdminCount,
    /// Custom roles with broad permissions.
    CustomRoles,
    /// Whether API tokens can be used on the API.
    ApiTokenAccess,
    /// OAuth tokens that can write or impersonate, without expiry or unused.
    OauthTokens,
    /// Whether attachments need a sign-in.
    AttachmentPrivacy,
    /// Whether the account audit log is available on the plan.
    AuditLog,
    /// Active webhooks that send to an address without TLS (`http://`).
    WebhookTls,
    /// Active webhooks that send without authentication.
    WebhookAuth,
    /// The OAuth clients registered in the account.
    OauthClients,
    /// The apps installed and enabled.
    AppsInstalled,
    /// Active brands reached through the subscriber's own domain.
    HostMapping,
    /// The channels turned on (chat, voice, social).
    Channels,
    /// The deletion schedules in force.
    DeletionSchedules,
    /// Whether administrators may set other users' passwords.
    AdminSetPasswords,
    /// Whether incoming email is checked for sender authentication.
    EmailSenderAuth,
    /// How end users sign in: password level, two-factor, SSO.
    EndUserSignIn,
    /// Whether the account has a sandbox.
    Sandbox,
    /// Who may sign in around single sign-on (SSO bypass).
    SsoBypass,
    /// The social and business sign-in options open to end users.
    EndUserSocialSignIn,
    /// Whether team members are emailed when their password or email
    /// address changes.
    PasswordChangeNotice,
    /// Enabled apps open to every role and group.
    AppRestrictions,
    /// Apps installed but turned off.
    AppsDisabled,
    /// The private apps the account owns, deprecated or obsolete ones apart.
    OwnedApps,
    /// Tickets shared with other Zendesk accounts.
    SharingAgreements,
    /// Active triggers and automations that send ticket data out.
    TicketDataOut,
    /// The brands with a help center, and whether it is public.
    HelpCenter,
    /// Support addresses on the subscriber's own domains and their DNS.
    SupportAddresses,
    /// Ticket fields that keep card numbers masked.
    CardField,
    /// Agents who can reach every ticket.
    AgentTicketScope,
    /// Account settings changed since the last probe, when and by whom
    /// (the audit log).
    SettingChanges,
    /// Whether the Access log (ADPP) can be read, and its newest entry.
    AccessLog,
}

impl ProbeRule {
    /// Every rule, in the order the probe runs them.
    pub const ALL: [ProbeRule; 40] = [
        ProbeRule::TwoFactorEnforced,
        ProbeRule::PasswordLevel,
        ProbeRule::SsoSignIn,
        ProbeRule::SessionTimeout,
        ProbeRule::AccountAssumption,
        ProbeRule::IpRestrictions,
        ProbeRule::MobileAccess,
        ProbeRule::StaffTwoFactor,
        ProbeRule::StaffInactive,
        ProbeRule::AdminCount,
        ProbeRule::CustomRoles,
        ProbeRule::ApiTokenAccess,
        ProbeRule::OauthTokens,
        ProbeRule::AttachmentPrivacy,
        ProbeRule::AuditLog,
        ProbeRule::WebhookTls,
        ProbeRule::WebhookAuth,
        ProbeRule::OauthClients,
        ProbeRule::AppsInstalled,
        ProbeRule::HostMapping,
        ProbeRule::Channels,
        ProbeRule::DeletionSchedules,
        ProbeRule::AdminSetPasswords,
        ProbeRule::EmailSenderAuth,
        ProbeRule::EndUserSignIn,
        ProbeRule::Sandbox,
        ProbeRule::SsoBypass,
        ProbeRule::EndUserSocialSignIn,
        ProbeRule::PasswordChangeNotice,
        ProbeRule::AppRestrictions,
        ProbeRule::AppsDisabled,
        ProbeRule::OwnedApps,
        ProbeRule::SharingAgreements,
        ProbeRule::TicketDataOut,
        ProbeRule::HelpCenter,
        ProbeRule::SupportAddresses,
        ProbeRule::CardField,
        ProbeRule::AgentTicketScope,
        ProbeRule::SettingChanges,
        ProbeRule::AccessLog,
    ];

    /// The word used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            ProbeRule::TwoFactorEnforced => "two-factor-enforced",
            ProbeRule::PasswordLevel => "password-level",
            ProbeRule::SsoSignIn => "sso-sign-in",
            ProbeRule::SessionTimeout => "session-timeout",
            ProbeRule::AccountAssumption => "account-assumption",
            ProbeRule::IpRestrictions => "ip-restrictions",
            ProbeRule::MobileAccess => "mobile-access",
            ProbeRule::StaffTwoFactor => "staff-two-factor",
            ProbeRule::StaffInactive => "staff-inactive",
            ProbeRule::AdminCount => "admin-count",
            ProbeRule::CustomRoles => "custom-roles",
            ProbeRule::ApiTokenAccess => "api-token-access",
            ProbeRule::OauthTokens => "oauth-tokens",
            ProbeRule::AttachmentPrivacy => "attachment-privacy",
            ProbeRule::AuditLog => "audit-log",
            ProbeRule::WebhookTls => "webhook-tls",
            ProbeRule::WebhookAuth => "webhook-auth",
            ProbeRule::OauthClients => "oauth-clients",
            ProbeRule::AppsInstalled => "apps-installed",
            ProbeRule::HostMapping => "host-mapping",
            ProbeRule::Channels => "channels",
            ProbeRule::DeletionSchedules => "deletion-schedules",
            ProbeRule::AdminSetPasswords => "admin-set-passwords",
            ProbeRule::EmailSenderAuth => "email-sender-authentication",
            ProbeRule::EndUserSignIn => "end-user-sign-in",
            ProbeRule::Sandbox => "sandbox",
            ProbeRule::SsoBypass => "sso-bypass",
            ProbeRule::EndUserSocialSignIn => "end-user-social-sign-in",
            ProbeRule::PasswordChangeNotice => "password-change-notice",
            ProbeRule::AppRestrictions => "app-restrictions",
            ProbeRule::AppsDisabled => "apps-disabled",
            ProbeRule::OwnedApps => "owned-apps",
            ProbeRule::SharingAgreements => "sharing-agreements",
            ProbeRule::TicketDataOut => "ticket-data-out",
            ProbeRule::HelpCenter => "help-center",
            ProbeRule::SupportAddresses => "support-addresses",
            ProbeRule::CardField => "card-field",
            ProbeRule::AgentTicketScope => "agent-ticket-scope",
            ProbeRule::SettingChanges => "setting-changes",
            ProbeRule::AccessLog => "access-log",
        }
    }

    /// Reads the word used in files.
    pub fn parse(word: &str) -> Option<Self> {
        ProbeRule::ALL.into_iter().find(|r| r.as_str() == word)
    }
}
