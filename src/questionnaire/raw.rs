//! The questionnaire file exactly as written, with the position of every
//! value, so that validation can point at the line and column of a problem.
//!
//! These types mirror `docs/questionnaire-format.md`; unknown keys are
//! refused by serde so that a typo never silently drops a field.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// A human-readable string in every locale: `title.en = "…"`, `title.it = "…"`.
pub type RawText = BTreeMap<String, Spanned<String>>;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestionnaire {
    pub format: Spanned<i64>,
    pub id: Spanned<String>,
    pub version: Spanned<String>,
    #[serde(default)]
    pub revision: Option<Spanned<String>>,
    pub vendor: Spanned<String>,
    pub locales: Spanned<Vec<Spanned<String>>>,
    pub security_contact: Spanned<String>,
    pub title: RawText,
    #[serde(default)]
    pub general_links: Vec<Spanned<String>>,
    pub source: RawSource,
    /// `https://{instance}.example.com`: where a question's `admin_path` is.
    #[serde(default)]
    pub admin_url: Option<Spanned<String>>,
    #[serde(default, rename = "plan")]
    pub plans: Vec<RawPlan>,
    #[serde(default, rename = "link")]
    pub links: Vec<RawLink>,
    #[serde(default, rename = "section")]
    pub sections: Vec<RawSection>,
    #[serde(default, rename = "question")]
    pub questions: Vec<RawQuestion>,
    /// Days on which a fact the questions rely on ends or begins.
    #[serde(default, rename = "deadline")]
    pub deadlines: Vec<RawDeadline>,
    /// Questions taken out, and those that now ask what they asked.
    #[serde(default, rename = "retired")]
    pub retired: Vec<RawRetired>,
}

/// A day on which a fact ends or begins (an API retired, a setting
/// enforced), and the questions whose content relies on it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDeadline {
    pub id: Spanned<String>,
    /// The day, as a TOML date.
    pub day: Spanned<toml::value::Datetime>,
    #[serde(default)]
    pub questions: Vec<Spanned<String>>,
    /// What happens that day.
    pub what: RawText,
}

/// A question the questionnaire no longer asks.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRetired {
    pub id: Spanned<String>,
    /// The questions that now ask what it asked (may be empty).
    #[serde(default)]
    pub replaced_by: Vec<Spanned<String>>,
}

/// The vendor document the questionnaire is drawn from.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub url: Spanned<String>,
    pub title: RawText,
}

/// A link declared once and referenced by id.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLink {
    pub id: Spanned<String>,
    pub url: Spanned<String>,
    /// The same page in other locales, by locale code.
    #[serde(default)]
    pub urls: RawText,
    /// The page exists in `url`'s language only.
    #[serde(default)]
    pub untranslated: bool,
    /// `"unconfirmed"`: whether the page exists in other languages is not
    /// known.
    #[serde(default)]
    pub translation: Option<Spanned<String>>,
    /// The day the link was last checked against the page (a TOML date).
    #[serde(default)]
    pub checked: Option<Spanned<toml::value::Datetime>>,
    pub title: RawText,
}

/// A plan (edition, tier) some settings need.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlan {
    pub id: Spanned<String>,
    pub title: RawText,
}

/// A section of the vendor's model.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    pub id: Spanned<String>,
    pub number: Spanned<String>,
    pub title: RawText,
    pub why: RawText,
    #[serde(default)]
    pub links: Vec<Spanned<String>>,
    #[serde(default, rename = "vendor")]
    pub vendor_items: Vec<RawVendorItem>,
}

/// One thing the vendor does on its side of a section.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVendorItem {
    #[serde(rename = "ref")]
    pub reference: Spanned<String>,
    pub text: RawText,
}

/// One question put to the subscriber.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: Spanned<String>,
    pub section: Spanned<String>,
    #[serde(rename = "ref")]
    pub reference: Spanned<String>,
    pub severity: Spanned<String>,
    /// Which party carries the control (`subscriber` or `shared`).
    pub owner: Spanned<String>,
    #[serde(default)]
    pub links: Vec<Spanned<String>>,
    /// Plans the question's setting needs (any one of them).
    #[serde(default)]
    pub plans: Vec<Spanned<String>>,
    /// Where the setting is, under the questionnaire's `admin_url`.
    #[serde(default)]
    pub admin_path: Option<Spanned<String>>,
    /// How often its evidence must be renewed (`90d`, `12w`, `6m`, `1y`).
    #[serde(default)]
    pub review_every: Option<Spanned<String>>,
    /// What is missing when the answer is a gap, stated as a finding
    /// ("API tokens without a known owner"); the reports head gaps with it.
    #[serde(default)]
    pub finding: RawText,
    /// The probe rules that can inform it (`staff-two-factor`, …).
    #[serde(default)]
    pub probe: Vec<Spanned<String>>,
    /// Its mappings to framework controls.
    #[serde(default)]
    pub controls: Option<RawControls>,
    pub text: RawText,
    pub help: RawText,
    pub remedy: RawText,
}

/// A question's mappings: `controls.nist-sp-800-53-r5 = ["ac-2"]`, the
/// ISO/IEC 27001:2022 and SOC 2 ids, and for 800-53 the relationship and
/// a rationale.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawControls {
    #[serde(default, rename = "nist-sp-800-53-r5")]
    pub nist: Vec<Spanned<String>>,
    #[serde(default, rename = "iso-27001-2022")]
    pub iso: Vec<Spanned<String>>,
    #[serde(default, rename = "soc2-2017")]
    pub soc2: Vec<Spanned<String>>,
    #[serde(default)]
    pub relationship: Option<Spanned<String>>,
    #[serde(default)]
    pub rationale: Option<Spanned<String>>,
}
