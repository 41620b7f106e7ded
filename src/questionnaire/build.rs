//! Turns a validated raw file into the [`Questionnaire`] model.

use std::collections::HashMap;

use super::Period;
use super::raw::{RawLink, RawQuestion, RawQuestionnaire, RawSection, RawText};
use super::{Deadline, Retired};

use super::{
    Link, List, Plan, ProbeRule, Question, Questionnaire, Responsibility, Section, Severity,
    Source, Str, Text, VendorItem,
};

/// Builds the model. `raw` must have passed `validate::check`, which
/// guarantees that every reference resolves and every enum word is known.
pub(super) fn build(raw: RawQuestionnaire) -> Questionnaire {
    let texts = Texts {
        locales: raw
            .locales
            .into_inner()
            .into_iter()
            .map(|s| s.into_inner())
            .collect(),
    };
    let section_pos: HashMap<String, usize> = raw
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.get_ref().clone(), i))
        .collect();
    let mut questions: Vec<Question> = raw
        .questions
        .into_iter()
        .map(|q| question(q, &section_pos, &texts))
        .collect();
    // Group by section, and inside each section in the order of the
    // source's references (I.1, I.1, I.2, …, I.10), whatever order they
    // were added in; questions with the same reference keep the file's.
    questions.sort_by(|a, b| {
        a.section
            .cmp(&b.section)
            .then_with(|| reference_key(&a.reference).cmp(&reference_key(&b.reference)))
    });
    let sections = sections(raw.sections, &questions, &texts);
    let links: Vec<Link> = raw.links.into_iter().map(|l| link(l, &texts)).collect();
    let plans = raw
        .plans
        .into_iter()
        .map(|p| Plan {
            id: p.id.into_inner().into(),
            title: texts.text(p.title),
        })
        .collect();
    Questionnaire {
        id: raw.id.into_inner().into(),
        version: raw.version.into_inner().into(),
        revision: raw.revision.map(|r| r.into_inner().into()),
        vendor: raw.vendor.into_inner().into(),
        title: texts.text(raw.title),
        source: Source {
            title: texts.text(raw.source.title),
            url: raw.source.url.into_inner().into(),
        },
        security_contact: raw.security_contact.into_inner().into(),
        admin_url: raw.admin_url.map(|u| u.into_inner().into()),
        plans,
        links: links.into(),
        general_links: raw
            .general_links
            .into_iter()
            .map(|l| l.into_inner().into())
            .collect(),
        sections: sections.into(),
        questions: questions.into(),
        deadlines: deadlines(raw.deadlines, &texts),
        retired: retired(raw.retired),
        index: List::default(),
        link_index: List::default(),
        locales: texts.locales.iter().cloned().map(Str::from).collect(),
    }
    .indexed()
}

fn deadlines(raw: Vec<super::raw::RawDeadline>, texts: &Texts) -> List<Deadline> {
    raw.into_iter()
        .filter_map(|d| {
            Some(Deadline {
                day: day(d.day.get_ref())?,
                id: d.id.into_inner().into(),
                questions: d
                    .questions
                    .into_iter()
                    .map(|q| q.into_inner().into())
                    .collect(),
                what: texts.text(d.what),
            })
        })
        .collect()
}

fn retired(raw: Vec<super::raw::RawRetired>) -> List<Retired> {
    raw.into_iter()
        .map(|r| Retired {
            id: r.id.into_inner().into(),
            replaced_by: r
                .replaced_by
                .into_iter()
                .map(|q| q.into_inner().into())
                .collect(),
        })
        .collect()
}

/// The questionnaire's languages, which every text is built in.
struct Texts {
    locales: Vec<String>,
}

impl Texts {
    /// A text in every declared language (empty where one is missing),
    /// in Unicode's composed form.
    fn text(&self, t: RawText) -> Text {
        Text::new(
            self.locales
                .iter()
                .map(|code| {
                    (
                        code.clone(),
                        t.get(code)
                            .map(|v| crate::sanitize::nfc(v.get_ref()))
                            .unwrap_or_default(),
                    )
                })
                .collect(),
        )
    }
}

fn question(q: RawQuestion, section_pos: &HashMap<String, usize>, texts: &Texts) -> Question {
    let question_text = texts.text(q.text);
    let severity = Severity::parse(q.severity.get_ref()).unwrap_or(Severity::High);
    Question {
        section: section_pos.get(q.section.get_ref()).copied().unwrap_or(0),
        id: q.id.into_inner().into(),
        reference: q.reference.into_inner().into(),
        fingerprint: super::fingerprint_of(&question_text).into(),
        text: question_text,
        finding: (!q.finding.is_empty()).then(|| texts.text(q.finding)),
        help: texts.text(q.help),
        remedy: texts.text(q.remedy),
        review_every: q
            .review_every
            .as_ref()
            .and_then(|p| Period::parse(p.get_ref()))
            .unwrap_or_else(|| Period::for_severity(severity)),
        severity,
        responsibility: Responsibility::parse(q.owner.get_ref())
            .unwrap_or(Responsibility::Subscriber),
        links: q.links.into_iter().map(|l| l.into_inner().into()).collect(),
        plans: q.plans.into_iter().map(|p| p.into_inner().into()).collect(),
        admin_path: q.admin_path.map(|p| p.into_inner().into()),
        probe: q
            .probe
            .iter()
            .filter_map(|r| ProbeRule::parse(r.get_ref()))
            .collect(),
        controls: q.controls.map(controls).unwrap_or_default(),
    }
}

/// A question's mappings, as validated.
fn controls(c: super::raw::RawControls) -> super::Controls {
    let ids =
        |v: Vec<toml::Spanned<String>>| v.into_iter().map(|i| i.into_inner().into()).collect();
    super::Controls {
        nist: ids(c.nist),
        iso: ids(c.iso),
        soc2: ids(c.soc2),
        relationship: c
            .relationship
            .and_then(|r| super::Relationship::parse(r.get_ref())),
        rationale: c
            .rationale
            .map(|r| r.into_inner())
            .unwrap_or_default()
            .into(),
    }
}

/// The sections, each with the range of its questions (`questions` are
/// grouped by section already).
/// A reference as it sorts: each dot-separated part by its leading number
/// (Arabic, or a whole Roman numeral), then the rest of it, numbers before
/// words ("IV.12" → 4, 12; "I.1a" after "I.1", before "I.2").
fn reference_key(reference: &str) -> Vec<(bool, u64, String)> {
    reference
        .split('.')
        .map(|part| {
            let part = part.trim();
            if let Some(n) = roman(part) {
                return (false, n, String::new());
            }
            let digits = part.len() - part.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            match part[..digits].parse::<u64>() {
                Ok(n) => (false, n, part[digits..].to_string()),
                Err(_) => (true, 0, part.to_string()),
            }
        })
        .collect()
}

/// The value of a Roman numeral in capitals (I to about XXXIX, as section
/// numbers go), `None` for anything else.
fn roman(text: &str) -> Option<u64> {
    if text.is_empty() {
        return None;
    }
    let value = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        _ => None,
    };
    let digits: Vec<u64> = text.chars().map(value).collect::<Option<_>>()?;
    let mut total: i64 = 0;
    for (i, d) in digits.iter().enumerate() {
        match digits.get(i + 1) {
            Some(next) if next > d => total -= *d as i64,
            _ => total += *d as i64,
        }
    }
    u64::try_from(total).ok().filter(|t| *t > 0)
}

fn sections(raw: Vec<RawSection>, questions: &[Question], texts: &Texts) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::with_capacity(raw.len());
    let mut start = 0;
    for (i, s) in raw.into_iter().enumerate() {
        let end = start
            + questions[start..]
                .iter()
                .take_while(|q| q.section == i)
                .count();
        sections.push(Section {
            id: s.id.into_inner().into(),
            number: s.number.into_inner().into(),
            title: texts.text(s.title),
            why: texts.text(s.why),
            vendor_items: s
                .vendor_items
                .into_iter()
                .map(|v| VendorItem {
                    reference: v.reference.into_inner().into(),
                    text: texts.text(v.text),
                })
                .collect(),
            links: s.links.into_iter().map(|l| l.into_inner().into()).collect(),
            questions: start..end,
        });
        start = end;
    }
    sections
}

fn link(l: RawLink, texts: &Texts) -> Link {
    Link {
        id: l.id.into_inner().into(),
        url: l.url.into_inner().into(),
        urls: l
            .urls
            .into_iter()
            .map(|(code, url)| (code.into(), url.into_inner().into()))
            .collect(),
        untranslated: l.untranslated,
        translation_unconfirmed: l.translation.is_some(),
        checked: l.checked.and_then(|d| day(d.get_ref())),
        title: texts.text(l.title),
    }
}

/// A TOML date as a civil date (validation refused anything else).
pub(super) fn day(value: &toml::value::Datetime) -> Option<jiff::civil::Date> {
    let d = value.date?;
    jiff::civil::Date::new(
        i16::try_from(d.year).ok()?,
        i8::try_from(d.month).ok()?,
        i8::try_from(d.day).ok()?,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_sort_by_their_numbers() {
        let mut refs = vec!["I.10", "I.2", "IV.1", "I.1", "II.3", "I.1a", "X", "I.1"];
        refs.sort_by_key(|r| reference_key(r));
        assert_eq!(
            refs,
            ["I.1", "I.1", "I.1a", "I.2", "I.10", "II.3", "IV.1", "X"]
        );
        assert_eq!(roman("XIV"), Some(14));
        assert_eq!(roman("IX"), Some(9));
        assert_eq!(roman("Data"), None);
    }
}
