//! The probe's rules: what each reads in a response and what it suggests.
//! They only suggest; a person answers. A 403 or 404 on a first page is
//! itself an observation ("not available on this plan or role").
//!
//! Two kinds: a rule that reads a **setting** answering its question
//! (two-factor enforcement, the password level) makes *direct*
//! observations, the only ones that can contradict an answer or be taken
//! as one; a rule that **infers** from the account's data (who enrolled in
//! 2FA, who has not signed in, what webhooks there are) makes observations
//! that are only *to verify*. Every field read is documented by Zendesk;
//! the page is cited beside the code that reads it.

use std::collections::BTreeMap;

use jiff::{SignedDuration, Timestamp};
use serde_json::Value;

use super::{Endpoint, Fetched};

mod account_data;
pub mod changes;
mod integrations;
mod sign_in;
use crate::assessment::observations::MAX_NAMES;
use crate::assessment::observations::{RuleName, Word};
use crate::assessment::{Observation, Observed, Suggestion};
use crate::questionnaire::ProbeRule;

/// How long without a sign-in makes a team member inactive (and how new
/// an account must be to be left out of that count).
pub const INACTIVE_DAYS: i64 = 90;

/// The longest inactivity timeouts the questionnaire accepts without an
/// approval: team members, end users (minutes).
pub const TIMEOUT_LIMITS: (i64, i64) = (60, 480);

/// Everything the probe read, by endpoint.
pub type Read = BTreeMap<Endpoint, Fetched>;

/// One rule reading its endpoint's response: what every rule's function
/// is given.
struct Reading<'a> {
    rule: ProbeRule,
    /// The response of the rule's endpoint.
    got: &'a Fetched,
    /// Everything read, for rules that weigh more than one response.
    all: &'a Read,
    /// The field the rule reads, named in the observation.
    field: &'static str,
}

impl Reading<'_> {
    /// An observation of `value` with what it suggests, and whether it is
    /// direct (a setting that answers the question) or only to verify.
    fn base(&self, value: Observed, suggests: Suggestion, direct: bool) -> Observation {
        Observation {
            rule: RuleName::Known(self.rule),
            endpoint: self.got.endpoint.request().to_string(),
            field: self.field.to_string(),
            value,
            total: None,
            names: Vec::new(),
            status: self.got.status,
            fetched_at: self.got.fetched_at,
            sha256: self.got.sha256.clone(),
            suggests,
            direct,
            facts: Default::default(),
        }
    }

    /// How many of `of` items match, with some of their names.
    fn counted(
        &self,
        matching: Vec<&Value>,
        of: usize,
        suggests: Suggestion,
        direct: bool,
    ) -> Observation {
        Observation {
            total: Some(of as u64),
            names: names_of(&matching),
            ..self.base(Observed::Count(matching.len() as u64), suggests, direct)
        }
    }

    /// The response does not show the field.
    fn not_shown(&self) -> Observation {
        self.base(Observed::Word(Word::NotShown), Suggestion::Hint, false)
    }

    /// A security setting: developer.zendesk.com/api-reference/ticketing/
    /// account-configuration/security_settings (`security_settings`, its
    /// `authentication.agent` / `authentication.end_user` objects, `ip`).
    fn security(&self, pointer: &str) -> Option<&Value> {
        self.got
            .document
            .pointer(&format!("/security_settings{pointer}"))
    }

    /// An account setting (`settings`).
    fn account(&self, pointer: &str) -> Option<&Value> {
        self.got.document.pointer(&format!("/settings{pointer}"))
    }
}

/// The observation `rule` makes of what its endpoint returned (`got`),
/// weighed with the rest of what was read (`all`).
pub fn observe(rule: ProbeRule, got: &Fetched, all: &Read) -> Observation {
    let r = Reading {
        rule,
        got,
        all,
        field: field_of(rule),
    };
    if matches!(got.status, 403 | 404) {
        // Zendesk answers so when the plan lacks the feature (the audit log
        // is Enterprise only: developer.zendesk.com/rest_api/docs/support/
        // audit_logs). An audit log that does not exist cannot be
        // reviewed: the duty looks not to apply, to verify, never "no".
        let suggests = if rule == ProbeRule::AuditLog {
            Suggestion::Na
        } else {
            Suggestion::Hint
        };
        return r.base(Observed::Word(Word::Unavailable), suggests, false);
    }
    match rule {
        ProbeRule::TwoFactorEnforced => two_factor_enforced(&r),
        ProbeRule::PasswordLevel => password_level(&r.got.document, |v, s, d| r.base(v, s, d)),
        ProbeRule::SsoSignIn => sign_in::sso_sign_in(&r),
        ProbeRule::SessionTimeout => session_timeout(&r),
        ProbeRule::AccountAssumption => account_assumption(&r),
        ProbeRule::IpRestrictions => ip_restrictions(&r),
        ProbeRule::MobileAccess => mobile_access(&r),
        ProbeRule::StaffTwoFactor => staff_two_factor(r.got, r.all, |v, s, d| r.base(v, s, d)),
        ProbeRule::StaffInactive => staff_inactive(&r),
        ProbeRule::AdminCount => admin_count(&r),
        ProbeRule::CustomRoles => custom_roles(&r),
        ProbeRule::ApiTokenAccess => api_token_access(&r),
        ProbeRule::OauthTokens => oauth_tokens(&r),
        ProbeRule::AttachmentPrivacy => attachment_privacy(&r),
        ProbeRule::Channels => channels(&r),
        ProbeRule::AuditLog => audit_log(&r),
        ProbeRule::WebhookTls => webhook_tls(&r),
        ProbeRule::WebhookAuth => webhook_auth(&r),
        ProbeRule::OauthClients => oauth_clients(&r),
        ProbeRule::AppsInstalled => apps_installed(&r),
        ProbeRule::HostMapping => host_mapping(&r),
        ProbeRule::DeletionSchedules => deletion_schedules(&r),
        ProbeRule::AdminSetPasswords => admin_set_passwords(&r),
        ProbeRule::EmailSenderAuth => email_sender_auth(&r),
        ProbeRule::EndUserSignIn => end_user_sign_in(&r),
        ProbeRule::Sandbox => sandbox(&r),
        ProbeRule::SsoBypass => sign_in::sso_bypass(&r),
        ProbeRule::EndUserSocialSignIn => sign_in::end_user_social_sign_in(&r),
        ProbeRule::PasswordChangeNotice => sign_in::password_change_notice(&r),
        ProbeRule::AppRestrictions => integrations::app_restrictions(&r),
        ProbeRule::AppsDisabled => integrations::apps_disabled(&r),
        ProbeRule::OwnedApps => integrations::owned_apps(&r),
        ProbeRule::SharingAgreements => integrations::sharing_agreements(&r),
        ProbeRule::TicketDataOut => integrations::ticket_data_out(&r),
        ProbeRule::HelpCenter => account_data::help_center(&r),
        ProbeRule::SupportAddresses => account_data::support_addresses(&r),
        ProbeRule::CardField => account_data::card_field(&r),
        ProbeRule::AgentTicketScope => account_data::agent_ticket_scope(&r),
        ProbeRule::SettingChanges => changes::setting_changes(&r),
        ProbeRule::AccessLog => access_log(&r),
    }
}

/// The setting changes (read into `all` and kept by
/// [`changes::keep_since`]) that touch one of `rules`, for a question
/// that reads those settings without listing `setting-changes` itself.
pub fn changes_touching(all: &Read, rules: &[ProbeRule]) -> Option<Observation> {
    let got = all.get(&Endpoint::SettingChanges)?;
    let r = Reading {
        rule: ProbeRule::SettingChanges,
        got,
        all,
        field: field_of(ProbeRule::SettingChanges),
    };
    changes::touching(&r, rules)
}

fn two_factor_enforced(r: &Reading) -> Observation {
    let zendesk_login = r
        .security("/authentication/agent/zendesk_login")
        .and_then(flag);
    let enforced = r
        .security("/authentication/agent/two_factor_enforce")
        .and_then(flag);
    match (zendesk_login, enforced) {
        // Zendesk's 2FA covers Zendesk passwords only: with no
        // Zendesk sign-in, the identity provider's MFA is what counts.
        (Some(false), _) => r.base(Observed::Word(Word::SsoOnly), Suggestion::Na, true),
        (_, Some(true)) => r.base(Observed::Flag(true), Suggestion::Yes, true),
        (_, Some(false)) => r.base(Observed::Flag(false), Suggestion::No, true),
        (_, None) => r.not_shown(),
    }
}

fn session_timeout(r: &Reading) -> Observation {
    let minutes = |key: &str| r.security(&format!("/{key}")).and_then(Value::as_i64);
    let (Some(agent), Some(end_user)) = (
        minutes("agent_session_timeout"),
        minutes("end_user_session_timeout"),
    ) else {
        return r.not_shown();
    };
    // Longer than recommended may be approved and recorded (the
    // question allows it): to verify, not a contradiction.
    let within = agent <= TIMEOUT_LIMITS.0 && end_user <= TIMEOUT_LIMITS.1;
    let mut o = if within {
        r.base(Observed::Flag(true), Suggestion::Yes, true)
    } else {
        r.base(Observed::Flag(false), Suggestion::Partial, false)
    };
    o.facts.insert("agent_minutes".into(), agent.to_string());
    o.facts
        .insert("end_user_minutes".into(), end_user.to_string());
    if r.security("/maximum_session_duration_enabled")
        .and_then(flag)
        == Some(true)
        && let Some(max) = minutes("maximum_session_duration")
    {
        o.facts.insert("maximum_minutes".into(), max.to_string());
    }
    o
}

fn account_assumption(r: &Reading) -> Observation {
    if r.security("/assumable_account_type").and_then(flag) == Some(true) {
        // Always assumable by account type (a trial): not a choice.
        return r.base(
            Observed::Word(Word::AssumableByAccountType),
            Suggestion::Hint,
            true,
        );
    }
    let assumable = r.security("/assumable").and_then(flag);
    let duration = r.security("/assumption_duration").and_then(Value::as_str);
    let (value, suggests) = match (assumable, duration) {
        (Some(false), _) | (_, Some("off")) => ("off", Suggestion::Yes),
        (_, Some("day")) => ("day", Suggestion::Yes),
        (_, Some("week")) => ("week", Suggestion::Yes),
        (_, Some("month")) => ("month", Suggestion::Partial),
        (_, Some("year")) => ("year", Suggestion::Partial),
        (_, Some("always")) => ("always", Suggestion::No),
        _ => return r.not_shown(),
    };
    r.base(Observed::Word(Word::Value(value.into())), suggests, true)
}

fn ip_restrictions(r: &Reading) -> Observation {
    match r.security("/ip/ip_restriction_enabled").and_then(flag) {
        Some(true) => {
            let ranges = r
                .security("/ip/ip_ranges")
                .and_then(Value::as_str)
                .map_or(0, |r| r.split_whitespace().count());
            let mut o = r.base(Observed::Flag(true), Suggestion::Yes, true);
            o.total = Some(ranges as u64);
            o
        }
        // Not restricting can be a recorded decision: a hint.
        Some(false) => r.base(Observed::Flag(false), Suggestion::Hint, true),
        None => r.not_shown(),
    }
}

/// `admins_can_set_user_passwords`: "If administrators are allowed to set
/// passwords for users. When disabled, administrators can only reset
/// passwords" (security settings): word for word
/// access.admin-set-passwords.
fn admin_set_passwords(r: &Reading) -> Observation {
    match r.security("/admins_can_set_user_passwords").and_then(flag) {
        Some(true) => r.base(Observed::Flag(true), Suggestion::No, true),
        Some(false) => r.base(Observed::Flag(false), Suggestion::Yes, true),
        None => r.not_shown(),
    }
}

/// `settings.email.email_sender_authentication`: "Whether incoming email
/// is subjected to sender authentication checks (SPF, DKIM)". Off is a
/// gap; on says nothing of the level (Minimal or Native), which the
/// question asks about.
fn email_sender_auth(r: &Reading) -> Observation {
    match r
        .account("/email/email_sender_authentication")
        .and_then(flag)
    {
        Some(false) => r.base(Observed::Flag(false), Suggestion::No, true),
        Some(true) => r.base(Observed::Flag(true), Suggestion::Hint, true),
        None => r.not_shown(),
    }
}

/// `authentication.end_user`: the password level, required 2FA, SSO.
/// Which end users see sensitive tickets is not in the settings, so this
/// is an inference: to verify, never a contradiction.
fn end_user_sign_in(r: &Reading) -> Observation {
    let end_user = |key: &str| r.security(&format!("/authentication/end_user/{key}"));
    let Some(password) = end_user("zendesk_login").and_then(flag) else {
        return r.not_shown();
    };
    let sso = end_user("remote_login").and_then(flag) == Some(true);
    let two_factor = end_user("two_factor_enforce").and_then(flag) == Some(true);
    let level = end_user("security_policy_name")
        .and_then(Value::as_str)
        .map(str::to_ascii_lowercase);
    let suggests = match (password, sso, two_factor, level.as_deref()) {
        (false, true, _, _) | (true, _, true, Some("recommended")) => Suggestion::Yes,
        (true, _, false, Some("recommended")) => Suggestion::Partial,
        (true, false, false, Some("low" | "medium" | "high")) => Suggestion::No,
        _ => Suggestion::Hint,
    };
    let mut o = r.base(Observed::Flag(two_factor || sso), suggests, false);
    if let Some(level) = level {
        o.facts.insert("level".into(), level);
    }
    o
}

/// `settings.active_features.sandbox`: whether the account has a sandbox.
/// The question's help prescribes the answer: "Without a sandbox, answer
/// *partial*".
fn sandbox(r: &Reading) -> Observation {
    match r.account("/active_features/sandbox").and_then(flag) {
        Some(false) => r.base(Observed::Flag(false), Suggestion::Partial, true),
        Some(true) => r.base(Observed::Flag(true), Suggestion::Hint, false),
        None => r.not_shown(),
    }
}

fn mobile_access(r: &Reading) -> Observation {
    match r.security("/mobile_app_access").and_then(flag) {
        // Off is what the question asks first: a yes.
        Some(false) => r.base(Observed::Flag(false), Suggestion::Yes, true),
        Some(on) => {
            let mut o = r.base(Observed::Flag(on), Suggestion::Hint, true);
            if let Some(minutes) = r
                .security("/mobile_app_session_timeout")
                .and_then(Value::as_i64)
            {
                o.facts.insert("mobile_minutes".into(), minutes.to_string());
            }
            o
        }
        None => r.not_shown(),
    }
}

fn staff_inactive(r: &Reading) -> Observation {
    // `last_login_at`: "Last time the user signed in to Zendesk
    // Support or made an API request using an API token"; people
    // created inside the window have not had the time to sign in.
    let staff = active_staff(r.got);
    let cutoff = inactive_before(r.got);
    let at = |u: &Value, key: &str| {
        u.get(key)
            .and_then(Value::as_str)
            .and_then(|t| t.parse::<Timestamp>().ok())
    };
    let old_enough: Vec<&Value> =
        select(&staff, |u| at(u, "created_at").is_none_or(|c| c < cutoff));
    let inactive = select(&old_enough, |u| {
        at(u, "last_login_at").is_none_or(|last| last < cutoff)
    });
    let suggests = partial_if_any(&inactive);
    let mut o = r.counted(inactive, old_enough.len(), suggests, false);
    o.facts
        .insert("new".into(), (staff.len() - old_enough.len()).to_string());
    o
}

fn admin_count(r: &Reading) -> Observation {
    let staff = active_staff(r.got);
    let admins = select(&staff, |u| {
        u.get("role").and_then(Value::as_str) == Some("admin")
    });
    r.counted(admins, staff.len(), Suggestion::Hint, false)
}

fn custom_roles(r: &Reading) -> Observation {
    // custom_roles: `configuration` flags such as
    // `end_user_profile_access` "full", `manage_business_rules`,
    // `assign_tickets_to_any_group`; `team_member_count`.
    // A role nobody holds grants nothing (`team_member_count` 0); a
    // missing count is kept.
    let all_roles: Vec<&Value> = r
        .got
        .items
        .iter()
        .filter(|r| r.get("team_member_count").and_then(Value::as_u64) != Some(0))
        .collect();
    let broad = select(&all_roles, |r| {
        let c = |key: &str| r.pointer(&format!("/configuration/{key}"));
        let word = |key: &str, values: &[&str]| {
            c(key)
                .and_then(Value::as_str)
                .is_some_and(|v| values.contains(&v))
        };
        word("end_user_profile_access", &["full", "edit"])
            || word("end_user_list_access", &["full"])
            || word("ticket_access", &["all"])
            || c("manage_business_rules").and_then(flag) == Some(true)
            || c("assign_tickets_to_any_group").and_then(flag) == Some(true)
    });
    r.counted(broad, all_roles.len(), Suggestion::Hint, false)
}

fn api_token_access(r: &Reading) -> Observation {
    match r.account("/api/api_token_access").and_then(flag) {
        // settings.api.api_token_access: typed boolean, but Zendesk's own
        // example sends "true" (account_settings page): both are read.
        // No token can be used: the migration to OAuth is done, as the
        // question's help says.
        Some(false) => r.base(Observed::Flag(false), Suggestion::Yes, true),
        Some(true) => r.base(Observed::Flag(true), Suggestion::Hint, true),
        None => r.not_shown(),
    }
}

fn oauth_tokens(r: &Reading) -> Observation {
    // oauth_tokens: `scopes`, `expires_at`, `client_id`, `global_client_id`.
    // Tokens of global clients (Zendesk's own apps, such as its mobile
    // app, `global_client_id` set) are not the subscriber's to control.
    let tokens: Vec<&Value> = r
        .got
        .items
        .iter()
        .filter(|t| t.get("global_client_id").is_none_or(Value::is_null))
        .collect();
    let risky = select(&tokens, |t| {
        let writes = t.get("scopes").and_then(Value::as_array).is_some_and(|s| {
            // `write`, `impersonate`, a bare resource (read and
            // write) or `RESOURCE:write`.
            s.iter().filter_map(Value::as_str).any(|s| {
                matches!(s, "write" | "impersonate")
                    || (!s.contains(':') && s != "read")
                    || s.ends_with(":write")
            })
        });
        // The question asks about expiry: an expiring token unused for
        // long is another matter.
        let endless = t.get("expires_at").is_none_or(Value::is_null);
        writes && endless
    });
    let suggests = partial_if_any(&risky);
    let labels: Vec<String> = risky
        .iter()
        .filter_map(|t| t.get("client_id"))
        .map(|c| match c.as_i64() {
            Some(n) => format!("client {n}"),
            None => format!("client {c}"),
        })
        .collect();
    let mut o = r.counted(risky, tokens.len(), suggests, false);
    o.names = limit_names(labels.iter().map(String::as_str));
    o
}

/// `settings.tickets.private_attachments` ("Users must sign in to access
/// attachments") and `email_attachments` (attachments sent in email as
/// files, not links): either way out of a signed-in session is to verify.
fn attachment_privacy(r: &Reading) -> Observation {
    let mailed = r.account("/tickets/email_attachments").and_then(flag);
    let mut o = match r.account("/tickets/private_attachments").and_then(flag) {
        Some(true) if mailed == Some(true) => {
            r.base(Observed::Flag(true), Suggestion::Partial, false)
        }
        Some(true) => r.base(Observed::Flag(true), Suggestion::Hint, true),
        Some(false) => r.base(Observed::Flag(false), Suggestion::Partial, false),
        None => return r.not_shown(),
    };
    if let Some(mailed) = mailed {
        o.facts
            .insert("email_attachments".into(), mailed.to_string());
    }
    o
}

/// The Access log answered (the ADPP add-on, its API turned on): it
/// records; whether anyone reviews it is not shown. Without it (403 or
/// 404) the generic "not available" is said.
fn access_log(r: &Reading) -> Observation {
    let mut o = r.base(Observed::Word(Word::Available), Suggestion::Hint, false);
    let newest = r
        .got
        .document
        .pointer("/access_logs/0/timestamp")
        .and_then(Value::as_str)
        .and_then(|t| t.parse::<Timestamp>().ok());
    if let Some(newest) = newest {
        o.facts
            .insert("newest".into(), newest.strftime("%Y-%m-%d").to_string());
    }
    o
}

/// The audit log answered: it exists. Its oldest entry (the request sorts
/// by `created_at`, oldest first) says how far back it actually reaches.
fn audit_log(r: &Reading) -> Observation {
    let mut o = r.base(Observed::Word(Word::Available), Suggestion::Hint, false);
    let oldest = r
        .got
        .document
        .pointer("/audit_logs/0/created_at")
        .and_then(Value::as_str)
        .and_then(|t| t.parse::<Timestamp>().ok());
    if let Some(oldest) = oldest {
        o.facts
            .insert("oldest".into(), oldest.strftime("%Y-%m-%d").to_string());
    }
    o
}

fn channels(r: &Reading) -> Observation {
    let on: Vec<String> = CHANNELS
        .iter()
        .filter(|c| r.account(&format!("/active_features/{c}")).and_then(flag) == Some(true))
        .map(|c| (*c).to_string())
        .collect();
    Observation {
        total: Some(CHANNELS.len() as u64),
        names: on.clone(),
        ..r.base(Observed::Count(on.len() as u64), Suggestion::Hint, false)
    }
}

fn webhook_tls(r: &Reading) -> Observation {
    let active = active_webhooks(r.got);
    let plain = select(&active, |w| {
        w.get("endpoint")
            .and_then(Value::as_str)
            .is_some_and(|e| e.trim().to_ascii_lowercase().starts_with("http://"))
    });
    let suggests = partial_if_any(&plain);
    r.counted(plain, active.len(), suggests, false)
}

fn webhook_auth(r: &Reading) -> Observation {
    let active = active_webhooks(r.got);
    let open = select(&active, |w| {
        w.get("authentication").is_none_or(Value::is_null)
    });
    r.counted(open, active.len(), Suggestion::Hint, false)
}

fn oauth_clients(r: &Reading) -> Observation {
    let all_clients: Vec<&Value> = r.got.items.iter().collect();
    let n = all_clients.len();
    r.counted(all_clients, n, Suggestion::Hint, false)
}

fn apps_installed(r: &Reading) -> Observation {
    // apps/installations: `enabled`, `settings.name`.
    let installed: Vec<&Value> = r.got.items.iter().collect();
    let enabled = select(&installed, |i| {
        i.get("enabled").and_then(flag) != Some(false)
    });
    let mut o = r.counted(enabled.clone(), installed.len(), Suggestion::Hint, false);
    o.names = limit_names(
        enabled
            .iter()
            .filter_map(|i| i.pointer("/settings/name").and_then(Value::as_str)),
    );
    o
}

fn host_mapping(r: &Reading) -> Observation {
    // brands: `host_mapping` (admins only), `active`, `is_deleted`.
    let brands: Vec<&Value> = r
        .got
        .items
        .iter()
        .filter(|b| b.get("active").and_then(flag) != Some(false))
        .filter(|b| b.get("is_deleted").and_then(flag) != Some(true))
        .collect();
    let mapped = select(&brands, |b| {
        b.get("host_mapping")
            .and_then(Value::as_str)
            .is_some_and(|h| !h.trim().is_empty())
    });
    // A value that is neither a text nor absent (a number, an object) says
    // nothing about the mapping: unknown, never "none".
    let unreadable = brands.iter().any(|b| {
        b.get("host_mapping")
            .is_some_and(|h| !h.is_null() && !h.is_string())
    });
    // Every page was read (a later page that failed stops the probe),
    // so no own domain means nothing to serve over HTTPS.
    let (suggests, direct) = if mapped.is_empty() && !unreadable {
        (Suggestion::Na, true)
    } else {
        (Suggestion::Hint, !unreadable)
    };
    let mut o = r.counted(mapped.clone(), brands.len(), suggests, direct);
    if !mapped.is_empty() {
        o.names = limit_names(
            mapped
                .iter()
                .filter_map(|b| b.get("host_mapping").and_then(Value::as_str)),
        );
    }
    o
}

fn deletion_schedules(r: &Reading) -> Observation {
    // deletion_schedules: `active`, `object` ('zen:ticket', …).
    let schedules: Vec<&Value> = r.got.items.iter().collect();
    let active = select(&schedules, |s| s.get("active").and_then(flag) == Some(true));
    let mut objects: Vec<&str> = active
        .iter()
        .filter_map(|s| s.get("object").and_then(Value::as_str))
        .map(|o| o.trim_start_matches("zen:"))
        .collect();
    objects.sort_unstable();
    objects.dedup();
    let mut o = r.counted(active.clone(), schedules.len(), Suggestion::Hint, false);
    o.names = limit_names(objects.into_iter());
    o
}

/// The password levels of team members and end users: recommended for
/// everyone who signs in with a Zendesk password is a yes; high (which
/// Zendesk rates below recommended) partial; low or medium no; a custom
/// level (team members only) cannot be judged from its name.
fn password_level(
    document: &Value,
    base: impl Fn(Observed, Suggestion, bool) -> Observation,
) -> Observation {
    let security = |pointer: &str| document.pointer(&format!("/security_settings{pointer}"));
    let side = |who: &str| {
        let uses_password =
            security(&format!("/authentication/{who}/zendesk_login")).and_then(flag) != Some(false);
        let level = security(&format!("/authentication/{who}/security_policy_name"))
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase);
        (uses_password, level)
    };
    let (agent, end_user) = (side("agent"), side("end_user"));
    if agent.1.is_none() && end_user.1.is_none() {
        return base(Observed::Word(Word::NotShown), Suggestion::Hint, false);
    }
    let rank = |level: &str| match level {
        "recommended" => Some(3),
        "high" => Some(2),
        "medium" => Some(1),
        "low" => Some(0),
        _ => None,
    };
    let judged: Vec<Option<i32>> = [&agent, &end_user]
        .iter()
        .filter(|(uses, _)| *uses)
        .map(|(_, level)| level.as_deref().and_then(rank))
        .collect();
    let suggests = if judged.is_empty() || judged.iter().any(Option::is_none) {
        Suggestion::Hint
    } else {
        match judged.iter().flatten().min() {
            Some(3) => Suggestion::Yes,
            Some(2) => Suggestion::Partial,
            _ => Suggestion::No,
        }
    };
    let mut o = base(
        Observed::Word(Word::Value(agent.1.clone().unwrap_or_else(|| "?".into()))),
        suggests,
        suggests != Suggestion::Hint,
    );
    for (key, (uses, level)) in [("agent", agent), ("end_user", end_user)] {
        let shown = if uses {
            level.unwrap_or_else(|| "?".into())
        } else {
            "sso".into()
        };
        o.facts
            .insert(key.into(), crate::sanitize::one_line(&shown));
    }
    o
}

/// Team members who show Zendesk's 2FA set up: enrolment, not
/// enforcement, so only ever a hint. `two_factor_auth_enabled` is often
/// `null`; such users are counted as not shown, never dropped. When the
/// security settings show that nobody signs in with a Zendesk password,
/// nobody can enrol and the count says nothing.
fn staff_two_factor(
    got: &Fetched,
    all: &Read,
    base: impl Fn(Observed, Suggestion, bool) -> Observation,
) -> Observation {
    let zendesk_login = all
        .get(&Endpoint::SecuritySettings)
        .filter(|s| s.status == 200)
        .and_then(|s| {
            s.document
                .pointer("/security_settings/authentication/agent/zendesk_login")
        })
        .and_then(flag);
    if zendesk_login == Some(false) {
        return base(Observed::Word(Word::SsoOnly), Suggestion::Hint, false);
    }
    let staff = active_staff(got);
    // A string "true" or "false" counts, as elsewhere (`flag`).
    let shown = |u: &&Value| u.get("two_factor_auth_enabled").and_then(flag);
    let off: Vec<&Value> = staff
        .iter()
        .copied()
        .filter(|u| shown(u) == Some(false))
        .collect();
    let on = staff.iter().filter(|u| shown(u) == Some(true)).count();
    let unknown = staff.len() - on - off.len();
    let mut o = Observation {
        total: Some(staff.len() as u64),
        names: names_of(&off),
        ..base(Observed::Count(off.len() as u64), Suggestion::Hint, false)
    };
    o.facts.insert("set_up".into(), on.to_string());
    o.facts.insert("not_shown".into(), unknown.to_string());
    o
}

/// A boolean as Zendesk sends it: `true`/`false`, or the strings
/// `"true"`/`"false"` (as in the account settings' documented example).
fn flag(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// The moment before which a sign-in or a use is [`INACTIVE_DAYS`] old,
/// counted from when the response was fetched.
fn inactive_before(got: &Fetched) -> Timestamp {
    got.fetched_at
        .checked_sub(SignedDuration::from_hours(24 * INACTIVE_DAYS))
        .unwrap_or(Timestamp::MIN)
}

/// The items `keep` accepts.
fn select<'a>(items: &[&'a Value], keep: impl Fn(&Value) -> bool) -> Vec<&'a Value> {
    items.iter().copied().filter(|v| keep(v)).collect()
}

/// Partial when any item is found wanting, else only a hint (that none is
/// does not show the whole duty met).
fn partial_if_any(found: &[&Value]) -> Suggestion {
    if found.is_empty() {
        Suggestion::Hint
    } else {
        Suggestion::Partial
    }
}

/// The channels read from `active_features`.
const CHANNELS: [&str; 4] = ["chat", "voice", "facebook", "twitter"];

/// The field each rule reads, as a JSON pointer (`*`: every item).
pub fn field_of(rule: ProbeRule) -> &'static str {
    use ProbeRule as R;
    match rule {
        R::TwoFactorEnforced => "/security_settings/authentication/agent/two_factor_enforce",
        R::PasswordLevel => "/security_settings/authentication/*/security_policy_name",
        R::SsoSignIn => "/security_settings/authentication/agent",
        R::SessionTimeout => "/security_settings/agent_session_timeout",
        R::AccountAssumption => "/security_settings/assumption_duration",
        R::IpRestrictions => "/security_settings/ip/ip_restriction_enabled",
        R::MobileAccess => "/security_settings/mobile_app_access",
        R::StaffTwoFactor => "/users/*/two_factor_auth_enabled",
        R::StaffInactive => "/users/*/last_login_at",
        R::AdminCount => "/users/*/role",
        R::CustomRoles => "/custom_roles/*/configuration",
        R::ApiTokenAccess => "/settings/api/api_token_access",
        R::OauthTokens => "/tokens/*/scopes",
        R::AttachmentPrivacy => "/settings/tickets/private_attachments",
        R::AuditLog => "/audit_logs",
        R::WebhookTls => "/webhooks/*/endpoint",
        R::WebhookAuth => "/webhooks/*/authentication",
        R::OauthClients => "/clients/*/name",
        R::AppsInstalled => "/installations/*/enabled",
        R::HostMapping => "/brands/*/host_mapping",
        R::Channels => "/settings/active_features",
        R::DeletionSchedules => "/deletion_schedules/*/object",
        R::AdminSetPasswords => "/security_settings/admins_can_set_user_passwords",
        R::EmailSenderAuth => "/settings/email/email_sender_authentication",
        R::EndUserSignIn => "/security_settings/authentication/end_user",
        R::Sandbox => "/settings/active_features/sandbox",
        R::SsoBypass => "/security_settings/authentication/agent/remote_bypass",
        R::EndUserSocialSignIn => "/security_settings/authentication/end_user",
        R::PasswordChangeNotice => "/security_settings/email_agent_when_sensitive_fields_changed",
        R::AppRestrictions => "/installations/*/role_restrictions",
        R::AppsDisabled => "/installations/*/enabled",
        R::OwnedApps => "/apps/*/deprecated",
        R::SharingAgreements => "/sharing_agreements/*/status",
        R::TicketDataOut => "/triggers/*/actions",
        R::HelpCenter => "/brands/*/help_center_state",
        R::SupportAddresses => "/recipient_addresses/*/cname_status",
        R::CardField => "/ticket_fields/*/type",
        R::AgentTicketScope => "/users/*/ticket_restriction",
        R::SettingChanges => "/audit_logs/*/source_label",
        R::AccessLog => "/access_logs",
    }
}

/// Admins and agents who are neither suspended nor inactive.
fn active_staff(got: &Fetched) -> Vec<&Value> {
    got.items
        .iter()
        .filter(|u| u.get("suspended").and_then(flag) != Some(true))
        .filter(|u| u.get("active").and_then(flag) != Some(false))
        .filter(|u| {
            matches!(
                u.get("role").and_then(Value::as_str),
                Some("admin" | "agent")
            )
        })
        .collect()
}

/// Webhooks in use: `status` "active" (webhooks API); an inactive one
/// sends nothing.
fn active_webhooks(got: &Fetched) -> Vec<&Value> {
    got.items
        .iter()
        .filter(|w| w.get("status").and_then(Value::as_str) != Some("inactive"))
        .collect()
}

/// The `name` of each item, cleaned, at most [`MAX_NAMES`].
fn names_of(items: &[&Value]) -> Vec<String> {
    limit_names(
        items
            .iter()
            .filter_map(|i| i.get("name").and_then(Value::as_str)),
    )
}

/// Names made safe to show (one line, no controls, at most 80
/// characters), at most [`MAX_NAMES`] of them.
fn limit_names<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    names
        .take(MAX_NAMES)
        .map(|n| crate::sanitize::one_line(n).chars().take(80).collect())
        .collect()
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
