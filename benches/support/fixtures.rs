//! Shared inputs for the benches: a fixed "today", an enrollment on a bundled
//! roadmap, a generated roadmap of any size, and a database with years of
//! history written the way `studyplan demo` writes it (one batch).
//!
//! Each bench file includes this with `#[path]`, and not every bench uses
//! every helper.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::Path;

use chrono::{Datelike, Duration, NaiveDate};
use studyplan::plan::{Enrollment, ItemState, TimeEntry, monday_of, week_plan};
use studyplan::roadmap::bundled;
use studyplan::roadmap::{Roadmap, parse_str};
use studyplan::store::Store;

/// The day every bench treats as today (a Tuesday), so runs compare.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
}

/// A bundled roadmap, parsed; panics with its id if it does not load (a bench setup error).
pub fn bundled_roadmap(id: &str) -> Roadmap {
    let Some(file) = bundled::find(id) else {
        panic!("no bundled roadmap `{id}`");
    };
    match parse_str(file.source, id) {
        Ok(roadmap) => roadmap,
        Err(e) => panic!("bundled roadmap `{id}` does not load: {e}"),
    }
}

/// A learner in week 10 of `roadmap`, on its default daily budget.
pub fn enrollment(roadmap: &Roadmap) -> Enrollment {
    Enrollment {
        roadmap_id: roadmap.id.clone(),
        start: monday_of(today()) - Duration::weeks(9),
        daily_minutes: roadmap.daily_split().minutes,
        paused_weeks: Vec::new(),
    }
}

/// Three blocks logged on each day of the week holding `today()`.
pub fn week_of_entries() -> Vec<TimeEntry> {
    let monday = monday_of(today());
    let mut entries = Vec::new();
    for day in 0..7 {
        for (i, block) in ["learn", "build", "polish"].into_iter().enumerate() {
            entries.push(TimeEntry {
                id: day * 3 + i as i64,
                day: monday + Duration::days(day),
                block: block.to_owned(),
                minutes: 25 + 5 * i as u32,
                note: None,
            });
        }
    }
    entries
}

/// A valid roadmap with about `items` id-carrying items: one-week phases of
/// 15 deliverables each plus week details with 3 deliverables, as many weeks
/// as it takes (at most 520). `bench/compare.sh` writes the same shape.
pub fn generated_roadmap_toml(items: usize) -> String {
    // A phase with its deliverables and a week detail with its own: 20 ids per week.
    let weeks = items.div_ceil(20).clamp(1, 520);
    let mut toml = String::new();
    let _ = writeln!(
        toml,
        "id = \"generated\"\ntitle = \"Generated roadmap\"\nsummary = \"{items} items for the benches\"\nweeks = {weeks}\n"
    );
    for week in 1..=weeks {
        let _ = writeln!(
            toml,
            "[[phases]]\nid = \"phase-{week}\"\ntitle = \"Phase {week}: a week of focused practice\"\nweeks = [{week}, {week}]\nfocus = \"Practice the ideas of week {week} end to end\""
        );
        for d in 1..=15 {
            let _ = writeln!(
                toml,
                "[[phases.deliverables]]\nid = \"p{week}-d{d}\"\ntitle = \"Deliverable {d} of week {week}: a tested module\""
            );
        }
        let _ = writeln!(
            toml,
            "\n[[week_details]]\nid = \"week-{week}\"\nweek = {week}\ntitle = \"Week {week} in detail\"\nconcept = \"Concept {week}\"\ncode = [\"src/week_{week}.py\"]"
        );
        for d in 1..=3 {
            let _ = writeln!(
                toml,
                "[[week_details.deliverables]]\nid = \"w{week}-d{d}\"\ntitle = \"Week {week} exercise {d}\""
            );
        }
        toml.push('\n');
    }
    toml
}

/// Writes a database at `path` with `years` of history on `fast-track-6-month`,
/// like `studyplan demo --years N`: most days logged on each block, two or
/// three tasks a week, past items settled. Returns the open store.
pub fn history_store(path: &Path, years: i64) -> Store {
    let mut store = must(Store::open(path), "open the bench database");
    must(store.ensure_bundled(), "import the bundled roadmaps");
    let roadmap = must(store.roadmap("fast-track-6-month"), "read fast-track-6-month");
    let enrollment = enrollment(&roadmap);
    must(store.start(&enrollment), "start the enrollment");
    let first = today() - Duration::days(years * 365);
    let mut batch = must(store.batch(), "begin the batch");
    let mut day = first;
    let mut n: u32 = 0;
    while day < today() {
        n = n.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        // About one day in seven left empty, like a learner's real history.
        if !n.is_multiple_of(7) && day.weekday() != chrono::Weekday::Sun {
            for (block, minutes) in [("learn", 30), ("build", 60), ("polish", 30)] {
                must(batch.log_time(day, block, minutes, None), "log time");
            }
        }
        if day.weekday() == chrono::Weekday::Mon {
            for k in 0..3 {
                let done = day < today();
                must(
                    batch.add_task("read one paper section", day + Duration::days(k), done),
                    "add a task",
                );
            }
        }
        day += Duration::days(1);
    }
    let mut monday = enrollment.start;
    while monday < today() {
        for item in week_plan(&roadmap, &enrollment, &[], monday).due {
            if item.due < today() {
                must(
                    batch.set_status(&roadmap.id, &item.id, ItemState::Done, item.due),
                    "settle an item",
                );
            }
        }
        monday += Duration::days(7);
    }
    must(batch.commit(), "commit the history");
    store
}

/// Unwraps a setup step, naming it when it fails (benches have no error path).
pub fn must<T, E: std::fmt::Display>(result: Result<T, E>, what: &str) -> T {
    match result {
        Ok(value) => value,
        Err(e) => panic!("bench setup: cannot {what}: {e}"),
    }
}
