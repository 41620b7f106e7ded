//! Checks a questionnaire file and reports every problem at once, each at
//! its line and column and with the id of the item it concerns.

use std::collections::{HashMap, HashSet};

use toml::Spanned;

use super::build;
pub use super::problems::{Issue, Problem, QuestionnaireError};
use super::raw::{RawQuestionnaire, RawText};
use super::{ProbeRule, Responsibility, Severity};
use crate::position::Position;

mod controls;
mod ids;
pub use ids::is_valid_id;
use ids::{bad_id_message, is_valid_locale};

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
    c.controls(raw);
    c.dated(raw);
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

/// Collects problems while walking the raw file.
struct Checker<'a> {
    source: &'a str,
    problems: Vec<Problem>,
    locales: Vec<String>,
}

impl Checker<'_> {
    fn report<T>(&mut self, at: &Spanned<T>, item: Option<&str>, issue: Issue) {
        self.problems.push(Problem {
            position: Position::at(self.source, at.span().start),
            item: item.map(str::to_string),
            issue,
        });
    }

    fn header(&mut self, raw: &RawQuestionnaire) {
        if *raw.format.get_ref() != FORMAT {
            let msg = Issue::Format(*raw.format.get_ref(), FORMAT);
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
                self.report(value, None, Issue::Empty(field.to_string()));
            }
        }
        let contact = raw.security_contact.get_ref();
        if !contact.trim().is_empty() && !contact.contains('@') && !contact.starts_with("https://")
        {
            let msg = Issue::Contact(contact.to_string());
            self.report(&raw.security_contact, None, msg);
        }
        self.locales(raw);
        self.text(&raw.title, &raw.id, "questionnaire", "title");
        self.url(&raw.source.url, Some("source"));
        self.text(&raw.source.title, &raw.source.url, "source", "title");
    }

    fn locales(&mut self, raw: &RawQuestionnaire) {
        if raw.locales.get_ref().is_empty() {
            self.report(&raw.locales, None, Issue::NoLocales);
        }
        let mut seen = HashSet::new();
        for code in raw.locales.get_ref() {
            if !is_valid_locale(code.get_ref()) {
                let msg = Issue::BadLocale(code.get_ref().to_string());
                self.report(code, None, msg);
            } else if !seen.insert(code.get_ref().clone()) {
                self.report(code, None, Issue::LocaleTwice(code.get_ref().to_string()));
            } else {
                self.locales.push(code.get_ref().clone());
            }
        }
    }

    /// Checks that `text` has a non-empty string in every declared locale and
    /// no other. `anchor` locates the item when the text has no value at all.
    fn text<T>(&mut self, text: &RawText, anchor: &Spanned<T>, item: &str, field: &str) {
        let Some(first) = text.values().next() else {
            self.report(anchor, Some(item), Issue::NoText(field.to_string()));
            return;
        };
        for code in self.locales.clone() {
            match text.get(&code) {
                None => self.report(
                    first,
                    Some(item),
                    Issue::MissingTranslation(field.to_string(), code.to_string()),
                ),
                Some(value) if value.get_ref().trim().is_empty() => {
                    let field = format!("{field}.{code}");
                    self.report(value, Some(item), Issue::Empty(field.to_string()));
                }
                Some(_) => {}
            }
        }
        for (code, value) in text {
            if !self.locales.contains(code) {
                let msg = Issue::UndeclaredLocale(field.to_string(), code.to_string());
                self.report(value, Some(item), msg);
            }
        }
    }

    fn url(&mut self, url: &Spanned<String>, item: Option<&str>) {
        let u = url.get_ref();
        let rest = u.strip_prefix("https://").unwrap_or("");
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty() || u.chars().any(|c| c.is_whitespace() || c.is_control()) {
            let msg = Issue::BadUrl(u.to_string());
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
                    let msg = Issue::UndeclaredLocale("urls".to_string(), code.to_string());
                    self.report(url, Some(&item), msg);
                }
                self.url(url, Some(&item));
            }
            if link.untranslated && !link.urls.is_empty() {
                let msg = Issue::UntranslatedWithUrls;
                self.report(&link.id, Some(&item), msg);
            }
            if let Some(translation) = &link.translation {
                if translation.get_ref() != "unconfirmed" {
                    let msg = Issue::BadTranslation(translation.get_ref().to_string());
                    self.report(translation, Some(&item), msg);
                } else if link.untranslated || !link.urls.is_empty() {
                    let msg = Issue::TranslationWithUrls;
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
                self.report(url, None, Issue::AdminUrl(url.get_ref().to_string()));
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
                    let msg = Issue::UndeclaredPlan(plan.get_ref().to_string());
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
                    self.report(path, Some(&item), Issue::AdminPath(p.to_string()));
                } else if raw.admin_url.is_none() {
                    self.report(path, Some(&item), Issue::AdminPathWithoutUrl);
                }
            }
        }
    }

    /// Link dates, deadlines and retired questions: days that are days,
    /// ids that exist, a retired id never asked again.
    fn dated(&mut self, raw: &RawQuestionnaire) {
        let questions: HashSet<&str> = raw
            .questions
            .iter()
            .map(|q| q.id.get_ref().as_str())
            .collect();
        for link in &raw.links {
            if let Some(checked) = &link.checked {
                let item = format!("link {:?}", link.id.get_ref());
                self.day(checked, &item);
            }
        }
        let mut ids = HashSet::new();
        for d in &raw.deadlines {
            let item = format!("deadline {:?}", d.id.get_ref());
            self.id(&d.id, "deadline", &mut ids);
            self.day(&d.day, &item);
            self.text(&d.what, &d.id, &item, "what");
            self.question_refs(&d.questions, &questions, &item);
        }
        let mut ids = HashSet::new();
        for r in &raw.retired {
            let item = format!("retired {:?}", r.id.get_ref());
            self.id(&r.id, "retired", &mut ids);
            if questions.contains(r.id.get_ref().as_str()) {
                let msg = Issue::RetiredStillAsked(r.id.get_ref().clone());
                self.report(&r.id, Some(&item), msg);
            }
            self.question_refs(&r.replaced_by, &questions, &item);
        }
    }

    fn day(&mut self, value: &Spanned<toml::value::Datetime>, item: &str) {
        let v = value.get_ref();
        if v.date.is_none() || v.time.is_some() || v.offset.is_some() || build::day(v).is_none() {
            self.report(value, Some(item), Issue::NotADay(v.to_string()));
        }
    }

    fn question_refs(&mut self, refs: &[Spanned<String>], questions: &HashSet<&str>, item: &str) {
        for r in refs {
            if !questions.contains(r.get_ref().as_str()) {
                let msg = Issue::UndeclaredQuestion(r.get_ref().clone());
                self.report(r, Some(item), msg);
            }
        }
    }

    fn id(&mut self, id: &Spanned<String>, kind: &str, seen: &mut HashSet<String>) {
        let item = format!("{kind} {:?}", id.get_ref());
        if !is_valid_id(id.get_ref()) {
            self.report(id, Some(&item), bad_id_message(kind, id.get_ref()));
        } else if !seen.insert(id.get_ref().clone()) {
            self.report(id, Some(&item), Issue::DuplicateId(kind.to_string()));
        }
    }

    fn link_refs(&mut self, refs: &[Spanned<String>], links: &HashSet<String>, item: &str) {
        for r in refs {
            if !links.contains(r.get_ref()) {
                let msg = Issue::UndeclaredLink(r.get_ref().to_string());
                self.report(r, Some(item), msg);
            }
        }
    }

    fn non_empty(&mut self, value: &Spanned<String>, item: &str, field: &str) {
        if value.get_ref().trim().is_empty() {
            self.report(value, Some(item), Issue::Empty(field.to_string()));
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
            self.report(&raw.id, None, Issue::NoSections);
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
                let msg = Issue::EmptySection;
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
                let msg = Issue::UndeclaredSection(q.section.get_ref().to_string());
                self.report(&q.section, Some(&item), msg);
            }
            self.non_empty(&q.reference, &item, "ref");
            if Severity::parse(q.severity.get_ref()).is_none() {
                let msg = Issue::BadSeverity(q.severity.get_ref().to_string());
                self.report(&q.severity, Some(&item), msg);
            }
            if let Some(every) = &q.review_every
                && super::Period::parse(every.get_ref()).is_none()
            {
                let msg = Issue::BadReviewEvery(every.get_ref().to_string());
                self.report(every, Some(&item), msg);
            }
            if Responsibility::parse(q.owner.get_ref()).is_none() {
                let msg = Issue::BadResponsibility(q.owner.get_ref().to_string());
                self.report(&q.owner, Some(&item), msg);
            }
            for rule in &q.probe {
                if ProbeRule::parse(rule.get_ref()).is_none() {
                    let msg = Issue::BadProbeRule(rule.get_ref().to_string());
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

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
