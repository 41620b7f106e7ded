//! `srm-assess report NAME|PATH [-o FILE] [--format …] [--since OLD|REV]`.

use std::path::{Path, PathBuf};

use crate::assessment::Assessment;

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use super::values::{parse_date_arg, parse_oscal_version};
use super::{Context, print, print_document, read_assessment, read_assessment_of};
use crate::error::Failure;
use crate::report::model::Model;
use crate::report::{self, Files, Report, Since};
use crate::store;

/// The report's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Markdown, to share (GitHub, GitLab, Confluence, email).
    #[default]
    Md,
    /// One standalone HTML page.
    Html,
    /// JSON, for machines.
    Json,
    /// CSV, one row per question, for spreadsheets.
    Csv,
    /// CSV, one row per gap: the action plan, for trackers (its first
    /// columns follow CISA ScubaGear's action plan).
    ActionPlanCsv,
    /// OSCAL assessment results (JSON), for GRC tools and auditors.
    OscalAr,
    /// OSCAL plan of action and milestones (JSON): the open gaps.
    OscalPoam,
}

impl Format {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Json | Format::OscalAr | Format::OscalPoam => "json",
            Format::Csv | Format::ActionPlanCsv => "csv",
        }
    }
}

/// Write the gap report (to standard output unless -o is given)
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
    /// Write to FILE (atomically, readable by you only)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The format [default: from the -o file's extension, else md]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Compare with an older assessment, or with this one at a git revision
    /// (a commit, tag or branch, when no assessment has that name): what
    /// improved, regressed, is new
    #[arg(long, value_name = "OLD|REV")]
    pub since: Option<String>,
    /// Hide what looks like passwords, tokens and keys in notes and other typed text
    #[arg(long)]
    pub redact: bool,
    /// Judge expiry, staleness and overdue as of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub as_of: Option<jiff::civil::Date>,
    /// Leave the charts out (the Mermaid block in Markdown, the SVG in HTML)
    #[arg(long = "no-charts")]
    pub no_charts: bool,
    /// The CSV's separator [default: semicolon for an Italian report, as
    /// Excel there expects; comma otherwise]
    #[arg(long, value_enum, value_name = "SEPARATOR")]
    pub separator: Option<crate::report::csv::Separator>,
    /// The OSCAL version of --format oscal-ar or oscal-poam
    #[arg(long, value_name = "VERSION", value_parser = parse_oscal_version)]
    pub oscal_version: Option<crate::report::oscal::OscalVersion>,
    /// Add a view by the controls of a framework (Markdown and HTML): each
    /// control, its questions and where they stand
    #[arg(long, value_name = "FRAMEWORK", value_parser = super::values::parse_framework())]
    pub framework: Option<crate::questionnaire::Framework>,
}

/// The older assessment `--since` names, with its file and the name the
/// report gives it: a saved assessment or a file when there is one by
/// that name, else the report's own file as it was at that git revision
/// (`acme@v1.0`).
fn since(
    target: &str,
    path: &Path,
    questionnaire: &crate::questionnaire::Questionnaire,
    ctx: &Context,
) -> Result<(PathBuf, Assessment, String), Failure> {
    let data = ctx.data()?;
    let is_file =
        target.ends_with(".toml") || store::resolve(target, &data).is_ok_and(|p| p.exists());
    if is_file {
        let (old_path, old) = read_assessment_of(target, questionnaire, ctx)?;
        let name = store::display_name(&old_path);
        return Ok((old_path, old, name));
    }
    // Neither a saved assessment nor a revision: both are said, since
    // either may have been meant.
    let old = store::git::load_at(path, target).map_err(|e| {
        let git = crate::messages::store_error(ctx.lang, &e);
        Failure::new(crate::messages::since_not_found(ctx.lang, target, &git))
    })?;
    super::check_questionnaire(path, &old, questionnaire, ctx.lang)?;
    Ok((path.to_path_buf(), old, store::git::name_at(path, target)))
}

/// Writes the report to the output file (atomically, `0600`) or stdout.
pub fn run(args: ReportArgs, ctx: &Context) -> Result<(), Failure> {
    let request = &args;
    let (path, assessment, questionnaire) = read_assessment(&request.target, ctx)?;
    let (mut assessment, left_out) = ctx.as_of(&path, assessment, request.as_of)?;
    if let Some(out) = request.output.as_deref() {
        refuse_own_file(out, &path, ctx)?;
    }
    let format = choose_format(request.format, request.output.as_deref(), ctx.lang)?;
    let oscal = matches!(format, Format::OscalAr | Format::OscalPoam);
    if request.oscal_version.is_some() && !oscal {
        return Err(Failure::usage(crate::messages::oscal_version_alone(
            ctx.lang,
        )));
    }
    // Before any redaction: the files are found by their recorded paths.
    let files = store::evidence::digests(&path, &assessment);
    let mut old = match request.since.as_deref() {
        Some(target) => Some(since(target, &path, &questionnaire, ctx)?),
        None => None,
    };
    if let (Some(out), Some((old_path, _, _))) = (request.output.as_deref(), &old) {
        refuse_own_file(out, old_path, ctx)?;
    }
    if request.redact {
        redact(&mut assessment);
        if let Some((_, old, _)) = old.as_mut() {
            redact(old);
        }
    } else {
        let texts = credential_texts(&mut assessment);
        if texts > 0 {
            eprintln!(
                "{}",
                crate::sanitize::for_output(&crate::messages::report_shows_credentials(
                    ctx.lang, texts
                ))
            );
        }
    }
    let name = store::display_name(&path);
    let report = Report::new(
        &questionnaire,
        &assessment,
        &name,
        ctx.report_lang(&assessment),
        ctx.now(),
        Files::Checked(&files),
    )
    .as_of(request.as_of.unwrap_or_else(|| ctx.today()))
    .since(old.as_ref().map(|(_, a, name)| Since {
        name,
        assessment: a,
    }))
    .left_out(left_out)
    .charts(!request.no_charts)
    .framework(request.framework);
    let text = render(
        &report.model(),
        format,
        request.separator,
        request.oscal_version.unwrap_or_default(),
    )?;
    match request.output.as_deref() {
        None => print_document(&text),
        Some(out) => {
            report::write_file(out, &text)?;
            print(&format!(
                "{}\n",
                crate::messages::report_written(ctx.lang, out)
            ))
        }
    }
}

/// Refuses an output that is an assessment, its backup or lock, or in the
/// data folder: a report must never replace the answers it reports.
fn refuse_own_file(out: &Path, assessment: &Path, ctx: &Context) -> Result<(), Failure> {
    let data = ctx.data().ok();
    match store::own_file(out, assessment, data.as_ref()) {
        Some(own) => Err(Failure::usage(crate::messages::report_output_own(
            ctx.lang, out, own,
        ))),
        None => Ok(()),
    }
}

/// The format of a report: `--format` when given, else the `-o` file's
/// extension (`.md`, `.html`, `.json`, `.csv`), else Markdown. Another
/// extension needs `--format`, and one that names a format the tool does
/// not write (`.pdf`, `.xlsx`, `.toml`) is refused. A `--format`
/// that contradicts a known extension is refused: `report.html` holding CSV
/// would only confuse whoever opens it.
pub fn choose_format(
    asked: Option<Format>,
    output: Option<&Path>,
    lang: crate::lang::Lang,
) -> Result<Format, Failure> {
    let from_name = output
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .and_then(|e| match e.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Md),
            "html" | "htm" => Some(Format::Html),
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            _ => None,
        });
    let extension = output
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    if let (Some(path), Some(extension)) = (output, extension.as_deref()) {
        // A format the tool cannot write, or a name that says otherwise
        // (`.toml` is an assessment's, `.pdf` a printout's).
        let never = matches!(
            extension,
            "toml" | "pdf" | "xlsx" | "xls" | "ods" | "docx" | "doc" | "odt"
        );
        if never || (from_name.is_none() && asked.is_none()) {
            return Err(Failure::usage(crate::messages::report_output_extension(
                lang, path, extension,
            )));
        }
    }
    match (asked, from_name) {
        (Some(asked), Some(named)) if asked.extension() != named.extension() => {
            Err(Failure::usage(crate::messages::format_contradiction(
                lang,
                output.unwrap_or(Path::new("")),
                named.extension(),
                asked.extension(),
            )))
        }
        (Some(format), _) | (None, Some(format)) => Ok(format),
        (None, None) => Ok(Format::Md),
    }
}

/// The report in a format.
pub fn render(
    model: &Model,
    format: Format,
    separator: Option<report::csv::Separator>,
    oscal: report::oscal::OscalVersion,
) -> Result<String, Failure> {
    let separator =
        separator.unwrap_or_else(|| report::csv::Separator::for_lang(model.report.lang));
    Ok(match format {
        Format::Md => report::markdown::render(model),
        Format::Html => report::html::render(model),
        Format::Json => report::json::render(model)?,
        Format::Csv => report::csv::render_with(model, separator)?,
        Format::ActionPlanCsv => report::csv::render_action_plan_with(model, separator)?,
        Format::OscalAr => report::oscal::render_ar(model, oscal)?,
        Format::OscalPoam => report::oscal::render_poam(model, oscal)?,
    })
}

/// How many texts users typed look like they hold a credential.
fn credential_texts(assessment: &mut crate::assessment::Assessment) -> usize {
    let mut count = 0;
    assessment.for_each_typed_text(|text| {
        if !crate::secrets::find(text).is_empty() {
            count += 1;
        }
    });
    count
}

/// Replaces what looks like credentials in everything users typed, and in
/// the names the probe recorded (an integration's name can hold a key).
fn redact(assessment: &mut crate::assessment::Assessment) {
    assessment.for_each_typed_text(|text| *text = crate::secrets::redact(text));
    for o in assessment.observations.values_mut().flatten() {
        for name in &mut o.names {
            *name = crate::secrets::redact(name);
        }
    }
}
