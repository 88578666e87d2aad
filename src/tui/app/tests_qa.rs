//! What a learner saw living through a week of the bundled roadmaps in the
//! interface, pinned after it was wrong: each test is one thing that confused.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

use chrono::{Duration, NaiveDateTime};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;
use crate::tui::fixtures;
use crate::tui::state::Popup;
use crate::tui::strings;
use crate::tui::theme::Theme;
use crate::tui::ui;

/// The app drawn on a `width` x `height` terminal, as text.
fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| ui::render(app.view(), frame.area(), frame.buffer_mut(), &Theme::MONO))
        .unwrap();
    terminal.backend().to_string()
}

fn app_at(now: NaiveDateTime, width: u16, height: u16) -> App {
    let mut app = App::new(fixtures::store(""), now).unwrap();
    app.update(Action::Resize(width, height), now);
    app
}

#[test]
fn a_day_with_nothing_planned_says_so_in_full_at_80_and_120_columns() {
    // The week before the plan starts: nothing is planned, time can still be logged.
    let before = (fixtures::start() - Duration::days(3)).and_hms_opt(9, 0, 0).unwrap();
    for (width, height) in [(80, 24), (120, 36)] {
        let app = app_at(before, width, height);
        let text = screen(&app, width, height);
        assert!(
            text.contains(strings::REST_DAY),
            "the rest-day line is cut at {width}x{height}:\n{text}"
        );
    }
}

#[test]
fn an_open_milestones_detail_lists_its_acceptance_criteria_without_check_marks() {
    use crate::tui::screens::milestones::{NodeKind, detail, tree};
    let app = app_at(fixtures::now(), 80, 24);
    let data = app.view().data.clone().unwrap();
    let nodes = tree(&data, fixtures::today());
    let milestone = nodes.iter().find(|n| n.kind == NodeKind::Milestone).unwrap();
    assert_eq!(data.state_of(&milestone.id), None, "the fixture milestone is open");
    let (_, lines) = detail(&data, milestone);
    assert!(
        lines.iter().all(|l| !l.contains('✓')),
        "an open milestone's criteria read as met: {lines:?}"
    );
    let criteria = lines.iter().position(|l| l == strings::ACCEPTANCE).unwrap();
    assert_eq!(lines[criteria + 1], "  - Loss below 1.5");
    assert_eq!(lines[criteria + 2], "  - Samples are readable");
}

#[test]
fn a_phase_with_nothing_to_tick_draws_no_empty_progress_bar() {
    use crate::tui::screens::milestones::{NodeKind, tree};
    let app = app_at(fixtures::now(), 80, 24);
    let mut data = app.view().data.clone().unwrap();
    // Like quarterly-2026: phases without deliverables, the milestones apart.
    data.roadmap.phases[0].deliverables.clear();
    let nodes = tree(&data, fixtures::today());
    let phase = nodes.iter().find(|n| n.id == "sprint-1").unwrap();
    assert_eq!(phase.kind, NodeKind::Phase);
    assert_eq!(phase.progress, None, "an empty phase showed a 0/0 bar");
    let sprint_2 = nodes.iter().find(|n| n.id == "sprint-2").unwrap();
    assert!(sprint_2.progress.is_some(), "a phase with deliverables keeps its bar");
}

#[test]
fn a_timer_that_ran_past_its_block_while_the_app_was_closed_logs_the_block_not_the_overtime() {
    use crate::plan::Enrollment;
    // Build is 60 minutes of a 2-hour day; its timer started at 08:30 and the
    // app was closed. Opened again at 09:45, the timer finishes by itself, as
    // it would have at 09:30 with the app open: 60 minutes, not 75.
    let monday = fixtures::start() + Duration::weeks(7) - Duration::days(1);
    let mut store = Store::open_in_memory().unwrap();
    store.import_roadmap(&fixtures::roadmap(""), "test").unwrap();
    store
        .start(&Enrollment {
            roadmap_id: "fast-track".into(),
            start: fixtures::start(),
            daily_minutes: 120,
            paused_weeks: Vec::new(),
        })
        .unwrap();
    let day = monday + Duration::days(1);
    store.start_timer("build", day.and_hms_opt(8, 30, 0).unwrap()).unwrap();
    let later = day.and_hms_opt(9, 45, 0).unwrap();
    let mut app = App::new(store, later).unwrap();
    app.update(Action::Resize(120, 36), later);
    app.update(Action::Tick, later);
    let data = app.view().data.clone().unwrap();
    assert!(data.timer.is_none(), "the finished timer stopped");
    assert_eq!(data.logged_today("build"), 60, "overtime while closed was logged");
}

#[test]
fn a_stale_timer_that_cannot_be_kept_can_still_be_dropped() {
    use crate::plan::Enrollment;
    // A learn timer forgotten on Monday 09:45; Tuesday already has 2 hours
    // logged, so keeping the whole Tuesday (24 h) would pass a day's length.
    let monday = fixtures::start() + Duration::weeks(7) - Duration::days(1);
    let tuesday = monday + Duration::days(1);
    let mut store = Store::open_in_memory().unwrap();
    store.import_roadmap(&fixtures::roadmap(""), "test").unwrap();
    store
        .start(&Enrollment {
            roadmap_id: "fast-track".into(),
            start: fixtures::start(),
            daily_minutes: 120,
            paused_weeks: Vec::new(),
        })
        .unwrap();
    store.log_time(tuesday, "build", 120, None).unwrap();
    store
        .start_timer("learn", monday.and_hms_opt(9, 45, 0).unwrap())
        .unwrap();
    let now = (tuesday + Duration::days(1)).and_hms_opt(8, 30, 0).unwrap();
    let mut app = App::new(store, now).unwrap();
    app.update(Action::Resize(80, 24), now);
    assert!(matches!(app.view().popup, Some(Popup::StaleTimer(_))));

    app.update(Action::KeepTime, now);
    assert!(
        matches!(app.view().popup, Some(Popup::StaleTimer(_))),
        "keeping failed and the popup closed, leaving no way to drop the time"
    );
    assert!(
        app.view().status.as_ref().is_some_and(|s| s.kind.is_problem()),
        "the failure is shown"
    );

    // s on the timer asks again instead of failing the same way.
    app.update(Action::Close, now);
    app.update(Action::ToggleTimer, now);
    assert!(matches!(app.view().popup, Some(Popup::StaleTimer(_))));

    app.update(Action::DropTime, now);
    assert!(app.view().popup.is_none());
    assert!(app.view().data.as_ref().unwrap().timer.is_none(), "the timer is gone");
}

/// A store with a bundled roadmap started on `start`, 2 hours a day.
fn bundled_store(id: &str, start: chrono::NaiveDate) -> Store {
    use crate::plan::Enrollment;
    let source = crate::roadmap::bundled::find(id).unwrap().source;
    let roadmap = crate::roadmap::parse_str(source, id).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store.import_roadmap(&roadmap, "bundled").unwrap();
    store
        .start(&Enrollment {
            roadmap_id: id.into(),
            start,
            daily_minutes: 120,
            paused_weeks: Vec::new(),
        })
        .unwrap();
    store
}

#[test]
fn the_genai_topic_map_is_listed_on_milestones_and_a_topic_can_be_ticked() {
    use crate::plan::ItemState;
    use crate::tui::action::Screen;
    use crate::tui::screens::milestones::{NodeKind, detail, tree};
    let monday = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let now = monday.and_hms_opt(9, 0, 0).unwrap();
    let mut app = App::new(bundled_store("genai-engineering", monday), now).unwrap();
    app.update(Action::Resize(120, 36), now);
    app.update(Action::Show(Screen::Milestones), now);
    let data = app.view().data.clone().unwrap();
    let nodes = tree(&data, monday);
    let topics: Vec<&str> = nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Topic)
        .map(|n| n.title.as_str())
        .collect();
    assert_eq!(topics.len(), 23, "the five phases' topics: {topics:?}");
    assert_eq!(topics[0], "CORE  Math & Statistics");
    assert_eq!(nodes[0].progress, Some((0, 4)), "a phase counts its topics");

    let (_, lines) = detail(&data, &nodes[1]);
    assert!(
        lines.contains(&"Linear algebra, probability, calculus, information theory".to_owned()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"Label: CORE: Core foundations: what every GenAI engineer must know".to_owned()),
        "{lines:?}"
    );

    app.update(Action::Down, now);
    app.update(Action::ToggleDone, now);
    let data = app.view().data.clone().unwrap();
    assert_eq!(data.state_of("math-statistics"), Some(ItemState::Done));
}

#[test]
fn a_projects_detail_shows_its_level_complexity_and_stack_and_fits_80x24() {
    use crate::tui::action::Screen;
    use crate::tui::screens::milestones::{NodeKind, detail, tree};
    let monday = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let now = monday.and_hms_opt(9, 0, 0).unwrap();
    let mut app = App::new(bundled_store("genai-five-projects", monday), now).unwrap();
    app.update(Action::Resize(80, 24), now);
    app.update(Action::Show(Screen::Milestones), now);
    let data = app.view().data.clone().unwrap();
    let nodes = tree(&data, monday);
    let first = nodes.iter().find(|n| n.kind == NodeKind::Project).unwrap();
    let (_, lines) = detail(&data, first);
    assert!(
        lines.contains(&"Level: STARTER · complexity 18%".to_owned()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"Stack: Python, OpenAI SDK, Streamlit, JSON/TXT".to_owned()),
        "{lines:?}"
    );
    // The Expert project, the longest, opened at 80x24: its status line still shows.
    let last = nodes.iter().rposition(|n| n.kind == NodeKind::Project).unwrap();
    app.update(Action::Bottom, now);
    assert_eq!(app.view().cursor.milestones, last);
    app.update(Action::Open, now);
    let text = screen(&app, 80, 24);
    assert!(text.contains("Ship: A working AI coding"), "{text}");
    assert!(text.contains("Status: open"), "{text}");
}

#[test]
fn a_quarters_detail_shows_its_courses_projects_and_community() {
    use crate::tui::screens::milestones::{detail, tree};
    let monday = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let now = monday.and_hms_opt(9, 0, 0).unwrap();
    let app = App::new(bundled_store("quarterly-2026", monday), now).unwrap();
    let data = app.view().data.clone().unwrap();
    let nodes = tree(&data, monday);
    let q1 = nodes.iter().find(|n| n.id == "q1").unwrap();
    let (_, lines) = detail(&data, q1);
    for wanted in [
        "Courses: Advanced ML engineering, Hugging Face quickstart",
        "Projects: Start GenAI Chatbot (prototype), small data viz dashboard",
        "Community: Publish a short blog about replicable model evaluation",
    ] {
        assert!(lines.contains(&wanted.to_owned()), "{wanted:?} missing from {lines:?}");
    }
}

#[test]
fn today_lists_the_current_phases_topics_with_their_state() {
    let monday = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let now = monday.and_hms_opt(9, 0, 0).unwrap();
    let mut store = bundled_store("genai-engineering", monday);
    store
        .set_status("math-statistics", Some(crate::plan::ItemState::Done), monday)
        .unwrap();
    let mut app = App::new(store, now).unwrap();
    app.update(Action::Resize(120, 36), now);
    let text = screen(&app, 120, 36);
    assert!(text.contains(strings::TOPICS), "{text}");
    assert!(text.contains("[x] CORE  Math & Statistics"), "{text}");
    assert!(text.contains("[ ] CORE  Transformers"), "{text}");
    assert!(
        !text.contains("PyTorch"),
        "the next phase's topics are not today's:\n{text}"
    );
}

#[test]
fn the_week_side_panel_at_120_columns_shows_every_blocks_minutes() {
    use crate::tui::action::Screen;
    let monday = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let now = monday.and_hms_opt(9, 0, 0).unwrap();
    let mut app = App::new(bundled_store("standard-9-month", monday), now).unwrap();
    app.update(Action::Resize(120, 36), now);
    app.update(Action::Show(Screen::Week), now);
    let text = screen(&app, 120, 36);
    assert!(
        text.contains("Polish 0/30 min"),
        "the day's polish block was cut:\n{text}"
    );
    for _ in 0..6 {
        app.update(Action::Right, now);
    }
    let text = screen(&app, 120, 36);
    assert!(
        text.contains(strings::NOTHING_PLANNED),
        "Sunday's line was cut:\n{text}"
    );
}

#[test]
fn the_checkpoint_advice_wraps_under_the_left_margin_at_80_columns() {
    use crate::tui::action::Screen;
    // Week 4 of the 9-month track has the "Are You On Track?" checkpoint.
    let start = chrono::NaiveDate::from_ymd_opt(2026, 11, 9).unwrap();
    let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 6)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    let mut app = App::new(bundled_store("standard-9-month", start), now).unwrap();
    app.update(Action::Resize(80, 24), now);
    app.update(Action::Show(Screen::Review), now);
    let text = screen(&app, 80, 24);
    assert!(text.contains(" If you can't demo, you're studying"), "{text}");
    let continued = text
        .lines()
        .find(|l| l.contains("building too little."))
        .unwrap_or_else(|| panic!("the advice is cut:\n{text}"));
    let row = continued.trim_start_matches('"');
    assert!(row.starts_with(' '), "the wrapped line lost the margin: {continued:?}");
}

#[test]
fn the_welcome_form_warns_when_a_dated_roadmaps_own_start_is_long_past() {
    // quarterly-2026 proposes Thu 1 Jan 2026; on Mon 30 Nov 2026 that is 48 weeks back.
    let source = crate::roadmap::bundled::find("quarterly-2026").unwrap().source;
    let roadmap = crate::roadmap::parse_str(source, "quarterly-2026").unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store.import_roadmap(&roadmap, "bundled").unwrap();
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let mut app = App::new(store, now).unwrap();
    app.update(Action::Resize(80, 24), now);
    app.update(Action::Open, now);
    assert_eq!(app.view().welcome.form.as_ref().unwrap().start.text(), "2026-01-01");
    let text = screen(&app, 80, 24);
    assert!(text.contains("48 weeks ago: the plan starts behind"), "{text}");

    // Today's date: no warning.
    app.update(Action::Close, now);
    app.update(Action::Open, now);
    for _ in 0..10 {
        app.update(
            Action::Input(ratatui::crossterm::event::KeyEvent::new(
                ratatui::crossterm::event::KeyCode::Backspace,
                ratatui::crossterm::event::KeyModifiers::NONE,
            )),
            now,
        );
    }
    for c in "2026-11-30".chars() {
        app.update(
            Action::Input(ratatui::crossterm::event::KeyEvent::new(
                ratatui::crossterm::event::KeyCode::Char(c),
                ratatui::crossterm::event::KeyModifiers::NONE,
            )),
            now,
        );
    }
    let text = screen(&app, 80, 24);
    assert!(text.contains("2026-11-30"), "{text}");
    assert!(!text.contains("the plan starts behind"), "{text}");
}

#[test]
fn a_paused_week_shows_no_standing_tasks_on_today() {
    let monday = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let holiday = monday + Duration::weeks(2);
    let mut store = bundled_store("standard-9-month", monday);
    store.set_paused(holiday, true).unwrap();
    let now = holiday.and_hms_opt(9, 0, 0).unwrap();
    let mut app = App::new(store, now).unwrap();
    app.update(Action::Resize(120, 36), now);
    let text = screen(&app, 120, 36);
    assert!(
        !text.contains("create GitHub issue list"),
        "chores on a holiday:\n{text}"
    );
}

#[test]
fn a_recurring_tasks_count_survives_a_long_title_on_the_week_screen() {
    use crate::tui::action::Screen;
    // Week 6 of the 9-month track starts the career track: "Network with 2 people/week".
    let start = chrono::NaiveDate::from_ymd_opt(2026, 10, 26).unwrap();
    let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let mut app = App::new(bundled_store("standard-9-month", start), now).unwrap();
    app.update(Action::Resize(120, 36), now);
    app.update(Action::Show(Screen::Week), now);
    let text = screen(&app, 120, 36);
    assert!(text.contains("· 2× Network with people"), "{text}");
}
