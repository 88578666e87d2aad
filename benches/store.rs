//! The store on disk: opening a warm database (migrations and bundled
//! roadmaps already in place), the first open of a new one (schema and every
//! bundled roadmap imported), and the reads behind `today` and `week` on a
//! database with five years of history.

#[path = "support/fixtures.rs"]
mod fixtures;

use std::hint::black_box;
use std::time::Duration;

use chrono::Duration as Days;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use studyplan::plan::monday_of;
use studyplan::store::Store;

use fixtures::{history_store, must, today};

fn open_warm(c: &mut Criterion) {
    let dir = must(tempfile::tempdir(), "create a temp dir");
    let path = dir.path().join("studyplan.db");
    drop(history_store(&path, 5));
    c.bench_function("store/open + ensure_bundled (warm)", |b| {
        b.iter(|| {
            let mut store = must(Store::open(black_box(&path)), "open the database");
            must(store.ensure_bundled(), "check the bundled roadmaps");
            store
        })
    });
}

fn first_open(c: &mut Criterion) {
    let dir = must(tempfile::tempdir(), "create a temp dir");
    let mut n = 0u32;
    c.bench_function("store/first open: migrate + import all bundled", |b| {
        b.iter_batched(
            || {
                n += 1;
                dir.path().join(format!("fresh-{n}.db"))
            },
            |path| {
                let mut store = must(Store::open(&path), "create the database");
                must(store.ensure_bundled(), "import the bundled roadmaps");
                store
            },
            BatchSize::PerIteration,
        )
    });
}

fn reads(c: &mut Criterion) {
    let dir = must(tempfile::tempdir(), "create a temp dir");
    let store = history_store(&dir.path().join("studyplan.db"), 5);
    let day = today();
    let monday = monday_of(day);
    let sunday = monday + Days::days(6);
    c.bench_function("store/read a day of 5 years", |b| {
        b.iter(|| {
            let enrollment = must(store.active_enrollment(), "read the enrollment");
            let roadmap = must(store.roadmap("fast-track-6-month"), "read the roadmap");
            let statuses = must(store.statuses(), "read statuses");
            let tasks = must(store.tasks_between(day, day), "read tasks");
            let time = must(store.time_between(day, day), "read time");
            let timer = must(store.timer(), "read the timer");
            black_box((enrollment, roadmap, statuses, tasks, time, timer))
        })
    });
    c.bench_function("store/read a week of 5 years", |b| {
        b.iter(|| {
            let enrollment = must(store.active_enrollment(), "read the enrollment");
            let roadmap = must(store.roadmap("fast-track-6-month"), "read the roadmap");
            let statuses = must(store.statuses(), "read statuses");
            let tasks = must(store.tasks_between(monday, sunday), "read tasks");
            let time = must(store.time_between(monday, sunday), "read time");
            let per_day = must(store.minutes_per_day(monday, sunday), "read minutes per day");
            black_box((enrollment, roadmap, statuses, tasks, time, per_day))
        })
    });
    c.bench_function("store/read the roadmap body (JSON) of fast-track-6-month", |b| {
        b.iter(|| must(store.roadmap(black_box("fast-track-6-month")), "read the roadmap"))
    });
}

fn short() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
}

criterion_group! { name = benches; config = short(); targets = open_warm, first_open, reads }
criterion_main!(benches);
