//! The TUI: loading every screen's data from a five-year database (the
//! work before the first frame), the per-second tick of a running timer,
//! and each screen's render into a `TestBackend` at 120x40.

#[path = "support/fixtures.rs"]
mod fixtures;

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDateTime;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use studyplan::tui::action::{Action, Screen};
use studyplan::tui::app::App;
use studyplan::tui::theme::Theme;
use studyplan::tui::ui;

use fixtures::{history_store, must, today};

/// Ten in the morning of the benches' today.
fn now() -> NaiveDateTime {
    today().and_hms_opt(10, 0, 0).unwrap_or_default()
}

fn load(c: &mut Criterion) {
    let dir = must(tempfile::tempdir(), "create a temp dir");
    let path = dir.path().join("studyplan.db");
    drop(history_store(&path, 5));
    c.bench_function("tui/open the store and load every screen's data (5 years)", |b| {
        b.iter(|| {
            let store = must(studyplan::store::Store::open(&path), "open the database");
            must(App::new(store, black_box(now())), "load the app")
        })
    });
}

fn tick(c: &mut Criterion) {
    let dir = must(tempfile::tempdir(), "create a temp dir");
    let mut store = history_store(&dir.path().join("studyplan.db"), 5);
    must(store.start_timer("learn", now()), "start a timer");
    let mut app = must(App::new(store, now()), "load the app");
    let mut second = now();
    c.bench_function("tui/one tick of a running timer (update + render)", |b| {
        let mut terminal = must(Terminal::new(TestBackend::new(120, 40)), "make a test terminal");
        b.iter(|| {
            second += chrono::Duration::seconds(1);
            app.update(Action::Tick, second);
            must(
                terminal.draw(|frame| ui::render(app.view(), frame.area(), frame.buffer_mut(), &Theme::COLOR)),
                "draw",
            );
        })
    });
}

fn render(c: &mut Criterion) {
    let dir = must(tempfile::tempdir(), "create a temp dir");
    let store = history_store(&dir.path().join("studyplan.db"), 5);
    let mut app = must(App::new(store, now()), "load the app");
    for screen in Screen::ALL {
        app.update(Action::Show(screen), now());
        let name = format!("tui/render {screen:?} 120x40 (5 years)");
        c.bench_function(&name, |b| {
            b.iter(|| {
                // A new terminal each time: a full frame, not a diff against the last one.
                let mut terminal = must(Terminal::new(TestBackend::new(120, 40)), "make a test terminal");
                must(
                    terminal.draw(|frame| {
                        ui::render(black_box(app.view()), frame.area(), frame.buffer_mut(), &Theme::COLOR)
                    }),
                    "draw",
                );
                terminal
            })
        });
    }
}

fn short() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
}

criterion_group! { name = benches; config = short(); targets = load, tick, render }
criterion_main!(benches);
