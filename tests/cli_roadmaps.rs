//! Roadmaps from the shell: listing, showing, validating, a calendar-dated
//! roadmap started on its own date, and progress surviving a re-import.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use std::path::Path;

use support::Learner;

const BUNDLED: [&str; 7] = [
    "fast-track-6-month",
    "standard-9-month",
    "quarterly-2026",
    "q1-2026-white-box",
    "genai-engineering",
    "genai-five-projects",
    "ai-engineer-feb-aug-2026",
];

fn bundled_file(id: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("roadmaps")
        .join(format!("{id}.toml"))
}

#[test]
fn list_shows_every_bundled_roadmap_with_its_length_and_source() {
    let learner = Learner::new();
    let list = learner.json("2026-01-05", &["roadmap", "list", "--json"]);
    let rows = list.as_array().unwrap();
    for id in BUNDLED {
        let row = rows
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id} missing: {list}"));
        assert!(row["title"].is_string());
        assert_eq!(row["source"], "bundled");
        assert!(row["weeks"].as_u64().unwrap() >= 1);
    }
    let fast = rows.iter().find(|r| r["id"] == "fast-track-6-month").unwrap();
    assert_eq!(fast["weeks"], 24);
    let text = learner.ok("2026-01-05", &["roadmap", "list"]);
    assert!(text.contains("standard-9-month") && text.contains("36"), "{text}");
}

#[test]
fn a_roadmap_file_in_the_config_folder_is_listed_and_can_be_started() {
    let learner = Learner::new();
    let folder = learner.config.parent().unwrap().join("roadmaps");
    std::fs::create_dir_all(&folder).unwrap();
    let mut roadmap = studyplan::roadmap::load_file(&bundled_file("fast-track-6-month")).unwrap();
    roadmap.id = "my-own-track".to_owned();
    roadmap.title = "My own track".to_owned();
    std::fs::write(folder.join("mine.toml"), toml::to_string(&roadmap).unwrap()).unwrap();
    let list = learner.ok("2026-01-05", &["roadmap", "list"]);
    assert!(list.contains("my-own-track"), "{list}");
    learner.ok("2026-01-05", &["start", "my-own-track"]);
    let today = learner.json("2026-01-06", &["today", "--json"]);
    assert_eq!(today["roadmap"]["title"], "My own track");
}

#[test]
fn show_prints_the_roadmap_and_unknown_ids_list_the_known_ones() {
    let learner = Learner::new();
    let text = learner.ok("2026-01-05", &["roadmap", "show", "fast-track-6-month"]);
    assert!(text.contains("Foundations"), "{text}");
    let refused = learner.refused("2026-01-05", &["roadmap", "show", "fast-track"]);
    assert!(
        refused.contains("fast-track-6-month") && refused.contains("quarterly-2026"),
        "{refused}"
    );
}

#[test]
fn validate_exits_0_for_good_files_and_1_with_positions_for_bad_ones() {
    let learner = Learner::new();
    let good = bundled_file("quarterly-2026");
    let out = learner.run("2026-01-05", &["roadmap", "validate", good.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("ok"), "{}", out.stdout);

    let bad = learner.path("typo.toml");
    std::fs::write(&bad, "id = \"x\"\ntitel = \"oops\"\n").unwrap();
    let out = learner.run(
        "2026-01-05",
        &["roadmap", "validate", good.to_str().unwrap(), bad.to_str().unwrap()],
    );
    assert_eq!(out.code, 1);
    let first = out.stderr.lines().next().unwrap_or_default();
    let prefix = format!("{}:", bad.display());
    assert!(first.starts_with(&prefix), "{}", out.stderr);
    assert!(out.stderr.contains("titel"), "{}", out.stderr);
    // Validation needs no database.
    assert!(!learner.db.exists());
}

#[test]
fn quarterly_2026_starts_on_its_own_date_in_q1_and_january() {
    let learner = Learner::new();
    let roadmap = studyplan::roadmap::load_file(&bundled_file("quarterly-2026")).unwrap();
    let start = roadmap
        .suggested_start
        .expect("quarterly-2026 is calendar-dated")
        .to_string();
    learner.ok("2025-12-01", &["start", "quarterly-2026"]);
    let today = learner.json(&start, &["today", "--json"]);
    assert_eq!(today["week"]["number"], 1);
    let phase_titles: Vec<String> = today["phases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["title"].as_str().unwrap().to_owned())
        .collect();
    assert!(phase_titles.iter().any(|t| t.contains("Q1")), "{phase_titles:?}");
    assert!(phase_titles.iter().any(|t| t.contains("January")), "{phase_titles:?}");
    assert!(today["phase"]["title"].as_str().unwrap().contains("Q1"));

    // A roadmap without checkpoints reviews its weeks without questions.
    let review = learner.json(&start, &["review", "--json"]);
    assert!(review["checkpoint"].is_null(), "{}", review["checkpoint"]);
    let text = learner.ok(&start, &["review"]);
    assert!(!text.contains("Checkpoint"), "{text}");
    assert!(text.contains("Next week"), "{text}");
}

#[test]
fn progress_survives_a_reimport_of_an_edited_roadmap() {
    let learner = Learner::new();
    learner.ok("2026-01-05", &["start", "fast-track-6-month", "--on", "2026-01-05"]);
    let mut roadmap = studyplan::roadmap::load_file(&bundled_file("fast-track-6-month")).unwrap();
    let sprint = &mut roadmap.phases[0];
    let kept = sprint.deliverables[0].id.clone();
    let removed = sprint.deliverables[1].id.clone();
    learner.ok("2026-01-30", &["done", &kept]);
    learner.ok("2026-01-30", &["skip", &removed]);

    sprint.deliverables.remove(1);
    roadmap.title = "Fast track, my edition".to_owned();
    let edited = learner.path("edited.toml");
    std::fs::write(&edited, toml::to_string(&roadmap).unwrap()).unwrap();
    let out = learner.ok("2026-01-30", &["roadmap", "import", edited.to_str().unwrap()]);
    assert!(out.contains(&removed), "the removed item is reported: {out}");

    let today = learner.json("2026-01-30", &["today", "--json"]);
    assert_eq!(today["roadmap"]["title"], "Fast track, my edition");
    let week = learner.json("2026-01-30", &["week", "--json"]);
    let due = week["deliverables"].as_array().unwrap();
    let kept_item = due.iter().find(|d| d["id"] == kept.as_str()).unwrap();
    assert_eq!(kept_item["state"], "done");
    assert!(due.iter().all(|d| d["id"] != removed.as_str()));

    // Importing the same file again changes nothing.
    let again = learner.ok("2026-01-30", &["roadmap", "import", edited.to_str().unwrap()]);
    assert!(again.contains("unchanged"), "{again}");
}

#[test]
fn an_invalid_import_is_refused_and_writes_nothing() {
    let learner = Learner::new();
    learner.ok("2026-01-05", &["start", "fast-track-6-month"]);
    let bad = learner.path("bad.toml");
    std::fs::write(&bad, "id = [").unwrap();
    let refused = learner.refused("2026-01-05", &["roadmap", "import", bad.to_str().unwrap()]);
    assert!(refused.contains("bad.toml"), "{refused}");
}
