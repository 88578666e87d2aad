//! Shared fixtures for the store tests: a small inline roadmap, dates, a temp database.

#![allow(dead_code)] // each test crate uses a different part of the fixtures

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
use studyplan::plan::Enrollment;
use studyplan::roadmap::{Roadmap, parse_str};
use studyplan::store::Store;

/// A four-week roadmap with a sprint, deliverables, a week detail, a milestone.
pub const SMALL_ROADMAP: &str = r#"
id = "tiny"
title = "Tiny track"
summary = "Four weeks to try the store"
weeks = 4

[[phases]]
id = "sprint-1"
level = "sprint"
title = "Foundations"
weeks = [1, 4]
deliverables = [
  { id = "d-numpy", title = "NumPy exercises" },
  { id = "d-blog", title = "Blog post", week = 2 },
]

[[week_details]]
id = "week-1"
week = 1
title = "Warm-up"
deliverables = [{ id = "d-setup", title = "Set up the repo" }]

[[milestones]]
id = "m-first-model"
title = "First model trained"
week = 4
"#;

/// The small roadmap, parsed.
pub fn small_roadmap() -> Roadmap {
    parse_str(SMALL_ROADMAP, "tiny.toml").unwrap()
}

/// The small roadmap with `d-blog` removed and a new deliverable added.
pub fn edited_roadmap() -> Roadmap {
    let text = SMALL_ROADMAP
        .replace(
            r#"  { id = "d-blog", title = "Blog post", week = 2 },"#,
            r#"  { id = "d-talk", title = "Give a talk", week = 3 },"#,
        )
        .replace("Tiny track", "Tiny track, edited");
    parse_str(&text, "tiny.toml").unwrap()
}

/// `YYYY-MM-DD`.
pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// `YYYY-MM-DD HH:MM`.
pub fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

/// A fresh temp folder and the database path inside a not-yet-existing subfolder.
pub fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data").join("studyplan.sqlite");
    (dir, path)
}

/// A store with the small roadmap imported and started on Monday 2026-11-23.
pub fn started_store(path: &std::path::Path) -> Store {
    let mut store = Store::open(path).unwrap();
    store.import_roadmap(&small_roadmap(), "tiny.toml").unwrap();
    store
        .start(&Enrollment {
            roadmap_id: "tiny".into(),
            start: day("2026-11-23"),
            daily_minutes: 120,
            paused_weeks: vec![],
        })
        .unwrap();
    store
}
