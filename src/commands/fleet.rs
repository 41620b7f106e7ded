//! `srm-assess fleet [NAME|PATH ...] [--all] [--only ORG] [--format …]
//! [-o FILE] [--as-of DATE] [--since REV|DIR] [--fail-on LIST]`: many
//! assessments rolled up. Each is read with its own questionnaire and
//! computed once (the report model); `--only` keeps one organization's
//! and lets nothing of the others reach the output.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::report::{Format, choose_format};
use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use super::values::{Criteria, parse_criteria, parse_date_arg};
use super::{Context, print, print_document};
use crate::assessment::Assessment;
use crate::error::Failure;
use crate::messages;
use crate::questionnaire::Questionnaire;
use crate::report::fleet::{Fleet, Member, Unread};
use crate::report::{self, Files, Report, Since};
use crate::store;

mod load;
use load::load_all;

/// Roll up many assessments (instances, sandboxes, customers): heat map,
/// the gaps they share, hygiene per instance, trend
#[derive(Debug, Args)]
pub struct FleetArgs {
    /// The assessments: names or paths
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub targets: Vec<String>,
    /// Every saved assessment too
    #[arg(long)]
    pub all: bool,
    /// Only the assessments of this organization; nothing of the others
    /// reaches the output
    #[arg(long, value_name = "ORG")]
    pub only: Option<String>,
    /// The format [default: from the -o file's extension, else md]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to FILE (atomically, readable by you only)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Judge as of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub as_of: Option<jiff::civil::Date>,
    /// Compare each with its file at this git revision, or with the file of
    /// the same name in this folder
    #[arg(long, value_name = "REV|DIR")]
    pub since: Option<String>,
    /// check's criteria: one line per instance and match, exit status 3
    #[arg(long, value_name = "LIST", value_parser = parse_criteria)]
    pub fail_on: Option<Criteria>,
}

/// One assessment read, with what it is compared with.
struct Loaded {
    path: PathBuf,
    name: String,
    assessment: Assessment,
    /// What is at its evidence files' paths, read as `report` reads them.
    files: crate::assessment::decisions::FileDigests,
    questionnaire: usize,
    old: Option<(String, Assessment)>,
}

/// Rolls up the assessments and writes the fleet report; with
/// `--fail-on`, prints the matches and exits 3 when there are any.
pub fn run(args: FleetArgs, ctx: &Context) -> Result<(), Failure> {
    let request = &args;
    let l = ctx.lang;
    if request.targets.is_empty() && !request.all {
        return Err(Failure::usage(messages::fleet_needs_targets(l)));
    }
    // What got worse is told against a git revision of one file: `check`'s.
    if let Some(c) = &request.fail_on
        && c.0.contains(&super::check::Criterion::New)
    {
        return Err(Failure::usage(messages::fleet_no_new(l)));
    }
    let format = choose_format(request.format, request.output.as_deref(), l)?;
    if !matches!(
        format,
        Format::Md | Format::Html | Format::Json | Format::Csv
    ) {
        return Err(Failure::usage(messages::fleet_format(l)));
    }
    let as_of = request.as_of.unwrap_or_else(|| ctx.today());
    let mut questionnaires = Vec::new();
    let (loaded, unread, withheld) = load_all(request, ctx, &mut questionnaires)?;
    let unchecked: Vec<String> = unread
        .iter()
        .map(|u| messages::fleet_not_checked(l, &u.name, &u.why))
        .collect();
    let lang = ctx.lang_override.unwrap_or(ctx.lang);
    let members: Vec<Member> = loaded
        .iter()
        .map(|m| member(m, &questionnaires, lang, as_of, ctx))
        .collect();
    let fleet = Fleet::of(
        members,
        unread,
        lang,
        as_of,
        request.only.as_deref().map(str::to_string),
    );
    let gate = request
        .fail_on
        .as_ref()
        .map(|c| c.0.as_slice())
        .map(|criteria| {
            loaded
                .iter()
                .flat_map(|m| {
                    let q = &questionnaires[m.questionnaire];
                    crate::report::gate::lines(&m.path, q, &m.assessment, criteria, as_of, l)
                        .into_iter()
                        .map(|line| crate::sanitize::one_line(&format!("{}: {line}", m.name)))
                })
                .collect::<Vec<_>>()
        });
    let paths: Vec<&Path> = loaded.iter().map(|m| m.path.as_path()).collect();
    write(&fleet, format, request, (gate.is_none(), &paths), ctx)?;
    match gate {
        Some(lines) => {
            let checked = Checked {
                loaded: loaded.len(),
                unchecked: &unchecked,
                withheld,
                as_of,
            };
            verdict(&lines, &checked, request.only.as_deref(), l)
        }
        None => Ok(()),
    }
}

/// What a `--fail-on` run checked and could not.
struct Checked<'a> {
    loaded: usize,
    unchecked: &'a [String],
    withheld: usize,
    as_of: Date,
}

/// The gate's lines and exit: 1 when anything could not be checked (or
/// `--only` matched nothing), else 3 on matches, else 0.
fn verdict(
    lines: &[String],
    c: &Checked,
    only: Option<&str>,
    l: crate::lang::Lang,
) -> Result<(), Failure> {
    // A gate never passes on what it did not check: every instance not
    // read is named (or, under --only, counted), and --only that matches
    // nothing is no pass either.
    let only_nothing = only.is_some() && c.loaded == 0;
    if !c.unchecked.is_empty() || c.withheld > 0 || only_nothing {
        let mut out: Vec<String> = lines.to_vec();
        out.extend(c.unchecked.iter().map(|u| crate::sanitize::one_line(u)));
        if c.withheld > 0 {
            out.push(messages::fleet_withheld(l, c.withheld));
        }
        if !out.is_empty() {
            print(&format!("{}\n", out.join("\n")))?;
        }
        return Err(Failure::new(messages::fleet_gate_incomplete(
            l,
            c.loaded,
            c.unchecked.len() + c.withheld,
            only.filter(|_| only_nothing),
        )));
    }
    if lines.is_empty() {
        return print(&format!(
            "{}\n",
            messages::fleet_clean(l, c.loaded, c.as_of)
        ));
    }
    print(&format!("{}\n", lines.join("\n")))?;
    Err(Failure::Findings(messages::fleet_matched(
        l,
        lines.len(),
        c.loaded,
    )))
}

/// Writes the report to `-o` (never over an assessment, its backup or
/// lock, or into the data folder), or to standard output unless the
/// gate's lines go there instead.
fn write(
    fleet: &Fleet,
    format: Format,
    request: &FleetArgs,
    (to_stdout, assessments): (bool, &[&Path]),
    ctx: &Context,
) -> Result<(), Failure> {
    let separator = report::csv::Separator::for_lang(fleet.lang);
    let text = match format {
        Format::Html => report::fleet::html::render(fleet),
        Format::Json => report::fleet::json::render(fleet)?,
        Format::Csv => report::fleet::csv::render(fleet, separator)?,
        _ => report::fleet::markdown::render(fleet),
    };
    match request.output.as_deref() {
        Some(out) => {
            let data = ctx.data().ok();
            // The empty path stands for none: the data folder is refused
            // even when no assessment was kept.
            let own = assessments
                .iter()
                .copied()
                .chain([Path::new("")])
                .find_map(|a| store::own_file(out, a, data.as_ref()));
            if let Some(own) = own {
                return Err(Failure::usage(messages::report_output_own(
                    ctx.lang, out, own,
                )));
            }
            report::write_file(out, &text)?;
            print(&format!("{}\n", messages::report_written(ctx.lang, out)))
        }
        None if to_stdout => print_document(&text),
        None => Ok(()),
    }
}

/// One member's model.
fn member<'a>(
    m: &'a Loaded,
    questionnaires: &'a [Questionnaire],
    lang: crate::lang::Lang,
    as_of: Date,
    ctx: &Context,
) -> Member<'a> {
    // The evidence files were read as `report` reads them, so that
    // "evidence-backed" is the same number in both.
    let report = Report::new(
        &questionnaires[m.questionnaire],
        &m.assessment,
        &m.name,
        lang,
        ctx.now(),
        Files::Checked(&m.files),
    )
    .as_of(as_of)
    .since(
        m.old
            .as_ref()
            .map(|(name, assessment)| Since { name, assessment }),
    )
    .charts(false);
    Member {
        name: m.name.clone(),
        model: report.model(),
    }
}
