//! Every screen, drawn into a test terminal: insta snapshots at 80×24 and
//! 160×48 in English and Italian, and a sweep of sizes that must never panic.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui_textarea::{Input, Key};
use srm_assess::assessment::{Answer, file};
use srm_assess::lang::Lang;
use srm_assess::questionnaire;
use srm_assess::store::{DataDir, Document};
use srm_assess::tui::action::Action;
use srm_assess::tui::app::{App, ListEntry};
use srm_assess::tui::effects::apply;
use srm_assess::tui::view::{self, theme::Theme};

/// The screens, each reached from a fresh app by a few actions.
const SCREENS: &[&str] = &[
    "start",
    "create",
    "intro",
    "question",
    "notes",
    "justification",
    "owner",
    "conflict",
    "help",
    "summary",
    "search",
    "unsaved",
    "accepted",
    "overdue",
    "accept_form",
    "contradiction",
];

struct Fixture {
    _dir: tempfile::TempDir,
    data: DataDir,
    path: std::path::PathBuf,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::resolve(Some(dir.path())).expect("data");
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/assessments/acme-prod.toml"
    ))
    .expect("fixture");
    let mut assessment = file::parse(&text).expect("parses");
    // Start at section I's first question, answered, with notes and an owner.
    assessment.answers.remove("access.lifecycle");
    let path = data.assessments().join("acme-prod.toml");
    Document::create(&path, assessment, &questionnaire::builtin().expect("q")).expect("create");
    Fixture {
        _dir: dir,
        data,
        path,
    }
}

fn entries() -> Vec<ListEntry> {
    vec![
        ListEntry {
            name: "acme-prod".into(),
            path: "acme-prod.toml".into(),
            progress: "30/34".into(),
            gaps: "17".into(),
            changed: "2026-11-20 16:45".into(),
        },
        ListEntry {
            name: "acme-sandbox".into(),
            path: "acme-sandbox.toml".into(),
            progress: "34/34".into(),
            gaps: "2".into(),
            changed: "2026-08-02 09:10".into(),
        },
    ]
}

fn typed(app: &mut App, text: &str, data: &DataDir) {
    for c in text.chars() {
        apply(
            app,
            Action::Key(Input {
                key: Key::Char(c),
                ctrl: false,
                alt: false,
                shift: false,
            }),
            data,
        );
    }
}

/// The position of a question in the questionnaire.
fn index_of(app: &App, id: &str) -> usize {
    app.questionnaire()
        .questions
        .iter()
        .position(|q| q.id == id)
        .expect("a question of the built-in questionnaire")
}

/// The app showing `screen`.
fn app_at(screen: &str, lang: Lang, f: &Fixture) -> App {
    let q = questionnaire::builtin().expect("q");
    let mut app = App::new(q, lang, entries());
    // A fixed day: what is overdue, expired or stale must not move with
    // the calendar.
    fn fixed() -> jiff::Timestamp {
        "2026-11-25T09:00:00Z".parse().expect("timestamp")
    }
    app.set_clock(fixed);
    match screen {
        "start" => return app,
        "create" => {
            apply(&mut app, Action::Create, &f.data);
            typed(&mut app, "acme-prod-2027", &f.data);
            return app;
        }
        _ => {}
    }
    app.open(Document::open(&f.path).expect("open"));
    let data = &f.data;
    match screen {
        "intro" => {}
        "question" => {
            apply(&mut app, Action::NextUnanswered, data);
            app.go_to(5, false); // access.passwords: partial, with notes
        }
        "notes" => {
            app.go_to(2, false);
            apply(&mut app, Action::EditNotes, data);
            typed(&mut app, "Quarterly review booked with HR.", data);
        }
        "justification" => {
            // An empty justification, refused.
            app.go_to(0, false);
            apply(&mut app, Action::NotApplicable, data);
            apply(&mut app, Action::Confirm, data);
        }
        "owner" => {
            app.go_to(2, false);
            apply(&mut app, Action::EditOwner, data);
        }
        // An accepted risk with stale evidence on a neighbour; an overdue gap
        // whose acceptance expired; the accept form, filled in.
        "accepted" => {
            let i = index_of(&app, "access.session-timeout");
            app.go_to(i, false);
        }
        "overdue" => {
            let i = index_of(&app, "data.retention");
            app.go_to(i, false);
        }
        "accept_form" => {
            let i = index_of(&app, "access.session-timeout");
            app.go_to(i, false);
            apply(&mut app, Action::AcceptRisk, data);
        }
        // A git merge left the answer and the owner in conflict.
        "conflict" => open_with_a_conflict(&mut app, f),
        // Answered yes, while the probe saw an admin without two-factor.
        "contradiction" => {
            let i = index_of(&app, "access.two-factor");
            app.go_to(i, false);
        }
        "help" => apply(&mut app, Action::Help, data),
        "summary" => apply(&mut app, Action::Summary, data),
        "search" => {
            app.go_to(9, false);
            apply(&mut app, Action::Search, data);
            typed(&mut app, "token", data);
        }
        "unsaved" => fail_a_save_then_quit(&mut app, f),
        other => panic!("unknown screen {other}"),
    }
    app.clear_status();
    app
}

/// The fixture after a git merge left the answer and the owner of
/// access.review in conflict, at that question.
fn open_with_a_conflict(app: &mut App, f: &Fixture) {
    let path = f.path.with_file_name("merged.toml");
    let text = std::fs::read_to_string(&f.path).expect("fixture");
    let mut a = srm_assess::assessment::file::parse(&text).expect("parses");
    a.conflicts.insert(
        "access.review".into(),
        srm_assess::assessment::Conflict {
            fields: vec![
                srm_assess::assessment::merge::Field::Answer,
                srm_assess::assessment::merge::Field::Owner,
            ],
            theirs: srm_assess::assessment::Entry {
                answer: Some(Answer::Yes),
                owner: "Bo \u{1b}[2J".into(),
                ..Default::default()
            },
            removed: Vec::new(),
        },
    );
    let order = app.questionnaire().ids();
    let text = srm_assess::assessment::file::to_toml(&a, &order).expect("toml");
    std::fs::write(&path, text).expect("write");
    app.open(Document::open(&path).expect("open"));
    let i = index_of(app, "access.review");
    app.go_to(i, false);
}

/// A save that fails (the file broke), then q. The message names the
/// file: a relative path, the same on every machine, used by one test at
/// a time.
fn fail_a_save_then_quit(app: &mut App, f: &Fixture) {
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let path = std::path::Path::new("target/tui-render-unsaved/acme-prod.toml");
    let _ = std::fs::remove_dir_all("target/tui-render-unsaved");
    std::fs::create_dir_all("target/tui-render-unsaved").expect("folder");
    let good = std::fs::read(&f.path).expect("file");
    std::fs::write(path, &good).expect("copy");
    app.open(Document::open(path).expect("open"));
    app.go_to(2, false);
    std::fs::write(path, "broken = [").expect("break");
    apply(app, Action::Answer(Answer::No), &f.data);
    apply(app, Action::Quit, &f.data);
    std::fs::write(path, good).expect("repair");
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| {
            view::render(app, &Theme::mono(), frame);
        })
        .expect("draw");
    terminal
}

#[test]
fn every_screen_at_two_sizes_in_two_languages() {
    let f = fixture();
    for lang in [Lang::En, Lang::It] {
        for (w, h) in [(80, 24), (160, 48)] {
            for screen in SCREENS {
                let app = app_at(screen, lang, &f);
                let terminal = draw(&app, w, h);
                insta::assert_snapshot!(format!("{screen}_{w}x{h}_{lang}"), terminal.backend());
            }
        }
    }
}

#[test]
fn too_small_says_so_in_both_languages() {
    let f = fixture();
    for lang in [Lang::En, Lang::It] {
        let app = app_at("question", lang, &f);
        let terminal = draw(&app, 59, 15);
        insta::assert_snapshot!(format!("too_small_59x15_{lang}"), terminal.backend());
    }
}

#[test]
fn no_screen_panics_at_any_size() {
    let f = fixture();
    let widths = [
        1, 2, 3, 5, 10, 20, 40, 59, 60, 61, 79, 80, 100, 120, 160, 200, 255, 300,
    ];
    let heights = [
        1, 2, 3, 4, 5, 8, 10, 15, 16, 17, 20, 24, 30, 48, 60, 80, 100,
    ];
    for screen in SCREENS {
        let app = app_at(screen, Lang::It, &f);
        for &w in &widths {
            for &h in &heights {
                draw(&app, w, h);
            }
        }
    }
}

#[test]
fn wide_and_hostile_text_is_drawn_safely() {
    let f = fixture();
    let mut app = app_at("question", Lang::En, &f);
    let walk = app.walk().expect("walk");
    let id = walk.question().id.clone();
    let mut entry = walk.document().entry(&id).cloned().unwrap_or_default();
    entry.answer = Some(Answer::No);
    entry.notes = "日本語のメモ 👩‍💻 e\u{301}\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}evil".into();
    entry.owner = "Ünïcødé 担当".into();
    // Saved as another window would, then taken in.
    let mut doc = Document::open(&f.path).expect("open");
    doc.set_entry(&id, entry);
    doc.save().expect("save");
    assert!(srm_assess::tui::effects::refresh(&mut app));
    for (w, h) in [(60, 16), (80, 24), (161, 48)] {
        let terminal = draw(&app, w, h);
        let screen = terminal.backend().to_string();
        assert!(
            !screen.contains('\u{1b}') && !screen.contains('\u{202e}'),
            "{screen}"
        );
        assert!(screen.contains("日本語"), "{w}x{h}:\n{screen}");
    }
    insta::assert_snapshot!("hostile_notes_80x24", draw(&app, 80, 24).backend());
    // The notes editor shows the same text, defused too.
    apply(&mut app, Action::EditNotes, &f.data);
    let screen = draw(&app, 80, 24).backend().to_string();
    assert!(
        !screen.contains('\u{1b}') && !screen.contains('\u{202e}') && !screen.contains('\u{7}'),
        "{screen}"
    );
}

/// At the smallest size the answer line and every key of the footer are
/// still on screen; a long status message wraps instead of being cut; wide
/// terminals give the section list more room.
#[test]
fn the_smallest_and_widest_layouts_keep_what_matters_in_view() {
    let f = fixture();
    for lang in [Lang::En, Lang::It] {
        let app = app_at("question", lang, &f);
        let screen = draw(&app, 60, 16).backend().to_string();
        let answer = if lang == Lang::En {
            "Answer"
        } else {
            "Risposta"
        };
        let quit = if lang == Lang::En { "q quit" } else { "q esci" };
        assert!(screen.contains(answer), "{screen}");
        assert!(screen.contains(quit), "{screen}");
        let mut app = app;
        app.say("Report written to /a/rather/long/folder/name/that/keeps/going/acme-prod.md");
        let screen = draw(&app, 60, 16).backend().to_string();
        let joined: String = screen
            .lines()
            .map(|l| l.trim_matches('"').trim_end())
            .collect();
        assert!(
            joined.contains("acme-prod.md"),
            "the path is cut:\n{screen}"
        );
        let wide = draw(&app, 220, 40).backend().to_string();
        let section = if lang == Lang::En {
            "Security incidents"
        } else {
            "Incidenti di sicurezza (ruoli e responsabilità)"
        };
        assert!(wide.contains(section), "{wide}");
    }
    // The help shows its legend at 80x24, and scrolls to it at 60x16.
    let mut app = app_at("help", Lang::En, &f);
    assert!(
        draw(&app, 80, 24)
            .backend()
            .to_string()
            .contains("Not applicable")
    );
    assert!(
        !draw(&app, 60, 16)
            .backend()
            .to_string()
            .contains("Not applicable")
    );
    for _ in 0..20 {
        apply(&mut app, Action::ScrollDown, &f.data);
    }
    assert!(
        draw(&app, 60, 16)
            .backend()
            .to_string()
            .contains("Not applicable")
    );
}

/// Each theme's styles, cell by cell, locked by a snapshot of the buffer
/// (text and the style of every run of cells).
#[test]
fn each_theme_is_snapshotted_with_its_styles() {
    let f = fixture();
    let app = app_at("question", Lang::En, &f);
    for name in ["color", "mono", "high-contrast"] {
        let theme = Theme::choose(Some(name), false).expect("theme");
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        terminal
            .draw(|frame| {
                view::render(&app, &theme, frame);
            })
            .expect("draw");
        insta::assert_debug_snapshot!(format!("theme_{name}_80x24"), terminal.backend().buffer());
    }
}

/// The three themes, drawn: mono has no colour at all, high contrast has
/// nothing dim or dark and a bold selection, colour colours the title.
#[test]
fn each_theme_is_drawn_with_its_own_styles() {
    use ratatui::style::{Color, Modifier};
    let f = fixture();
    let app = app_at("question", Lang::En, &f);
    let render = |theme: &Theme| {
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
        terminal
            .draw(|frame| {
                view::render(&app, theme, frame);
            })
            .expect("draw");
        terminal.backend().buffer().clone()
    };
    let styled = |buffer: &ratatui::buffer::Buffer| -> Vec<ratatui::buffer::Cell> {
        buffer.content().to_vec()
    };
    let mono = styled(&render(&Theme::choose(Some("mono"), false).expect("mono")));
    assert!(
        mono.iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
        "mono uses no colour"
    );
    assert!(mono.iter().any(|c| c.modifier.contains(Modifier::REVERSED)));
    let high = styled(&render(
        &Theme::choose(Some("high-contrast"), true).expect("high contrast"),
    ));
    assert!(
        high.iter().all(|c| !c.modifier.contains(Modifier::DIM)
            && !matches!(c.fg, Color::DarkGray | Color::Gray | Color::Black)
            && c.bg == Color::Reset),
        "high contrast: nothing dim or dark, the terminal's own background"
    );
    assert!(
        high.iter()
            .any(|c| c.modifier.contains(Modifier::REVERSED | Modifier::BOLD)),
        "a bold selection"
    );
    assert!(high.iter().any(|c| c.fg == Color::LightCyan));
    let color = styled(&render(&Theme::choose(None, false).expect("color")));
    assert!(
        color.iter().any(|c| c.fg == Color::Cyan),
        "the title is coloured"
    );
    assert!(
        color.iter().any(|c| c.fg == Color::DarkGray),
        "secondary text is dim"
    );
    assert_eq!(
        Theme::choose(None, true).expect("no color"),
        Theme::mono(),
        "NO_COLOR means mono"
    );
    assert_eq!(
        Theme::choose(Some("color"), true).expect("color"),
        Theme::color()
    );
    // The words (which names exist) are checked where people read them:
    // tui_e2e's unknown theme.
    let unknown = Theme::choose(Some("neon"), false).expect_err("unknown");
    assert_eq!(unknown.0, "neon");
}

/// The credential warning in the notes editor wraps and names the key that
/// saves anyway, at the smallest size too.
#[test]
fn the_credential_warning_is_shown_whole() {
    let f = fixture();
    for (w, h) in [(60, 16), (80, 24)] {
        let mut app = app_at("question", Lang::En, &f);
        apply(&mut app, Action::EditNotes, &f.data);
        typed(&mut app, " password=Hunter2Secret", &f.data);
        apply(&mut app, Action::Back, &f.data);
        let screen = draw(&app, w, h).backend().to_string();
        let joined: String = screen
            .lines()
            .map(|l| l.trim_matches('"').replace('│', " "))
            .collect::<Vec<_>>()
            .join(" ");
        let joined = joined.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            joined.contains("press Esc again to save the notes as they are"),
            "{screen}"
        );
    }
}

/// Opening an assessment of another questionnaire from the start screen
/// shows the whole refusal, with the command that works.
#[test]
fn a_questionnaire_mismatch_is_shown_whole_on_the_start_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::resolve(Some(dir.path())).expect("data");
    let minimal = questionnaire::Questionnaire::parse(
        &std::fs::read_to_string("tests/fixtures/valid/minimal.toml").expect("fixture"),
        "minimal.toml",
    )
    .expect("valid");
    let path = data.assessments().join("other.toml");
    Document::create(
        &path,
        srm_assess::assessment::Assessment::new(
            &minimal,
            Lang::En,
            Default::default(),
            "2026-01-01T00:00:00Z".parse().expect("ts"),
        ),
        &minimal,
    )
    .expect("create");
    let q = questionnaire::builtin().expect("q");
    let entries = srm_assess::tui::effects::entries(&data, &q, Lang::En);
    let mut app = App::new(q, Lang::En, entries);
    apply(&mut app, Action::Confirm, &data);
    for (w, h) in [(80, 24), (60, 16)] {
        let screen = draw(&app, w, h).backend().to_string();
        let joined = screen
            .lines()
            .map(|l| l.trim_matches('"').trim())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(joined.contains("\"acme-srm\""), "{screen}");
        assert!(joined.contains("open /"), "the command is cut:\n{screen}");
        assert!(
            joined.contains("other.toml"),
            "the command is cut:\n{screen}"
        );
    }
}

/// I5: the questionnaire's vendor name ("What VENDOR covers on its
/// side") is cleaned like every other questionnaire text: no separator,
/// escape, bell or bidirectional control reaches the terminal.
#[test]
fn the_vendor_name_is_cleaned_like_every_questionnaire_text() {
    let f = fixture();
    let mut q = questionnaire::builtin().expect("q");
    q.vendor = "Zen\u{2028}desk\u{1b}]0;pwned\u{7}\u{202e}\u{85}".into();
    let mut app = App::new(q, Lang::En, entries());
    app.open(Document::open(&f.path).expect("open"));
    let intro = draw(&app, 100, 30).backend().to_string();
    apply(&mut app, Action::NextUnanswered, &f.data);
    let question = draw(&app, 160, 60).backend().to_string();
    for screen in [intro, question] {
        assert!(screen.contains("Zen"), "{screen}");
        for bad in ['\u{2028}', '\u{1b}', '\u{7}', '\u{202e}', '\u{85}'] {
            assert!(!screen.contains(bad), "{bad:?} in:\n{screen}");
        }
    }
}

/// The answer given to a retired question shows on the question that now
/// asks what it asked, and a dated fact shows the days left: nothing the
/// user wrote is lost when Zendesk's model changes.
#[test]
fn a_retired_questions_answer_shows_on_its_replacement() {
    let f = fixture();
    let mut app = app_at("intro", Lang::En, &f);
    let q = questionnaire::builtin().expect("q");
    let at = q.position("access.api-token-migration").expect("asked");
    app.go_to(at, false);
    let screen = draw(&app, 160, 48).backend().to_string();
    assert!(
        screen.contains("access.api-tokens (retired): No"),
        "{screen}"
    );
    // 2026-11-25 (the fixed clock) to 2027-04-30.
    assert!(
        screen.contains("2027-04-30: Every Zendesk API token stops working (156 days left)"),
        "{screen}"
    );
}
