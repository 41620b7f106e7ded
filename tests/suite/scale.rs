//! Correctness at scale: a 10,000-question questionnaire and a fully
//! answered assessment go through parsing, saving, scoring, reporting and
//! the interface's model. No timing assertions: figures are in BENCHMARKS.md.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use srm_assess::assessment::{Answer, file};
use srm_assess::lang::Lang;
use srm_assess::report::{Report, markdown};
use srm_assess::score;
use srm_assess::store::{DataDir, Document};
#[path = "../../benches/support/synthetic.rs"]
mod synthetic;
use srm_assess::tui::action::Action;
use srm_assess::tui::app::App;
use srm_assess::tui::effects::apply;
use srm_assess::tui::view::{self, theme::Theme};

#[test]
fn every_synthetic_size_is_a_valid_questionnaire() {
    for n in synthetic::SIZES {
        let q = synthetic::questionnaire(n);
        assert_eq!(q.questions.len(), n);
        assert_eq!(q.sections.len(), synthetic::section_count(n));
        assert!(q.sections.iter().all(|s| !s.questions.is_empty()));
    }
}

#[test]
fn ten_thousand_questions_walk_through_the_model() {
    let q = synthetic::questionnaire(10_000);
    let assessment = synthetic::assessment(&q);
    let text = file::to_toml(&assessment, &q.ids()).expect("toml");
    assert_eq!(file::parse(&text).expect("parses"), assessment);
    let tally = score::breakdown(&q, &assessment).overall;
    assert_eq!((tally.total, tally.answered), (10_000, 10_000));
    let md = markdown::render(
        &Report::new(
            &q,
            &assessment,
            "big",
            Lang::En,
            assessment.updated(),
            srm_assess::report::Files::NotChecked,
        )
        .as_of("2026-11-25".parse().expect("date"))
        .model(),
    );
    // One heading per gap, plus the links (general and one per section),
    // plus what the vendor covers in each section with a gap.
    let vendor_sections = q
        .sections
        .iter()
        .filter(|s| !s.vendor_items.is_empty())
        .filter(|s| {
            q.section_questions(s)
                .iter()
                .any(|x| assessment.answer(&x.id).is_some_and(Answer::is_gap))
        })
        .count();
    assert_eq!(
        md.matches("\n### ").count(),
        tally.gaps() + 1 + q.sections.len() + vendor_sections
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::resolve(Some(dir.path())).expect("data");
    let path = data.assessments().join("big.toml");
    let mut partial = assessment.clone();
    partial.answers.remove("s99.q9999");
    Document::create(&path, partial, &q).expect("create");
    let mut app = App::new(q, Lang::En, Vec::new());
    app.open(Document::open(&path).expect("open"));
    assert_eq!(
        app.walk().expect("walk").question().id,
        "s99.q9999",
        "resumes at the only unanswered question"
    );
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    // Walk every question backwards, then answer the last one.
    for _ in 0..10_000 {
        apply(&mut app, Action::Prev, &data);
    }
    assert_eq!(app.walk().expect("walk").cursor(), 0);
    for _ in 0..100 {
        apply(&mut app, Action::NextSection, &data);
        terminal
            .draw(|f| {
                view::render(&app, &Theme::mono(), f);
            })
            .expect("draw");
    }
    assert_eq!(
        app.questionnaire().sections[app.walk().expect("walk").question().section].id,
        "s99"
    );
    apply(&mut app, Action::NextUnanswered, &data);
    apply(&mut app, Action::Answer(Answer::Yes), &data);
    let saved = Document::open(&path).expect("reopen");
    assert_eq!(saved.assessment().answers.len(), 10_000);
    assert_eq!(saved.assessment().answer("s99.q9999"), Some(Answer::Yes));
}
