//! Property tests of the exports over arbitrary text: any title makes a
//! calendar that passes the strict RFC 5545 check, any text stays text in
//! Markdown, and any task title or note survives a JSON round trip exactly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;
#[path = "export_support/ics_check.rs"]
mod ics_check;

use chrono::{DateTime, Utc};
use fixtures::{day, small_roadmap};
use proptest::prelude::*;
use studyplan::export::ics::{IcsOptions, calendar};
use studyplan::export::markdown::{block, inline};
use studyplan::export::state;
use studyplan::plan::Enrollment;
use studyplan::store::Store;
use studyplan::text::clean_line;

/// Any text, with the characters that break formats made likely.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            any::<char>(),
            prop::sample::select(vec![
                ',', ';', '\\', '\n', '\r', '\t', '"', '#', '|', '*', '-', '>', '`', '[', '\u{1b}', '\u{7}', 'é', '学',
                '🚀', '\u{202e}', ' ', '1', '.',
            ]),
        ],
        0..120,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn enrollment() -> Enrollment {
    Enrollment {
        roadmap_id: "tiny".into(),
        start: day("2026-11-23"),
        daily_minutes: 120,
        paused_weeks: vec![],
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_title_makes_a_strictly_valid_calendar(title in text(), deliverable in text()) {
        let mut roadmap = small_roadmap();
        roadmap.title = title;
        roadmap.phases[0].deliverables[1].title = deliverable.clone();
        let now: DateTime<Utc> = "2026-11-24T06:30:00Z".parse().unwrap();
        let options = IcsOptions { weeks: 2, ..IcsOptions::default() };
        let ics = calendar(&roadmap, &enrollment(), &[], day("2026-11-24"), now, &options);
        let (_, events) = ics_check::check(&ics).map_err(TestCaseError::fail)?;
        let blog = events.iter().find(|e| e["UID"][0].value == "tiny.due.d-blog@studyplan").unwrap();
        prop_assert_eq!(&blog["SUMMARY"][0].value, &format!("Deliverable due: {}", clean_line(&deliverable)));
    }

    #[test]
    fn any_text_stays_text_in_markdown(line in text()) {
        let escaped = inline(&line);
        prop_assert!(!escaped.contains('\n') && !escaped.chars().any(char::is_control));
        let first = escaped.chars().next();
        prop_assert!(!matches!(first, Some('#' | '>' | '-' | '+' | '=' | '*' | '|' | '`' | '<')), "{}", escaped);
        let digits: String = escaped.chars().take_while(char::is_ascii_digit).collect();
        let after = escaped[digits.len()..].chars().next();
        prop_assert!(digits.is_empty() || !matches!(after, Some('.' | ')')), "{}", escaped);
        for l in block(&line).lines() {
            prop_assert!(!matches!(l.chars().next(), Some('#' | '>' | '-' | '+' | '=' | '|' | ' ')), "{:?}", l);
        }
    }

    #[test]
    fn any_task_title_and_note_survive_a_json_round_trip(title in text(), note in text()) {
        // Text starting with NUL is refused by the store's CHECKs (SQLite's length() stops at a NUL).
        prop_assume!(!title.contains('\0') && !note.contains('\0'));
        prop_assume!(!title.trim().is_empty() && title.trim().chars().count() <= 500);
        let mut store = Store::open_in_memory().unwrap();
        store.add_task(&title, day("2026-11-24")).unwrap();
        store.log_time(day("2026-11-24"), "learn", 30, Some(&note)).unwrap();
        if !note.trim().is_empty() {
            store.save_note(day("2026-11-24"), &note).unwrap();
        }
        let first = state::export(&store).unwrap();
        let mut other = Store::open_in_memory().unwrap();
        state::import(&mut other, &first, "p.json", false).unwrap();
        prop_assert_eq!(state::export(&other).unwrap(), first);
        let tasks = other.tasks_between(day("2026-11-24"), day("2026-11-24")).unwrap();
        prop_assert_eq!(tasks[0].title.as_str(), title.trim());
    }
}
