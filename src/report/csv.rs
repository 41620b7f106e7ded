//! The report as CSV, one row per question, for spreadsheets.

use super::Report;
use super::model::Model;
use crate::assessment::Entry;
use crate::questionnaire::Question;

/// The columns, in order.
pub const HEADER: [&str; 37] = [
    "section",
    "section_title",
    "id",
    "ref",
    "question",
    "severity",
    "responsibility",
    "answer",
    "notes",
    "justification",
    "owner",
    "due",
    "flagged",
    "needs_review",
    "answered_at",
    "remedy",
    "links",
    "overdue",
    "accepted_by",
    "accepted_until",
    "acceptance_reason",
    "compensating_control",
    "acceptance_expired",
    "evidence",
    "evidence_observed",
    "evidence_stale",
    "evidence_changed",
    "api_shows",
    "api_suggests",
    "contradiction",
    "from_probe",
    "status",
    "questionnaire",
    "as_of",
    "nist_sp_800_53_r5",
    "iso_27001_2022",
    "soc2_2017",
];

/// The columns added with `--since`: the answer in the older assessment
/// and how it changed (`improved`, `regressed`, `newly_answered`, …, empty
/// when nothing changed).
pub const SINCE_HEADER: [&str; 2] = ["previous_answer", "change"];

/// The character between a CSV's cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Separator {
    /// `,`: RFC 4180, and spreadsheets set to English.
    #[default]
    Comma,
    /// `;`: what Excel expects in Italian and most European locales, where
    /// the comma is the decimal mark.
    Semicolon,
}

impl Separator {
    /// The default for a report's language: `;` in Italian (Excel there
    /// splits on it), `,` otherwise.
    pub fn for_lang(lang: crate::lang::Lang) -> Self {
        match lang {
            crate::lang::Lang::It => Separator::Semicolon,
            crate::lang::Lang::En => Separator::Comma,
        }
    }

    fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
        }
    }
}

/// The UTF-8 byte-order mark every CSV starts with: Excel reads the file
/// as UTF-8 only when it is there (accents otherwise come out garbled).
pub const BOM: &str = "\u{FEFF}";

/// Renders the CSV text (RFC 4180, with a header row), separated as is
/// usual in the report's language.
pub fn render(model: &Model) -> Result<String, super::ReportError> {
    render_with(model, Separator::for_lang(model.report.lang))
}

/// [`render`] with the given separator.
pub fn render_with(model: &Model, separator: Separator) -> Result<String, super::ReportError> {
    let report = &model.report;
    let mut header: Vec<&str> = HEADER.to_vec();
    if report.since.is_some() {
        header.extend(SINCE_HEADER);
    }
    // Every row names what it answers and the day it is judged on: worded
    // once, not per row.
    let shared = Rows {
        report,
        changes: model.changes().iter().map(|c| (c.id.as_str(), c)).collect(),
        named: report.questionnaire.named(),
        as_of: report.as_of.to_string(),
    };
    let rows = report
        .questionnaire
        .questions
        .iter()
        .map(|question| row(&shared, question))
        .collect();
    write_all(&header, rows, separator)
}

/// A cell of the CSV's booleans.
fn yes_no(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// Several values in one cell.
fn join(values: impl Iterator<Item = String>, separator: &str) -> String {
    values.collect::<Vec<_>>().join(separator)
}

/// What every row of one report shares.
struct Rows<'a> {
    report: &'a Report<'a>,
    /// The changes since the older assessment, by question id.
    changes: std::collections::HashMap<&'a str, &'a super::compare::Change>,
    /// The questionnaire answered, named.
    named: String,
    /// The day the report is judged on.
    as_of: String,
}

/// One question's row, every cell defused.
fn row(shared: &Rows, question: &Question) -> Vec<String> {
    let (report, changes) = (shared.report, &shared.changes);
    let (q, a, lang) = (report.questionnaire, report.assessment, report.lang);
    let empty = Entry::default();
    let section = &q.sections[question.section];
    let e = a.answers.get(&*question.id).unwrap_or(&empty);
    let links = join(
        question
            .links
            .iter()
            .filter_map(|id| q.link(id))
            .map(|l| l.url_for(lang).to_string()),
        " ",
    );
    let due = e.due.map(|d| d.to_string()).unwrap_or_default();
    let answered_at = e.answered_at.map(|t| t.to_string()).unwrap_or_default();
    let standing = report.standing(question);
    let acceptance = e.acceptance.as_ref();
    let until = acceptance.map(|x| x.until.to_string()).unwrap_or_default();
    let evidence = join(e.evidence.iter().map(|x| x.reference.clone()), " ");
    let observed = join(e.evidence.iter().map(|x| x.observed.to_string()), " ");
    let seen = a.observations(&question.id);
    let shows = join(
        seen.iter()
            .map(|o| crate::messages::observation_text(lang, &o.for_report())),
        "; ",
    );
    let suggests = crate::assessment::observations::suggested(seen).map_or("", |x| x.as_str());
    let [nist, iso, soc2] =
        crate::questionnaire::Framework::ALL.map(|f| question.controls.of(f).join(" "));
    let mut row = vec![
        &*section.number,
        section.title.get(lang),
        &question.id,
        &question.reference,
        question.text.get(lang),
        question.severity.as_str(),
        question.responsibility.as_str(),
        e.answer.map_or("", |x| x.as_str()),
        &e.notes,
        &e.justification,
        &e.owner,
        &due,
        yes_no(e.flagged),
        yes_no(a.needs_review(question)),
        &answered_at,
        question.remedy.get(lang),
        &links,
        yes_no(standing.overdue.is_some()),
        acceptance.map_or("", |x| x.by.as_str()),
        &until,
        acceptance.map_or("", |x| x.reason.as_str()),
        acceptance.map_or("", |x| x.compensating.as_str()),
        yes_no(standing.expired.is_some()),
        &evidence,
        &observed,
        yes_no(standing.stale()),
        yes_no(standing.changed()),
        &shows,
        suggests,
        yes_no(a.contradiction(&question.id)),
        yes_no(e.from_probe),
        crate::assessment::decisions::status(a.answers.get(&*question.id), &standing).word(),
        &shared.named,
        &shared.as_of,
        &nist,
        &iso,
        &soc2,
    ];
    let previous;
    if let Some(since) = report.since {
        previous = since
            .assessment
            .answer(&question.id)
            .map_or("", |x| x.as_str());
        row.push(previous);
        row.push(changes.get(&*question.id).map_or("", |c| c.kind.word()));
    }
    row.iter().map(|cell| defuse(cell)).collect()
}

/// The action plan's columns: the first ones as in CISA ScubaGear's
/// action plan, which trackers already import, then ours.
pub const ACTION_PLAN_HEADER: [&str; 11] = [
    "Control ID",
    "Requirement",
    "Result",
    "Criticality",
    "Details",
    "Owner",
    "Due Date",
    "Justification",
    "Status",
    "Questionnaire",
    "As Of",
];

/// The action plan as CSV: one row per gap, most severe first. Result is
/// the answer, Criticality the severity, Details the notes, Justification
/// the accepted risk's reason; Status is open, overdue, accepted or
/// acceptance expired (words in the report's language); Questionnaire and
/// As Of name what was answered and the day it is judged on.
pub fn render_action_plan(model: &Model) -> Result<String, super::ReportError> {
    render_action_plan_with(model, Separator::for_lang(model.report.lang))
}

/// [`render_action_plan`] with the given separator.
pub fn render_action_plan_with(
    model: &Model,
    separator: Separator,
) -> Result<String, super::ReportError> {
    let report = &model.report;
    let m = report.messages();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let (named, as_of) = (report.questionnaire.named(), report.as_of.to_string());
    for item in &model.plan {
        let due = item.entry.due.map(|d| d.to_string()).unwrap_or_default();
        let justification = item
            .entry
            .acceptance
            .as_ref()
            .map_or("", |a| a.reason.as_str());
        let status = super::markdown::status_words(item.status(), m);
        let row = [
            &*item.question.id,
            item.question.text.get(report.lang),
            m.answer_word(item.answer),
            m.severity_word(item.question.severity),
            &item.entry.notes,
            &item.entry.owner,
            &due,
            justification,
            &status,
            &named,
            &as_of,
        ];
        rows.push(row.iter().map(|cell| defuse(cell)).collect());
    }
    write_all(&ACTION_PLAN_HEADER, rows, separator)
}

/// The header and rows as CSV text: RFC 4180, CRLF line ends.
///
/// The writer's buffer holds the largest cell whole (quoted, every quote
/// doubled): the csv crate searches a quoted field for its next quote
/// once per buffer-full, so a 50 MB note in the default 8 KiB buffer took
/// time that grew with the square of its length.
pub(crate) fn write_all(
    header: &[&str],
    rows: Vec<Vec<String>>,
    separator: Separator,
) -> Result<String, super::ReportError> {
    let largest = rows.iter().flatten().map(String::len).max().unwrap_or(0);
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .delimiter(separator.byte())
        .buffer_capacity((largest.saturating_mul(2) + 64).max(8 * 1024))
        .from_writer(Vec::new());
    w.write_record(header)?;
    for row in rows {
        w.write_record(&row)?;
    }
    finish(w)
}

/// The text a writer holds.
fn finish(w: csv::Writer<Vec<u8>>) -> Result<String, super::ReportError> {
    let bytes = w
        .into_inner()
        .map_err(|e| super::ReportError::CsvBuffer(e.error().to_string()))?;
    // Every field written was a Rust string, so the bytes are UTF-8.
    Ok(format!("{BOM}{}", String::from_utf8_lossy(&bytes)))
}

/// Keeps a spreadsheet from reading a cell as a formula (CSV injection):
/// a leading apostrophe goes before `=`, `+`, `-` or `@` wherever a cell
/// could begin, whichever list separator the spreadsheet uses: at the
/// start, and after every `,`, `;` or line break (skipping spaces and
/// quotes). Excel in Italian splits on `;`, and a comma-separated field is
/// only quoted when it holds a comma, so `ticket;=1+1` would otherwise give
/// a live `=1+1` cell. Control characters are replaced as in the Markdown.
pub fn defuse(cell: &str) -> String {
    let clean = crate::sanitize::clean(cell);
    let mut out = String::with_capacity(clean.len() + 2);
    let mut cell_start = true;
    for c in clean.chars() {
        if cell_start {
            if matches!(c, '=' | '+' | '-' | '@') {
                out.push('\'');
                cell_start = false;
            } else if !matches!(c, ' ' | '"') {
                cell_start = false;
            }
        }
        out.push(c);
        if matches!(c, ',' | ';' | '\n') {
            cell_start = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::defuse;

    #[test]
    fn every_place_a_cell_could_begin_is_defused() {
        assert_eq!(defuse("=1+1"), "'=1+1");
        assert_eq!(defuse("vedi ticket;=1+1;fine"), "vedi ticket;'=1+1;fine");
        assert_eq!(defuse("ok\n=2+2;"), "ok\n'=2+2;");
        assert_eq!(defuse("a, -b; \"@c"), "a, '-b; \"'@c");
        assert_eq!(defuse("2026-12-15 a-b"), "2026-12-15 a-b");
    }
}
