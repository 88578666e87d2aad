//! The JSON state export: a database exported, imported into a fresh one and
//! exported again gives the same file; imports refuse newer files, stores
//! with data (unless replacing) and broken files, and then write nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;

use fixtures::{at, day, edited_roadmap, small_roadmap, temp_db};
use studyplan::export::state::{self, FORMAT, VERSION};
use studyplan::plan::{Enrollment, ItemState};
use studyplan::store::{Store, WeeklyReview};

/// Text a learner might type: unicode, quotes, backslashes, newlines, Markdown and JSON specials.
const EDGE: &[&str] = &[
    "Ünïcödé — 学习 🚀",
    "say \"hi\" and 'bye'",
    "back\\slash and \\n not a newline",
    "two\nlines\r\nand a CRLF",
    "# not | a *heading* {\"json\": [1]}",
    "tab\tinside",
];

fn enrollment(roadmap: &str, start: &str, minutes: u32) -> Enrollment {
    Enrollment {
        roadmap_id: roadmap.into(),
        start: day(start),
        daily_minutes: minutes,
        paused_weeks: vec![],
    }
}

/// A database with history on three roadmaps (one the learner's own, edited
/// so it has orphaned statuses), pauses, carry-overs, a running timer,
/// reviews with answers, notes, and edge text everywhere text goes.
fn filled_store(path: &std::path::Path) -> Store {
    let mut store = Store::open(path).unwrap();
    store.ensure_bundled().unwrap();
    store.import_roadmap(&small_roadmap(), "/home/me/tiny.toml").unwrap();
    store
        .start(&enrollment("fast-track-6-month", "2026-01-05", 120))
        .unwrap();
    store.set_paused(day("2026-02-09"), true).unwrap();
    let mut batch = store.batch().unwrap();
    batch
        .set_status("fast-track-6-month", "sprint-1", ItemState::Done, day("2026-02-01"))
        .unwrap();
    batch
        .set_status("tiny", "d-blog", ItemState::Done, day("2026-03-03"))
        .unwrap();
    batch
        .set_status("tiny", "d-numpy", ItemState::InProgress, day("2026-03-04"))
        .unwrap();
    for n in 0..60 {
        let on = day("2026-01-05") + chrono::Duration::days(n);
        batch.log_time(on, "learn", 30, None).unwrap();
        let note = EDGE[n as usize % EDGE.len()];
        batch.log_time(on, "build", 45 + (n % 7) as u32, Some(note)).unwrap();
        if n % 4 == 0 {
            batch
                .add_task(EDGE[(n / 4) as usize % EDGE.len()], on, n % 8 == 0)
                .unwrap();
        }
    }
    batch
        .save_review(
            day("2026-01-11"),
            &WeeklyReview {
                answers: vec![("q1".into(), EDGE[3].into()), ("q2".into(), EDGE[1].into())],
                went_well: EDGE[0].into(),
                in_the_way: EDGE[2].into(),
                next_focus: EDGE[4].into(),
                ..WeeklyReview::default()
            },
        )
        .unwrap();
    batch.commit().unwrap();
    store.carry_over(day("2026-01-12")).unwrap();
    // Gaps in the ids: an import must keep ids, not renumber.
    store.delete_task(2).unwrap();
    store.delete_time_entry(3).unwrap();
    // Restart on the learner's own roadmap, then edit it: `d-blog` becomes orphaned.
    store.start(&enrollment("tiny", "2026-03-02", 90)).unwrap();
    store.set_paused(day("2026-03-18"), true).unwrap();
    store.import_roadmap(&edited_roadmap(), "/home/me/tiny.toml").unwrap();
    store.save_note(day("2026-03-02"), EDGE[3]).unwrap();
    store.save_note(day("2026-03-03"), EDGE[0]).unwrap();
    store.start_timer("build", at("2026-03-05 19:05")).unwrap();
    store
}

#[test]
fn an_export_imported_into_a_fresh_database_exports_identically() {
    let (_dir, path) = temp_db();
    let store = filled_store(&path);
    assert!(
        !store.orphaned_statuses().unwrap().is_empty(),
        "the fixture has orphaned progress"
    );
    let first = state::export(&store).unwrap();

    let (_dir2, fresh_path) = temp_db();
    let mut fresh = Store::open(&fresh_path).unwrap();
    let summary = state::import(&mut fresh, &first, "state.json", false).unwrap();
    assert_eq!(summary.roadmaps, 1);
    assert_eq!(summary.enrollments, 2);
    assert_eq!(summary.time_entries, 119);
    let second = state::export(&fresh).unwrap();
    assert_eq!(first, second);

    // The learner's data reads back the same through the ordinary API too.
    assert_eq!(fresh.active_enrollment().unwrap(), store.active_enrollment().unwrap());
    assert_eq!(fresh.orphaned_statuses().unwrap(), store.orphaned_statuses().unwrap());
    assert_eq!(fresh.timer().unwrap(), store.timer().unwrap());
    assert_eq!(
        fresh.carry_overs(day("2026-01-12")).unwrap(),
        store.carry_overs(day("2026-01-12")).unwrap()
    );
    assert_eq!(fresh.roadmap("tiny").unwrap(), edited_roadmap());
    let (from, to) = (day("2026-01-01"), day("2026-12-31"));
    assert_eq!(
        fresh.time_between(from, to).unwrap(),
        store.time_between(from, to).unwrap()
    );
    assert_eq!(
        fresh.tasks_between(from, to).unwrap(),
        store.tasks_between(from, to).unwrap()
    );
    assert_eq!(
        fresh.review(day("2026-01-05")).unwrap(),
        store.review(day("2026-01-05")).unwrap()
    );
    assert_eq!(fresh.note(day("2026-03-02")).unwrap().as_deref(), Some(EDGE[3]));
}

#[test]
fn the_file_names_its_format_and_version_and_keeps_text_exactly() {
    let (_dir, path) = temp_db();
    let store = filled_store(&path);
    let text = state::export(&store).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["format"], FORMAT);
    assert_eq!(json["version"], VERSION);
    let notes: Vec<&str> = json["time_log"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["note"].as_str())
        .collect();
    for edge in EDGE.iter().map(|e| e.trim()) {
        assert!(notes.contains(&edge), "{edge:?} missing from {notes:?}");
    }
    assert_eq!(json["timer"]["started_at"], "2026-03-05T19:05:00");
    assert_eq!(json["enrollments"][1]["paused_weeks"][0], "2026-03-16");
    assert!(text.ends_with("}\n"));
}

/// The store's export, for checking that a refused import changed nothing.
fn snapshot(store: &Store) -> String {
    state::export(store).unwrap()
}

#[test]
fn a_file_from_a_newer_version_is_refused_and_nothing_is_written() {
    let (_dir, path) = temp_db();
    let text = snapshot(&filled_store(&path)).replacen("\"version\": 1", "\"version\": 2", 1);
    let (_dir2, fresh_path) = temp_db();
    let mut fresh = Store::open(&fresh_path).unwrap();
    let err = state::import(&mut fresh, &text, "new.json", false).unwrap_err();
    let message = format!("{err:#}");
    assert!(message.contains("new.json"), "{message}");
    assert!(
        message.contains("version 2") && message.contains("newer studyplan"),
        "{message}"
    );
    assert!(fresh.is_empty().unwrap());
    assert!(
        fresh.roadmaps().unwrap().is_empty(),
        "not even the bundled roadmaps were written"
    );
}

#[test]
fn a_store_with_learner_data_is_refused_unless_replacing() {
    let (_dir, path) = temp_db();
    let text = snapshot(&filled_store(&path));
    let (_dir2, other_path) = temp_db();
    let mut other = fixtures::started_store(&other_path);
    other.add_task("mine", day("2026-11-24")).unwrap();
    let before = snapshot(&other);

    let err = state::import(&mut other, &text, "state.json", false).unwrap_err();
    assert!(format!("{err:#}").contains("--replace"), "{err:#}");
    assert_eq!(snapshot(&other), before);

    state::import(&mut other, &text, "state.json", true).unwrap();
    assert_eq!(snapshot(&other), text);
}

#[test]
fn any_bad_record_rolls_the_whole_import_back() {
    let (_dir, path) = temp_db();
    let good = snapshot(&filled_store(&path));
    let mut json: serde_json::Value = serde_json::from_str(&good).unwrap();
    // The last entry pushes a day past 24 hours: found after everything else was written.
    let entries = json["time_log"].as_array_mut().unwrap();
    let mut extra = entries[0].clone();
    extra["id"] = 999_999.into();
    extra["minutes"] = 1400.into();
    entries.push(extra);
    let bad = serde_json::to_string(&json).unwrap();

    let (_dir2, target_path) = temp_db();
    let mut target = fixtures::started_store(&target_path);
    target
        .log_time(day("2026-11-24"), "learn", 25, Some("keep me"))
        .unwrap();
    let before = snapshot(&target);
    let err = state::import(&mut target, &bad, "bad.json", true).unwrap_err();
    assert!(format!("{err:#}").contains("more than the 1440"), "{err:#}");
    assert_eq!(snapshot(&target), before, "a failed --replace keeps the old data");
}

#[test]
fn unknown_keys_and_broken_json_are_refused_with_line_and_column() {
    let (_dir, path) = temp_db();
    let good = snapshot(&filled_store(&path));
    let typo = good.replacen("\"went_well\"", "\"went_wel\"", 1);
    let (_dir2, fresh_path) = temp_db();
    let mut fresh = Store::open(&fresh_path).unwrap();
    let err = format!(
        "{:#}",
        state::import(&mut fresh, &typo, "typo.json", false).unwrap_err()
    );
    assert!(
        err.contains("went_wel") && err.contains("line") && err.contains("column"),
        "{err}"
    );

    let cut = &good[..good.len() / 2];
    let err = format!("{:#}", state::import(&mut fresh, cut, "cut.json", false).unwrap_err());
    assert!(err.contains("cut.json") && err.contains("line"), "{err}");

    let err = format!(
        "{:#}",
        state::import(&mut fresh, r#"{"format": "other", "version": 1}"#, "o.json", false).unwrap_err()
    );
    assert!(err.contains("not a studyplan state file"), "{err}");
    assert!(fresh.is_empty().unwrap());
}

#[test]
fn a_file_naming_an_unknown_roadmap_writes_nothing() {
    let text = format!(
        r#"{{"format": "{FORMAT}", "version": 1,
            "tasks": [{{"id": 1, "title": "a task", "day": "2026-11-24", "done": false}}],
            "enrollments": [{{"roadmap_id": "nowhere", "start": "2026-11-23", "daily_minutes": 60, "active": true}}]}}"#
    );
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let err = format!("{:#}", state::import(&mut store, &text, "x.json", false).unwrap_err());
    assert!(err.contains("nowhere"), "{err}");
    assert!(store.is_empty().unwrap());
}

#[test]
fn an_empty_store_exports_a_file_that_imports_as_empty() {
    let store = Store::open_in_memory().unwrap();
    let text = state::export(&store).unwrap();
    let mut other = Store::open_in_memory().unwrap();
    let summary = state::import(&mut other, &text, "empty.json", false).unwrap();
    assert_eq!(summary.enrollments + summary.tasks + summary.time_entries, 0);
    assert!(other.is_empty().unwrap());
    assert_eq!(state::export(&other).unwrap(), text);
}

/// The ```json example of `docs/state-format.md`.
fn documented_example() -> String {
    let doc = include_str!("../docs/state-format.md");
    let start = doc.find("```json\n").expect("the doc has a json example") + "```json\n".len();
    let end = start + doc[start..].find("```").expect("the example is closed");
    doc[start..end].to_owned()
}

#[test]
fn the_documented_example_imports_and_exports_back_unchanged() {
    let example = documented_example();
    let mut store = Store::open_in_memory().unwrap();
    state::import(&mut store, &example, "state-format.md", false).unwrap();
    let written_by = format!("\"written_by\": \"studyplan {}\"", env!("CARGO_PKG_VERSION"));
    let exported = state::export(&store)
        .unwrap()
        .replace(&written_by, "\"written_by\": \"studyplan 0.1.0\"");
    assert_eq!(exported, example);
}

#[test]
fn every_key_of_the_format_is_documented() {
    let doc = include_str!("../docs/state-format.md");
    let example: serde_json::Value = serde_json::from_str(&documented_example()).unwrap();
    let mut keys = Vec::new();
    collect_keys(&example, &mut keys);
    for key in keys {
        assert!(
            doc.contains(&format!("`{key}`")),
            "`{key}` is not described in docs/state-format.md"
        );
    }
}

fn collect_keys(value: &serde_json::Value, keys: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                keys.push(key.clone());
                collect_keys(inner, keys);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_keys(v, keys)),
        _ => {}
    }
}
