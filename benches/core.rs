//! Benchmarks of what a user waits for: parsing the questionnaire, loading
//! and saving an assessment, one keypress through the model and a frame,
//! and the reports, each at 25, 1,000 and 10,000 questions.
//! Run with `cargo bench`; figures and how to read them: BENCHMARKS.md.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use srm_assess::assessment::{Answer, file};
use srm_assess::lang::Lang;
use srm_assess::questionnaire::{self, Questionnaire};
use srm_assess::report::{Report, html, markdown};
use srm_assess::store::{DataDir, Document};
#[path = "support/synthetic.rs"]
mod synthetic;
use srm_assess::tui::action::Action;
use srm_assess::tui::app::App;
use srm_assess::tui::update::update;
use srm_assess::tui::view::{self, theme::Theme};
use synthetic::SIZES;

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("questionnaire_parse_validate");
    group.bench_function("builtin", |b| {
        b.iter(|| questionnaire::builtin().expect("valid"))
    });
    for n in SIZES {
        let text = synthetic::questionnaire_toml(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, text| {
            b.iter(|| Questionnaire::parse(black_box(text), "synthetic.toml").expect("valid"))
        });
    }
    group.finish();
}

fn load_and_save(c: &mut Criterion) {
    let mut load = c.benchmark_group("assessment_load");
    for n in SIZES {
        let q = synthetic::questionnaire(n);
        let text = file::to_toml(&synthetic::assessment(&q), &q.ids()).expect("toml");
        load.bench_with_input(BenchmarkId::from_parameter(n), &text, |b, text| {
            b.iter(|| file::parse(black_box(text)).expect("parses"))
        });
    }
    load.finish();
    let mut save = c.benchmark_group("assessment_save_fsync");
    save.sample_size(20);
    for n in SIZES {
        let q = synthetic::questionnaire(n);
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("bench.toml");
        let mut doc = Document::create(&path, synthetic::assessment(&q), &q).expect("create");
        let id = q.questions[0].id.to_string();
        let mut flip = false;
        save.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| {
                // One changed answer, saved as the interface saves it:
                // lock, re-read, merge, write, fsync, rename, fsync the folder.
                flip = !flip;
                let mut entry = doc.entry(&id).cloned().unwrap_or_default();
                entry.answer = Some(if flip { Answer::Yes } else { Answer::No });
                doc.set_entry(&id, entry);
                doc.save().expect("saved")
            })
        });
    }
    save.finish();
}

fn keypress(c: &mut Criterion) {
    let mut group = c.benchmark_group("keypress_update_and_frame_200x60");
    for n in SIZES {
        let q = synthetic::questionnaire(n);
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::resolve(Some(dir.path())).expect("data");
        let path = data.assessments().join("bench.toml");
        let doc = Document::create(&path, synthetic::assessment(&q), &q).expect("create");
        let mut app = App::new(q, Lang::En, Vec::new());
        app.open(doc);
        update(&mut app, Action::Back); // close the summary a full assessment opens on
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
        let theme = Theme::mono();
        let mut down = true;
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| {
                // Move down and up through the questions, as j and k do,
                // and draw the frame the terminal would show.
                down = !down;
                let action = if down { Action::Next } else { Action::Prev };
                let effects = update(&mut app, action);
                debug_assert!(effects.is_empty());
                terminal
                    .draw(|f| {
                        view::render(&app, &theme, f);
                    })
                    .expect("draw");
            })
        });
    }
    group.finish();
}

fn reports(c: &mut Criterion) {
    let mut md = c.benchmark_group("report_markdown");
    let mut page = Vec::new();
    for n in SIZES {
        let q = synthetic::questionnaire(n);
        let a = synthetic::assessment(&q);
        page.push((n, q, a));
    }
    for (n, q, a) in &page {
        let report = bench_report(q, a);
        md.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| markdown::render(&black_box(report).model()))
        });
    }
    md.finish();
    let mut h = c.benchmark_group("report_html");
    h.sample_size(20);
    for (n, q, a) in &page {
        let report = bench_report(q, a);
        h.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| html::render(&black_box(report).model()))
        });
    }
    h.finish();
}

/// The report the benchmarks render: English, no comparison, charts on,
/// judged as of a fixed day.
fn bench_report<'a>(q: &'a Questionnaire, a: &'a srm_assess::assessment::Assessment) -> Report<'a> {
    Report::new(
        q,
        a,
        "bench",
        Lang::En,
        a.updated(),
        srm_assess::report::Files::NotChecked,
    )
    .as_of("2026-11-25".parse().expect("date"))
}

/// A note holding many URLs (pasted ticket links), at two sizes 10x apart:
/// the time must grow about 10x, not 100x (it was quadratic).
fn report_many_urls(c: &mut Criterion) {
    let q = questionnaire::builtin().expect("valid");
    let mut group = c.benchmark_group("report_markdown_urls_in_one_note");
    group.sample_size(10);
    for urls in [4_000usize, 40_000] {
        let mut a = srm_assess::assessment::Assessment::new(
            &q,
            Lang::En,
            Default::default(),
            "2026-01-01T00:00:00Z".parse().expect("timestamp"),
        );
        let notes: String = (0..urls)
            .map(|i| format!("https://tickets.example/t/{i} "))
            .collect();
        let mut entry = srm_assess::assessment::Entry {
            answer: Some(Answer::No),
            notes,
            ..Default::default()
        };
        entry.notes.push_str("end");
        a.answers.insert(q.questions[0].id.to_string(), entry);
        let report = bench_report(&q, &a);
        group.bench_function(BenchmarkId::from_parameter(urls), |b| {
            b.iter(|| markdown::render(&black_box(report).model()))
        });
    }
    group.finish();
}

/// The CSV report of an assessment with one large note, at sizes 4x
/// apart: the time must grow about 4x (it grew with the square of the
/// note's length: the CSV writer searched the rest of a quoted field for
/// its next quote once per 8 KiB buffer).
fn csv_large_note(c: &mut Criterion) {
    let q = questionnaire::builtin().expect("valid");
    let mut group = c.benchmark_group("report_csv_one_large_note");
    group.sample_size(10);
    for mib in [1usize, 4, 16] {
        let mut a = srm_assess::assessment::Assessment::new(
            &q,
            Lang::En,
            Default::default(),
            "2026-01-01T00:00:00Z".parse().expect("timestamp"),
        );
        let words = ["alpha ", "ticket;", "=sum ", "x@y ", "line\n"];
        let mut notes = String::with_capacity(mib << 20);
        let mut i = 0;
        while notes.len() < mib << 20 {
            notes.push_str(words[i % words.len()]);
            i += 1;
        }
        a.answers.insert(
            q.questions[0].id.to_string(),
            srm_assess::assessment::Entry {
                answer: Some(Answer::No),
                notes,
                ..Default::default()
            },
        );
        let report = bench_report(&q, &a);
        group.bench_function(BenchmarkId::from_parameter(format!("{mib}MiB")), |b| {
            b.iter(|| srm_assess::report::csv::render(&black_box(report).model()))
        });
    }
    group.finish();
}

/// `diff` of two assessments whose one question holds many pieces of
/// evidence (half of them changed), at sizes 10x apart: about 10x the
/// time (it was quadratic: 40,000 took 14 s).
fn diff_many_evidence(c: &mut Criterion) {
    let q = questionnaire::builtin().expect("valid");
    let mut group = c.benchmark_group("diff_evidence_on_one_question");
    group.sample_size(10);
    for n in [4_000usize, 40_000] {
        let mut old = srm_assess::assessment::Assessment::new(
            &q,
            Lang::En,
            Default::default(),
            "2026-01-01T00:00:00Z".parse().expect("timestamp"),
        );
        let evidence = |i: usize| srm_assess::assessment::Evidence {
            reference: format!("https://evidence.example/{i}"),
            observed: "2026-01-01".parse().expect("date"),
            recorded: "2026-01-01".parse().expect("date"),
            sha256: None,
            note: String::new(),
        };
        let mut new = old.clone();
        let id = q.questions[0].id.to_string();
        old.answers.insert(
            id.clone(),
            srm_assess::assessment::Entry {
                answer: Some(Answer::Yes),
                evidence: (0..n).map(evidence).collect(),
                ..Default::default()
            },
        );
        new.answers.insert(
            id,
            srm_assess::assessment::Entry {
                answer: Some(Answer::Yes),
                evidence: (n / 2..n + n / 2).map(evidence).collect(),
                ..Default::default()
            },
        );
        let day: jiff::civil::Date = "2026-11-25".parse().expect("date");
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| srm_assess::report::compare::compare(&q, black_box(&old), &new, day))
        });
    }
    group.finish();
}

/// A fleet roll-up as `fleet` does it after reading the files: parse each
/// assessment (50 questions), compute its report model, roll up, render
/// the Markdown; at 50 and 500 instances, to see it grow linearly.
fn fleet(c: &mut Criterion) {
    use srm_assess::report::fleet::{Fleet, Member};
    let mut group = c.benchmark_group("fleet_parse_model_rollup_markdown");
    group.sample_size(10);
    let q = synthetic::questionnaire(50);
    let text = file::to_toml(&synthetic::assessment(&q), &q.ids()).expect("toml");
    let day = "2026-11-25".parse().expect("date");
    for n in [50, 500] {
        let texts: Vec<String> = vec![text.clone(); n];
        let names: Vec<String> = (0..n).map(|i| format!("instance-{i:03}")).collect();
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| {
                let parsed: Vec<_> = texts
                    .iter()
                    .map(|t| file::parse(black_box(t)).expect("parses"))
                    .collect();
                let members = parsed
                    .iter()
                    .zip(&names)
                    .map(|(a, name)| Member {
                        name: name.clone(),
                        model: Report::new(
                            &q,
                            a,
                            name,
                            Lang::En,
                            a.created,
                            srm_assess::report::Files::NotChecked,
                        )
                        .as_of(day)
                        .charts(false)
                        .model(),
                    })
                    .collect();
                let fleet = Fleet::of(members, Vec::new(), Lang::En, day, None);
                srm_assess::report::fleet::markdown::render(&fleet)
            })
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    fleet,
    parse,
    load_and_save,
    keypress,
    reports,
    report_many_urls,
    csv_large_note,
    diff_many_evidence
);
criterion_main!(benches);
