//! What changed in the account's settings, when and by whom: the audit
//! log's `account_setting` entries (`created_at`, `actor_name`,
//! `source_label`, `change_description`) since the last probe, shown on
//! `monitoring.audit-log` and on each question whose rules read the
//! setting a change names.

use jiff::Timestamp;
use serde_json::Value;

use super::{Read, Reading, limit_names};
use crate::assessment::{Observation, Observed, Suggestion};
use crate::probe::Endpoint;
use crate::questionnaire::ProbeRule as R;

use crate::assessment::observations::CHANGED_BY as BY;

/// How far back a first probe looks for setting changes (days).
pub const FIRST_LOOK_DAYS: i64 = 30;

/// Words of a setting's label, and the rules that read that setting. The
/// labels are the names Admin Center gives settings, which Zendesk does
/// not list: a change no word matches is shown on the audit-log question
/// alone.
const TOUCHES: [(&str, &[R]); 22] = [
    ("two-factor", &[R::TwoFactorEnforced]),
    ("two factor", &[R::TwoFactorEnforced]),
    ("2fa", &[R::TwoFactorEnforced]),
    (
        "password",
        &[
            R::PasswordLevel,
            R::AdminSetPasswords,
            R::PasswordChangeNotice,
        ],
    ),
    ("single sign-on", &[R::SsoSignIn, R::SsoBypass]),
    ("sso", &[R::SsoSignIn, R::SsoBypass]),
    ("saml", &[R::SsoSignIn, R::SsoBypass]),
    ("jwt", &[R::SsoSignIn, R::SsoBypass]),
    ("remote auth", &[R::SsoSignIn, R::SsoBypass]),
    ("session", &[R::SessionTimeout]),
    ("assum", &[R::AccountAssumption]),
    ("ip restriction", &[R::IpRestrictions]),
    ("ip range", &[R::IpRestrictions]),
    ("mobile", &[R::MobileAccess]),
    ("api token", &[R::ApiTokenAccess]),
    ("token access", &[R::ApiTokenAccess]),
    ("attachment", &[R::AttachmentPrivacy]),
    ("sender authentication", &[R::EmailSenderAuth]),
    ("sandbox", &[R::Sandbox]),
    ("social", &[R::EndUserSocialSignIn]),
    ("end user", &[R::EndUserSignIn, R::EndUserSocialSignIn]),
    ("host mapping", &[R::HostMapping]),
];

/// Keeps, of the setting changes read, those made after `since` (the
/// previous probe; a first probe looks [`FIRST_LOOK_DAYS`] back from the
/// read) as the list the rule reads, noting `since` beside them.
pub fn keep_since(read: &mut Read, since: Option<Timestamp>) {
    let Some(got) = read.get_mut(&Endpoint::SettingChanges) else {
        return;
    };
    let since = since.unwrap_or_else(|| {
        got.fetched_at
            .checked_sub(jiff::SignedDuration::from_hours(24 * FIRST_LOOK_DAYS))
            .unwrap_or(Timestamp::MIN)
    });
    let entries = match got.document.get_mut("audit_logs").map(Value::take) {
        Some(Value::Array(entries)) => entries,
        _ => Vec::new(),
    };
    got.items = entries
        .into_iter()
        .filter(|e| at(e).is_some_and(|t| t > since))
        .collect();
    got.document = Value::Null;
    got.since = Some(since);
}

/// When an entry was made.
fn at(entry: &Value) -> Option<Timestamp> {
    entry
        .get("created_at")
        .and_then(Value::as_str)
        .and_then(|t| t.parse().ok())
}

/// The rules a change touches, by the words of its label.
fn touched(entry: &Value) -> Vec<R> {
    let label = entry
        .get("source_label")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_lowercase();
    TOUCHES
        .iter()
        .filter(|(word, _)| label.contains(word))
        .flat_map(|(_, rules)| rules.iter().copied())
        .collect()
}

/// One change in a line: what, how and when; and who made it, apart (a
/// person's name stays out of shareable reports). A part a recording
/// left out (`[removed]`) or Zendesk did not send is left out here too.
fn line(entry: &Value) -> (String, Option<String>) {
    let text = |key: &str| {
        entry
            .get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty() && *t != "[removed]")
    };
    let label = text("source_label").unwrap_or("a setting");
    let what = match text("change_description") {
        Some(how) => format!("{label}: {how}"),
        None => label.to_string(),
    };
    let day = at(entry).map_or_else(String::new, |t| t.strftime("%Y-%m-%d").to_string());
    (
        format!("{what} ({day})"),
        text("actor_name").map(str::to_string),
    )
}

/// The observation of `changes`.
fn observation(r: &Reading, changes: &[&Value]) -> Observation {
    let mut o = r.base(
        Observed::Count(changes.len() as u64),
        Suggestion::Hint,
        false,
    );
    let lines: Vec<(String, Option<String>)> = changes.iter().map(|e| line(e)).collect();
    o.names = limit_names(lines.iter().map(|(l, _)| l.as_str()));
    for (i, (_, actor)) in lines.iter().enumerate().take(o.names.len()) {
        if let Some(actor) = actor {
            let actor: String = crate::sanitize::one_line(actor).chars().take(80).collect();
            o.facts.insert(format!("{BY}{i}"), actor);
        }
    }
    if let Some(since) = r.got.since {
        o.facts
            .insert("since".into(), since.strftime("%Y-%m-%d").to_string());
    }
    o
}

/// Every setting change since the last probe (the audit-log question).
pub(super) fn setting_changes(r: &Reading) -> Observation {
    let all: Vec<&Value> = r.got.items.iter().collect();
    observation(r, &all)
}

/// The changes that touch one of `rules`, for a question that reads those
/// settings; `None` when none does (or the audit log was not read).
pub(super) fn touching(r: &Reading, rules: &[R]) -> Option<Observation> {
    if r.got.status != 200 {
        return None;
    }
    let changes: Vec<&Value> = r
        .got
        .items
        .iter()
        .filter(|e| touched(e).iter().any(|t| rules.contains(t)))
        .collect();
    (!changes.is_empty()).then(|| observation(r, &changes))
}
