//! Importing roadmaps: idempotent, progress kept across an edited re-import,
//! orphans reported, bundled roadmaps imported once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;

use fixtures::{day, edited_roadmap, small_roadmap, started_store, temp_db};
use rusqlite::Connection;
use studyplan::plan::ItemState;
use studyplan::roadmap::bundled::BUNDLED;
use studyplan::store::Store;

fn row_counts(path: &std::path::Path) -> (i64, i64) {
    let conn = Connection::open(path).unwrap();
    let roadmaps = conn
        .query_row("SELECT count(*) FROM roadmap", [], |r| r.get(0))
        .unwrap();
    let items = conn
        .query_row("SELECT count(*) FROM roadmap_item", [], |r| r.get(0))
        .unwrap();
    (roadmaps, items)
}

#[test]
fn importing_twice_changes_nothing_the_second_time() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let first = store.import_roadmap(&small_roadmap(), "tiny.toml").unwrap();
    assert!(first.changed);
    assert!(first.orphaned.is_empty());
    let counts = row_counts(&path);
    assert_eq!(
        counts,
        (1, 6),
        "one roadmap; sprint, 3 deliverables, a week, a milestone"
    );
    let second = store.import_roadmap(&small_roadmap(), "tiny.toml").unwrap();
    assert!(!second.changed);
    assert_eq!(row_counts(&path), counts);
}

#[test]
fn the_stored_roadmap_reads_back_without_its_file() {
    let mut store = Store::open_in_memory().unwrap();
    store.import_roadmap(&small_roadmap(), "/home/ada/tiny.toml").unwrap();
    assert_eq!(store.roadmap("tiny").unwrap(), small_roadmap());
    let listed = store.roadmaps().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].title, "Tiny track");
    assert_eq!(listed[0].weeks, 4);
    assert_eq!(listed[0].source, "/home/ada/tiny.toml");
}

#[test]
fn an_unknown_roadmap_id_lists_the_known_ones() {
    let mut store = Store::open_in_memory().unwrap();
    store.import_roadmap(&small_roadmap(), "tiny.toml").unwrap();
    let err = store.roadmap("nope").unwrap_err();
    assert_eq!(format!("{err}"), "unknown roadmap `nope`; known roadmaps: tiny");
}

#[test]
fn an_edited_reimport_keeps_progress_and_reports_orphans() {
    let (_dir, path) = temp_db();
    let mut store = started_store(&path);
    store
        .set_status("d-numpy", Some(ItemState::Done), day("2026-11-24"))
        .unwrap();
    store
        .set_status("d-blog", Some(ItemState::InProgress), day("2026-11-25"))
        .unwrap();

    let report = store.import_roadmap(&edited_roadmap(), "tiny.toml").unwrap();
    assert!(report.changed);
    assert_eq!(report.orphaned, vec!["d-blog".to_owned()]);
    assert_eq!(store.roadmap("tiny").unwrap().title, "Tiny track, edited");

    let statuses = store.statuses().unwrap();
    assert_eq!(statuses.len(), 1);
    assert_eq!(statuses[0].item_id, "d-numpy");
    assert_eq!(statuses[0].state, ItemState::Done);
    assert_eq!(statuses[0].on, day("2026-11-24"));
    let orphans = store.orphaned_statuses().unwrap();
    assert_eq!(orphans.len(), 1);
    assert_eq!(orphans[0].item_id, "d-blog");

    // The removed item cannot be ticked, the new one can.
    let err = store
        .set_status("d-blog", Some(ItemState::Done), day("2026-11-26"))
        .unwrap_err();
    assert!(format!("{err}").contains("studyplan roadmap show tiny"), "{err}");
    store
        .set_status("d-talk", Some(ItemState::Done), day("2026-11-26"))
        .unwrap();

    // Putting the item back brings its progress back; now d-talk is the orphan.
    let report = store.import_roadmap(&small_roadmap(), "tiny.toml").unwrap();
    assert_eq!(report.orphaned, vec!["d-talk".to_owned()]);
    let ids: Vec<_> = store.statuses().unwrap().into_iter().map(|s| s.item_id).collect();
    assert_eq!(ids, ["d-blog", "d-numpy"]);
    assert_eq!(store.orphaned_statuses().unwrap()[0].item_id, "d-talk");
}

#[test]
fn bundled_roadmaps_are_imported_once() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.refresh_bundled().unwrap().len(), BUNDLED.len());
    let ids: Vec<_> = store.roadmaps().unwrap().into_iter().map(|r| r.id).collect();
    let mut expected: Vec<_> = BUNDLED.iter().map(|b| b.id.to_owned()).collect();
    expected.sort();
    assert_eq!(ids, expected);
    assert!(store.roadmaps().unwrap().iter().all(|r| r.source == "bundled"));

    // A second call finds every hash known and writes nothing.
    let conn = Connection::open(&path).unwrap();
    let changes_before: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0)).unwrap();
    store.ensure_bundled().unwrap();
    drop(store);
    let mut store = Store::open(&path).unwrap();
    assert!(store.refresh_bundled().unwrap().is_empty());
    let changes_after: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0)).unwrap();
    assert_eq!(changes_before, changes_after, "no other connection wrote");
}

#[test]
fn a_learners_own_copy_of_a_bundled_roadmap_is_not_replaced() {
    let mut store = Store::open_in_memory().unwrap();
    let bundled = BUNDLED[0];
    let mut own = studyplan::roadmap::parse_str(bundled.source, bundled.file_name).unwrap();
    own.title = "My own pacing".into();
    store.import_roadmap(&own, "/home/ada/roadmaps/mine.toml").unwrap();
    store.ensure_bundled().unwrap();
    assert_eq!(store.roadmap(bundled.id).unwrap().title, "My own pacing");
    let listed = store.roadmaps().unwrap();
    let mine = listed.iter().find(|r| r.id == bundled.id).unwrap();
    assert_eq!(mine.source, "/home/ada/roadmaps/mine.toml");
}
