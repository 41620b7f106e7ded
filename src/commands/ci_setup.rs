//! `srm-assess ci-setup [PATH ...]`: writes `.github/workflows/srm-assess.yml`,
//! a GitHub Actions workflow that probes Zendesk every week with a token
//! minted per run, uploads `check --format sarif` to code scanning, writes
//! the job summary and fails on what got worse (`--fail-on new`). Never
//! overwrites a workflow that is there.

use std::path::Path;

use clap::Args;

use super::{Context, print};
use crate::error::Failure;
use crate::messages;

/// Write a GitHub Actions workflow that checks the assessments every week
/// and on pull requests, and fails on what got worse
#[derive(Debug, Args)]
pub struct CiSetupArgs {
    /// The assessment files, relative to this folder (the repository's
    /// root) [default: the assessment files found under it]
    #[arg(value_name = "PATH")]
    pub paths: Vec<String>,
    /// The srm-assess source the workflow builds, as owner/name on GitHub
    /// [default: YOUR-ORG/srm-assess, to edit in the file]
    #[arg(long, value_name = "OWNER/NAME", value_parser = parse_source)]
    pub source: Option<String>,
    /// A branch, tag or commit of that source [default: its default branch]
    #[arg(long = "ref", value_name = "REF", value_parser = parse_ref)]
    pub git_ref: Option<String>,
}

/// `--source`: `owner/name` as GitHub spells repositories.
fn parse_source(text: &str) -> Result<String, String> {
    let ok = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    };
    match text.split_once('/') {
        Some((owner, name)) if ok(owner) && ok(name) => Ok(text.to_string()),
        _ => Err(crate::messages::ci_setup_bad_source(
            crate::lang::Lang::En,
            text,
        )),
    }
}

/// `--ref`: a git reference as git spells one (no spaces, quotes or
/// expressions).
fn parse_ref(text: &str) -> Result<String, String> {
    let ok = !text.is_empty()
        && !text.starts_with('-')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'));
    if ok {
        Ok(text.to_string())
    } else {
        Err(crate::messages::ci_setup_bad_ref(
            crate::lang::Lang::En,
            text,
        ))
    }
}

/// The source named when `--source` is not given: to be edited.
const PLACEHOLDER: &str = "YOUR-ORG/srm-assess";

/// Where the workflow is written, under the current folder.
pub const WORKFLOW: &str = ".github/workflows/srm-assess.yml";

/// The workflow, with `@@PATHS@@` and `@@MATRIX@@` for the files, and
/// `@@SOURCE@@` and `@@REF@@` for the srm-assess it builds.
const TEMPLATE: &str = include_str!("ci_setup/workflow.yml");

/// Writes the workflow for the files given or found.
pub fn run(args: CiSetupArgs, ctx: &Context) -> Result<(), Failure> {
    let l = ctx.lang;
    let here = std::env::current_dir()
        .map_err(|e| Failure::new(messages::cannot_read_here(l, &messages::io_error(l, &e))))?;
    let paths = if args.paths.is_empty() {
        crate::store::gitattributes::find_assessments(&here)
    } else {
        args.paths.iter().map(|p| p.replace('\\', "/")).collect()
    };
    if paths.is_empty() {
        return Err(Failure::usage(messages::ci_setup_nothing_found(l)));
    }
    if let Some(bad) = paths.iter().find(|p| !fits_a_workflow(p)) {
        return Err(Failure::usage(messages::ci_setup_bad_path(l, bad)));
    }
    let mut files = Vec::new();
    for path in &paths {
        let (_, assessment, _) = super::read_assessment(path, ctx)?;
        let host = crate::probe::BaseUrl::for_subdomain(&assessment.metadata.instance)
            .map(|base| base.host().to_string())
            .unwrap_or_default();
        files.push((path.clone(), host));
    }
    let source = args.source.as_deref().unwrap_or(PLACEHOLDER);
    let text = workflow(&files, source, args.git_ref.as_deref().unwrap_or(""));
    let file = here.join(WORKFLOW);
    write_new(&file, &text, l)?;
    print(&format!(
        "{}\n",
        messages::ci_setup_written(l, Path::new(WORKFLOW), &paths, args.source.is_none())
    ))
}

/// Whether `path` can stand in the workflow as it is: relative, inside
/// the repository, and free of what YAML, GitHub's expressions or its path
/// filters would read as something else.
fn fits_a_workflow(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.split('/').any(|part| part == "..")
        && !path.contains("${{")
        && !path
            .chars()
            .any(|c| c.is_control() || matches!(c, '*' | '?' | '[' | ']' | '!' | '\'' | '"'))
}

/// The workflow for `files` (each path already [`fits_a_workflow`], with
/// the Zendesk host its assessment names, or nothing), building srm-assess
/// from `source` at `git_ref`.
pub fn workflow(files: &[(String, String)], source: &str, git_ref: &str) -> String {
    let quote = |s: &str| format!("'{}'", s.trim_start_matches("./"));
    let paths: Vec<String> = files
        .iter()
        .map(|(p, _)| format!("      - {}", quote(p)))
        .collect();
    let matrix: Vec<String> = files
        .iter()
        .map(|(p, host)| {
            format!(
                "          - assessment: {}\n            zendesk_host: {}",
                quote(p),
                quote(host)
            )
        })
        .collect();
    TEMPLATE
        .replace("@@PATHS@@", &paths.join("\n"))
        .replace("@@MATRIX@@", &matrix.join("\n"))
        .replace("@@SOURCE@@", source)
        .replace("@@REF@@", &quote(git_ref))
}

/// Writes `text` to `file`, creating its folders, never replacing a file
/// that is there.
fn write_new(file: &Path, text: &str, l: crate::lang::Lang) -> Result<(), Failure> {
    use crate::store::atomic::{Mode, write};
    if std::fs::symlink_metadata(file).is_ok() {
        return Err(Failure::new(messages::ci_setup_exists(l, file)));
    }
    let made = file
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| write(file, text.as_bytes(), Mode::CreateNew));
    made.map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => Failure::new(messages::ci_setup_exists(l, file)),
        _ => Failure::new(messages::cannot_write_file(
            l,
            file,
            &messages::io_error(l, &e),
        )),
    })
}
