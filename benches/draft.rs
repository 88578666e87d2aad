//! `roadmap draft` on the five seed roadmaps (issue 17 asks for under 20 ms a
//! seed): Markdown parse, interpretation, TOML writing and the loader's check
//! of the result, all of what the command does between reading and writing.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use studyplan::draft::{DraftOptions, draft};

/// The seeds as the tests read them (copies of the learner's files).
const SEEDS: [(&str, &str); 5] = [
    (
        "000 quarters",
        include_str!("../tests/fixtures/markdown/seeds/000_86f5ebe1e6722f53.md"),
    ),
    (
        "001 two tracks",
        include_str!("../tests/fixtures/markdown/seeds/001_47108cf5f32b6a34.md"),
    ),
    (
        "002 blocks and weeks",
        include_str!("../tests/fixtures/markdown/seeds/002_452ca19f2974e3fa.md"),
    ),
    (
        "003 topics and projects",
        include_str!("../tests/fixtures/markdown/seeds/003_76276e4968793f95.md"),
    ),
    (
        "004 calendar months",
        include_str!("../tests/fixtures/markdown/seeds/004_7790502f93dd25a3.md"),
    ),
];

fn seeds(c: &mut Criterion) {
    for (name, text) in SEEDS {
        c.bench_function(&format!("draft/seed {name}"), |b| {
            b.iter(|| draft(black_box(text), &DraftOptions::default()).map(|d| d.toml.len()))
        });
    }
    let standard = DraftOptions {
        track: Some("b".to_owned()),
        ..DraftOptions::default()
    };
    c.bench_function("draft/seed 001 --track b (borrows track a's sprints)", |b| {
        b.iter(|| draft(black_box(SEEDS[1].1), &standard).map(|d| d.toml.len()))
    });
}

fn short() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
}

criterion_group! { name = benches; config = short(); targets = seeds }
criterion_main!(benches);
