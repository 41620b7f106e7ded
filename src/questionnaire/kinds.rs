//! The two closed vocabularies of a question: its severity (how much a gap
//! matters, and its weight in the score) and its responsibility (which
//! party carries the control).

/// How much a missing control matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Weight 3.
    High,
    /// Weight 2.
    Medium,
    /// Weight 1.
    Low,
}

impl Severity {
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProbeRule {
    /// Team members (admins, agents) without two-factor authentication.
    StaffTwoFactor,
    /// Team members not suspended who have not signed in for 90 days.
    StaffInactive,
    /// How many of the team members are admins.
    AdminCount,
    /// Whether passwords can be used on the API.
    ApiPasswordAccess,
    /// Whether API tokens can be used on the API.
    ApiTokenAccess,
    /// Whether the account audit log is available on the plan.
    AuditLog,
    /// Webhooks that send to an address without TLS (`http://`).
    WebhookTls,
    /// Webhooks that send without authentication.
    WebhookAuth,
    /// The OAuth clients registered in the account.
    OauthClients,
    /// Brands reached through the subscriber's own domain (host mapping).
    HostMapping,
    /// The channels turned on (chat, voice, social).
    Channels,
    /// Whether private apps can be uploaded.
    PrivateApps,
}

impl ProbeRule {
    /// Every rule, in the order the probe runs them.
    pub const ALL: [ProbeRule; 12] = [
        ProbeRule::StaffTwoFactor,
        ProbeRule::StaffInactive,
        ProbeRule::AdminCount,
        ProbeRule::ApiPasswordAccess,
        ProbeRule::ApiTokenAccess,
        ProbeRule::AuditLog,
        ProbeRule::WebhookTls,
        ProbeRule::WebhookAuth,
        ProbeRule::OauthClients,
        ProbeRule::HostMapping,
        ProbeRule::Channels,
        ProbeRule::PrivateApps,
    ];

    /// The word used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            ProbeRule::StaffTwoFactor => "staff-two-factor",
            ProbeRule::StaffInactive => "staff-inactive",
            ProbeRule::AdminCount => "admin-count",
            ProbeRule::ApiPasswordAccess => "api-password-access",
            ProbeRule::ApiTokenAccess => "api-token-access",
            ProbeRule::AuditLog => "audit-log",
            ProbeRule::WebhookTls => "webhook-tls",
            ProbeRule::WebhookAuth => "webhook-auth",
            ProbeRule::OauthClients => "oauth-clients",
            ProbeRule::HostMapping => "host-mapping",
            ProbeRule::Channels => "channels",
            ProbeRule::PrivateApps => "private-apps",
        }
    }

    /// Reads the word used in files.
    pub fn parse(word: &str) -> Option<Self> {
        ProbeRule::ALL.into_iter().find(|r| r.as_str() == word)
    }
}
