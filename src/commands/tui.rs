//! `srm-assess` (start screen), `srm-assess open NAME|PATH`, and `new`
//! without `--no-open`: the interactive interface.

use clap::Args;
use clap_complete::engine::ArgValueCompleter;

use super::{Context, open_assessment};
use crate::error::Failure;
use crate::tui::app::App;
use crate::tui::{effects, terminal};

/// Open an assessment in the interactive interface
#[derive(Debug, Args)]
pub struct OpenArgs {
    /// The assessment: a name or a path
    #[arg(value_name = "NAME|PATH", add = ArgValueCompleter::new(super::values::complete_assessment))]
    pub target: String,
}

/// Opens the start screen: saved assessments and the create form.
pub fn start(ctx: &Context) -> Result<(), Failure> {
    terminal::check_terminal()?;
    let lang = ctx.lang;
    let data = ctx.data()?;
    let questionnaire = ctx.questionnaire()?;
    let entries = effects::entries(&data, &questionnaire, ctx.lang);
    let mut app = App::new(questionnaire, lang, entries);
    app.set_questionnaire_file(ctx.questionnaire_file().map(std::path::Path::to_path_buf));
    app.set_report_lang(ctx.lang_override);
    Ok(terminal::run(app, &data)?)
}

/// Opens an assessment in the walk, resuming at the first unanswered
/// question; on a dumb terminal, the line-by-line walk instead.
pub fn run(args: OpenArgs, ctx: &Context) -> Result<(), Failure> {
    open(&args.target, ctx)
}

/// The interface on the assessment `target` (a name or a path).
pub fn open(target: &str, ctx: &Context) -> Result<(), Failure> {
    if terminal::kind() == terminal::TerminalKind::Dumb {
        eprintln!("{}", crate::messages::dumb_terminal_note(ctx.lang));
        return super::ask::plain_walk(target, ctx);
    }
    terminal::check_terminal()?;
    let data = ctx.data()?;
    let (questionnaire, doc) = open_assessment(target, ctx)?;
    let mut app = App::new(questionnaire, ctx.lang, Vec::new());
    app.set_report_lang(ctx.lang_override);
    app.open(doc);
    Ok(terminal::run(app, &data)?)
}
