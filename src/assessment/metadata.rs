//! Who and what an assessment is about: organization, instance (as the
//! user means it), assessor, break-glass accounts; and their checks.

use serde::{Deserialize, Serialize};

/// The vendor instance as the user means it: `acme`, `acme.zendesk.com`,
/// `https://acme.zendesk.com/` and `ACME` are the same instance, `acme`
/// (a scheme, a path and a trailing dot go; a Zendesk host becomes its
/// subdomain; another host is kept as a host).
pub fn normalize_instance(text: &str) -> String {
    // Each step can expose what an earlier one removes (`0\r#` → `0\r`):
    // repeat until nothing changes, so that normalising twice is a no-op.
    // Every step shortens the text or leaves it alone, so this ends; the
    // bound is a second guarantee.
    let mut current = normalize_instance_once(text);
    for _ in 0..16 {
        let next = normalize_instance_once(&current);
        if next == current {
            break;
        }
        current = next;
    }
    current
}

fn normalize_instance_once(text: &str) -> String {
    let mut host = text.trim().to_lowercase();
    for scheme in ["https://", "http://"] {
        if let Some(rest) = host.strip_prefix(scheme) {
            host = rest.to_string();
        }
    }
    if let Some(end) = host.find(['/', '?', '#']) {
        host.truncate(end);
    }
    let host = host.trim().trim_end_matches('.');
    host.strip_suffix(".zendesk.com")
        .unwrap_or(host)
        .trim()
        .to_string()
}

/// Who assessed what.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// The organization assessed.
    #[serde(default)]
    pub organization: String,
    /// The vendor instance, e.g. the Zendesk subdomain.
    #[serde(default)]
    pub instance: String,
    /// Who answered.
    #[serde(default)]
    pub assessor: String,
    /// Accounts the probe's user checks leave out (break-glass accounts,
    /// a vendor's shared login), each with the reason: reports list them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub break_glass: Vec<BreakGlass>,
}

/// An account the probe's user checks leave out, and why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BreakGlass {
    /// The account's email address, as Zendesk lists it.
    pub account: String,
    /// Why it is left out ("emergency administrator, sealed credentials").
    pub reason: String,
}

/// A field of [`Metadata`], to say which one a refusal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetadataField {
    /// The organization assessed.
    Organization,
    /// The vendor instance.
    Instance,
    /// Who answered.
    Assessor,
}

/// Why details were refused: the field hides this character (a
/// bidirectional control, a zero-width joiner) that changes how it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MetadataRefusal {
    /// The field.
    pub field: MetadataField,
    /// The character.
    pub hidden: char,
}

impl Metadata {
    /// The one rule for an assessment's details, at creation (`new`, the
    /// start screen) and after (`set`, the details form): each field
    /// given replaces the current one, trimmed, the instance in its plain
    /// form ([`normalize_instance`]); a field hiding a character once
    /// trimmed is refused and nothing changes. Trimmed first, as owners,
    /// acceptances and evidence are: what a front end trims or not then
    /// makes no difference.
    pub fn with(
        &self,
        organization: Option<&str>,
        instance: Option<&str>,
        assessor: Option<&str>,
    ) -> Result<Metadata, MetadataRefusal> {
        let [organization, instance, assessor] =
            [organization, instance, assessor].map(|t| t.map(str::trim));
        for (field, text) in [
            (MetadataField::Organization, organization),
            (MetadataField::Instance, instance),
            (MetadataField::Assessor, assessor),
        ] {
            if let Some(hidden) = text.and_then(crate::sanitize::hidden_char) {
                return Err(MetadataRefusal { field, hidden });
            }
        }
        Ok(Metadata {
            organization: organization.map_or_else(|| self.organization.clone(), str::to_string),
            instance: instance.map_or_else(|| self.instance.clone(), normalize_instance),
            assessor: assessor.map_or_else(|| self.assessor.clone(), str::to_string),
            break_glass: self.break_glass.clone(),
        })
    }
}

#[cfg(test)]
mod instance_tests {
    use super::normalize_instance;

    #[test]
    fn an_instance_is_what_the_user_means() {
        for typed in [
            "acme",
            "ACME",
            "acme.zendesk.com",
            "https://acme.zendesk.com/",
            "https://acme.zendesk.com/admin/home",
            " http://Acme.Zendesk.com. ",
        ] {
            assert_eq!(normalize_instance(typed), "acme", "{typed}");
        }
        assert_eq!(
            normalize_instance("support.example.com"),
            "support.example.com"
        );
        assert_eq!(normalize_instance(""), "");
        // Idempotent, whatever is typed.
        for typed in ["0\r#", " a. /x", "https:// b .zendesk.com", "c.\t?q"] {
            let once = normalize_instance(typed);
            assert_eq!(normalize_instance(&once), once, "{typed:?}");
        }
    }
}
