//! "Today" is the local civil date, also at 23:59 and 00:01, on daylight-saving
//! change days in six time zones; logs land on that day and the schedule never
//! shifts; ISO week 53 exists in 2026 and not in 2027.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use std::process::Command;

use chrono::{Datelike, NaiveDate};
use support::Learner;

/// `studyplan` in time zone `tz` with the clock at `now` (wall-clock or an instant), no `--today`.
fn at(learner: &Learner, tz: &str, now: &str, args: &[&str]) -> String {
    let output = Command::new(assert_cmd::cargo::cargo_bin("studyplan"))
        .env_remove("STUDYPLAN_TODAY")
        .env("STUDYPLAN_NOW", now)
        .env("TZ", tz)
        .arg("--db")
        .arg(&learner.db)
        .arg("--config")
        .arg(&learner.config)
        .args(args)
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    );
    assert!(output.status.success(), "{tz} {now} {args:?}:\n{stdout}{stderr}");
    stdout
}

/// Minutes logged on the day, planned blocks or not.
fn logged_total(json: &serde_json::Value) -> u64 {
    let blocks: u64 = json["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["logged_minutes"].as_u64().unwrap())
        .sum();
    blocks + json["other_logged_minutes"].as_u64().unwrap()
}

fn today_json(learner: &Learner, tz: &str, now: &str) -> serde_json::Value {
    serde_json::from_str(&at(learner, tz, now, &["today", "--json"])).unwrap()
}

/// Each zone with a day its clocks change (or, where they no longer do, the old change day),
/// and the UTC instants of 00:01 and 23:59 local time on that day.
const ZONES: [(&str, &str, &str, &str); 6] = [
    // Clocks go forward at 02:00: 00:01 is EST (-5), 23:59 is EDT (-4).
    (
        "America/New_York",
        "2026-03-08",
        "2026-03-08T05:01:00Z",
        "2026-03-09T03:59:00Z",
    ),
    // Forward at 02:00: 00:01 CET (+1), 23:59 CEST (+2).
    (
        "Europe/Berlin",
        "2026-03-29",
        "2026-03-28T23:01:00Z",
        "2026-03-29T21:59:00Z",
    ),
    // Back half an hour at 02:00: 00:01 is +11, 23:59 is +10:30.
    (
        "Australia/Lord_Howe",
        "2026-04-05",
        "2026-04-04T13:01:00Z",
        "2026-04-05T13:29:00Z",
    ),
    // No daylight saving since 2019: -3 all day.
    (
        "America/Sao_Paulo",
        "2026-11-01",
        "2026-11-01T03:01:00Z",
        "2026-11-02T02:59:00Z",
    ),
    // No daylight saving since 2021: +13, the date line is close.
    (
        "Pacific/Apia",
        "2026-04-05",
        "2026-04-04T11:01:00Z",
        "2026-04-05T10:59:00Z",
    ),
    ("UTC", "2026-03-08", "2026-03-08T00:01:00Z", "2026-03-08T23:59:00Z"),
];

#[test]
fn today_is_the_local_date_at_one_minute_past_midnight_and_one_to_midnight() {
    let learner = Learner::new();
    at(
        &learner,
        "UTC",
        "2026-02-01T12:00:00",
        &["start", "fast-track-6-month", "--on", "2026-02-02"],
    );
    for (tz, day, first_minute, last_minute) in ZONES {
        let date = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        let weekday = date.format("%A").to_string();
        for now in [
            format!("{day}T00:01:00"),
            format!("{day}T23:59:00"),
            first_minute.to_owned(),
            last_minute.to_owned(),
        ] {
            let json = today_json(&learner, tz, &now);
            assert_eq!(json["date"], day, "{tz} at {now}");
            assert_eq!(json["weekday"], weekday.as_str(), "{tz} at {now}");
        }
        // The minute before and after the day are other days.
        let before = today_json(&learner, tz, &format!("{}T23:59:00", date.pred_opt().unwrap()));
        assert_eq!(before["date"], date.pred_opt().unwrap().to_string(), "{tz}");
        let after = today_json(&learner, tz, &format!("{}T00:01:00", date.succ_opt().unwrap()));
        assert_eq!(after["date"], date.succ_opt().unwrap().to_string(), "{tz}");
    }
}

#[test]
fn logs_at_the_edges_of_a_dst_day_land_on_that_day_and_the_schedule_does_not_shift() {
    for (tz, day, first_minute, last_minute) in ZONES {
        let learner = Learner::new();
        let date = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        let monday = date - chrono::Duration::days(i64::from(date.weekday().num_days_from_monday()));
        at(
            &learner,
            tz,
            first_minute,
            &["start", "fast-track-6-month", "--on", &monday.to_string()],
        );
        at(&learner, tz, first_minute, &["log", "learn", "20m"]);
        at(&learner, tz, last_minute, &["log", "learn", "25m"]);
        let json = today_json(&learner, tz, last_minute);
        assert_eq!(logged_total(&json), 45, "{tz} {day}: {json}");
        // The next day starts empty, and its place in the plan follows the calendar.
        let next_day = date.succ_opt().unwrap();
        let next = today_json(&learner, tz, &format!("{next_day}T00:01:00"));
        assert_eq!(logged_total(&next), 0, "{tz}: {next}");
        let expected_week = (next_day - monday).num_days() / 7 + 1;
        assert_eq!(next["week"]["number"], expected_week, "{tz}: {}", next["week"]);
        assert_eq!(next["weekday"], next_day.format("%A").to_string().as_str(), "{tz}");
    }
}

#[test]
fn iso_week_53_of_2026_spans_new_year_and_2027_has_none() {
    let learner = Learner::new();
    learner.ok("2026-11-24", &["start", "fast-track-6-month", "--on", "2026-11-23"]);
    let week = learner.json("2026-11-24", &["week", "--week", "2026-W53", "--json"]);
    let text = week.to_string();
    assert!(text.contains("2026-12-28") && text.contains("2027-01-03"), "{text}");
    assert!(!text.contains("2027-01-04") && !text.contains("2026-12-27"), "{text}");
    let plain = learner.ok("2026-11-24", &["week", "--week", "2026-W53"]);
    assert!(
        plain.contains("28") && plain.contains("Dec") && plain.contains("Jan"),
        "{plain}"
    );
    let err = learner.refused("2026-11-24", &["week", "--week", "2027-W53"]);
    assert!(err.contains("2027 has ISO weeks 1 to 52"), "{err}");
}
