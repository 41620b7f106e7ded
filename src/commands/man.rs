//! `srm-assess man [--dir DIR]`: the manual. On standard output, one page
//! that covers every command (and points to no other page); with `--dir`,
//! `srm-assess.1` and one page per command, each pointing only to pages
//! written beside it.

use clap::Args;

use std::io::Write;

use super::print_raw;
use crate::error::Failure;

/// Print the manual page (roff): one page covering every command; with
/// --dir, write srm-assess.1 and a page per command into DIR instead
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write the pages into this folder (created if missing)
    #[arg(long, value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,
}

/// Prints the single page, or writes every page into `dir`.
pub fn run(args: ManArgs, command: clap::Command, ctx: &super::Context) -> Result<(), Failure> {
    let (dir, lang) = (args.dir.as_deref(), ctx.lang);
    let failed = |e: std::io::Error| {
        Failure::new(crate::messages::cannot_write_man(
            lang,
            crate::messages::io_error(lang, &e),
        ))
    };
    let mut command = command.disable_help_subcommand(true);
    command.build();
    if let Some(dir) = dir {
        std::fs::create_dir_all(dir).map_err(failed)?;
        clap_mangen::generate_to(command, dir).map_err(failed)?;
        return print_raw(&format!("{}\n", crate::messages::man_written(lang, dir)));
    }
    let mut out = Vec::new();
    one_page(&command, &mut out).map_err(failed)?;
    print_raw(&String::from_utf8_lossy(&out))
}

/// The main page's sections, then a COMMANDS section with each command's
/// purpose and usage, instead of pointers to pages that may not exist.
fn one_page(command: &clap::Command, out: &mut dyn Write) -> std::io::Result<()> {
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    writeln!(out, ".SH COMMANDS")?;
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let about = sub
            .get_long_about()
            .or_else(|| sub.get_about())
            .map(ToString::to_string)
            .unwrap_or_default();
        let usage = sub
            .clone()
            .bin_name(format!("srm-assess {}", sub.get_name()))
            .render_usage()
            .to_string();
        let usage = usage.trim_start_matches("Usage: ");
        writeln!(out, ".TP")?;
        writeln!(out, "\\fB{}\\fR", roff(sub.get_name()))?;
        writeln!(out, "{}", roff(&about))?;
        writeln!(out, ".br")?;
        writeln!(out, "\\fI{}\\fR", roff(usage))?;
    }
    writeln!(out, ".PP")?;
    writeln!(
        out,
        "{}",
        roff(
            "srm-assess COMMAND --help lists a command's options; srm-assess man --dir DIR writes a page per command."
        )
    )?;
    man.render_version_section(out)
}

/// Text made safe for roff: backslashes and dashes escaped, and no line
/// starting with a control character.
fn roff(text: &str) -> String {
    text.lines()
        .map(|line| {
            let line = line.replace('\\', "\\e").replace('-', "\\-");
            if line.starts_with('.') || line.starts_with('\'') {
                format!("\\&{line}")
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
