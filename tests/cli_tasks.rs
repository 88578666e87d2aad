//! A learner manages their own tasks from the shell: add, edit, move, done and
//! undo, delete, and carry a week's unfinished tasks over to the next Monday.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use serde_json::Value;
use support::Learner;

/// Monday of roadmap week 1 (2026-W02).
const START: &str = "2026-01-05";

fn started() -> Learner {
    let learner = Learner::new();
    learner.ok(START, &["start", "fast-track-6-month", "--on", START]);
    learner
}

/// The id printed by `task add` ("Added task #7 on ...").
fn added_id(learner: &Learner, today: &str, title: &str, on: &str) -> String {
    let out = learner.ok(today, &["task", "add", title, "--on", on]);
    out.split('#')
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("no task id in {out:?}"))
}

/// The tasks of one day in `week --json` order: (title, done).
fn day_tasks(week: &Value, index: usize) -> Vec<(String, bool)> {
    week["days"][index]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["title"].as_str().unwrap().to_owned(), t["done"].as_bool().unwrap()))
        .collect()
}

#[test]
fn a_task_is_edited_moved_done_undone_and_deleted() {
    let learner = started();
    let id = added_id(&learner, "2026-01-06", "read attention paper", "2026-01-06");

    let edited = learner.ok(
        "2026-01-06",
        &["task", "edit", &id, "read attention paper, sections 1-3"],
    );
    assert!(
        edited.contains("now \"read attention paper, sections 1-3\""),
        "{edited}"
    );

    learner.ok("2026-01-06", &["task", "move", &id, "2026-01-08"]);
    let week = learner.json("2026-01-06", &["week", "--json"]);
    assert!(day_tasks(&week, 1).is_empty(), "Tuesday lost the moved task");
    assert_eq!(
        day_tasks(&week, 3),
        vec![("read attention paper, sections 1-3".to_owned(), false)]
    );

    learner.ok("2026-01-08", &["task", "done", &id]);
    assert!(day_tasks(&learner.json("2026-01-08", &["week", "--json"]), 3)[0].1);
    let undone = learner.ok("2026-01-08", &["task", "undo", &id]);
    assert!(undone.starts_with("Not done: task #"), "{undone}");
    assert!(!day_tasks(&learner.json("2026-01-08", &["week", "--json"]), 3)[0].1);

    let deleted = learner.ok("2026-01-08", &["task", "rm", &id]);
    assert!(deleted.contains("Deleted task"), "{deleted}");
    assert!(day_tasks(&learner.json("2026-01-08", &["week", "--json"]), 3).is_empty());
}

#[test]
fn carry_moves_only_the_unfinished_tasks_to_next_monday() {
    let learner = started();
    let open = added_id(&learner, "2026-01-06", "mock interview", "2026-01-07");
    let finished = added_id(&learner, "2026-01-06", "push commits", "2026-01-08");
    learner.ok("2026-01-08", &["task", "done", &finished]);

    let out = learner.ok("2026-01-11", &["task", "carry"]);
    assert!(out.contains("Carried 1 unfinished task over to Mon 12 Jan"), "{out}");

    let this_week = learner.json("2026-01-11", &["week", "--json"]);
    assert!(day_tasks(&this_week, 2).is_empty(), "the open task left Wednesday");
    assert_eq!(day_tasks(&this_week, 3), vec![("push commits".to_owned(), true)]);
    let next_week = learner.json("2026-01-12", &["week", "--json"]);
    assert_eq!(day_tasks(&next_week, 0), vec![("mock interview".to_owned(), false)]);
    // The same task (same id) moved, not a copy.
    let list = learner.ok("2026-01-12", &["task", "list"]);
    assert!(
        list.contains(&format!("#{open}")) && list.contains("Mon 12 Jan"),
        "{list}"
    );

    let again = learner.ok("2026-01-11", &["task", "carry"]);
    assert!(again.contains("No unfinished tasks"), "{again}");
}

#[test]
fn unknown_ids_bad_dates_and_empty_titles_are_refused_and_change_nothing() {
    let learner = started();
    let id = added_id(&learner, "2026-01-06", "read attention paper", "2026-01-06");
    for args in [
        vec!["task", "edit", "999", "x"],
        vec!["task", "move", "999", "2026-01-08"],
        vec!["task", "undo", "999"],
        vec!["task", "delete", "999"],
    ] {
        let err = learner.refused("2026-01-06", &args);
        assert!(err.contains("no task #999"), "{args:?}: {err}");
        assert!(err.contains("task list --all"), "{args:?}: {err}");
    }
    let err = learner.refused("2026-01-06", &["task", "move", &id, "next tuesday"]);
    assert!(err.contains("next tuesday"), "{err}");
    let err = learner.refused("2026-01-06", &["task", "edit", &id, "   "]);
    assert!(err.contains("needs a title"), "{err}");
}

#[test]
fn unfinished_tasks_of_earlier_days_show_on_today_until_done() {
    let learner = started();
    let open = added_id(&learner, "2026-01-06", "mock interview", "2026-01-06");
    let finished = added_id(&learner, "2026-01-06", "push commits", "2026-01-06");
    learner.ok("2026-01-06", &["task", "done", &finished]);

    let today = learner.json("2026-01-08", &["today", "--json"]);
    let carried = today["carried_tasks"].as_array().unwrap();
    assert_eq!(carried.len(), 1, "{today}");
    assert_eq!(carried[0]["title"], "mock interview");
    assert_eq!(carried[0]["day"], "2026-01-06");
    let text = learner.ok("2026-01-08", &["today"]);
    assert!(text.contains("Carried over from earlier days"), "{text}");
    assert!(text.contains("Tue 6 Jan  mock interview"), "{text}");

    learner.ok("2026-01-08", &["task", "done", &open]);
    let text = learner.ok("2026-01-08", &["today"]);
    assert!(!text.contains("Carried over"), "{text}");
    // The day it was planned on is today: nothing is carried.
    assert!(
        learner.json("2026-01-06", &["today", "--json"])["carried_tasks"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}
