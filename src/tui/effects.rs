//! Performs the effects [`super::update`] asks for: file input and output,
//! with every outcome reported in the status line. No terminal code here.

use std::path::Path;

use super::app::{App, ListEntry, Screen};
use super::update::Effect;
use super::walk::Overlay;
use crate::report::markdown;
use crate::store::listing;
use crate::store::{self, DataDir, Document};

/// Applies an action and performs the effects it asks for.
pub fn apply(app: &mut App, action: super::action::Action, data: &DataDir) {
    for effect in super::update::update(app, action) {
        perform(app, effect, data);
    }
}

/// Takes in what another process saved meanwhile (a second window, a
/// script); returns whether the screen must be redrawn.
pub fn refresh(app: &mut App) -> bool {
    let Screen::Walk(walk) = &mut app.screen else {
        return false;
    };
    let changed = walk.doc.refresh();
    if changed {
        walk.recount();
    }
    changed
}

/// Performs one effect.
pub fn perform(app: &mut App, effect: Effect, data: &DataDir) {
    match effect {
        Effect::Save => save(app),
        Effect::WriteReport => write_report(app),
        Effect::Warn(text) => app.warn(text),
        Effect::OpenUrl(url) => match open::that_detached(&url) {
            Ok(()) => app.say(crate::messages::tui_opened(app.lang, &url)),
            Err(e) => app.warn(crate::messages::tui_cannot_open(
                app.lang,
                &url,
                &e.to_string(),
            )),
        },
        Effect::RecordEvidenceFile {
            id,
            path,
            observed,
            note,
        } => record_evidence_file(app, &id, &path, observed, note),
        Effect::QuitIfSaved => match &mut app.screen {
            Screen::Walk(walk) if walk.unsaved() > 0 => walk.overlay = Overlay::Unsaved,
            _ => app.quit = true,
        },
        Effect::Open(path) => match Document::open(&path) {
            Ok(doc) => open(app, doc, data),
            Err(e) => app.warn(crate::messages::store_error(app.lang, &e)),
        },
        Effect::Create { name, details } => create(app, data, &name, &details),
    }
}

/// Creates the assessment the start screen's form describes and opens
/// it; a refusal is shown in the form, with the cursor in the field to fix.
fn create(app: &mut App, data: &DataDir, name: &str, details: &[String; 3]) {
    use super::walk::Field;
    use crate::store::create::{CreateRefusal, NewAssessment, Place};
    let questionnaire = std::rc::Rc::clone(&app.questionnaire);
    let new = NewAssessment {
        place: Place::Name(name),
        details: details.each_ref().map(|d| Some(d.as_str())),
        questionnaire: &questionnaire,
        questionnaire_file: app.questionnaire_file.as_deref(),
        lang: app.lang,
        now: (app.clock)(),
    };
    let refusal = match store::create::create(&new, data) {
        Ok(doc) => return open(app, doc, data),
        Err(refusal) => refusal,
    };
    let field = match &refusal {
        CreateRefusal::Place(_)
        | CreateRefusal::FileNameTooLong(_)
        | CreateRefusal::Clash { .. } => Some(Field::Name),
        CreateRefusal::Details(r) => Some(Field::detail(r.field)),
        CreateRefusal::Store(_) => None,
    };
    let words = crate::messages::create_refused_in_form(app.lang, &refusal);
    if let Screen::Start(start) = &mut app.screen
        && let Some(form) = start.create.as_mut()
    {
        form.error = Some(words);
        if let Some(field) = field {
            form.focus_on(field);
        }
    }
}

fn open(app: &mut App, mut doc: Document, data: &DataDir) {
    use store::questionnaire_file::{Resolved, Vouched, resolve};
    // The questionnaire it answers, by the command line's rule: one given
    // with --questionnaire wins; else the file the assessment recorded
    // (said when it changed), else the one the interface started with.
    let mut record = None;
    if app.questionnaire_file.is_none() {
        let recorded = doc.assessment().questionnaire.clone();
        match resolve(doc.path(), &recorded, &Vouched::load(data.root())) {
            Ok(Resolved::InUse) => app.questionnaire = std::rc::Rc::clone(&app.launched),
            Ok(Resolved::Read {
                questionnaire,
                file,
                changed,
            }) => {
                if changed.is_some() {
                    app.warn(crate::messages::questionnaire_file_changed(
                        app.lang,
                        doc.path(),
                        &file,
                    ));
                }
                app.questionnaire = std::rc::Rc::new(*questionnaire);
                record = changed;
            }
            Err(why) => {
                let words = crate::messages::questionnaire_unresolved(
                    app.lang,
                    doc.path(),
                    &recorded,
                    &why,
                );
                return app.warn(words);
            }
        }
    }
    let path = doc.path().display().to_string();
    let quoted = crate::sanitize::shell_quote(&path);
    let command = |questionnaire: Option<&str>| match questionnaire {
        Some(file) => format!(
            "srm-assess --questionnaire {} open {quoted}",
            crate::sanitize::shell_quote(file)
        ),
        None => format!("srm-assess open {quoted}"),
    };
    let mismatch =
        crate::assessment::questionnaire_mismatch(doc.assessment(), &app.questionnaire, command);
    if let Some(why) = mismatch {
        let why = crate::messages::questionnaire_mismatch(app.lang, &why);
        app.warn(format!("{path}: {why}"));
        return;
    }
    doc.use_questionnaire(&app.questionnaire);
    if let Some((file, sha256)) = record {
        doc.set_questionnaire_file(file, sha256);
    }
    app.open(doc);
}

fn save(app: &mut App) {
    let Screen::Walk(walk) = &mut app.screen else {
        return;
    };
    match walk.doc.save() {
        Ok(report) => {
            walk.save_error = None;
            if report.merged_others {
                walk.recount();
            }
            let now = (app.clock)().to_zoned_datetime(crate::clock::system_zone());
            let time = now.strftime("%H:%M").to_string();
            match report.overwritten.first() {
                Some(id) => app.warn(crate::messages::tui_overwritten(app.lang, id)),
                None => app.say(crate::messages::tui_saved_at(app.lang, &time)),
            }
        }
        Err(e) => {
            let said = crate::messages::store_error(app.lang, &e);
            let warning = crate::messages::tui_save_failed(app.lang, &said);
            walk.save_error = Some(said);
            app.warn(warning);
        }
    }
}

/// Hashes the file and records it as evidence (a path relative to the
/// assessment's folder is taken from there), then saves.
fn record_evidence_file(
    app: &mut App,
    id: &str,
    path: &str,
    observed: jiff::civil::Date,
    note: String,
) {
    let Screen::Walk(walk) = &mut app.screen else {
        return;
    };
    if walk.question().id != id {
        return;
    }
    let assessment = walk.doc.path().to_path_buf();
    let given = Path::new(path);
    let file = match assessment.parent() {
        Some(folder) if given.is_relative() && !folder.as_os_str().is_empty() => folder.join(given),
        _ => given.to_path_buf(),
    };
    match store::evidence::file_reference(&assessment, &file) {
        Ok((reference, sha256)) => {
            let mut entry = walk.current_entry();
            entry.record_evidence(crate::assessment::Evidence {
                reference: reference.clone(),
                observed,
                recorded: walk.today,
                sha256: Some(sha256),
                note,
            });
            let suspicious = crate::assessment::typed::newly_suspicious(walk.doc.entry(id), &entry);
            walk.set_entry(entry);
            save(app);
            if !app.status.as_ref().is_some_and(|s| s.is_error()) {
                app.say(crate::messages::tui_evidence_recorded(app.lang, &reference));
                if let Some(s) = suspicious.first() {
                    app.warn(crate::messages::suspicious_warning(app.lang, id, s));
                }
            }
        }
        Err(e) => app.warn(crate::messages::store_error(app.lang, &e)),
    }
}

fn write_report(app: &mut App) {
    let Some(doc) = app.walk().map(|w| w.document()) else {
        return;
    };
    let path = doc.path().with_extension("md");
    let name = store::display_name(doc.path());
    // `--lang` when given, else the assessment's language, as `report`.
    let lang = app.report_lang.unwrap_or(doc.assessment().lang);
    let Some(walk) = app.walk() else {
        return;
    };
    let text = markdown::render(&walk.report(&name, lang, (app.clock)()).model());
    match crate::report::write_file(&path, &text) {
        Ok(()) => app.say(crate::messages::report_written(app.lang, &path)),
        Err(e) => app.warn(crate::messages::store_error(app.lang, &e)),
    }
}

/// The saved assessments for the start screen.
pub fn entries(
    data: &DataDir,
    questionnaire: &crate::questionnaire::Questionnaire,
    lang: crate::lang::Lang,
) -> Vec<ListEntry> {
    let today = crate::assessment::local_date(crate::assessment::now());
    let vouched = store::questionnaire_file::Vouched::load(data.root());
    data.list()
        .unwrap_or_default()
        .iter()
        .map(|path: &std::path::PathBuf| entry(path, questionnaire, today, lang, &vouched))
        .collect()
}

fn entry(
    path: &Path,
    questionnaire: &crate::questionnaire::Questionnaire,
    today: jiff::civil::Date,
    lang: crate::lang::Lang,
    vouched: &store::questionnaire_file::Vouched,
) -> ListEntry {
    let row = listing::row(path, questionnaire, today, vouched);
    let broken = row.broken();
    let [name, _, progress, gaps, changed, notes] = crate::messages::list_cells(lang, &row);
    ListEntry {
        name,
        path: path.to_path_buf(),
        progress: if broken { notes } else { progress },
        gaps,
        changed,
    }
}
