//! The focus timer: one at a time, survives a restart, splits its minutes over
//! civil days (midnight, year end, daylight-saving nights) and never logs a
//! negative duration when the clock goes back.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;

use fixtures::{at, day, temp_db};
use studyplan::store::Store;

fn logged(store: &Store, from: &str, to: &str) -> Vec<(chrono::NaiveDate, String, u32)> {
    store
        .time_between(day(from), day(to))
        .unwrap()
        .into_iter()
        .map(|e| (e.day, e.block, e.minutes))
        .collect()
}

#[test]
fn a_timer_survives_a_restart_and_logs_its_minutes() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    store.start_timer("build", at("2026-11-24 09:10")).unwrap();
    drop(store);
    let mut store = Store::open(&path).unwrap();
    let running = store.timer().unwrap().unwrap();
    assert_eq!(
        (running.block.as_str(), running.started_at),
        ("build", at("2026-11-24 09:10"))
    );
    let entries = store.stop_timer(at("2026-11-24 10:25"), true).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        logged(&store, "2026-11-24", "2026-11-24"),
        [(day("2026-11-24"), "build".into(), 75)]
    );
    assert_eq!(store.timer().unwrap(), None);
}

#[test]
fn a_second_timer_is_refused_naming_the_running_one() {
    let mut store = Store::open_in_memory().unwrap();
    store.start_timer("learn", at("2026-11-24 08:00")).unwrap();
    let err = store.start_timer("build", at("2026-11-24 08:30")).unwrap_err();
    assert_eq!(
        format!("{err}"),
        "a timer is already running on learn since 2026-11-24 08:00; stop it first (`studyplan timer stop`)"
    );
    assert_eq!(store.timer().unwrap().unwrap().block, "learn");
}

#[test]
fn stopping_without_a_timer_says_how_to_start_one() {
    let mut store = Store::open_in_memory().unwrap();
    let err = store.stop_timer(at("2026-11-24 08:30"), true).unwrap_err();
    assert!(format!("{err}").contains("studyplan timer start"), "{err}");
}

#[test]
fn a_timer_across_midnight_splits_into_both_days() {
    let mut store = Store::open_in_memory().unwrap();
    store.start_timer("build", at("2026-11-24 23:30")).unwrap();
    store.stop_timer(at("2026-11-25 00:45"), true).unwrap();
    assert_eq!(
        logged(&store, "2026-11-24", "2026-11-25"),
        [
            (day("2026-11-24"), "build".into(), 30),
            (day("2026-11-25"), "build".into(), 45)
        ]
    );
}

#[test]
fn a_timer_across_new_year_splits_into_both_years() {
    let mut store = Store::open_in_memory().unwrap();
    store.start_timer("learn", at("2026-12-31 22:00")).unwrap();
    let entries = store.stop_timer(at("2027-01-01 01:30"), true).unwrap();
    let split: Vec<_> = entries.iter().map(|e| (e.day, e.minutes)).collect();
    assert_eq!(split, [(day("2026-12-31"), 120), (day("2027-01-01"), 90)]);
    assert_eq!(logged(&store, "2026-12-31", "2027-01-01").len(), 2);
}

#[test]
fn a_timer_left_running_for_days_fills_each_day_in_between() {
    let mut store = Store::open_in_memory().unwrap();
    store.start_timer("build", at("2026-11-24 12:00")).unwrap();
    let split: Vec<_> = store
        .stop_timer(at("2026-11-26 03:00"), true)
        .unwrap()
        .into_iter()
        .map(|e| e.minutes)
        .collect();
    assert_eq!(split, [720, 1440, 180]);
}

#[test]
fn a_clock_gone_back_logs_nothing_and_stops_the_timer() {
    let mut store = Store::open_in_memory().unwrap();
    store.start_timer("build", at("2026-11-24 10:00")).unwrap();
    assert_eq!(
        Store::timer_elapsed_minutes(at("2026-11-24 10:00"), at("2026-11-24 09:00")),
        0
    );
    let entries = store.stop_timer(at("2026-11-24 09:00"), true).unwrap();
    assert!(entries.is_empty());
    assert!(logged(&store, "2026-11-23", "2026-11-25").is_empty());
    assert_eq!(store.timer().unwrap(), None);
}

#[test]
fn dropping_the_time_stops_the_timer_without_a_log() {
    let mut store = Store::open_in_memory().unwrap();
    store.start_timer("polish", at("2026-11-24 10:00")).unwrap();
    assert!(store.stop_timer(at("2026-11-24 11:00"), false).unwrap().is_empty());
    assert!(logged(&store, "2026-11-24", "2026-11-24").is_empty());
    assert_eq!(store.timer().unwrap(), None);
}

#[test]
fn a_timer_that_would_pass_24_hours_in_a_day_keeps_running_and_logs_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    store.log_time(day("2026-11-24"), "build", 1400, None).unwrap();
    store.start_timer("learn", at("2026-11-24 10:00")).unwrap();
    let err = store.stop_timer(at("2026-11-24 11:00"), true).unwrap_err();
    assert!(format!("{err:#}").contains("keeps running"), "{err:#}");
    assert_eq!(logged(&store, "2026-11-24", "2026-11-24").len(), 1);
    assert!(store.timer().unwrap().is_some());
    store.stop_timer(at("2026-11-24 11:00"), false).unwrap();
}

#[test]
fn elapsed_minutes_round_to_the_nearest_minute() {
    let start = at("2026-11-24 10:00");
    let later = |secs: i64| start + chrono::Duration::seconds(secs);
    assert_eq!(Store::timer_elapsed_minutes(start, later(29)), 0);
    assert_eq!(Store::timer_elapsed_minutes(start, later(30)), 1);
    assert_eq!(Store::timer_elapsed_minutes(start, later(25 * 3600)), 1500);
}

/// Runs the `#[ignore]`d test `name` of this binary in a child process with `TZ` set.
fn run_in_zone(name: &str, zone: &str) {
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args(["--exact", name, "--ignored", "--nocapture", "--test-threads=1"])
        .env("TZ", zone)
        .env("STUDYPLAN_TZ_CHILD", "1")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{name} under TZ={zone}:\n{text}");
    assert!(text.contains("1 passed"), "{name} ran under TZ={zone}:\n{text}");
}

#[test]
fn daylight_saving_nights_count_real_hours() {
    if !std::path::Path::new("/usr/share/zoneinfo/America/New_York").exists() {
        eprintln!("skipped: no time zone database on this machine");
        return;
    }
    for zone in ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "UTC"] {
        run_in_zone("dst_child", zone);
    }
}

/// (zone, start, stop, real minutes): nights with a clock change, and a plain one.
const DST_CASES: &[(&str, &str, &str, u32)] = &[
    // Spring forward: 02:00 becomes 03:00, so 01:00 to 04:00 is two real hours.
    ("America/New_York", "2026-03-08 01:00", "2026-03-08 04:00", 120),
    // Fall back: 01:00-02:00 happens twice, so 00:30 to 02:30 is three real hours.
    ("America/New_York", "2026-11-01 00:30", "2026-11-01 02:30", 180),
    ("Europe/Berlin", "2026-03-29 01:00", "2026-03-29 04:00", 120),
    ("Europe/Berlin", "2026-10-25 01:30", "2026-10-25 03:30", 180),
    // Lord Howe Island moves its clocks by half an hour.
    ("Australia/Lord_Howe", "2026-10-04 01:00", "2026-10-04 04:00", 150),
    ("Australia/Lord_Howe", "2026-04-05 01:00", "2026-04-05 03:00", 150),
    ("UTC", "2026-03-08 01:00", "2026-03-08 04:00", 180),
];

#[test]
#[ignore = "run by daylight_saving_nights_count_real_hours with TZ set"]
fn dst_child() {
    assert_eq!(std::env::var("STUDYPLAN_TZ_CHILD").as_deref(), Ok("1"));
    let zone = std::env::var("TZ").unwrap();
    let cases: Vec<_> = DST_CASES.iter().filter(|c| c.0 == zone).collect();
    assert!(!cases.is_empty(), "no cases for {zone}");
    for (_, start, stop, minutes) in cases {
        assert_eq!(
            Store::timer_elapsed_minutes(at(start), at(stop)),
            *minutes,
            "{zone}: {start} to {stop}"
        );
        let mut store = Store::open_in_memory().unwrap();
        store.start_timer("build", at(start)).unwrap();
        let logged: u32 = store
            .stop_timer(at(stop), true)
            .unwrap()
            .iter()
            .map(|e| e.minutes)
            .sum();
        assert_eq!(logged, *minutes, "{zone}: logged {start} to {stop}");
    }
    if zone == "America/New_York" {
        // A timer across the fall-back midnight: 1 h on Saturday, 3 real hours on Sunday.
        let mut store = Store::open_in_memory().unwrap();
        store.start_timer("build", at("2026-10-31 23:00")).unwrap();
        let split: Vec<_> = store
            .stop_timer(at("2026-11-01 02:00"), true)
            .unwrap()
            .into_iter()
            .map(|e| (e.day, e.minutes))
            .collect();
        assert_eq!(split, [(day("2026-10-31"), 60), (day("2026-11-01"), 180)]);
    }
}

mod split_property {
    use chrono::{Duration, NaiveDate};
    use proptest::prelude::*;
    use studyplan::store::Store;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Whatever the start (1970-2100) and the length (up to 3 days), the logged
        /// parts fall on consecutive days and add up to the rounded elapsed minutes.
        #[test]
        fn a_stopped_timer_logs_exactly_its_elapsed_minutes(
            start_day in 0i64..47_482,
            start_second in 0i64..86_400,
            length in -3_600i64..259_200,
        ) {
            let start = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap().and_hms_opt(0, 0, 0).unwrap()
                + Duration::days(start_day)
                + Duration::seconds(start_second);
            let stop = start + Duration::seconds(length);
            let mut store = Store::open_in_memory().unwrap();
            store.start_timer("build", start).unwrap();
            let entries = store.stop_timer(stop, true).unwrap();
            let total: u32 = entries.iter().map(|e| e.minutes).sum();
            prop_assert_eq!(total, Store::timer_elapsed_minutes(start, stop));
            prop_assert!(entries.windows(2).all(|w| w[1].day == w[0].day.succ_opt().unwrap()));
            prop_assert!(entries.iter().all(|e| e.minutes >= 1 && e.day >= start.date() && e.day <= stop.date()));
            prop_assert_eq!(store.timer().unwrap(), None);
        }
    }
}

#[test]
fn a_stop_for_a_timer_that_was_replaced_elsewhere_leaves_the_new_one_alone() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    store.start_timer("learn", at("2026-11-24 09:00")).unwrap();
    let seen = store.timer().unwrap().unwrap();
    // Another process stops it and starts another.
    store.stop_timer(at("2026-11-24 09:05"), false).unwrap();
    store.start_timer("build", at("2026-11-24 09:06")).unwrap();
    let stop = studyplan::store::TimerStop {
        seen: Some(&seen),
        at: at("2026-11-24 10:00"),
        cap_minutes: Some(30),
        keep: true,
    };
    let err = store.stop_seen_timer(&stop).unwrap_err();
    assert_eq!(studyplan::error::kind_of(&err), studyplan::error::ErrorKind::Refused);
    assert!(err.to_string().contains("stopped elsewhere"), "{err}");
    assert_eq!(store.timer().unwrap().unwrap().block, "build", "the new timer runs on");
    store.stop_timer(at("2026-11-24 09:07"), false).unwrap();
    let err = store.stop_seen_timer(&stop).unwrap_err();
    assert!(err.to_string().contains("already stopped elsewhere"), "{err}");
    assert!(logged(&store, "2026-11-24", "2026-11-24").is_empty());
}

#[test]
fn a_stop_logs_at_most_to_the_blocks_end() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    store.start_timer("build", at("2026-11-24 09:00")).unwrap();
    let seen = store.timer().unwrap().unwrap();
    let entries = store
        .stop_seen_timer(&studyplan::store::TimerStop {
            seen: Some(&seen),
            at: at("2026-11-24 10:05"),
            cap_minutes: Some(60),
            keep: true,
        })
        .unwrap();
    assert_eq!(
        entries.iter().map(|e| e.minutes).sum::<u32>(),
        60,
        "65 minutes on a 60-minute block"
    );
}
