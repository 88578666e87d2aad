//! The iCalendar export, read back by two parsers that share nothing with the
//! writer: a strict RFC 5545 checker written for these tests, and the `ical`
//! crate (a dev-dependency), as a calendar app would read it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;
#[path = "export_support/ics_check.rs"]
mod ics_check;

use chrono::{DateTime, NaiveTime, Utc};
use fixtures::{day, small_roadmap};
use ics_check::{Vevent, check};
use studyplan::export::ics::{IcsOptions, calendar};
use studyplan::plan::{Enrollment, ItemState, ItemStatus};
use studyplan::roadmap::{Roadmap, parse_str};

fn now() -> DateTime<Utc> {
    "2026-11-24T06:30:00Z".parse().unwrap()
}

fn enrollment(paused: &[&str]) -> Enrollment {
    Enrollment {
        roadmap_id: "tiny".into(),
        start: day("2026-11-23"),
        daily_minutes: 120,
        paused_weeks: paused.iter().map(|d| day(d)).collect(),
    }
}

fn export(roadmap: &Roadmap, enrollment: &Enrollment, today: &str, options: IcsOptions) -> String {
    calendar(roadmap, enrollment, &[], day(today), now(), &options)
}

fn value<'a>(event: &'a Vevent, key: &str) -> &'a str {
    &event[key][0].value
}

fn starting_on<'a>(events: &'a [Vevent], date: &str) -> Vec<&'a Vevent> {
    events
        .iter()
        .filter(|e| value(e, "DTSTART").starts_with(date))
        .collect()
}

#[test]
fn four_weeks_of_study_blocks_and_due_dates_pass_a_strict_rfc_5545_check() {
    let text = export(&small_roadmap(), &enrollment(&[]), "2026-11-24", IcsOptions::default());
    let (cal, events) = check(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(value(&cal, "VERSION"), "2.0");
    // Tue Nov 24 to Mon Dec 21: the 4-week plan ends Sun Dec 20; Sundays are
    // rest days. 23 study days x 3 blocks, and 4 items due in the window.
    let blocks = events.iter().filter(|e| !e.contains_key("TRANSP")).count();
    let due = events.len() - blocks;
    assert_eq!((blocks, due), (69, 4));
    assert!(starting_on(&events, "20261129T").is_empty(), "no study on Sunday");
    assert!(starting_on(&events, "20261221").is_empty(), "nothing after the plan");
    assert!(events.iter().all(|e| value(e, "DTSTAMP") == "20261124T063000Z"));
}

#[test]
fn a_study_day_has_its_blocks_back_to_back_from_19_00_in_floating_time() {
    let text = export(&small_roadmap(), &enrollment(&[]), "2026-11-24", IcsOptions::default());
    let (_, events) = check(&text).unwrap();
    let day: Vec<(&str, &str, &str)> = starting_on(&events, "20261125T")
        .iter()
        .map(|e| (value(e, "SUMMARY"), value(e, "DTSTART"), value(e, "DTEND")))
        .collect();
    assert_eq!(
        day,
        [
            ("Learning: Warm-up", "20261125T190000", "20261125T193000"),
            ("Build: Warm-up", "20261125T193000", "20261125T203000"),
            ("Polish: Warm-up", "20261125T203000", "20261125T210000"),
        ]
    );
    let learn = starting_on(&events, "20261125T190000")[0];
    assert_eq!(value(learn, "UID"), "tiny.2026-11-25.learn@studyplan");
    assert!(learn["DTSTART"][0].params.is_empty(), "floating: no TZID, no VALUE");

    let morning = IcsOptions {
        start_time: NaiveTime::from_hms_opt(7, 30, 0).unwrap(),
        ..IcsOptions::default()
    };
    let (_, events) = check(&export(&small_roadmap(), &enrollment(&[]), "2026-11-24", morning)).unwrap();
    assert_eq!(starting_on(&events, "20261125T073000").len(), 1);
}

#[test]
fn due_items_are_all_day_events_that_do_not_block_time() {
    let statuses = [ItemStatus {
        item_id: "d-blog".into(),
        state: ItemState::Done,
        on: day("2026-12-01"),
    }];
    let text = calendar(
        &small_roadmap(),
        &enrollment(&[]),
        &statuses,
        day("2026-11-24"),
        now(),
        &IcsOptions::default(),
    );
    let (_, events) = check(&text).unwrap();
    let blog = events
        .iter()
        .find(|e| value(e, "UID") == "tiny.due.d-blog@studyplan")
        .unwrap();
    assert_eq!(blog["DTSTART"][0].params, ["VALUE=DATE"]);
    assert_eq!((value(blog, "DTSTART"), value(blog, "DTEND")), ("20261206", "20261207"));
    assert_eq!(value(blog, "SUMMARY"), "Deliverable due: Blog post (done)");
    assert_eq!(value(blog, "TRANSP"), "TRANSPARENT");
    let milestone = events
        .iter()
        .find(|e| value(e, "UID") == "tiny.due.m-first-model@studyplan")
        .unwrap();
    assert_eq!(value(milestone, "SUMMARY"), "Milestone: First model trained");
}

#[test]
fn re_exports_keep_uids_so_calendars_update_instead_of_duplicating() {
    let a = export(&small_roadmap(), &enrollment(&[]), "2026-11-24", IcsOptions::default());
    assert_eq!(
        a,
        export(&small_roadmap(), &enrollment(&[]), "2026-11-24", IcsOptions::default())
    );

    // A week later, after pausing the week of Dec 7: the same days and items keep their UIDs.
    let b = export(
        &small_roadmap(),
        &enrollment(&["2026-12-07"]),
        "2026-12-01",
        IcsOptions::default(),
    );
    let (_, first) = check(&a).unwrap();
    let (_, second) = check(&b).unwrap();
    let uid_of = |events: &[Vevent], start: &str| {
        starting_on(events, start)
            .iter()
            .map(|e| value(e, "UID").to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(uid_of(&first, "20261202T"), uid_of(&second, "20261202T"));
    assert!(
        starting_on(&second, "20261208T").is_empty(),
        "a paused week has no study"
    );
    // The milestone moved a week later with the pause, under the same UID.
    let milestone = |events: &[Vevent]| {
        events
            .iter()
            .find(|e| value(e, "UID") == "tiny.due.m-first-model@studyplan")
            .map(|e| value(e, "DTSTART").to_owned())
    };
    assert_eq!(milestone(&first).as_deref(), Some("20261220"));
    assert_eq!(milestone(&second).as_deref(), Some("20261227"));
}

/// A roadmap whose texts hold what breaks calendars: commas, semicolons,
/// backslashes, escape sequences, long multi-byte titles.
fn hostile_roadmap() -> Roadmap {
    let long = "Attention, transformers; and \\\\ backslashes — ünïcödé 学习 ".repeat(4);
    let text = format!(
        r#"
id = "hostile"
title = "Evil, track; \\ \u001b[2J"
summary = "s"
weeks = 2
[[phases]]
id = "p"
title = "Phase"
weeks = [1, 2]
focus = "{long}"
deliverables = [{{ id = "d", title = "Ship it, now; \u001b]0;pwned\u0007 {long}", week = 1 }}]
"#
    );
    parse_str(&text, "hostile.toml").unwrap()
}

#[test]
fn hostile_text_is_escaped_folded_and_cleaned() {
    let roadmap = hostile_roadmap();
    let e = Enrollment {
        roadmap_id: "hostile".into(),
        ..enrollment(&[])
    };
    let text = export(&roadmap, &e, "2026-11-24", IcsOptions::default());
    let (cal, events) = check(&text).unwrap_or_else(|err| panic!("{err}\n{text}"));
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'));
    assert_eq!(value(&cal, "X-WR-CALNAME"), r"studyplan: Evil\, track\; \\ [2J");
    let due = events
        .iter()
        .find(|e| value(e, "UID") == "hostile.due.d@studyplan")
        .unwrap();
    assert!(
        value(due, "SUMMARY")
            .starts_with("Deliverable due: Ship it, now; ]0;pwned Attention, transformers; and \\ back"),
        "{}",
        value(due, "SUMMARY")
    );
    assert!(text.lines().any(|l| l.starts_with(' ')), "long lines were folded");
}

#[test]
fn the_ical_crate_reads_every_event_with_its_uid_and_times() {
    let text = export(&small_roadmap(), &enrollment(&[]), "2026-11-24", IcsOptions::default());
    let (_, strict) = check(&text).unwrap();
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = calendars.next().expect("one calendar").expect("it parses");
    assert!(calendars.next().is_none());
    assert_eq!(cal.events.len(), strict.len());
    let prop = |event: &ical::parser::ical::component::IcalEvent, name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    for (parsed, checked) in cal.events.iter().zip(&strict) {
        assert_eq!(prop(parsed, "UID"), value(checked, "UID"));
        assert_eq!(prop(parsed, "DTSTART"), value(checked, "DTSTART"));
        assert_eq!(prop(parsed, "DTEND"), value(checked, "DTEND"));
    }

    let hostile = export(
        &hostile_roadmap(),
        &Enrollment {
            roadmap_id: "hostile".into(),
            ..enrollment(&[])
        },
        "2026-11-24",
        IcsOptions::default(),
    );
    let cal = ical::IcalParser::new(std::io::BufReader::new(hostile.as_bytes()))
        .next()
        .unwrap()
        .unwrap();
    let summaries: Vec<String> = cal.events.iter().map(|e| prop(e, "SUMMARY")).collect();
    assert!(
        summaries
            .iter()
            .any(|s| s.starts_with(r"Deliverable due: Ship it\, now\;")),
        "{summaries:?}"
    );
}
