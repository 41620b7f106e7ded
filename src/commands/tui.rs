//! `srm-assess` (start screen), `srm-assess open NAME|PATH`, and `new`
//! without `--no-open`: the interactive interface.

use super::{Context, open_assessment};
use crate::error::Failure;
use crate::tui::app::App;
use crate::tui::{effects, terminal};

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
pub fn open(target: &str, ctx: &Context) -> Result<(), Failure> {
    if terminal::kind() == terminal::TerminalKind::Dumb {
        eprintln!("{}", crate::messages::dumb_terminal_note(ctx.lang));
        return super::ask::run(target, ctx);
    }
    terminal::check_terminal()?;
    let data = ctx.data()?;
    let (questionnaire, doc) = open_assessment(target, ctx)?;
    let mut app = App::new(questionnaire, ctx.lang, Vec::new());
    app.set_report_lang(ctx.lang_override);
    app.open(doc);
    Ok(terminal::run(app, &data)?)
}
