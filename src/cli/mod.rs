//! The command line: options and subcommands (clap derive), and the
//! dispatch to each command's module under [`crate::commands`].

use std::path::PathBuf;

use crate::lang::Lang;
use clap::Parser;

pub(crate) mod complete;

/// Walk through the subscriber side of a vendor's shared responsibility
/// model, keep the answers in a TOML file and report the gaps.
#[derive(Debug, Parser)]
#[command(name = "srm-assess", version, about, long_about = None)]
pub struct Cli {
    /// Language of the interface and the questionnaire [default: from the system locale, else en]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// Use this questionnaire file instead of the built-in Zendesk one
    #[arg(long, global = true, value_name = "PATH")]
    pub questionnaire: Option<PathBuf>,

    /// Keep saved assessments in DIR [default: the platform's data folder, e.g. ~/.local/share/srm-assess]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// What to do (without one: the interactive interface's start screen)
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The command line's definition, with the version of the built-in
/// questionnaire in `--version`.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let (id, version, revision) = crate::questionnaire::builtin_id_and_version();
    let version = format!(
        "{} (built-in questionnaire {id} {version}, revision {revision})",
        env!("CARGO_PKG_VERSION")
    );
    Cli::command().version(version)
}

/// Parses the process's arguments; `--help`, `--version` and usage errors
/// exit here (status 0 or 2) as clap does.
pub(crate) fn parse() -> Cli {
    use clap::FromArgMatches;
    // Messages from the parsing itself (a bad answer word, a bad date)
    // follow --lang too: read it before clap does.
    let lang = early_lang(
        std::env::args_os()
            .skip(1)
            .map(|a| a.to_string_lossy().into_owned()),
    )
    .unwrap_or_else(Lang::detect);
    let matches = command().try_get_matches().unwrap_or_else(|_| {
        // Commands are built only when used (`defer`): the top-level help
        // would list them without their descriptions. Help, version and
        // errors come from the whole tree, built.
        let mut whole = command();
        whole.build();
        match whole.try_get_matches() {
            Err(e) => exit_with(&e, lang),
            Ok(matches) => matches,
        }
    });
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit_with(&e, lang))
}

/// Prints clap's error (or its help and version text) and exits with
/// clap's status. An error quotes what was typed, so it is cleaned of
/// control characters first: `srm-assess --lang $'\e]0;x\a'` must not
/// retitle the terminal.
fn exit_with(error: &clap::Error, lang: Lang) -> ! {
    use clap::error::ErrorKind;
    let mut text = error.render().to_string();
    // A value our parsers refused: clap wrote its reason in English (it
    // cannot know the language); say it in the run's.
    let refused = std::error::Error::source(error)
        .and_then(|e| e.downcast_ref::<crate::commands::values::BadValue>());
    if let Some(bad) = refused {
        text = text.replace(&bad.words(Lang::En), &bad.words(lang));
    }
    let code = error.exit_code();
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = crate::commands::print(&text);
        }
        _ => eprint!("{}", crate::sanitize::for_output(&text)),
    }
    std::process::exit(code)
}

impl Cli {
    /// The language to use: `--lang`, else the system locale, else English.
    pub fn language(&self) -> Lang {
        self.lang.unwrap_or_else(Lang::detect)
    }
}

/// `--lang it` or `--lang=it` among the arguments, before they are parsed.
fn early_lang(args: impl Iterator<Item = String>) -> Option<Lang> {
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--lang=") {
            Some(value) => value.to_string(),
            None if arg == "--lang" => args.peek().cloned().unwrap_or_default(),
            None => continue,
        };
        return match value.as_str() {
            "it" => Some(Lang::It),
            "en" => Some(Lang::En),
            _ => None,
        };
    }
    None
}

mod args;
mod run;

pub use crate::commands::values::{AnswerChoice, Criteria, DueChoice};
pub use args::*;
pub use run::main;
