//! What is said about a questionnaire beyond its validity: warnings for
//! its author, links and deadlines gone stale, and the admin links built
//! from an instance's name.

use super::*;

/// What `validate` points out without refusing the file: question texts that
/// start with a demonstrative ("that data…", "quei dati…"), which lean on a
/// question that the report may print far away. One line per text, naming
/// the question and the language.
pub fn warnings(questionnaire: &Questionnaire) -> Vec<Issue> {
    const DEMONSTRATIVES: [&str; 14] = [
        "that", "those", "this", "these", "quel", "quella", "quello", "quei", "quegli", "quelle",
        "questo", "questa", "questi", "queste",
    ];
    let mut found = Vec::new();
    for question in questionnaire.questions.iter() {
        for (code, text) in question.text.all() {
            let first = text
                .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .next()
                .unwrap_or("")
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            let elided = ["quell", "quest"].contains(&first.as_str());
            if DEMONSTRATIVES.contains(&first.as_str()) || elided {
                found.push(Issue::Demonstrative(
                    question.id.to_string(),
                    code.to_string(),
                    first.to_string(),
                ));
            }
        }
    }
    found
}

/// What `validate` says about a questionnaire's age on `today`: links last
/// checked more than a year before, and deadlines that have passed.
pub fn staleness(questionnaire: &Questionnaire, today: jiff::civil::Date) -> Vec<Issue> {
    let year_ago = today.saturating_sub(jiff::Span::new().years(1));
    let mut found: Vec<Issue> = questionnaire
        .links
        .iter()
        .filter_map(|l| {
            let checked = l.checked?;
            (checked < year_ago).then(|| Issue::LinkStale(l.id.to_string(), checked.to_string()))
        })
        .collect();
    found.extend(
        questionnaire
            .deadlines
            .iter()
            .filter(|d| d.day < today)
            .map(|d| Issue::DeadlinePassed(d.id.to_string(), d.day.to_string())),
    );
    found
}

/// Whether `instance` can stand in a host name: lowercase letters, digits
/// and inner hyphens, at most 63 characters. Anything else (a typo, hostile
/// text) gives no link at all.
pub fn is_instance_name(instance: &str) -> bool {
    (1..=63).contains(&instance.len())
        && instance
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !instance.starts_with('-')
        && !instance.ends_with('-')
}

impl Questionnaire {
    /// The address of `question`'s setting in `instance`'s own admin
    /// pages, when the questionnaire knows it and the instance is a valid
    /// name.
    pub fn admin_link(&self, question: &Question, instance: &str) -> Option<String> {
        let base = self.admin_url.as_deref()?;
        let path = question.admin_path.as_deref()?;
        let instance = instance.trim().to_ascii_lowercase();
        is_instance_name(&instance)
            .then(|| format!("{}{path}", base.replace("{instance}", &instance)))
    }

    /// The day the content was last checked against the vendor's pages:
    /// the latest `checked` of its links.
    pub fn last_checked(&self) -> Option<jiff::civil::Date> {
        self.links.iter().filter_map(|l| l.checked).max()
    }

    /// The deadlines `question`'s content relies on, earliest first.
    pub fn deadlines_of<'a>(
        &'a self,
        question: &'a Question,
    ) -> impl Iterator<Item = &'a Deadline> {
        self.deadlines
            .iter()
            .filter(move |d| d.questions.contains(&question.id))
    }

    /// The retired questions `question` now asks in place of.
    pub fn replaces<'a>(&'a self, question: &'a Question) -> impl Iterator<Item = &'a str> {
        self.retired
            .iter()
            .filter(move |r| r.replaced_by.contains(&question.id))
            .map(|r| &*r.id)
    }

    /// The questions that now ask what the retired question `id` asked.
    pub fn replacements(&self, id: &str) -> &[Str] {
        self.retired
            .iter()
            .find(|r| r.id == id)
            .map_or(&[], |r| &r.replaced_by)
    }

    /// "Needs Suite Enterprise or above" material: the titles of the plans
    /// `question` needs, joined with " / ", or `None` when every plan has it.
    pub fn plans_needed(&self, question: &Question, lang: Lang) -> Option<String> {
        let titles: Vec<&str> = question
            .plans
            .iter()
            .filter_map(|id| self.plans.iter().find(|p| &p.id == id))
            .map(|p| p.title.get(lang))
            .collect();
        (!titles.is_empty()).then(|| titles.join(" / "))
    }
}
