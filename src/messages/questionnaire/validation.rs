//! Messages of `validate`, for questionnaire authors.

use super::controls::{q_bad_control, q_bad_relationship, q_mapping_unexplained};
use crate::lang::Lang;
use crate::messages::pick;

/// A TOML syntax or schema error, from the parser, with where to read more.
pub fn q_parse(l: Lang, message: &str) -> String {
    say!(
        l,
        "{message} (see docs/questionnaire-format.md)",
        "{message} (vedete docs/questionnaire-format.md)",
    )
}

/// An unsupported format number.
pub fn q_format(l: Lang, found: i64, supported: i64) -> String {
    say!(
        l,
        "format {found} is not supported; this version of srm-assess reads format {supported}",
        "il formato {found} non è supportato; questa versione di srm-assess legge il formato {supported}",
    )
}

/// An empty field.
pub fn q_empty(l: Lang, field: &str) -> String {
    say!(l, "`{field}` is empty", "`{field}` è vuoto")
}

/// A security contact that is neither an address nor a URL.
pub fn q_contact(l: Lang, contact: &str) -> String {
    say!(
        l,
        "`security_contact` {contact:?} is neither an email address nor an https URL",
        "`security_contact` {contact:?} non è né un indirizzo email né un URL https",
    )
}

/// No locale declared.
pub fn q_no_locales(l: Lang) -> String {
    say!(
        l,
        "`locales` is empty: declare at least one, e.g. [\"en\"]",
        "`locales` è vuoto: dichiaratene almeno una, per esempio [\"en\"]",
    )
}

/// A locale that is not a language code.
pub fn q_bad_locale(l: Lang, code: &str) -> String {
    say!(
        l,
        "locale {code:?} is not a language code such as \"en\" or \"it\"",
        "la lingua {code:?} non è un codice di lingua come \"en\" o \"it\"",
    )
}

/// A locale declared twice.
pub fn q_locale_twice(l: Lang, code: &str) -> String {
    say!(
        l,
        "locale {code:?} is declared twice",
        "la lingua {code:?} è dichiarata due volte"
    )
}

/// A text with no language at all.
pub fn q_no_text(l: Lang, field: &str) -> String {
    say!(l, "`{field}` has no text", "`{field}` non ha testo")
}

/// A text missing in one language, with the line to add.
pub fn q_missing_translation(l: Lang, field: &str, code: &str) -> String {
    let name = match (l, code) {
        (Lang::En, "en") => "English (en)".to_string(),
        (Lang::En, "it") => "Italian (it)".to_string(),
        (Lang::It, "en") => "in inglese (en)".to_string(),
        (Lang::It, "it") => "in italiano (it)".to_string(),
        (_, other) => format!("{other:?}"),
    };
    say!(
        l,
        "`{field}` has no {name} text: add `{field}.{code} = \"…\"`",
        "`{field}` non ha il testo {name}: aggiungete `{field}.{code} = \"…\"`",
    )
}

/// A text in a locale that is not declared.
pub fn q_undeclared_locale(l: Lang, field: &str, code: &str) -> String {
    say!(
        l,
        "`{field}.{code}` is in a locale the questionnaire does not declare in `locales`",
        "`{field}.{code}` è in una lingua che il questionario non dichiara in `locales`",
    )
}

/// A URL that is not https.
pub fn q_bad_url(l: Lang, url: &str) -> String {
    say!(
        l,
        "URL {url:?} is not a valid https URL (it must start with https://)",
        "l'URL {url:?} non è un URL https valido (deve iniziare con https://)",
    )
}

/// An id used twice.
pub fn q_duplicate_id(l: Lang, kind: &str) -> String {
    say!(
        l,
        "duplicate {kind} id: ids must be unique",
        "id di {kind} duplicato: gli id devono essere unici"
    )
}

/// A link reference without its `[[link]]`.
pub fn q_undeclared_link(l: Lang, id: &str) -> String {
    say!(
        l,
        "link {id:?} is not declared: add a [[link]] with this id or fix the reference",
        "il link {id:?} non è dichiarato: aggiungete un [[link]] con questo id o correggete il riferimento",
    )
}

/// No section at all.
pub fn q_no_sections(l: Lang) -> String {
    say!(
        l,
        "the questionnaire has no [[section]]",
        "il questionario non ha nessuna [[section]]"
    )
}

/// A section without questions.
pub fn q_empty_section(l: Lang) -> String {
    say!(
        l,
        "the section has no question: add one or remove the section",
        "la sezione non ha domande: aggiungetene una o togliete la sezione",
    )
}

/// A question in a section that does not exist.
pub fn q_undeclared_section(l: Lang, id: &str) -> String {
    say!(
        l,
        "section {id:?} is not declared",
        "la sezione {id:?} non è dichiarata"
    )
}

/// A severity that is not one of the three.
pub fn q_bad_severity(l: Lang, value: &str) -> String {
    say!(
        l,
        "severity {value:?} is not one of \"high\", \"medium\", \"low\"",
        "la gravità {value:?} non è una tra \"high\", \"medium\", \"low\"",
    )
}

/// A probe rule this build does not know.
pub fn q_bad_probe_rule(l: Lang, value: &str) -> String {
    let known = crate::questionnaire::ProbeRule::ALL
        .map(|r| r.as_str())
        .join(", ");
    say!(
        l,
        "probe rule {value:?} is not known; the rules are: {known}",
        "la regola di verifica {value:?} non esiste; le regole sono: {known}",
    )
}

/// A renewal period that cannot be read.
pub fn q_bad_review_every(l: Lang, value: &str) -> String {
    say!(
        l,
        "review_every {value:?} is not a period: write a number and d, w, m or y, e.g. \"90d\" or \"1y\"",
        "review_every {value:?} non è un periodo: scrivete un numero e d, w, m o y, per esempio \"90d\" o \"1y\"",
    )
}

/// An owner that is not one of the two.
pub fn q_bad_responsibility(l: Lang, value: &str) -> String {
    say!(
        l,
        "owner {value:?} is not one of \"subscriber\", \"shared\"",
        "la responsabilità {value:?} non è una tra \"subscriber\", \"shared\"",
    )
}

/// `translation` with a value other than `unconfirmed`.
pub fn q_bad_translation(l: Lang, value: &str) -> String {
    let value = crate::sanitize::one_line(value);
    say!(
        l,
        "`translation = {value:?}` is not known: the only value is \"unconfirmed\" (whether other languages exist is not known); use `urls` for a confirmed translation, `untranslated = true` for a page in one language only",
        "`translation = {value:?}` non è noto: l'unico valore è \"unconfirmed\" (non si sa se esistano altre lingue); usate `urls` per una traduzione confermata, `untranslated = true` per una pagina in una sola lingua",
    )
}

/// `translation = "unconfirmed"` beside `urls` or `untranslated`.
pub fn q_translation_with_urls(l: Lang) -> String {
    say!(
        l,
        "`translation = \"unconfirmed\"` contradicts `urls` or `untranslated`: keep the one that is known",
        "`translation = \"unconfirmed\"` contraddice `urls` o `untranslated`: tenete quello che è noto",
    )
}

/// `untranslated` and `urls` together.
pub fn q_untranslated_with_urls(l: Lang) -> String {
    say!(
        l,
        "`untranslated = true` contradicts `urls`: remove one of them",
        "`untranslated = true` contraddice `urls`: togliete uno dei due",
    )
}

/// An admin URL without exactly one `{instance}`.
pub fn q_admin_url(l: Lang, url: &str) -> String {
    say!(
        l,
        "`admin_url` {url:?} must contain {{instance}} exactly once, where the subdomain goes",
        "`admin_url` {url:?} deve contenere {{instance}} esattamente una volta, al posto del sottodominio",
    )
}

/// A plan reference without its `[[plan]]`.
pub fn q_undeclared_plan(l: Lang, id: &str) -> String {
    say!(
        l,
        "plan {id:?} is not declared: add a [[plan]] with this id or fix the reference",
        "il piano {id:?} non è dichiarato: aggiungete un [[plan]] con questo id o correggete il riferimento",
    )
}

/// An admin path that is not a plain path.
pub fn q_admin_path(l: Lang, path: &str) -> String {
    say!(
        l,
        "`admin_path` {path:?} must start with '/' and hold no spaces, quotes or angle brackets",
        "`admin_path` {path:?} deve iniziare con '/' e non contenere spazi, virgolette o parentesi angolari",
    )
}

/// An admin path in a questionnaire without `admin_url`.
pub fn q_admin_path_without_url(l: Lang) -> String {
    say!(
        l,
        "`admin_path` needs `admin_url` at the top of the questionnaire",
        "`admin_path` richiede `admin_url` all'inizio del questionario",
    )
}

/// A question text that starts with a demonstrative.
pub fn q_demonstrative(l: Lang, id: &str, code: &str, word: &str) -> String {
    say!(
        l,
        "warning: question {id:?} ({code}) starts with {word:?}: the report sorts gaps by severity, so name what it refers to instead",
        "attenzione: la domanda {id:?} ({code}) inizia con {word:?}: il report ordina le lacune per gravità, quindi nominate ciò a cui si riferisce",
    )
}

/// A link last checked more than a year ago.
pub fn q_link_stale(l: Lang, id: &str, day: &str) -> String {
    say!(
        l,
        "warning: link {id:?} was last checked on {day}, more than 12 months ago: open the page, update what changed, and set checked to today",
        "attenzione: il link {id:?} è stato controllato l'ultima volta il {day}, più di 12 mesi fa: aprite la pagina, aggiornate ciò che è cambiato e impostate checked a oggi",
    )
}

/// A deadline that has passed.
pub fn q_deadline_passed(l: Lang, id: &str, day: &str) -> String {
    say!(
        l,
        "warning: deadline {id:?} ({day}) has passed: review the questions it dates, which may now ask about something that changed",
        "attenzione: la scadenza {id:?} ({day}) è passata: rivedete le domande che data, che potrebbero riguardare qualcosa che è cambiato",
    )
}

/// A date with a time where only a day belongs.
pub fn q_not_a_day(l: Lang, value: &str) -> String {
    say!(
        l,
        "{value:?} is not a day: write a date alone, such as 2026-12-07",
        "{value:?} non è un giorno: scrivete solo una data, come 2026-12-07",
    )
}

/// A retired id that a question still has.
pub fn q_retired_still_asked(l: Lang, id: &str) -> String {
    say!(
        l,
        "{id:?} is retired but a question still has that id: an id, once retired, is never asked again",
        "{id:?} è ritirata ma una domanda ha ancora quell'id: un id ritirato non viene più chiesto",
    )
}

/// A question id no `[[question]]` declares.
pub fn q_undeclared_question(l: Lang, id: &str) -> String {
    say!(
        l,
        "no [[question]] has the id {id:?}",
        "nessuna [[question]] ha l'id {id:?}",
    )
}

/// An id that breaks the rules.
pub fn q_bad_id(l: Lang, kind: &str, id: &str) -> String {
    say!(
        l,
        "{kind} id {id:?} is not valid: use lowercase letters and digits, separated by single '.', '-' or '_'",
        "l'id di {kind} {id:?} non è valido: usate lettere minuscole e cifre, separate da un solo '.', '-' o '_'",
    )
}

/// What is wrong with a questionnaire, worded, with what to do.
pub fn issue(l: Lang, issue: &crate::questionnaire::Issue) -> String {
    use crate::questionnaire::Issue;
    match issue {
        Issue::Parse(a) => q_parse(l, a),
        Issue::Format(a, b) => q_format(l, *a, *b),
        Issue::Empty(a) => q_empty(l, a),
        Issue::Contact(a) => q_contact(l, a),
        Issue::NoLocales => q_no_locales(l),
        Issue::BadLocale(a) => q_bad_locale(l, a),
        Issue::LocaleTwice(a) => q_locale_twice(l, a),
        Issue::NoText(a) => q_no_text(l, a),
        Issue::MissingTranslation(a, b) => q_missing_translation(l, a, b),
        Issue::UndeclaredLocale(a, b) => q_undeclared_locale(l, a, b),
        Issue::BadUrl(a) => q_bad_url(l, a),
        Issue::DuplicateId(a) => q_duplicate_id(l, a),
        Issue::UndeclaredLink(a) => q_undeclared_link(l, a),
        Issue::NoSections => q_no_sections(l),
        Issue::EmptySection => q_empty_section(l),
        Issue::UndeclaredSection(a) => q_undeclared_section(l, a),
        Issue::BadSeverity(a) => q_bad_severity(l, a),
        Issue::BadProbeRule(a) => q_bad_probe_rule(l, a),
        Issue::BadReviewEvery(a) => q_bad_review_every(l, a),
        Issue::BadResponsibility(a) => q_bad_responsibility(l, a),
        Issue::BadTranslation(a) => q_bad_translation(l, a),
        Issue::TranslationWithUrls => q_translation_with_urls(l),
        Issue::UntranslatedWithUrls => q_untranslated_with_urls(l),
        Issue::AdminUrl(a) => q_admin_url(l, a),
        Issue::UndeclaredPlan(a) => q_undeclared_plan(l, a),
        Issue::AdminPath(a) => q_admin_path(l, a),
        Issue::AdminPathWithoutUrl => q_admin_path_without_url(l),
        Issue::BadControl(framework, id) => q_bad_control(l, framework, id),
        Issue::BadRelationship(word) => q_bad_relationship(l, word),
        Issue::MappingUnexplained => q_mapping_unexplained(l),
        Issue::Demonstrative(a, b, c) => q_demonstrative(l, a, b, c),
        Issue::LinkStale(a, b) => q_link_stale(l, a, b),
        Issue::DeadlinePassed(a, b) => q_deadline_passed(l, a, b),
        Issue::NotADay(a) => q_not_a_day(l, a),
        Issue::RetiredStillAsked(a) => q_retired_still_asked(l, a),
        Issue::UndeclaredQuestion(a) => q_undeclared_question(l, a),
        Issue::BadId(a, b) => q_bad_id(l, a, b),
    }
}

/// Every problem of a questionnaire, one a line that starts
/// `FILE:LINE:COL:` (as editors and CI annotations read them).
pub fn questionnaire_error(l: Lang, e: &crate::questionnaire::QuestionnaireError) -> String {
    let lines: Vec<String> = e
        .problems
        .iter()
        .map(|p| {
            let item = p
                .item
                .as_deref()
                .map(|i| format!("{i}: "))
                .unwrap_or_default();
            let (line, column) = (p.position.line, p.position.column);
            format!("{}:{line}:{column}: {item}{}", e.file, issue(l, &p.issue))
        })
        .collect();
    lines.join("\n")
}
