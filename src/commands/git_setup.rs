//! `srm-assess git-setup [--local|--global] [PATTERN ...]`: the
//! `.gitattributes` lines that give assessment files srm-assess's merge
//! driver and diff, and the git configuration that defines both (printed,
//! or set with `--local` or `--global`).

use super::{Context, print};
use crate::error::Failure;
use crate::messages;
use crate::store::git::{self, Scope};
use crate::store::gitattributes;
use clap::Args;

/// Make git merge assessment files per question and diff them as answers:
/// writes .gitattributes here and prints the git config (or sets it)
#[derive(Debug, Args)]
pub struct GitSetupArgs {
    /// The files to set up, as .gitattributes patterns relative to this
    /// folder [default: the assessment files found under it]
    #[arg(value_name = "PATTERN")]
    pub patterns: Vec<String>,
    /// Set the configuration in this repository (.git/config)
    #[arg(long, conflicts_with = "global")]
    pub local: bool,
    /// Set the configuration for all your repositories (~/.gitconfig)
    #[arg(long)]
    pub global: bool,
}

/// Writes .gitattributes and prints or sets the configuration.
pub fn run(args: GitSetupArgs, ctx: &Context) -> Result<(), Failure> {
    let scope = match (args.local, args.global) {
        (true, _) => Some(Scope::Local),
        (_, true) => Some(Scope::Global),
        _ => None,
    };
    setup(&args.patterns, scope, ctx)
}

/// The name of the merge driver and the diff in git's configuration.
const DRIVER: &str = "srm-assess";

/// Writes `.gitattributes` in the current folder for `patterns` (the
/// assessment files found under it when none), then prints or sets the
/// configuration.
fn setup(patterns: &[String], scope: Option<Scope>, ctx: &Context) -> Result<(), Failure> {
    let l = ctx.lang;
    let here = std::env::current_dir()
        .map_err(|e| Failure::new(messages::cannot_read_here(l, &messages::io_error(l, &e))))?;
    // --local writes into the repository's configuration: outside one,
    // nothing is written at all.
    if scope == Some(Scope::Local) && !matches!(git::inside_work_tree(&here), Ok(true)) {
        return Err(Failure::new(messages::git_setup_not_a_repository(l, &here)));
    }
    let found = patterns.is_empty();
    let patterns = if found {
        gitattributes::find_assessments(&here)
    } else {
        patterns.to_vec()
    };
    if patterns.is_empty() {
        return Err(Failure::usage(messages::git_setup_nothing_found(l)));
    }
    // A found file name is literal; a typed pattern is the user's glob.
    let lines: Vec<String> = patterns
        .iter()
        .map(|p| gitattributes::attributes_line(p, found))
        .collect();
    let attributes = here.join(".gitattributes");
    let added = gitattributes::add_attributes(&attributes, &lines)?;
    let mut out = messages::git_setup_attributes(l, &attributes, &added, lines.len());
    out.push('\n');
    let config = config(&program());
    match scope {
        None => {
            out.push_str(&messages::git_setup_run_these(l));
            out.push('\n');
            for (key, value) in &config {
                out.push_str(&format!(
                    "git config {key} {}\n",
                    crate::sanitize::shell_quote(value)
                ));
            }
        }
        Some(scope) => {
            for (key, value) in &config {
                git::set_config(&here, scope, key, value)
                    .map_err(|why| Failure::new(messages::git_config_failed(l, key, &why)))?;
            }
            out.push_str(&messages::git_setup_configured(l, scope == Scope::Global));
            out.push('\n');
        }
    }
    print(&out)
}

/// The configuration that defines the merge driver and the diff.
fn config(program: &str) -> [(String, String); 3] {
    [
        (
            format!("merge.{DRIVER}.name"),
            "srm-assess: merge assessment answers per question".to_string(),
        ),
        (
            format!("merge.{DRIVER}.driver"),
            // git expands `%` placeholders anywhere in the line, so a `%`
            // in the program's path is written `%%`.
            format!("{} merge-driver %O %A %B %P", program.replace('%', "%%")),
        ),
        (
            format!("diff.{DRIVER}.textconv"),
            format!("{program} show --git"),
        ),
    ]
}

/// How git's shell finds this program: `srm-assess` when that name on
/// `PATH` is this very program, else its full path, quoted.
fn program() -> String {
    let me = std::env::current_exe().and_then(|p| p.canonicalize());
    let on_path = std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| {
            let candidate = dir.join(DRIVER);
            matches!((&me, candidate.canonicalize()), (Ok(me), Ok(c)) if *me == c)
        })
    });
    match me {
        Ok(me) if !on_path => crate::sanitize::shell_quote(&me.display().to_string()),
        _ => DRIVER.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::config;
    use crate::sanitize::shell_quote;

    #[test]
    fn a_percent_in_the_program_path_is_not_a_placeholder() {
        let [_, (_, driver), (_, textconv)] = config("'/opt/100%P dir/srm-assess'");
        assert_eq!(
            driver,
            "'/opt/100%%P dir/srm-assess' merge-driver %O %A %B %P"
        );
        // textconv takes no placeholders.
        assert_eq!(textconv, "'/opt/100%P dir/srm-assess' show --git");
    }

    #[test]
    fn a_path_with_spaces_or_quotes_stays_one_word() {
        assert_eq!(shell_quote("/usr/bin/srm-assess"), "/usr/bin/srm-assess");
        assert_eq!(shell_quote("/My Tools/srm"), "'/My Tools/srm'");
        assert_eq!(shell_quote("it's"), "'it'\\''s'");
    }
}
