//! The credential shapes found by regular expression (after the published
//! gitleaks rules), compiled once.

use std::sync::LazyLock;

use regex::Regex;

use super::{Finding, Kind};

/// Providers' credential shapes, after gitleaks' rules: the kind, and the
/// expression (its first group, when it has one, is what to hide).
pub(super) const SHAPES: &[(Kind, &str)] = &[
    (
        Kind::UrlPassword,
        r"(?i)\b[a-z][a-z0-9+.-]{1,20}://[^\s:/?#@]{1,128}:([^\s/?#@]{1,256})@",
    ),
    // Zendesk's `EMAIL/token:TOKEN` (basic authentication with an API
    // token), whatever the token's length.
    (
        Kind::ZendeskToken,
        r"[^\s@/:]{1,64}@[^\s@/:]{1,255}/token:([A-Za-z0-9+/=_-]{6,256})",
    ),
    (
        Kind::Webhook,
        r"(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{20,80}",
    ),
    (
        Kind::Webhook,
        r"https://[a-z0-9.-]{1,64}\.webhook\.office\.com/webhookb2/[A-Za-z0-9@/._-]{20,400}",
    ),
    (
        Kind::Webhook,
        r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{5,30}/[A-Za-z0-9_-]{20,100}",
    ),
    (Kind::SlackToken, r"\bxox[abeoprs]-[0-9A-Za-z-]{10,250}"),
    (
        Kind::SlackToken,
        r"\bxapp-[0-9]-[A-Z0-9]{1,20}-[0-9]{1,20}-[a-z0-9]{10,100}",
    ),
    (
        Kind::Service("GitLab"),
        r"\bgl(?:pat|dt|rt|ft|ffct|soat|oas|imt|agent|cbt|ptt)-[A-Za-z0-9_.-]{20,300}",
    ),
    (Kind::Service("GitLab"), r"\bGR1348941[A-Za-z0-9_-]{20}"),
    (Kind::Service("npm"), r"(?i)\bnpm_[a-z0-9]{36}\b"),
    (
        Kind::Service("PyPI"),
        r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}",
    ),
    (
        Kind::Service("OpenAI"),
        r"\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,300}",
    ),
    (
        Kind::Service("OpenAI"),
        r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b",
    ),
    (Kind::Service("OpenAI"), r"\bsk-[A-Za-z0-9]{48}\b"),
    (
        Kind::Service("Anthropic"),
        r"\bsk-ant-(?:api|admin|oat)[0-9]{2}-[A-Za-z0-9_-]{20,200}",
    ),
    (
        Kind::Service("SendGrid"),
        r"\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}",
    ),
    (Kind::Service("Twilio"), r"\bSK[0-9a-fA-F]{32}\b"),
    (Kind::Service("Mailgun"), r"\bkey-[0-9a-f]{32}\b"),
    (
        Kind::Service("Shopify"),
        r"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b",
    ),
    (
        Kind::Service("Atlassian"),
        r"\bATATT3[A-Za-z0-9_=-]{100,300}",
    ),
    (
        Kind::Service("Azure"),
        r"(?:^|[\s'\x60=:(,>])([a-zA-Z0-9_~.]{3}[0-9]Q~[a-zA-Z0-9_~.-]{31,34})(?:$|[\s'\x60<),])",
    ),
    (
        Kind::Service("Azure"),
        r"(?i)AccountKey=([A-Za-z0-9+/]{80,100}={0,2})",
    ),
    (Kind::Service("Hugging Face"), r"\bhf_[A-Za-z]{34}\b"),
    (
        Kind::Service("DigitalOcean"),
        r"\bdo[opr]_v1_[a-f0-9]{64}\b",
    ),
    (Kind::Service("Linear"), r"\blin_api_[A-Za-z0-9]{40}\b"),
    (
        Kind::Service("Postman"),
        r"\bPMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}\b",
    ),
    (Kind::Service("Doppler"), r"\bdp\.pt\.[A-Za-z0-9]{43}\b"),
    (Kind::Service("Vault"), r"\bhv[sb]\.[A-Za-z0-9_-]{24,300}"),
    (
        Kind::Service("Terraform Cloud"),
        r"\b[a-z0-9]{14}\.atlasv1\.[a-z0-9_=-]{60,70}",
    ),
    (
        Kind::Service("Grafana"),
        r"\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b",
    ),
    (
        Kind::Service("Grafana"),
        r"\bglc_[A-Za-z0-9+/]{32,400}={0,3}",
    ),
    (Kind::Service("Databricks"), r"\bdapi[a-f0-9]{32}\b"),
    (
        Kind::Service("Square"),
        r"\bsq0(?:atp|csp)-[A-Za-z0-9_-]{22,60}",
    ),
    (Kind::Service("Docker"), r"\bdckr_pat_[A-Za-z0-9_-]{20,100}"),
    (
        Kind::Service("Telegram"),
        r"\b[0-9]{8,10}:AA[A-Za-z0-9_-]{33}\b",
    ),
    (Kind::Service("age"), r"\bAGE-SECRET-KEY-1[0-9A-Z]{58}\b"),
    (
        Kind::Service("1Password"),
        r"\bops_eyJ[A-Za-z0-9+/]{100,}={0,3}",
    ),
    (Kind::Service("Heroku"), r"\bHRKU-AA[0-9a-zA-Z_-]{58}"),
    (Kind::Service("Google OAuth"), r"\bGOCSPX-[A-Za-z0-9_-]{28}"),
    (
        Kind::Service("Google OAuth"),
        r"\bya29\.[A-Za-z0-9_-]{20,500}",
    ),
    (
        Kind::StripeKey,
        r"\b(?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99}\b",
    ),
    (Kind::StripeKey, r"\bwhsec_[a-zA-Z0-9]{24,64}\b"),
];

/// [`SHAPES`], compiled once.
pub(super) static COMPILED: LazyLock<Vec<(Kind, Regex)>> = LazyLock::new(|| {
    SHAPES
        .iter()
        .filter_map(|(kind, pattern)| Regex::new(pattern).ok().map(|re| (*kind, re)))
        .collect()
});

/// Every match of the providers' shapes.
pub(super) fn shape_findings(text: &str, found: &mut Vec<Finding>) {
    for (kind, re) in COMPILED.iter() {
        for caps in re.captures_iter(text) {
            let Some(m) = caps.get(1).or_else(|| caps.get(0)) else {
                continue;
            };
            let value = m.as_str();
            let placeholder = value.chars().all(|c| matches!(c, '*' | 'x' | 'X' | '.'))
                || value.starts_with('<')
                || value.starts_with('$');
            if !placeholder {
                found.push(Finding {
                    kind: *kind,
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
    }
}
