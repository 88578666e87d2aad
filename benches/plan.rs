//! The schedule engine: a day and a week on two bundled roadmaps, the pace,
//! and the Sunday review over a week of time entries. Pure functions, so
//! these are the floor under every `today` and every TUI redraw.

#[path = "support/fixtures.rs"]
mod fixtures;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use studyplan::plan::{ItemStatus, ReviewInput, day_plan, monday_of, pace, review, week_plan};

use fixtures::{bundled_roadmap, enrollment, today, week_of_entries};

fn schedule(c: &mut Criterion) {
    for id in ["fast-track-6-month", "quarterly-2026"] {
        let roadmap = bundled_roadmap(id);
        let enrollment = enrollment(&roadmap);
        let statuses: Vec<ItemStatus> = Vec::new();
        let minutes_per_day: Vec<_> = week_of_entries().iter().map(|e| (e.day, e.minutes)).collect();
        c.bench_function(&format!("plan/day_plan/{id}"), |b| {
            b.iter(|| day_plan(black_box(&roadmap), &enrollment, &statuses, black_box(today())))
        });
        c.bench_function(&format!("plan/week_plan/{id}"), |b| {
            b.iter(|| {
                week_plan(
                    black_box(&roadmap),
                    &enrollment,
                    &statuses,
                    black_box(monday_of(today())),
                )
            })
        });
        c.bench_function(&format!("plan/pace/{id}"), |b| {
            b.iter(|| {
                pace(
                    black_box(&roadmap),
                    &enrollment,
                    &statuses,
                    &minutes_per_day,
                    black_box(today()),
                )
            })
        });
    }
}

fn weekly_review(c: &mut Criterion) {
    let roadmap = bundled_roadmap("fast-track-6-month");
    let enrollment = enrollment(&roadmap);
    let entries = week_of_entries();
    let minutes_per_day: Vec<_> = entries.iter().map(|e| (e.day, e.minutes)).collect();
    c.bench_function("plan/review/fast-track-6-month week of entries", |b| {
        b.iter(|| {
            let input = ReviewInput {
                statuses: &[],
                entries: black_box(&entries),
                tasks: &[],
                minutes_per_day: &minutes_per_day,
                today: today(),
            };
            review(&roadmap, &enrollment, monday_of(today()), input)
        })
    });
}

fn short() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
}

criterion_group! { name = benches; config = short(); targets = schedule, weekly_review }
criterion_main!(benches);
