//! Roadmap parse + validate: every bundled file, and a generated roadmap of
//! 10,000 items (the size `roadmap validate` is held to in issue 7).

#[path = "support/fixtures.rs"]
mod fixtures;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use studyplan::roadmap::bundled::BUNDLED;
use studyplan::roadmap::parse_str;

use fixtures::{generated_roadmap_toml, must};

fn bundled(c: &mut Criterion) {
    for file in BUNDLED {
        c.bench_function(&format!("roadmap/parse+validate/{}", file.id), |b| {
            b.iter(|| must(parse_str(black_box(file.source), file.id), "parse a bundled roadmap"))
        });
    }
    c.bench_function("roadmap/parse+validate/all bundled", |b| {
        b.iter(|| {
            for file in BUNDLED {
                black_box(must(parse_str(file.source, file.id), "parse a bundled roadmap"));
            }
        })
    });
}

fn generated(c: &mut Criterion) {
    let text = generated_roadmap_toml(10_000);
    let items = must(parse_str(&text, "generated"), "parse the generated roadmap");
    assert!(items.phases.len() * 16 + items.week_details.len() * 4 >= 10_000);
    c.bench_function("roadmap/parse+validate/generated 10,000 items", |b| {
        b.iter(|| must(parse_str(black_box(&text), "generated"), "parse the generated roadmap"))
    });
}

fn short() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
}

criterion_group! { name = benches; config = short(); targets = bundled, generated }
criterion_main!(benches);
