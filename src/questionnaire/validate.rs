//! Checks a questionnaire file and reports every problem at once, each at
//! its line and column and with the id of the item it concerns.

use std::collections::{HashMap, HashSet};

use toml::Spanned;

pub use super::problems::{Problem, QuestionnaireError};
use super::raw::{RawQuestionnaire, RawText};
use super::{ProbeRule, Responsibility, Severity};
use crate::position::Position;

/// The only questionnaire format this build reads.
pub const FORMAT: i64 = 1;

/// Runs every semantic check on a parsed file.
pub(super) fn check(
    raw: &RawQuestionnaire,
    source: &str,
    name: &str,
) -> Result<(), QuestionnaireError> {
    let mut c = Checker {
        source,
        problems: Vec::new(),
        locales: Vec::new(),
    };
    c.header(raw);
    let plan_ids = c.plans(raw);
    let link_ids = c.links(raw);
    c.link_refs(&raw.general_links, &link_ids, "general_links");
    let section_ids = c.sections(raw, &link_ids);
    c.questions(raw, &link_ids, &section_ids);
    c.question_settings(raw, &plan_ids);
    if c.problems.is_empty() {
        return Ok(());
    }
    c.problems
        .sort_by_key(|p| (p.position.line, p.position.column));
    Err(QuestionnaireError {
        file: name.to_string(),
        problems: c.problems,
    })
}

/// Whether `id` is a valid item id: lowercase ASCII letters and digits,
/// with single `.`, `-` or `_` between them.
pub fn is_valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    alnum(first)
        && alnum(last)
        && bytes
            .iter()
            .all(|&b| alnum(b) || matches!(b, b'.' | b'-' | b'_'))
        && !bytes.windows(2).any(|w| !alnum(w[0]) && !alnum(w[1]))
}

/// Whether a locale code is two or three lowercase ASCII letters.
fn is_valid_locale(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Collects problems while walking the raw file.
struct Checker<'a> {
    source: &'a str,
    problems: Vec<Problem>,
    locales: Vec<String>,
}

impl Checker<'_> {
    fn report<T>(&mut self, at: &Spanned<T>, item: Option<&str>, message: String) {
        self.problems.push(Problem {
            position: Position::at(self.source, at.span().start),
            item: item.map(str::to_string),
            message,
        });
    }

    fn header(&mut self, raw: &RawQuestionnaire) {
        if *raw.format.get_ref() != FORMAT {
            let msg = crate::messages::q_format(
                crate::messages::current_lang(),
                *raw.format.get_ref(),
                FORMAT,
            );
            self.report(&raw.format, None, msg);
        }
        if !is_valid_id(raw.id.get_ref()) {
            self.report(
                &raw.id,
                None,
                bad_id_message("questionnaire", raw.id.get_ref()),
            );
        }
        for (field, value) in [
            ("version", &raw.version),
            ("vendor", &raw.vendor),
            ("security_contact", &raw.security_contact),
        ] {
            if value.get_ref().trim().is_empty() {
                self.report(
                    value,
                    None,
                    crate::messages::q_empty(crate::messages::current_lang(), field),
                );
            }
        }
        let contact = raw.security_contact.get_ref();
        if !contact.trim().is_empty() && !contact.contains('@') && !contact.starts_with("https://")
        {
            let msg = crate::messages::q_contact(crate::messages::current_lang(), contact);
            self.report(&raw.security_contact, None, msg);
        }
        self.locales(raw);
        self.text(&raw.title, &raw.id, "questionnaire", "title");
        self.url(&raw.source.url, Some("source"));
        self.text(&raw.source.title, &raw.source.url, "source", "title");
    }

    fn locales(&mut self, raw: &RawQuestionnaire) {
        if raw.locales.get_ref().is_empty() {
            self.report(
                &raw.locales,
                None,
                crate::messages::q_no_locales(crate::messages::current_lang()),
            );
        }
        let mut seen = HashSet::new();
        for code in raw.locales.get_ref() {
            if !is_valid_locale(code.get_ref()) {
                let msg =
                    crate::messages::q_bad_locale(crate::messages::current_lang(), code.get_ref());
                self.report(code, None, msg);
            } else if !seen.insert(code.get_ref().clone()) {
                self.report(
                    code,
                    None,
                    crate::messages::q_locale_twice(
                        crate::messages::current_lang(),
                        code.get_ref(),
                    ),
                );
            } else {
                self.locales.push(code.get_ref().clone());
            }
        }
    }

    /// Checks that `text` has a non-empty string in every declared locale and
    /// no other. `anchor` locates the item when the text has no value at all.
    fn text<T>(&mut self, text: &RawText, anchor: &Spanned<T>, item: &str, field: &str) {
        let Some(first) = text.values().next() else {
            self.report(
                anchor,
                Some(item),
                crate::messages::q_no_text(crate::messages::current_lang(), field),
            );
            return;
        };
        for code in self.locales.clone() {
            match text.get(&code) {
                None => self.report(
                    first,
                    Some(item),
                    crate::messages::q_missing_translation(
                        crate::messages::current_lang(),
                        field,
                        &code,
                    ),
                ),
                Some(value) if value.get_ref().trim().is_empty() => {
                    let field = format!("{field}.{code}");
                    self.report(
                        value,
                        Some(item),
                        crate::messages::q_empty(crate::messages::current_lang(), &field),
                    );
                }
                Some(_) => {}
            }
        }
        for (code, value) in text {
            if !self.locales.contains(code) {
                let msg = crate::messages::q_undeclared_locale(
                    crate::messages::current_lang(),
                    field,
                    code,
                );
                self.report(value, Some(item), msg);
            }
        }
    }

    fn url(&mut self, url: &Spanned<String>, item: Option<&str>) {
        let u = url.get_ref();
        let rest = u.strip_prefix("https://").unwrap_or("");
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty() || u.chars().any(|c| c.is_whitespace() || c.is_control()) {
            let msg = crate::messages::q_bad_url(crate::messages::current_lang(), u);
            self.report(url, item, msg);
        }
    }

    /// Checks the link table and returns the ids declared.
    fn links(&mut self, raw: &RawQuestionnaire) -> HashSet<String> {
        let mut ids = HashSet::new();
        for link in &raw.links {
            let item = format!("link {:?}", link.id.get_ref());
            self.id(&link.id, "link", &mut ids);
            self.url(&link.url, Some(&item));
            self.text(&link.title, &link.id, &item, "title");
            for (code, url) in &link.urls {
                if !self.locales.contains(code) {
                    let msg = crate::messages::q_undeclared_locale(
                        crate::messages::current_lang(),
                        "urls",
                        code,
                    );
                    self.report(url, Some(&item), msg);
                }
                self.url(url, Some(&item));
            }
            if link.untranslated && !link.urls.is_empty() {
                let msg =
                    crate::messages::q_untranslated_with_urls(crate::messages::current_lang());
                self.report(&link.id, Some(&item), msg);
            }
            if let Some(translation) = &link.translation {
                if translation.get_ref() != "unconfirmed" {
                    let msg = crate::messages::q_bad_translation(
                        crate::messages::current_lang(),
                        translation.get_ref(),
                    );
                    self.report(translation, Some(&item), msg);
                } else if link.untranslated || !link.urls.is_empty() {
                    let msg =
                        crate::messages::q_translation_with_urls(crate::messages::current_lang());
                    self.report(translation, Some(&item), msg);
                }
            }
        }
        ids
    }

    /// Checks the plans and the admin URL; returns the plan ids.
    fn plans(&mut self, raw: &RawQuestionnaire) -> HashSet<String> {
        let mut ids = HashSet::new();
        for plan in &raw.plans {
            let item = format!("plan {:?}", plan.id.get_ref());
            self.id(&plan.id, "plan", &mut ids);
            self.text(&plan.title, &plan.id, &item, "title");
        }
        if let Some(url) = &raw.admin_url {
            self.url(url, Some("admin_url"));
            if url.get_ref().matches("{instance}").count() != 1 {
                self.report(
                    url,
                    None,
                    crate::messages::q_admin_url(crate::messages::current_lang(), url.get_ref()),
                );
            }
        }
        ids
    }

    /// Checks each question's plans and admin path.
    fn question_settings(&mut self, raw: &RawQuestionnaire, plans: &HashSet<String>) {
        for q in &raw.questions {
            let item = format!("question {:?}", q.id.get_ref());
            for plan in &q.plans {
                if !plans.contains(plan.get_ref()) {
                    let msg = crate::messages::q_undeclared_plan(
                        crate::messages::current_lang(),
                        plan.get_ref(),
                    );
                    self.report(plan, Some(&item), msg);
                }
            }
            if let Some(path) = &q.admin_path {
                let p = path.get_ref();
                let bad = !p.starts_with('/')
                    || p.chars().any(|c| {
                        c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\\')
                    });
                if bad {
                    self.report(
                        path,
                        Some(&item),
                        crate::messages::q_admin_path(crate::messages::current_lang(), p),
                    );
                } else if raw.admin_url.is_none() {
                    self.report(
                        path,
                        Some(&item),
                        crate::messages::q_admin_path_without_url(crate::messages::current_lang()),
                    );
                }
            }
        }
    }

    fn id(&mut self, id: &Spanned<String>, kind: &str, seen: &mut HashSet<String>) {
        let item = format!("{kind} {:?}", id.get_ref());
        if !is_valid_id(id.get_ref()) {
            self.report(id, Some(&item), bad_id_message(kind, id.get_ref()));
        } else if !seen.insert(id.get_ref().clone()) {
            self.report(
                id,
                Some(&item),
                crate::messages::q_duplicate_id(crate::messages::current_lang(), kind),
            );
        }
    }

    fn link_refs(&mut self, refs: &[Spanned<String>], links: &HashSet<String>, item: &str) {
        for r in refs {
            if !links.contains(r.get_ref()) {
                let msg = crate::messages::q_undeclared_link(
                    crate::messages::current_lang(),
                    r.get_ref(),
                );
                self.report(r, Some(item), msg);
            }
        }
    }

    fn non_empty(&mut self, value: &Spanned<String>, item: &str, field: &str) {
        if value.get_ref().trim().is_empty() {
            self.report(
                value,
                Some(item),
                crate::messages::q_empty(crate::messages::current_lang(), field),
            );
        }
    }

    /// Checks the sections and returns their ids with their positions.
    fn sections(
        &mut self,
        raw: &RawQuestionnaire,
        links: &HashSet<String>,
    ) -> HashMap<String, usize> {
        let mut seen = HashSet::new();
        let mut ids = HashMap::new();
        // Collected once: checking each section against every question
        // would grow with sections × questions.
        let used: HashSet<&str> = raw
            .questions
            .iter()
            .map(|q| q.section.get_ref().as_str())
            .collect();
        if raw.sections.is_empty() {
            self.report(
                &raw.id,
                None,
                crate::messages::q_no_sections(crate::messages::current_lang()),
            );
        }
        for (i, s) in raw.sections.iter().enumerate() {
            let item = format!("section {:?}", s.id.get_ref());
            self.id(&s.id, "section", &mut seen);
            ids.entry(s.id.get_ref().clone()).or_insert(i);
            self.non_empty(&s.number, &item, "number");
            self.text(&s.title, &s.id, &item, "title");
            self.text(&s.why, &s.id, &item, "why");
            self.link_refs(&s.links, links, &item);
            for v in &s.vendor_items {
                // Named as written in the file: `text.it` inside the
                // `[[section.vendor]]` table, so the hint works as given.
                let vendor_item = format!("{item}, [[section.vendor]] {:?}", v.reference.get_ref());
                self.non_empty(&v.reference, &item, "vendor.ref");
                self.text(&v.text, &v.reference, &vendor_item, "text");
            }
            if !used.contains(s.id.get_ref().as_str()) {
                let msg = crate::messages::q_empty_section(crate::messages::current_lang());
                self.report(&s.id, Some(&item), msg);
            }
        }
        ids
    }

    fn questions(
        &mut self,
        raw: &RawQuestionnaire,
        links: &HashSet<String>,
        sections: &HashMap<String, usize>,
    ) {
        let mut seen = HashSet::new();
        for q in &raw.questions {
            let item = format!("question {:?}", q.id.get_ref());
            self.id(&q.id, "question", &mut seen);
            if !sections.contains_key(q.section.get_ref()) {
                let msg = crate::messages::q_undeclared_section(
                    crate::messages::current_lang(),
                    q.section.get_ref(),
                );
                self.report(&q.section, Some(&item), msg);
            }
            self.non_empty(&q.reference, &item, "ref");
            if Severity::parse(q.severity.get_ref()).is_none() {
                let msg = crate::messages::q_bad_severity(
                    crate::messages::current_lang(),
                    q.severity.get_ref(),
                );
                self.report(&q.severity, Some(&item), msg);
            }
            if let Some(every) = &q.review_every
                && super::Period::parse(every.get_ref()).is_none()
            {
                let msg = crate::messages::q_bad_review_every(
                    crate::messages::current_lang(),
                    every.get_ref(),
                );
                self.report(every, Some(&item), msg);
            }
            if Responsibility::parse(q.owner.get_ref()).is_none() {
                let msg = crate::messages::q_bad_responsibility(
                    crate::messages::current_lang(),
                    q.owner.get_ref(),
                );
                self.report(&q.owner, Some(&item), msg);
            }
            for rule in &q.probe {
                if ProbeRule::parse(rule.get_ref()).is_none() {
                    let msg = crate::messages::q_bad_probe_rule(
                        crate::messages::current_lang(),
                        rule.get_ref(),
                    );
                    self.report(rule, Some(&item), msg);
                }
            }
            self.link_refs(&q.links, links, &item);
            self.text(&q.text, &q.id, &item, "text");
            if !q.finding.is_empty() {
                self.text(&q.finding, &q.id, &item, "finding");
            }
            self.text(&q.help, &q.id, &item, "help");
            self.text(&q.remedy, &q.id, &item, "remedy");
        }
    }
}

fn bad_id_message(kind: &str, id: &str) -> String {
    crate::messages::q_bad_id(crate::messages::current_lang(), kind, id)
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
