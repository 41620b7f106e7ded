//! `srm-assess` (start screen), `srm-assess open NAME|PATH`, and `new`
//! without `--no-open`: the interactive interface.

use std::path::Path;

use super::{load_questionnaire, open_assessment};
use crate::error::Failure;
use crate::lang::Lang;
use crate::store::DataDir;
use crate::tui::app::App;
use crate::tui::{effects, terminal};

/// Opens the start screen: saved assessments and the create form.
pub fn start(
    questionnaire_path: Option<&Path>,
    data_dir: Option<&Path>,
    lang: Lang,
) -> Result<(), Failure> {
    terminal::check_terminal()?;
    let data = DataDir::resolve(data_dir)?;
    let questionnaire = load_questionnaire(questionnaire_path)?;
    let entries = effects::entries(&data, &questionnaire);
    terminal::run(App::new(questionnaire, lang, entries), &data)
}

/// Opens an assessment in the walk, resuming at the first unanswered
/// question; on a dumb terminal, the line-by-line walk instead.
pub fn open(
    target: &str,
    questionnaire_path: Option<&Path>,
    data_dir: Option<&Path>,
    lang: Lang,
) -> Result<(), Failure> {
    if terminal::fit() == terminal::Fit::Dumb {
        eprintln!("{}", crate::messages::dumb_terminal_note());
        return super::ask::run(target, questionnaire_path, data_dir, lang);
    }
    terminal::check_terminal()?;
    let data = DataDir::resolve(data_dir)?;
    let (questionnaire, doc) = open_assessment(target, questionnaire_path, data_dir)?;
    let mut app = App::new(questionnaire, lang, Vec::new());
    app.open(doc);
    terminal::run(app, &data)
}
