//! The interface's model driven by actions, as the keys would: answering,
//! moving, filters, search, editing, resuming, saving.

use std::path::PathBuf;

use ratatui_textarea::{Input, Key};
use srm_assess::assessment::{Answer, Assessment, Metadata};
use srm_assess::lang::Lang;
use srm_assess::questionnaire;
use srm_assess::store::{DataDir, Document};
use srm_assess::tui::action::Action;
use srm_assess::tui::app::{App, Screen};
use srm_assess::tui::effects::{self, apply};
use srm_assess::tui::keymap::Mode;
use srm_assess::tui::walk::{Filter, Overlay, Walk};

/// The small questionnaire these tests walk (tests/fixtures/navigation.toml):
/// sections of 6, 2, 3 and 1 questions.
fn fixture_questionnaire() -> questionnaire::Questionnaire {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/navigation.toml"
    );
    let text = std::fs::read_to_string(path).expect("fixture");
    questionnaire::Questionnaire::parse(&text, path).expect("valid fixture")
}

/// The clock the decision tests fix: 2026-11-25, noon UTC.
fn fixed() -> jiff::Timestamp {
    "2026-11-25T12:00:00Z".parse().expect("timestamp")
}

struct Harness {
    _dir: tempfile::TempDir,
    data: DataDir,
    path: PathBuf,
    app: App,
}

impl Harness {
    fn new() -> Self {
        Self::with(|_| {})
    }

    /// A harness whose new assessment `prepare` changed before it is saved.
    fn with(prepare: impl FnOnce(&mut Assessment)) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::resolve(Some(dir.path())).expect("data dir");
        let q = fixture_questionnaire();
        let path = data.assessments().join("t.toml");
        let mut assessment = Assessment::new(
            &q,
            Lang::En,
            Metadata::default(),
            "2026-01-01T00:00:00Z".parse().expect("ts"),
        );
        prepare(&mut assessment);
        let doc = Document::create(&path, assessment, &q).expect("create");
        let mut app = App::new(q, Lang::En, Vec::new());
        app.open(doc);
        Harness {
            _dir: dir,
            data,
            path,
            app,
        }
    }

    fn act(&mut self, action: Action) {
        apply(&mut self.app, action, &self.data);
    }

    fn keys(&mut self, actions: &[Action]) {
        for a in actions {
            self.act(a.clone());
        }
    }

    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let key = if c == '\n' { Key::Enter } else { Key::Char(c) };
            self.act(Action::Key(Input {
                key,
                ctrl: false,
                alt: false,
                shift: false,
            }));
        }
    }

    fn on_disk(&self) -> Assessment {
        Document::open(&self.path)
            .expect("reopen")
            .assessment()
            .clone()
    }

    fn walk(&self) -> &Walk {
        self.app.walk().expect("an assessment is open")
    }

    fn id(&self) -> String {
        self.walk().question().id.to_string()
    }
}

#[test]
fn opening_starts_at_the_first_section_introduction() {
    let h = Harness::new();
    assert!(matches!(h.app.screen(), Screen::Walk(_)));
    assert_eq!(h.walk().cursor(), 0);
    assert!(h.walk().intro());
    assert_eq!(h.app.mode(), Mode::Walk);
}

#[test]
fn answer_keys_work_on_the_introduction_and_move_on() {
    let mut h = Harness::new();
    h.act(Action::Answer(Answer::Yes));
    assert_eq!(h.on_disk().answer("access.lifecycle"), Some(Answer::Yes));
    assert_eq!(h.walk().cursor(), 1);
    assert!(!h.walk().intro());
    h.keys(&[
        Action::Answer(Answer::Partial),
        Action::Answer(Answer::No),
        Action::Answer(Answer::Unknown),
    ]);
    let disk = h.on_disk();
    assert_eq!(disk.answer("access.least-privilege"), Some(Answer::Partial));
    assert_eq!(disk.answer("access.review"), Some(Answer::No));
    assert_eq!(disk.answer("access.sso"), Some(Answer::Unknown));
    assert!(
        disk.answers["access.sso"]
            .fingerprint
            .starts_with("sha256:")
    );
    assert_eq!(h.walk().cursor(), 4);
}

#[test]
fn crossing_into_a_section_shows_its_introduction() {
    let mut h = Harness::new();
    h.act(Action::Confirm);
    assert!(!h.walk().intro());
    let last_of_section_one = h.app.questionnaire().sections[0].questions.len() - 1;
    for _ in 0..last_of_section_one {
        h.act(Action::Next);
    }
    assert_eq!(h.id(), "access.devices-policy");
    h.act(Action::Next);
    assert_eq!(h.id(), "integrations.api-sdk");
    assert!(
        h.walk().intro(),
        "entering section II shows its introduction"
    );
    h.act(Action::Next);
    assert!(!h.walk().intro());
    h.act(Action::Prev);
    assert_eq!(h.id(), "access.devices-policy");
}

#[test]
fn sections_move_with_tab_and_back() {
    let mut h = Harness::new();
    h.act(Action::NextSection);
    assert_eq!(h.id(), "integrations.api-sdk");
    h.act(Action::NextSection);
    assert_eq!(h.id(), "data.inventory");
    h.act(Action::Next);
    h.act(Action::Next);
    h.act(Action::PrevSection);
    assert_eq!(
        h.id(),
        "data.inventory",
        "back to the start of the section first"
    );
    h.act(Action::PrevSection);
    assert_eq!(h.id(), "integrations.api-sdk");
}

#[test]
fn reopening_resumes_at_the_first_unanswered_question() {
    let mut h = Harness::new();
    h.keys(&[
        Action::Answer(Answer::Yes),
        Action::Answer(Answer::Yes),
        Action::Answer(Answer::No),
        Action::Answer(Answer::Unknown),
    ]);
    let mut again = App::new(fixture_questionnaire(), Lang::En, Vec::new());
    again.open(Document::open(&h.path).expect("open"));
    assert_eq!(
        again.walk().expect("walk").question().id,
        "access.api-tokens"
    );
    assert!(!again.walk().expect("walk").intro());
}

#[test]
fn not_applicable_needs_a_justification() {
    let mut h = Harness::new();
    h.act(Action::Confirm);
    h.act(Action::NotApplicable);
    assert_eq!(h.app.mode(), Mode::Justification);
    h.act(Action::Confirm);
    assert!(
        matches!(
            h.walk().overlay(),
            Overlay::Justification { error: true, .. }
        ),
        "an empty justification is refused"
    );
    assert_eq!(h.on_disk().answer("access.lifecycle"), None);
    h.act(Action::Back);
    assert_eq!(h.app.mode(), Mode::Walk);
    assert_eq!(h.on_disk().answer("access.lifecycle"), None, "Esc cancels");
    h.act(Action::NotApplicable);
    h.type_text("No agents: we only use the help center.");
    h.act(Action::Confirm);
    let disk = h.on_disk();
    assert_eq!(disk.answer("access.lifecycle"), Some(Answer::Na));
    assert_eq!(
        disk.answers["access.lifecycle"].justification,
        "No agents: we only use the help center."
    );
    assert_eq!(h.walk().cursor(), 1);
}

#[test]
fn notes_are_multi_line_and_saved_when_leaving_the_editor() {
    let mut h = Harness::new();
    h.act(Action::EditNotes);
    assert_eq!(h.app.mode(), Mode::Notes);
    h.type_text("line one\nline two with q and y");
    assert_eq!(
        h.on_disk().answers.get("access.lifecycle"),
        None,
        "nothing saved while typing"
    );
    h.act(Action::Back);
    assert_eq!(
        h.on_disk().answers["access.lifecycle"].notes,
        "line one\nline two with q and y"
    );
    assert_eq!(h.app.mode(), Mode::Walk);
    assert_eq!(
        h.on_disk().answer("access.lifecycle"),
        None,
        "notes do not answer"
    );
}

#[test]
fn quitting_from_the_notes_editor_keeps_the_notes() {
    let mut h = Harness::new();
    h.act(Action::EditNotes);
    h.type_text("typed before Ctrl-C");
    h.act(Action::Quit);
    assert!(h.app.has_quit());
    assert_eq!(
        h.on_disk().answers["access.lifecycle"].notes,
        "typed before Ctrl-C"
    );
}

#[test]
fn owner_and_due_date_are_validated() {
    let mut h = Harness::new();
    h.act(Action::EditOwner);
    h.type_text("Marco");
    h.act(Action::NextField);
    h.type_text("2027-02-30");
    h.act(Action::Confirm);
    let Overlay::Form(form) = h.walk().overlay() else {
        panic!("the form stays open")
    };
    assert!(
        form.error
            .as_deref()
            .is_some_and(|e| e.contains("YYYY-MM-DD"))
    );
    for _ in 0..2 {
        h.act(Action::Key(Input {
            key: Key::Backspace,
            ctrl: false,
            alt: false,
            shift: false,
        }));
    }
    h.type_text("28");
    h.act(Action::Confirm);
    let entry = &h.on_disk().answers["access.lifecycle"];
    assert_eq!(entry.owner, "Marco");
    assert_eq!(
        entry.due.map(|d| d.to_string()).as_deref(),
        Some("2027-02-28")
    );
}

#[test]
fn flag_filters_and_next_unanswered() {
    let mut h = Harness::new();
    h.keys(&[Action::Answer(Answer::Yes), Action::Answer(Answer::No)]);
    h.act(Action::ToggleFlag);
    assert!(h.on_disk().answers["access.review"].flagged);
    h.act(Action::CycleFilter);
    assert_eq!(h.walk().filter(), Filter::Unanswered);
    h.act(Action::CycleFilter);
    assert_eq!(h.walk().filter(), Filter::Gaps);
    assert_eq!(h.id(), "access.least-privilege", "the only gap");
    h.act(Action::Next);
    assert!(
        matches!(h.walk().overlay(), Overlay::Summary),
        "no further gap: the summary"
    );
    h.act(Action::Summary);
    h.act(Action::CycleFilter);
    assert_eq!(h.walk().filter(), Filter::Flagged);
    assert_eq!(h.id(), "access.review");
    h.act(Action::CycleFilter);
    assert_eq!(h.walk().filter(), Filter::All);
    h.act(Action::NextUnanswered);
    assert_eq!(h.id(), "access.sso");
}

#[test]
fn search_narrows_navigation_and_esc_clears_it() {
    let mut h = Harness::new();
    h.act(Action::Search);
    assert_eq!(h.app.mode(), Mode::Search);
    h.type_text("API");
    h.act(Action::Confirm);
    assert_eq!(h.walk().search(), Some("api"));
    assert_eq!(h.id(), "access.api-tokens");
    h.act(Action::Next);
    assert_eq!(h.id(), "integrations.api-sdk");
    h.act(Action::Next);
    assert_eq!(h.id(), "integrations.api-sdk", "no further match");
    h.act(Action::Back);
    assert_eq!(h.walk().search(), None);
}

#[test]
fn the_last_answer_opens_the_summary_and_r_writes_the_report() {
    let mut h = Harness::new();
    for _ in 0..h.app.questionnaire().questions.len() {
        h.act(Action::Answer(Answer::Yes));
    }
    assert!(matches!(h.walk().overlay(), Overlay::Summary));
    h.act(Action::Report);
    let report = h.path.with_extension("md");
    assert!(
        std::fs::read_to_string(&report)
            .expect("report")
            .contains("**100%**")
    );
    let status = h.app.status().cloned().expect("status");
    assert!(
        status.text.contains("t.md") && !status.is_error(),
        "{status:?}"
    );
}

#[test]
fn a_failed_save_is_shown_and_the_answer_kept_for_the_next_save() {
    let mut h = Harness::new();
    std::fs::write(&h.path, "broken = [").expect("break the file");
    h.act(Action::Answer(Answer::Yes));
    let status = h.app.status().cloned().expect("status");
    assert!(
        status.is_error() && status.text.contains("Not saved"),
        "{status:?}"
    );
    assert_eq!(
        h.walk()
            .document()
            .entry("access.lifecycle")
            .and_then(|e| e.answer),
        Some(Answer::Yes)
    );
    let good = srm_assess::assessment::file::to_toml(
        &Assessment::new(
            h.app.questionnaire(),
            Lang::En,
            Metadata::default(),
            "2026-01-01T00:00:00Z".parse().expect("ts"),
        ),
        &h.app.questionnaire().ids(),
    )
    .expect("toml");
    std::fs::write(&h.path, good).expect("repair");
    h.act(Action::Answer(Answer::No));
    let disk = h.on_disk();
    assert_eq!(
        disk.answer("access.lifecycle"),
        Some(Answer::Yes),
        "the earlier answer is saved with the next change"
    );
    assert_eq!(disk.answer("access.least-privilege"), Some(Answer::No));
}

#[test]
fn the_start_screen_creates_and_opens_an_assessment() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::resolve(Some(dir.path())).expect("data");
    let q = questionnaire::builtin().expect("q");
    let entries = effects::entries(&data, &q, Lang::It);
    let mut app = App::new(q, Lang::It, entries);
    assert_eq!(app.mode(), Mode::Start);
    apply(&mut app, Action::Create, &data);
    assert_eq!(app.mode(), Mode::CreateForm);
    for c in "bad name".chars() {
        apply(
            &mut app,
            Action::Key(Input {
                key: Key::Char(c),
                ctrl: false,
                alt: false,
                shift: false,
            }),
            &data,
        );
    }
    apply(&mut app, Action::Confirm, &data);
    assert!(
        start_form(&app).and_then(|f| f.error.clone()).is_some(),
        "a space is refused"
    );
    for _ in 0.."bad name".len() {
        apply(
            &mut app,
            Action::Key(Input {
                key: Key::Backspace,
                ctrl: false,
                alt: false,
                shift: false,
            }),
            &data,
        );
    }
    for c in "acme".chars() {
        apply(
            &mut app,
            Action::Key(Input {
                key: Key::Char(c),
                ctrl: false,
                alt: false,
                shift: false,
            }),
            &data,
        );
    }
    apply(&mut app, Action::NextField, &data);
    for c in "Acme".chars() {
        apply(
            &mut app,
            Action::Key(Input {
                key: Key::Char(c),
                ctrl: false,
                alt: false,
                shift: false,
            }),
            &data,
        );
    }
    apply(&mut app, Action::Confirm, &data);
    assert!(matches!(app.screen(), Screen::Walk(_)));
    let file = data.assessments().join("acme.toml");
    let saved = Document::open(&file).expect("created").assessment().clone();
    assert_eq!(saved.metadata.organization, "Acme");
    assert_eq!(saved.lang, Lang::It);
    // And the list offers it next time.
    let entries = effects::entries(&data, app.questionnaire(), Lang::It);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].name, "acme");
}

#[test]
fn the_kept_tallies_match_a_full_recount_after_every_change() {
    let mut h = Harness::new();
    let actions = [
        Action::Answer(Answer::Yes),
        Action::Answer(Answer::No),
        Action::ToggleFlag,
        Action::Prev,
        Action::Answer(Answer::Partial),
        Action::Prev,
        Action::Answer(Answer::Unknown),
        Action::ToggleFlag,
        Action::NextSection,
        Action::Answer(Answer::Yes),
    ];
    for action in actions {
        h.act(action);
        let full =
            srm_assess::score::breakdown(h.app.questionnaire(), h.walk().document().assessment());
        assert_eq!(*h.walk().tallies(), full);
    }
}

#[test]
fn answers_saved_by_another_window_show_up_in_the_counts() {
    let mut h = Harness::new();
    let mut other = Document::open(&h.path).expect("other window");
    other.set_entry(
        "data.inventory",
        srm_assess::assessment::Entry {
            answer: Some(Answer::Yes),
            ..Default::default()
        },
    );
    other.save().expect("saved");
    h.act(Action::Answer(Answer::No));
    assert_eq!(h.walk().tallies().overall.answered, 2);
}

#[test]
fn notes_that_look_like_a_credential_are_warned_about_once_before_saving() {
    let mut h = Harness::new();
    h.act(Action::EditNotes);
    h.type_text("password = hunter2hunter2");
    h.act(Action::Back);
    assert_eq!(
        h.app.mode(),
        Mode::Notes,
        "the first Esc warns and keeps the editor open"
    );
    assert!(matches!(
        h.walk().overlay(),
        Overlay::Notes { warned: true, .. }
    ));
    assert_eq!(h.on_disk().answers.get("access.lifecycle"), None);
    h.act(Action::Back);
    assert_eq!(h.app.mode(), Mode::Walk);
    assert_eq!(
        h.on_disk().answers["access.lifecycle"].notes,
        "password = hunter2hunter2"
    );
}

/// Below the smallest size the screen only says so: keys whose effect it
/// cannot show do nothing; help, quit and a resize still act.
#[test]
fn a_too_small_terminal_ignores_keys_it_cannot_show() {
    let mut h = Harness::new();
    h.act(Action::Resize(40, 10));
    h.keys(&[
        Action::Answer(Answer::No),
        Action::Answer(Answer::No),
        Action::ToggleFlag,
        Action::Next,
        Action::EditNotes,
    ]);
    assert!(h.on_disk().answers.is_empty(), "nothing was saved");
    assert_eq!(h.walk().cursor(), 0);
    assert!(matches!(h.walk().overlay(), Overlay::None));
    h.act(Action::Help);
    assert!(matches!(h.walk().overlay(), Overlay::Help));
    h.act(Action::Resize(80, 24));
    h.act(Action::Help);
    h.act(Action::Answer(Answer::No));
    assert_eq!(h.on_disk().answer("access.lifecycle"), Some(Answer::No));
    h.act(Action::Resize(59, 24));
    h.act(Action::Quit);
    assert!(h.app.has_quit());
}

/// Quitting after a failed save asks, instead of saying the change is kept
/// and leaving without it.
#[test]
fn quitting_with_unsaved_changes_asks_and_retry_saves_them() {
    let mut h = Harness::new();
    let good = std::fs::read_to_string(&h.path).expect("file");
    std::fs::write(&h.path, "broken = [").expect("break the file");
    h.act(Action::Answer(Answer::Yes));
    h.act(Action::Quit);
    assert!(!h.app.has_quit(), "quit with an unsaved change");
    assert!(matches!(h.walk().overlay(), Overlay::Unsaved));
    assert_eq!(h.app.mode(), Mode::Unsaved);
    assert_eq!(h.app.unsaved(), 1);
    // Retrying while the file is still broken keeps asking.
    h.act(Action::Confirm);
    assert!(!h.app.has_quit());
    assert!(matches!(h.walk().overlay(), Overlay::Unsaved));
    // Esc goes back to the walk, with the answer still there.
    h.act(Action::Back);
    assert!(matches!(h.walk().overlay(), Overlay::None));
    std::fs::write(&h.path, good).expect("repair");
    h.act(Action::Quit);
    assert!(h.app.has_quit(), "saved, so it quits");
    assert_eq!(h.on_disk().answer("access.lifecycle"), Some(Answer::Yes));
}

#[test]
fn quitting_anyway_leaves_without_the_unsaved_changes() {
    let mut h = Harness::new();
    std::fs::write(&h.path, "broken = [").expect("break the file");
    h.act(Action::Answer(Answer::Yes));
    h.act(Action::Quit);
    assert!(!h.app.has_quit());
    h.act(Action::Quit);
    assert!(h.app.has_quit(), "the second q quits anyway");
    assert_eq!(
        std::fs::read_to_string(&h.path).expect("file"),
        "broken = [",
        "the broken file is never overwritten"
    );
}

/// Opening the notes editor and leaving it without typing changes nothing,
/// even when the notes hold tabs or control characters the editor shows
/// cleaned.
#[test]
fn leaving_the_notes_editor_without_an_edit_changes_nothing() {
    let mut h = Harness::new();
    h.act(Action::Confirm);
    let id = h.id();
    let mut entry = srm_assess::assessment::Entry {
        answer: Some(Answer::Partial),
        notes: "col1\tcol2\u{7}bell".into(),
        ..Default::default()
    };
    entry.answered_at = Some("2026-01-01T00:00:00Z".parse().expect("ts"));
    // Written by another window, then taken in.
    let mut doc = Document::open(&h.path).expect("open");
    doc.set_entry(&id, entry);
    doc.save().expect("save");
    assert!(effects::refresh(&mut h.app));
    h.act(Action::Next);
    h.act(Action::Prev);
    let before = std::fs::read(&h.path).expect("file");
    h.act(Action::EditNotes);
    h.act(Action::Back);
    assert!(matches!(h.walk().overlay(), Overlay::None));
    assert_eq!(
        h.walk().document().entry(&id).expect("entry").notes,
        "col1\tcol2\u{7}bell"
    );
    assert!(
        h.app.status().is_none_or(|s| !s.text.contains("Saved")),
        "{:?}",
        h.app.status()
    );
    assert_eq!(std::fs::read(&h.path).expect("file"), before);
}

#[test]
fn an_answer_can_be_cleared_and_the_notes_stay() {
    let mut h = Harness::new();
    h.act(Action::Confirm);
    let id = h.id();
    h.act(Action::Answer(Answer::No));
    h.act(Action::Prev);
    h.act(Action::EditNotes);
    h.type_text("kept");
    h.act(Action::Back);
    h.act(Action::ClearAnswer);
    let disk = h.on_disk();
    assert_eq!(disk.answer(&id), None);
    assert_eq!(disk.answers[&id].notes, "kept");
    assert_eq!(h.walk().tallies().overall.answered, 0);
}

/// A search that matches nothing leaves the view as it was and says so;
/// the message goes once the search is cleared; `/` starts a new query.
#[test]
fn searching_for_nothing_clearing_and_searching_again() {
    let mut h = Harness::new();
    h.act(Action::Search);
    h.type_text("token");
    h.act(Action::Confirm);
    assert_eq!(h.walk().search(), Some("token"));
    let at = h.walk().cursor();
    h.act(Action::Search);
    assert!(
        matches!(h.walk().overlay(), Overlay::Search(q) if q.is_empty()),
        "a new search starts empty"
    );
    h.type_text("zzz-nothing");
    h.act(Action::Confirm);
    assert_eq!(h.walk().search(), Some("token"), "the old view stays");
    assert_eq!(h.walk().cursor(), at);
    let status = h.app.status().cloned().expect("a message");
    assert!(status.text.contains("zzz-nothing"), "{status:?}");
    h.act(Action::Back);
    assert_eq!(h.walk().search(), None);
    assert!(h.app.status().is_none(), "{:?}", h.app.status());
    // Ids and references match too, as the README says.
    h.act(Action::Search);
    h.type_text("access.sso");
    h.act(Action::Confirm);
    assert_eq!(h.id(), "access.sso");
}

/// `w` asks to open the question's setting in the instance's Admin Center;
/// `X` records "not on our plan" where the setting needs a plan.
#[test]
fn the_setting_opens_and_not_on_our_plan_is_one_key() {
    use srm_assess::tui::update::{Effect, update};
    let mut h = Harness::new();
    h.act(Action::Confirm);
    // No instance yet: no link, and a message says what is missing.
    assert!(update(&mut h.app, Action::OpenSetting).is_empty());
    assert!(
        h.app
            .status()
            .is_some_and(|s| s.text.contains("--instance"))
    );
    // With the instance given (by another window, say), reopened.
    let mut doc = Document::open(&h.path).expect("open");
    let mut metadata = doc.assessment().metadata.clone();
    metadata.instance = "acme".into();
    doc.set_metadata(metadata);
    doc.save().expect("save");
    h.app.open(Document::open(&h.path).expect("reopen"));
    h.act(Action::Confirm);
    assert_eq!(
        update(&mut h.app, Action::OpenSetting),
        vec![Effect::OpenUrl(
            "https://acme.zendesk.com/admin/people/team/members".into()
        )]
    );
    // access.lifecycle does not depend on the plan.
    h.act(Action::NotOnOurPlan);
    assert_eq!(h.on_disk().answer("access.lifecycle"), None);
    let audit = h
        .app
        .questionnaire()
        .questions
        .iter()
        .position(|q| q.id == "monitoring.audit-log")
        .expect("audit log");
    h.app.go_to(audit, false);
    h.act(Action::NotOnOurPlan);
    let entry = h.on_disk().answers["monitoring.audit-log"].clone();
    assert_eq!(entry.answer, Some(Answer::Na));
    assert!(
        entry.justification.contains("Enterprise"),
        "{}",
        entry.justification
    );
}

/// The model takes its time from an injected clock, so tests fix it.
#[test]
fn answers_are_stamped_with_the_apps_clock() {
    fn fixed() -> jiff::Timestamp {
        "2030-01-02T03:04:05Z".parse().expect("timestamp")
    }
    let mut h = Harness::new();
    h.app.set_clock(fixed);
    h.act(Action::Answer(Answer::Yes));
    let entry = h.on_disk().answers["access.lifecycle"].clone();
    assert_eq!(entry.answered_at, Some(fixed()));
}

fn start_form(app: &App) -> Option<&srm_assess::tui::app::CreateForm> {
    match app.screen() {
        Screen::Start(start) => start.create_form(),
        Screen::Walk(_) => None,
    }
}

/// `a` accepts the gap as a risk through a form that checks what it is
/// given; emptying every field revokes it. A question that is no gap
/// cannot be accepted.
#[test]
fn a_gap_is_accepted_as_a_risk_and_revoked_from_the_interface() {
    let mut h = Harness::new();
    h.app.set_clock(fixed);
    h.act(Action::Confirm);
    h.act(Action::AcceptRisk);
    assert!(
        matches!(h.walk().overlay(), Overlay::None),
        "unanswered: no form"
    );
    assert!(
        h.app
            .status()
            .is_some_and(|s| s.text.contains("Only a gap"))
    );
    h.act(Action::Answer(Answer::No));
    h.act(Action::Prev);
    assert_eq!(h.id(), "access.lifecycle");
    h.act(Action::AcceptRisk);
    assert_eq!(h.app.mode(), Mode::Form);
    h.type_text("Maria (CISO)");
    h.act(Action::NextField);
    h.type_text("2026-11-24");
    h.act(Action::Confirm);
    let Overlay::Form(form) = h.walk().overlay() else {
        panic!("refused: the form stays open")
    };
    assert_eq!(form.focus, 1);
    assert!(
        form.error
            .as_deref()
            .is_some_and(|e| e.contains("2026-11-25"))
    );
    // Delete the date and type a later one.
    for _ in 0..10 {
        h.act(Action::Key(Input {
            key: Key::Backspace,
            ctrl: false,
            alt: false,
            shift: false,
        }));
    }
    h.type_text("2027-03-31");
    h.act(Action::Confirm);
    let Overlay::Form(form) = h.walk().overlay() else {
        panic!("no reason yet")
    };
    assert_eq!(form.focus, 2);
    h.type_text("Migration in Q1");
    h.act(Action::Confirm);
    assert!(matches!(h.walk().overlay(), Overlay::None));
    let a = h.on_disk().answers["access.lifecycle"]
        .acceptance
        .clone()
        .expect("accepted");
    assert_eq!(
        (a.by.as_str(), a.until.to_string(), a.reason.as_str()),
        ("Maria (CISO)", "2027-03-31".to_string(), "Migration in Q1")
    );
    assert_eq!(a.approved.to_string(), "2026-11-25");
    assert!(h.walk().standing(h.walk().question()).accepted);
    // Emptying every field revokes it.
    h.act(Action::AcceptRisk);
    for field in 0..3 {
        for _ in 0..40 {
            h.act(Action::Key(Input {
                key: Key::Backspace,
                ctrl: false,
                alt: false,
                shift: false,
            }));
        }
        if field < 2 {
            h.act(Action::NextField);
        }
    }
    h.act(Action::Confirm);
    assert_eq!(h.on_disk().answers["access.lifecycle"].acceptance, None);
}

/// `E` records evidence: a web address at once, a file hashed (relative to
/// the assessment's folder), a missing file refused in the status line.
#[test]
fn evidence_is_recorded_from_the_interface() {
    let mut h = Harness::new();
    h.act(Action::Confirm);
    h.act(Action::AddEvidence);
    assert_eq!(h.app.mode(), Mode::Form);
    h.type_text("https://wiki.example.com/offboarding");
    h.act(Action::Confirm);
    let entry = h.on_disk().answers["access.lifecycle"].clone();
    assert_eq!(entry.evidence.len(), 1);
    assert_eq!(
        entry.evidence[0].reference,
        "https://wiki.example.com/offboarding"
    );
    assert_eq!(entry.evidence[0].sha256, None);
    // A file next to the assessment.
    let folder = h.path.parent().expect("folder").to_path_buf();
    std::fs::write(folder.join("offboarding.pdf"), "checklist").expect("file");
    h.act(Action::AddEvidence);
    h.type_text("offboarding.pdf");
    h.act(Action::Confirm);
    let entry = h.on_disk().answers["access.lifecycle"].clone();
    assert_eq!(entry.evidence.len(), 2);
    assert_eq!(entry.evidence[1].reference, "offboarding.pdf");
    assert!(entry.evidence[1].sha256.is_some());
    // A file that does not exist: refused, nothing recorded.
    h.act(Action::AddEvidence);
    h.type_text("missing.pdf");
    h.act(Action::Confirm);
    assert!(
        h.app
            .status()
            .is_some_and(|s| s.is_error() && s.text.contains("missing.pdf"))
    );
    assert_eq!(h.on_disk().answers["access.lifecycle"].evidence.len(), 2);
}

/// An observation suggesting `suggests` for a question.
fn observation(
    suggests: srm_assess::assessment::Suggestion,
) -> srm_assess::assessment::Observation {
    srm_assess::assessment::Observation {
        rule: "host-mapping".into(),
        endpoint: "/api/v2/brands".into(),
        field: "/brands/*/host_mapping".into(),
        value: srm_assess::assessment::Observed::Count(0),
        total: Some(1),
        names: Vec::new(),
        status: 200,
        fetched_at: "2026-01-01T00:00:00Z".parse().expect("ts"),
        sha256: "0".repeat(64),
        suggests,
        direct: true,
        facts: Default::default(),
    }
}

#[test]
fn t_takes_the_probes_suggestion_and_records_where_it_came_from() {
    use srm_assess::assessment::Suggestion;
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::resolve(Some(dir.path())).expect("data dir");
    let q = fixture_questionnaire();
    let mut assessment = Assessment::new(
        &q,
        Lang::En,
        Metadata::default(),
        "2026-01-01T00:00:00Z".parse().expect("ts"),
    );
    assessment
        .observations
        .insert("access.lifecycle".into(), vec![observation(Suggestion::Na)]);
    assessment.observations.insert(
        "access.least-privilege".into(),
        vec![observation(Suggestion::Hint)],
    );
    let path = data.assessments().join("t.toml");
    let doc = Document::create(&path, assessment, &q).expect("create");
    let mut app = App::new(q, Lang::En, Vec::new());
    app.open(doc);
    let walk = |app: &App| app.walk().expect("open").question().id.clone();
    apply(&mut app, Action::Next, &data);
    assert_eq!(walk(&app), "access.lifecycle");
    apply(&mut app, Action::TakeSuggestion, &data);
    let saved = Document::open(&path).expect("reopen").assessment().clone();
    let entry = &saved.answers["access.lifecycle"];
    assert_eq!(entry.answer, Some(Answer::Na));
    assert!(entry.from_probe);
    // Not applicable needs a reason: the probe's own words stand in.
    assert!(
        entry.justification.contains("Seen through the Zendesk API"),
        "{}",
        entry.justification
    );
    // The walk moved on; a hint is no suggestion: nothing changes.
    assert_eq!(walk(&app), "access.least-privilege");
    apply(&mut app, Action::TakeSuggestion, &data);
    assert_eq!(walk(&app), "access.least-privilege");
    let saved = Document::open(&path).expect("reopen").assessment().clone();
    assert!(!saved.answers.contains_key("access.least-privilege"));
    let status = app.status().map(|s| s.text.clone()).unwrap_or_default();
    assert!(status.contains("suggests no answer"), "{status}");
    // An answer by hand replaces it and is no longer the probe's.
    apply(&mut app, Action::Prev, &data);
    apply(&mut app, Action::Answer(Answer::Yes), &data);
    let saved = Document::open(&path).expect("reopen").assessment().clone();
    assert!(!saved.answers["access.lifecycle"].from_probe);
}

fn backspaces(h: &mut Harness, n: usize) {
    for _ in 0..n {
        h.act(Action::Key(Input {
            key: Key::Backspace,
            ctrl: false,
            alt: false,
            shift: false,
        }));
    }
}

/// A hangup (the terminal closing: `Action::Close`) with a form open keeps
/// what was typed: a valid owner form is recorded; an acceptance or an
/// owner form that does not parse goes into the notes as a draft.
#[test]
fn closing_with_a_form_open_keeps_what_was_typed() {
    // The accept form, half filled.
    let mut h = Harness::new();
    h.act(Action::Answer(Answer::No));
    h.act(Action::Prev);
    h.act(Action::AcceptRisk);
    h.type_text("Maria (CISO)");
    h.act(Action::NextField);
    h.type_text("2099-03-31");
    h.act(Action::NextField);
    h.type_text("Vendor fix due in Q1");
    h.act(Action::Close);
    let entry = h.on_disk().answers["access.lifecycle"].clone();
    assert!(entry.acceptance.is_none(), "no decision nobody confirmed");
    assert!(
        entry.notes.contains("[Draft, not confirmed"),
        "{}",
        entry.notes
    );
    for typed in ["Maria (CISO)", "2099-03-31", "Vendor fix due in Q1"] {
        assert!(entry.notes.contains(typed), "{}", entry.notes);
    }

    // The owner form: recorded as typed.
    let mut h = Harness::new();
    h.act(Action::Confirm);
    h.act(Action::EditOwner);
    h.type_text("Luca");
    h.act(Action::NextField);
    h.type_text("2099-01-15");
    h.act(Action::Close);
    let entry = h.on_disk().answers["access.lifecycle"].clone();
    assert_eq!(entry.owner, "Luca");
    assert_eq!(
        entry.due.map(|d| d.to_string()).as_deref(),
        Some("2099-01-15")
    );

    // The owner form with a date that does not parse: a draft.
    let mut h = Harness::new();
    h.act(Action::Confirm);
    h.act(Action::EditOwner);
    h.type_text("Luca");
    h.act(Action::NextField);
    h.type_text("next friday");
    h.act(Action::Close);
    let entry = h.on_disk().answers["access.lifecycle"].clone();
    assert!(entry.notes.contains("next friday"), "{}", entry.notes);
}

/// A hangup with the justification, evidence or notes open, or with a form
/// left as it was: unconfirmed text goes into the notes, notes stay notes,
/// an untouched form adds nothing.
#[test]
fn closing_with_a_text_form_open_keeps_what_was_typed() {
    let mut h = Harness::new();
    h.act(Action::Confirm);
    h.act(Action::NotApplicable);
    h.type_text("We have no agents");
    h.act(Action::Close);
    let entry = h.on_disk().answers["access.lifecycle"].clone();
    assert_eq!(entry.answer, None, "no answer nobody confirmed");
    assert!(entry.notes.contains("We have no agents"), "{}", entry.notes);

    let mut h = Harness::new();
    h.act(Action::Confirm);
    h.act(Action::AddEvidence);
    h.type_text("https://wiki.example/sso");
    h.act(Action::Close);
    let entry = h.on_disk().answers["access.lifecycle"].clone();
    assert!(entry.evidence.is_empty());
    assert!(
        entry.notes.contains("https://wiki.example/sso"),
        "{}",
        entry.notes
    );

    // Notes being edited are saved as notes, as before.
    let mut h = Harness::new();
    h.act(Action::Confirm);
    h.act(Action::EditNotes);
    h.type_text("half a thought");
    h.act(Action::Close);
    assert_eq!(
        h.on_disk().answers["access.lifecycle"].notes,
        "half a thought"
    );

    // A form opened and left as it was adds nothing.
    let mut h = Harness::new();
    h.act(Action::Confirm);
    h.act(Action::EditOwner);
    h.act(Action::Close);
    assert!(!h.on_disk().answers.contains_key("access.lifecycle"));
}

/// As `accept` refuses it, the interface refuses an end date before the
/// approval (it used to move the approval silently).
#[test]
fn an_end_date_before_the_approval_is_refused_not_clamped() {
    let mut h = Harness::new();
    h.app.set_clock(fixed);
    h.act(Action::Answer(Answer::No));
    h.act(Action::Prev);
    // Approved on 2026-12-20 (a file written with another clock, say).
    let mut doc = Document::open(&h.path).expect("open");
    let mut entry = doc.entry("access.lifecycle").cloned().expect("entry");
    entry.acceptance = Some(srm_assess::assessment::Acceptance {
        by: "Maria".into(),
        approved: "2026-12-20".parse().expect("date"),
        until: "2027-01-31".parse().expect("date"),
        reason: "r".into(),
        compensating: String::new(),
    });
    doc.set_entry("access.lifecycle", entry);
    doc.save().expect("save");
    effects::refresh(&mut h.app);
    h.act(Action::AcceptRisk);
    h.act(Action::NextField);
    backspaces(&mut h, 10);
    h.type_text("2026-12-01");
    h.act(Action::Confirm);
    let Overlay::Form(form) = h.walk().overlay() else {
        panic!("refused: the form stays open")
    };
    assert_eq!(form.focus, 1);
    assert!(
        form.error
            .as_deref()
            .is_some_and(|e| e.contains("2026-12-20")),
        "{:?}",
        form.error
    );
    let a = h.on_disk().answers["access.lifecycle"]
        .acceptance
        .clone()
        .expect("still there");
    assert_eq!(a.until.to_string(), "2027-01-31");
}

/// The summary never claims more than is known: a score on fewer than half
/// the questions is called provisional beside it.
#[test]
fn the_summary_calls_a_score_on_few_answers_provisional() {
    fn screen(app: &App) -> String {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
        let theme = srm_assess::tui::view::theme::Theme::mono();
        terminal
            .draw(|frame| {
                srm_assess::tui::view::render(app, &theme, frame);
            })
            .expect("draw");
        let buffer = terminal.backend().buffer().clone();
        buffer
            .content()
            .chunks(buffer.area.width as usize)
            .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }
    let mut h = Harness::new();
    h.act(Action::Resize(120, 40));
    h.act(Action::Answer(Answer::Yes));
    h.act(Action::Summary);
    assert!(screen(&h.app).contains("provisional"), "{}", screen(&h.app));
    // Most questions answered: no longer provisional.
    h.act(Action::Summary);
    for _ in 0..10 {
        h.act(Action::Answer(Answer::Yes));
    }
    h.act(Action::Summary);
    assert!(
        !screen(&h.app).contains("provisional"),
        "{}",
        screen(&h.app)
    );
}

/// The assessment's details change from the interface (`m`): the instance
/// as the user means it, a hidden character refused naming the field, an
/// untouched form saving nothing.
#[test]
fn the_assessment_details_change_from_the_interface() {
    let mut h = Harness::new();
    let before = std::fs::read(&h.path).expect("bytes");
    h.act(Action::EditDetails);
    h.act(Action::Confirm);
    assert_eq!(std::fs::read(&h.path).expect("bytes"), before, "untouched");
    h.act(Action::EditDetails);
    h.type_text("Globex");
    h.act(Action::NextField);
    h.type_text("https://globex.zendesk.com/");
    h.act(Action::NextField);
    h.type_text("J. Rossi\u{202e}");
    h.act(Action::Confirm);
    let Overlay::Form(form) = h.walk().overlay() else {
        panic!("refused: the form stays open")
    };
    assert_eq!(form.focus, 2);
    assert!(form.error.as_deref().is_some_and(|e| e.contains("U+202E")));
    h.act(Action::Key(Input {
        key: Key::Backspace,
        ctrl: false,
        alt: false,
        shift: false,
    }));
    h.act(Action::Confirm);
    assert!(matches!(h.walk().overlay(), Overlay::None));
    let meta = h.on_disk().metadata;
    assert_eq!(meta.organization, "Globex");
    assert_eq!(meta.instance, "globex");
    assert_eq!(meta.assessor, "J. Rossi");
}

/// One rule, one home: `accept` and the interface's form call the same
/// domain rule, so each request is refused (or recorded) alike by both,
/// and a refusal changes nothing in either.
#[test]
fn accept_and_the_form_refuse_and_record_alike() {
    // who, until, why; whether it is recorded.
    let cases = [
        ("  ", "2099-01-31", "budget", false),
        ("Ann\u{202e}", "2099-01-31", "budget", false),
        ("Ann", "2000-01-01", "budget", false),
        ("Ann", "2099-01-31", "   ", false),
        (" Ann ", "2099-01-31", " budget ", true),
    ];
    for (by, until, why, recorded) in cases {
        // The interface's form.
        let mut h = Harness::new();
        h.act(Action::Answer(Answer::No));
        h.act(Action::Prev);
        h.act(Action::AcceptRisk);
        h.type_text(by);
        h.act(Action::NextField);
        h.type_text(until);
        h.act(Action::NextField);
        h.type_text(why);
        h.act(Action::Confirm);
        let form_open = matches!(h.walk().overlay(), Overlay::Form(_));
        let by_form = h.on_disk().answers["access.lifecycle"].acceptance.clone();
        assert_eq!(form_open, !recorded, "{by:?} {until} {why:?} in the form");

        // The command, on a copy of the same assessment before acceptance.
        let cli = Harness::new();
        let mut doc = Document::open(&cli.path).expect("open");
        let mut entry = doc.entry("access.lifecycle").cloned().unwrap_or_default();
        entry.answer = Some(Answer::No);
        doc.set_entry("access.lifecycle", entry);
        doc.save().expect("save");
        let status = cli_on(
            &cli,
            &[
                "accept",
                "PATH",
                "access.lifecycle",
                "--by",
                by,
                "--until",
                until,
                "--reason",
                why,
            ],
            "",
        );
        let by_cli = cli.on_disk().answers["access.lifecycle"].acceptance.clone();
        assert_eq!(
            status.status.success(),
            recorded,
            "{by:?} {until} {why:?} in accept: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        assert_eq!(
            by_form.map(|a| (a.by, a.until, a.reason)),
            by_cli.map(|a| (a.by, a.until, a.reason)),
            "the same record (or none) for {by:?} {until} {why:?}"
        );
    }
}

/// One rule, one home: *not applicable* needs a justification in the
/// interface, in `ask` and in `answer` alike, each calling the domain; a
/// blank one is refused by all three and changes nothing, a real one is
/// recorded trimmed by all three.
#[test]
fn not_applicable_needs_a_justification_in_every_front_end() {
    for (why, recorded) in [
        ("   ", None),
        (" We have no agents ", Some("We have no agents")),
    ] {
        // The interface.
        let mut h = Harness::new();
        h.act(Action::NotApplicable);
        h.type_text(why);
        h.act(Action::Confirm);
        let e = h.on_disk().answers.get("access.lifecycle").cloned();
        assert_eq!(
            e.filter(|e| e.answer == Some(Answer::Na))
                .map(|e| e.justification),
            recorded.map(String::from),
            "interface, {why:?}"
        );
        // `ask`: x, then the justification, then quit.
        let h = Harness::new();
        cli_on(&h, &["ask", "PATH"], &format!("x\n{why}\nq\n"));
        let e = h.on_disk().answers.get("access.lifecycle").cloned();
        assert_eq!(
            e.filter(|e| e.answer == Some(Answer::Na))
                .map(|e| e.justification),
            recorded.map(String::from),
            "ask, {why:?}"
        );
        // `answer … na --justification`.
        let h = Harness::new();
        let out = cli_on(
            &h,
            &[
                "answer",
                "PATH",
                "access.lifecycle",
                "na",
                "--justification",
                why,
            ],
            "",
        );
        assert_eq!(out.status.success(), recorded.is_some(), "answer, {why:?}");
        let e = h.on_disk().answers.get("access.lifecycle").cloned();
        assert_eq!(
            e.filter(|e| e.answer == Some(Answer::Na))
                .map(|e| e.justification),
            recorded.map(String::from),
            "answer, {why:?}"
        );
    }
}

/// One rule, one home: the probe's suggestion is taken alike by `T` and
/// by `answer --from-probe`: a direct reading's answer is recorded as the
/// probe's, a "does not apply" with the probe's words as its
/// justification, and a hint or an inference is refused and changes
/// nothing.
#[test]
fn a_probe_suggestion_is_taken_alike_by_the_key_and_the_command() {
    use srm_assess::assessment::Suggestion;
    let taken = |h: &Harness| {
        h.on_disk()
            .answers
            .get("access.lifecycle")
            .map(|e| (e.answer, e.justification.clone(), e.from_probe))
    };
    for (suggests, direct, recorded) in [
        (Suggestion::No, true, Some(Answer::No)),
        (Suggestion::Na, true, Some(Answer::Na)),
        (Suggestion::Hint, true, None),
        (Suggestion::No, false, None),
    ] {
        let seen = |a: &mut Assessment| {
            let mut o = observation(suggests);
            o.direct = direct;
            a.observations.insert("access.lifecycle".into(), vec![o]);
        };
        let case = format!("{suggests:?}, direct {direct}");
        let mut h = Harness::with(seen);
        h.act(Action::TakeSuggestion);
        let by_key = taken(&h);
        let h = Harness::with(seen);
        let out = cli_on(
            &h,
            &["answer", "PATH", "access.lifecycle", "--from-probe"],
            "",
        );
        assert_eq!(out.status.success(), recorded.is_some(), "{case}");
        let by_command = taken(&h);
        assert_eq!(by_key, by_command, "{case}");
        assert_eq!(by_key.as_ref().and_then(|t| t.0), recorded, "{case}");
        if let Some((answer, justification, from_probe)) = by_key {
            assert!(from_probe, "{case}");
            assert_eq!(
                justification.is_empty(),
                answer != Some(Answer::Na),
                "{case}"
            );
        }
    }
}

/// One rule, one home: an owner's name that hides a character is refused
/// by the interface's form, by `ask` and by `answer --owner` alike (`ask`
/// used to save it), and a plain one is recorded trimmed by all three.
#[test]
fn an_owner_is_checked_alike_in_every_front_end() {
    let owner = |h: &Harness| {
        h.on_disk()
            .answers
            .get("access.lifecycle")
            .map(|e| e.owner.clone())
            .unwrap_or_default()
    };
    for (typed, recorded) in [("Lu\u{200D}ca", ""), (" Luca ", "Luca")] {
        let mut h = Harness::new();
        h.act(Action::EditOwner);
        h.type_text(typed);
        h.act(Action::Confirm);
        assert_eq!(owner(&h), recorded, "interface, {typed:?}");

        let h = Harness::new();
        let out = cli_on(&h, &["ask", "PATH"], &format!("o\n{typed}\n\nq\n"));
        assert_eq!(owner(&h), recorded, "ask, {typed:?}");
        if recorded.is_empty() {
            assert!(String::from_utf8_lossy(&out.stdout).contains("U+200D"));
        }

        let h = Harness::new();
        let out = cli_on(
            &h,
            &["answer", "PATH", "access.lifecycle", "no", "--owner", typed],
            "",
        );
        assert_eq!(out.status.success(), !recorded.is_empty());
        assert_eq!(owner(&h), recorded, "answer, {typed:?}");
    }
}

/// One rule, one home: evidence is checked once (a reference, a day not in
/// the future) for the interface's form and `evidence` alike.
#[test]
fn evidence_is_checked_alike_in_the_command_and_the_form() {
    let recorded = |h: &Harness| {
        h.on_disk()
            .answers
            .get("access.lifecycle")
            .map(|e| {
                e.evidence
                    .iter()
                    .map(|e| e.reference.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let cases: [(&str, &str, &[&str]); 3] = [
        ("  ", "", &[]),
        ("https://wiki.example.com/a", "2999-01-01", &[]),
        (
            " https://wiki.example.com/a ",
            "",
            &["https://wiki.example.com/a"],
        ),
    ];
    for (reference, observed, expected) in cases {
        let mut h = Harness::new();
        h.act(Action::AddEvidence);
        h.type_text(reference);
        h.act(Action::NextField);
        h.type_text(observed);
        h.act(Action::Confirm);
        assert_eq!(recorded(&h), expected, "form: {reference:?} {observed:?}");

        let h = Harness::new();
        let mut args = vec!["evidence", "PATH", "access.lifecycle", reference];
        if !observed.is_empty() {
            args.extend(["--observed", observed]);
        }
        let out = cli_on(&h, &args, "");
        assert_eq!(out.status.success(), !expected.is_empty());
        assert_eq!(
            recorded(&h),
            expected,
            "evidence: {reference:?} {observed:?}"
        );
    }
}

/// Runs the command line on the harness's assessment file (`PATH` in
/// `args`) with the harness's questionnaire and `stdin`: the same
/// assessment through another front end.
fn cli_on(h: &Harness, args: &[&str], stdin: &str) -> std::process::Output {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/navigation.toml"
    );
    assert_cmd::Command::cargo_bin("srm-assess")
        .expect("binary")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .args(["--questionnaire", fixture])
        .args(
            args.iter()
                .map(|a| a.replace("PATH", &h.path.to_string_lossy())),
        )
        .write_stdin(stdin)
        .output()
        .expect("run")
}

/// One rule, one home: an assessment's details are trimmed and refused
/// alike when they hide a character, by `new`, `set`, the interface's
/// details form and its create form (`new` used to keep the spaces typed
/// around them; a line separator at the end, which trimming removes, was
/// refused by `new` and `set` and taken by the form).
#[test]
fn details_are_checked_alike_in_new_set_and_the_forms() {
    let org = |h: &Harness| h.on_disk().metadata.organization;
    // A line separator at the end is trimmed away, as in an owner's name,
    // an acceptance or evidence: the rule trims first, then checks.
    for (typed, kept, hidden) in [
        (" Acme ", Some("Acme"), ""),
        ("Ac\u{202e}me", None, "U+202E"),
        ("Acme\u{2028}", Some("Acme"), ""),
    ] {
        // `set` and the form change the harness's assessment.
        let mut h = Harness::new();
        h.act(Action::EditDetails);
        h.type_text(typed);
        h.act(Action::Confirm);
        assert_eq!(org(&h), kept.unwrap_or_default(), "form, {typed:?}");
        let h = Harness::new();
        let out = cli_on(&h, &["set", "PATH", "--org", typed], "");
        assert_eq!(out.status.success(), kept.is_some(), "set, {typed:?}");
        assert_eq!(org(&h), kept.unwrap_or_default(), "set, {typed:?}");
        // `new` makes one beside it.
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("n.toml");
        let out = cli_on(
            &h,
            &["new", &path.to_string_lossy(), "--no-open", "--org", typed],
            "",
        );
        assert_eq!(out.status.success(), kept.is_some(), "new, {typed:?}");
        if let Some(kept) = kept {
            let text = std::fs::read_to_string(&path).expect("created");
            assert!(
                text.contains(&format!("organization = \"{kept}\"")),
                "{text}"
            );
        } else {
            assert!(!path.exists());
            assert!(String::from_utf8_lossy(&out.stderr).contains(hidden));
        }
        created_from_the_start_screen(typed, kept, hidden);
    }
}

/// One rule, one home: `new` and the start screen's create form make an
/// assessment after the same checks in the same order (the name first,
/// then the details, then a clash with a saved name), and record the same.
#[test]
fn an_assessment_is_created_alike_by_new_and_the_start_screen() {
    // name, organization; what the refusal says (None: created).
    let cases: [(&str, &str, Option<&str>); 6] = [
        ("acme-2", " Acme ", None),
        ("bad name", "Acme", Some("' '")),
        ("bad name", "Ac\u{202e}me", Some("' '")),
        ("acme-3", "Ac\u{202e}me", Some("U+202E")),
        ("ACME", "", Some("only by case")),
        ("\u{430}cme", "", Some("looks like")),
    ];
    let made = |root: &std::path::Path, name: &str| {
        Document::open(&root.join(format!("assessments/{name}.toml")))
            .ok()
            .map(|d| d.assessment().metadata.clone())
    };
    for (name, org, refused) in cases {
        let case = format!("{name:?} {org:?}");
        // The command.
        let dir = tempfile::tempdir().expect("tempdir");
        crate::common::binary::create(dir.path(), "acme", &[]);
        let out = crate::common::binary::srm(dir.path())
            .args(["new", name, "--no-open", "--org", org])
            .output()
            .expect("new");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.success(), refused.is_none(), "{case}: {stderr}");
        assert!(
            stderr.contains(refused.unwrap_or_default()),
            "{case}: {stderr}"
        );
        let by_command = made(dir.path(), name);
        // The start screen.
        let dir = tempfile::tempdir().expect("tempdir");
        crate::common::binary::create(dir.path(), "acme", &[]);
        let data = DataDir::resolve(Some(dir.path())).expect("data");
        let mut app = App::new(questionnaire::builtin().expect("q"), Lang::En, Vec::new());
        submit_create_form(&mut app, &data, &[name, org]);
        if let Some(words) = refused {
            let form = start_form(&app).expect("the form stays open");
            let error = form.error.clone().unwrap_or_default();
            assert!(error.contains(words), "{case}: {error}");
        }
        assert_eq!(made(dir.path(), name), by_command, "{case}");
        assert_eq!(by_command.is_some(), refused.is_none(), "{case}");
    }
}

/// Opens the start screen's create form, types `fields` in order (name,
/// organization, instance, assessor) and confirms.
fn submit_create_form(app: &mut App, data: &DataDir, fields: &[&str]) {
    apply(app, Action::Create, data);
    for (i, text) in fields.iter().enumerate() {
        if i > 0 {
            apply(app, Action::NextField, data);
        }
        for c in text.chars() {
            let key = Input {
                key: Key::Char(c),
                ctrl: false,
                alt: false,
                shift: false,
            };
            apply(app, Action::Key(key), data);
        }
    }
    apply(app, Action::Confirm, data);
}

/// The start screen's create form given `organization`: the assessment
/// made with `kept`, or none and a refusal naming `hidden` in the field.
fn created_from_the_start_screen(organization: &str, kept: Option<&str>, hidden: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::resolve(Some(dir.path())).expect("data");
    let q = questionnaire::builtin().expect("q");
    let mut app = App::new(q, Lang::En, Vec::new());
    submit_create_form(&mut app, &data, &["acme", organization]);
    let file = data.assessments().join("acme.toml");
    match kept {
        Some(kept) => {
            assert!(matches!(app.screen(), Screen::Walk(_)), "{organization:?}");
            let saved = Document::open(&file).expect("created");
            assert_eq!(saved.assessment().metadata.organization, kept);
        }
        None => {
            let form = start_form(&app).expect("the form stays open");
            let error = form.error.clone().unwrap_or_default();
            assert!(error.contains(hidden), "{organization:?}: {error}");
            assert_eq!(form.focus, 1, "the organization's field has the cursor");
            assert!(!file.exists());
        }
    }
}

/// The harness's file with two merge conflicts: access.review answered
/// yes here and no on the other branch; access.sso owned by Ann here and
/// by Bo there.
fn with_conflicts(h: &Harness) {
    use srm_assess::assessment::Conflict;
    use srm_assess::assessment::merge::Field;
    let mut doc = Document::open(&h.path).expect("open");
    doc.use_questionnaire(h.app.questionnaire());
    let mut a = doc.assessment().clone();
    let mut review = srm_assess::assessment::Entry {
        answer: Some(Answer::Yes),
        ..Default::default()
    };
    a.answers.insert("access.review".into(), review.clone());
    review.answer = Some(Answer::No);
    review.notes = "found stale admins".into();
    a.conflicts.insert(
        "access.review".into(),
        Conflict {
            fields: vec![Field::Answer, Field::Notes],
            theirs: review,
            removed: Vec::new(),
        },
    );
    let sso = srm_assess::assessment::Entry {
        answer: Some(Answer::No),
        owner: "Ann".into(),
        ..Default::default()
    };
    a.answers.insert("access.sso".into(), sso.clone());
    a.conflicts.insert(
        "access.sso".into(),
        Conflict {
            fields: vec![Field::Owner],
            theirs: srm_assess::assessment::Entry {
                owner: "Bo".into(),
                ..Default::default()
            },
            removed: Vec::new(),
        },
    );
    let order = h.app.questionnaire().ids();
    let text = srm_assess::assessment::file::to_toml(&a, &order).expect("toml");
    std::fs::write(&h.path, text).expect("write");
}

#[test]
fn a_merge_conflict_shows_on_open_and_one_key_settles_it() {
    let mut h = Harness::new();
    with_conflicts(&h);
    h.app.open(Document::open(&h.path).expect("open"));
    let status = h.app.status().cloned().expect("status");
    assert!(
        status
            .text
            .contains("conflicts to settle: access.review, access.sso"),
        "{}",
        status.text
    );
    // The view cycles to the conflicts while there are any.
    for _ in 0..4 {
        h.act(Action::CycleFilter);
    }
    assert_eq!(h.walk().filter(), Filter::Conflicts);
    let here = h.id();
    assert!(
        h.walk()
            .document()
            .assessment()
            .conflicts
            .contains_key(&here),
        "{here}"
    );
    h.act(Action::CycleFilter);
    assert_eq!(h.walk().filter(), Filter::All);
    h.app.go_to(0, false);
    // A question with no conflict: said, nothing changes.
    h.act(Action::Confirm);
    h.act(Action::SettleConflict { theirs: true });
    assert!(
        h.app
            .status()
            .expect("status")
            .text
            .contains("No merge conflict")
    );
    // O takes the other branch's answer and notes.
    let review = h
        .app
        .questionnaire()
        .questions
        .iter()
        .position(|q| q.id == "access.review");
    h.app.go_to(review.expect("in the fixture"), false);
    h.act(Action::SettleConflict { theirs: true });
    let disk = h.on_disk();
    assert_eq!(disk.answer("access.review"), Some(Answer::No));
    assert_eq!(disk.answers["access.review"].notes, "found stale admins");
    assert!(!disk.conflicts.contains_key("access.review"));
    assert!(disk.conflicts.contains_key("access.sso"), "the other stays");
    // K keeps this branch's owner.
    let sso = h
        .app
        .questionnaire()
        .questions
        .iter()
        .position(|q| q.id == "access.sso");
    h.app.go_to(sso.expect("in the fixture"), false);
    h.act(Action::SettleConflict { theirs: false });
    let disk = h.on_disk();
    assert_eq!(disk.answers["access.sso"].owner, "Ann");
    assert!(disk.conflicts.is_empty());
    let text = std::fs::read_to_string(&h.path).expect("file");
    assert!(!text.contains("[conflicts"), "{text}");
}

/// One credential rule for every front end (issue 43): a justification
/// (not only notes) that looks like a credential is warned about in the
/// interface too, after it is saved, as `answer` and `ask` warn.
#[test]
fn a_justification_that_looks_like_a_credential_is_warned_about() {
    let mut h = Harness::new();
    h.act(Action::Confirm);
    h.act(Action::NotApplicable);
    h.type_text("Only the kiosk uses AKIAIOSFODNN7EXAMPLE");
    h.act(Action::Confirm);
    assert_eq!(h.on_disk().answer("access.lifecycle"), Some(Answer::Na));
    let status = h.app.status().expect("a warning");
    assert!(
        status.is_error() && status.text.contains("justification looks like it contains"),
        "{status:?}"
    );
}

/// One refusal for revoking nothing (issue 43): an accept form left empty
/// on a gap that has no acceptance is refused in the form, as `accept
/// --revoke` refuses, instead of passing silently.
#[test]
fn revoking_an_acceptance_that_is_not_there_is_refused() {
    let mut h = Harness::new();
    h.act(Action::Confirm);
    h.act(Action::Answer(Answer::No));
    h.act(Action::Prev);
    h.act(Action::AcceptRisk);
    assert_eq!(h.app.mode(), Mode::Form);
    h.act(Action::Confirm);
    let Overlay::Form(form) = h.walk().overlay() else {
        panic!("refused: the form stays open")
    };
    assert!(
        form.error
            .as_deref()
            .is_some_and(|e| e.contains("no accepted risk to revoke")),
        "{:?}",
        form.error
    );
}

/// One rule for trimming notes (issue 43): the interface keeps what
/// `answer --notes` and `ask` keep for the same typed text.
#[test]
fn notes_are_trimmed_alike_in_every_front_end() {
    let mut h = Harness::new();
    h.act(Action::Confirm);
    h.act(Action::EditNotes);
    h.type_text("\n  Checked by IT.  \n\n");
    h.act(Action::Back);
    assert_eq!(
        h.on_disk().answers["access.lifecycle"].notes,
        "Checked by IT."
    );
    let env = crate::common::env::Env::new();
    env.create("acme", &[]);
    env.run(&[
        "answer",
        "acme",
        "access.lifecycle",
        "yes",
        "--notes",
        "\n  Checked by IT.  \n\n",
    ])
    .success();
    let saved = srm_assess::store::Document::open(&env.file("acme")).expect("opens");
    assert_eq!(
        saved.assessment().answers["access.lifecycle"].notes,
        "Checked by IT."
    );
}

/// One questionnaire resolution (issue 43): an assessment picked on the
/// start screen is read with the questionnaire the command line would
/// use, with the same notes: a changed file is said (and recorded), a
/// missing one refuses to open with the command line's sentence.
#[test]
fn the_start_screen_resolves_the_questionnaire_as_the_command_line_does() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::resolve(Some(dir.path())).expect("data dir");
    let q_path = dir.path().join("custom.toml");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/navigation.toml"
        ),
        &q_path,
    )
    .expect("questionnaire");
    crate::common::binary::srm(dir.path())
        .args(["--questionnaire", q_path.to_str().expect("utf-8")])
        .args(["new", "custom", "--no-open"])
        .assert()
        .success();
    let path = data.assessments().join("custom.toml");
    let mut text = std::fs::read_to_string(&q_path).expect("q");
    text.push_str("\n# a comment\n");
    std::fs::write(&q_path, text).expect("change");
    let builtin = questionnaire::builtin().expect("builtin");
    let mut app = App::new(builtin.clone(), Lang::En, Vec::new());
    effects::perform(
        &mut app,
        srm_assess::tui::update::Effect::Open(path.clone()),
        &data,
    );
    let walk = app.walk().expect("opened with the recorded questionnaire");
    assert_eq!(walk.document().assessment().questionnaire.id, "nav-srm");
    let status = app.status().expect("the change is said");
    assert!(
        status.text.contains("changed since it was last used"),
        "{status:?}"
    );
    // Moved away: the same refusal as `srm-assess open custom`.
    std::fs::rename(&q_path, dir.path().join("moved.toml")).expect("move");
    let cli = crate::common::binary::srm(dir.path())
        .args(["check", "custom", "--fail-on", "high"])
        .output()
        .expect("show");
    let said = String::from_utf8_lossy(&cli.stderr).into_owned();
    assert!(said.contains("which is not there now"), "{said}");
    let mut app = App::new(builtin, Lang::En, Vec::new());
    effects::perform(&mut app, srm_assess::tui::update::Effect::Open(path), &data);
    assert!(app.walk().is_none(), "not opened");
    let status = app.status().expect("refused");
    assert!(status.text.contains("which is not there now"), "{status:?}");
}
