//! `export ics|markdown|json` and `import json` from the shell, as a learner
//! moving their plan into a calendar, a journal and another machine.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "export_support/ics_check.rs"]
mod ics_check;
#[path = "support/cli.rs"]
mod support;

use support::{Learner, dump};

/// Monday of roadmap week 1.
const START: &str = "2026-01-05";

/// Week 1 of fast-track lived: time on two days, a task, a note.
fn learner_with_history() -> Learner {
    let learner = Learner::new();
    learner.ok(START, &["start", "fast-track-6-month", "--on", START]);
    learner.ok(
        "2026-01-05",
        &["log", "learn", "30m", "--note", "SQL \"joins\", finally"],
    );
    learner.ok("2026-01-06", &["log", "build", "1h"]);
    learner.ok("2026-01-06", &["task", "add", "# write | the *README*"]);
    learner
}

/// The file without its DTSTAMP lines (they hold the time of the run).
fn without_stamps(ics: &str) -> String {
    ics.split("\r\n")
        .filter(|l| !l.starts_with("DTSTAMP:"))
        .collect::<Vec<_>>()
        .join("\r\n")
}

#[test]
fn export_ics_writes_a_calendar_that_reimports_without_duplicates() {
    let learner = learner_with_history();
    let ics = learner.ok("2026-01-06", &["export", "ics"]);
    let (_, events) = ics_check::check(&ics).unwrap_or_else(|e| panic!("{e}\n{ics}"));
    // Jan 6 to Feb 2: 24 study days (Sundays rest) x 3 blocks, plus the items due.
    let blocks = events.iter().filter(|e| e["UID"][0].value.contains(".2026-")).count();
    assert_eq!(blocks, 24 * 3);
    assert!(events.iter().any(|e| e["DTSTART"][0].value == "20260106T190000"));

    let file = learner.path("study.ics");
    let out = learner.ok(
        "2026-01-06",
        &[
            "export",
            "ics",
            "--weeks",
            "1",
            "--start-time",
            "07:30",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert!(out.contains("study.ics"), "{out}");
    let written = std::fs::read_to_string(&file).unwrap();
    let (_, week) = ics_check::check(&written).unwrap();
    assert!(week.iter().any(|e| e["DTSTART"][0].value == "20260106T073000"));
    assert!(week.len() < events.len());

    // The same day exported again: the same events, the same UIDs.
    let again = learner.ok("2026-01-06", &["export", "ics"]);
    assert_eq!(without_stamps(&again), without_stamps(&ics));

    // Two days and some progress later, the days both files hold keep their UIDs.
    learner.ok("2026-01-07", &["log", "polish", "20m"]);
    let later = learner.ok("2026-01-08", &["export", "ics"]);
    let (_, later_events) = ics_check::check(&later).unwrap_or_else(|e| panic!("{e}\n{later}"));
    let blocks_from = |events: &[ics_check::Vevent], first: &str, last: &str| {
        let mut uids: Vec<(String, String)> = events
            .iter()
            .filter(|e| e["UID"][0].value.contains(".2026-"))
            .map(|e| (e["DTSTART"][0].value.clone(), e["UID"][0].value.clone()))
            .filter(|(start, _)| start.as_str() >= first && start.as_str() < last)
            .collect();
        uids.sort();
        uids
    };
    let shared = blocks_from(&events, "20260108", "20260203");
    assert_eq!(shared.len(), 22 * 3);
    assert_eq!(blocks_from(&later_events, "20260108", "20260203"), shared);

    // An independent parser (the `ical` crate) reads the binary's file: every event, every UID.
    let calendar = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()))
        .next()
        .expect("one calendar")
        .expect("it parses");
    let parsed_uids: Vec<String> = calendar
        .events
        .iter()
        .map(|e| {
            e.properties
                .iter()
                .find(|p| p.name == "UID")
                .and_then(|p| p.value.clone())
                .unwrap()
        })
        .collect();
    let checked_uids: Vec<String> = events.iter().map(|e| e["UID"][0].value.clone()).collect();
    assert_eq!(parsed_uids, checked_uids);
}

#[test]
fn export_ics_refuses_impossible_options_and_a_learner_who_has_not_started() {
    let learner = learner_with_history();
    let err = learner.refused("2026-01-06", &["export", "ics", "--weeks", "0"]);
    assert!(err.contains("1 to 520"), "{err}");
    let err = learner.refused("2026-01-06", &["export", "ics", "--start-time", "25:00"]);
    assert!(err.contains("HH:MM"), "{err}");
    let fresh = Learner::new();
    let err = fresh.run("2026-01-06", &["export", "ics"]).stderr;
    assert!(err.contains("studyplan start"), "{err}");
}

#[test]
fn export_markdown_writes_the_week_review_with_data_escaped() {
    let learner = learner_with_history();
    let md = learner.ok("2026-01-11", &["export", "markdown"]);
    assert!(md.starts_with("# Week 2026-W02 review: "), "{md}");
    assert!(md.contains("| **Total** | **12h** | **1h 30m** |"), "{md}");
    assert!(md.contains("- [ ] \\# write \\| the \\*README\\* (Tue 6 Jan)"), "{md}");
    let file = learner.path("w02.md");
    learner.ok(
        "2026-01-20",
        &["export", "markdown", "--week", "2026-W02", "-o", file.to_str().unwrap()],
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), md);
    let err = learner.refused("2026-01-11", &["export", "markdown", "--week", "2026-W99"]);
    assert!(err.contains("2026-W99"), "{err}");
}

/// Roadmap week 8 of fast-track (2026-W09, from Mon 23 Feb): the checkpoint and the
/// career track are due; time logged, tasks done, open and carried over, and a
/// saved review with answers and a reflection, some of it Markdown-looking.
fn learner_in_week_eight() -> Learner {
    let learner = Learner::new();
    learner.ok(START, &["start", "fast-track-6-month", "--on", START]);
    learner.ok("2026-02-23", &["log", "learn", "45m"]);
    learner.ok("2026-02-24", &["log", "build", "1h30m", "--note", "eval *harness*"]);
    learner.ok("2026-02-25", &["task", "add", "# ship | the demo"]);
    learner.ok("2026-02-26", &["task", "add", "write the tests"]);
    learner.ok("2026-02-26", &["task", "add", "read the paper"]);
    learner.ok("2026-02-26", &["task", "done", "3"]);
    learner.ok("2026-02-28", &["task", "carry", "--week", "2026-W09"]);
    learner.ok("2026-02-28", &["task", "add", "added after the carry-over"]);
    // Answers and reflections are written in the interface; here straight into the store.
    let monday = chrono::NaiveDate::from_ymd_opt(2026, 2, 23).unwrap();
    let mut store = studyplan::store::Store::open(&learner.db).unwrap();
    store
        .save_review(
            monday,
            &studyplan::store::WeeklyReview {
                answers: vec![("can-demo".into(), "Yes: the *classifier*\n## demo".into())],
                went_well: "Three days in a row".into(),
                in_the_way: "a cold \u{1b}[31m".into(),
                next_focus: "- finish the README".into(),
                ..Default::default()
            },
        )
        .unwrap();
    learner
}

#[test]
fn review_markdown_and_export_markdown_print_the_same_document() {
    let learner = learner_in_week_eight();
    let from_review = learner.ok("2026-03-01", &["review", "--markdown"]);
    let from_export = learner.ok("2026-03-01", &["export", "markdown"]);
    assert_eq!(from_review, from_export);
    let other_week = learner.ok("2026-03-20", &["review", "--week", "2026-W09", "--markdown"]);
    let file = learner.path("w09.md");
    learner.ok(
        "2026-03-20",
        &["export", "markdown", "--week", "2026-W09", "-o", file.to_str().unwrap()],
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), other_week);

    // Every part of the week is in the one document.
    let md = from_review;
    assert!(md.starts_with("# Week 2026-W09 review: "), "{md}");
    assert!(md.contains("(week 8 of "), "{md}");
    assert!(md.contains("| **Total** | "), "{md}");
    assert!(md.contains("## Checkpoint: Are You On Track?"), "{md}");
    assert!(md.contains("> Yes: the \\*classifier\\*\\\n> \\#\\# demo"), "{md}");
    assert!(md.contains("## Recurring\n\n- Update LinkedIn ("), "{md}");
    assert!(md.contains("### What got in the way\n\na cold \\[31m"), "{md}");
    assert!(md.contains("\\- finish the README"), "{md}");
    assert!(
        md.contains("## Carried over\n\n- \\# ship \\| the demo (Wed 25 Feb → Mon 2 Mar)"),
        "{md}"
    );
    assert!(md.contains("- write the tests (Thu 26 Feb → Mon 2 Mar)"), "{md}");
    assert!(!md.contains("read the paper"), "a done task is not carried: {md}");
    assert!(md.contains("- [ ] added after the carry-over (Sat 28 Feb)"), "{md}");
    assert!(md.contains("## Next week\n\nWeek 9"), "{md}");
    assert!(!md.contains('\u{1b}'), "{md}");

    // Weeks around the plan say where they stand, in both commands.
    for (week, heading, ending) in [
        (
            "2025-W50",
            "(outside the plan)",
            Some("## Next week\n\nThe plan starts on Mon 5 Jan.\n"),
        ),
        (
            "2026-W25",
            "(week 24 of 24)",
            Some("## Next week\n\nThe plan ends with this week.\n"),
        ),
    ] {
        let md = learner.ok("2026-03-01", &["review", "--week", week, "--markdown"]);
        assert_eq!(md, learner.ok("2026-03-01", &["export", "markdown", "--week", week]));
        assert!(md.lines().next().unwrap().ends_with(heading), "{md}");
        match ending {
            Some(ending) => assert!(md.ends_with(ending), "{md}"),
            None => assert!(!md.contains("## Next week"), "{md}"),
        }
    }
}

#[test]
fn a_json_export_imported_into_a_new_database_exports_the_same() {
    let learner = learner_with_history();
    let file = learner.path("state.json");
    learner.ok("2026-01-06", &["export", "json", "-o", file.to_str().unwrap()]);
    let first = std::fs::read_to_string(&file).unwrap();
    assert!(first.contains("\"format\": \"studyplan-state\""), "{first}");

    let other_db = learner.path("other.db");
    let out = learner
        .command_on(&other_db, "2026-01-06")
        .args(["import", "json", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains("1 enrollment") && said.contains("2 time entries"),
        "{said}"
    );
    let second = learner
        .command_on(&other_db, "2026-01-06")
        .args(["export", "json"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(second.stdout).unwrap(), first);
}

#[test]
fn import_json_refuses_a_database_with_data_unless_replacing() {
    let learner = learner_with_history();
    let file = learner.path("state.json");
    learner.ok("2026-01-06", &["export", "json", "-o", file.to_str().unwrap()]);
    let path = file.to_str().unwrap();
    let err = learner.refused("2026-01-06", &["import", "json", path]);
    assert!(err.contains("--replace"), "{err}");
    let before = dump(&learner.db);
    learner.ok("2026-01-06", &["import", "json", path, "--replace"]);
    assert_eq!(dump(&learner.db).lines().count(), before.lines().count());
}

#[test]
fn import_json_refuses_a_newer_file_and_a_broken_one_writing_nothing() {
    let learner = learner_with_history();
    let newer = learner.path("newer.json");
    let text = learner.ok("2026-01-06", &["export", "json"]);
    std::fs::write(&newer, text.replacen("\"version\": 1", "\"version\": 7", 1)).unwrap();
    let fresh = Learner::new();
    fresh.ok("2026-01-06", &["roadmap", "list"]);
    let err = fresh.refused("2026-01-06", &["import", "json", newer.to_str().unwrap()]);
    assert!(err.contains("version 7") && err.contains("newer studyplan"), "{err}");
    let broken = learner.path("broken.json");
    std::fs::write(&broken, &text[..text.len() / 3]).unwrap();
    let err = fresh.refused("2026-01-06", &["import", "json", broken.to_str().unwrap()]);
    assert!(err.contains("broken.json") && err.contains("line"), "{err}");
    let err = fresh.refused(
        "2026-01-06",
        &["import", "json", learner.path("none.json").to_str().unwrap()],
    );
    assert!(err.contains("none.json"), "{err}");
}

#[test]
fn every_export_and_import_command_has_examples_in_its_help() {
    let learner = Learner::new();
    for args in [
        &["export", "ics", "--help"][..],
        &["export", "markdown", "--help"],
        &["export", "json", "--help"],
        &["import", "json", "--help"],
    ] {
        let out = learner.ok(START, args);
        assert!(out.contains("Examples:\n  studyplan "), "{args:?}:\n{out}");
    }
}
