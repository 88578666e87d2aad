//! `App::update` without a terminal, against an in-memory store: the timer,
//! tasks, statuses, carry-over, the review, errors and the first run.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

use chrono::{Duration, NaiveDate};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::plan::ItemState;
use crate::tui::action::Screen;
use crate::tui::fixtures;
use crate::tui::fixtures::{app, at, bare_store as store, today as tuesday, type_text};
use crate::tui::screens::today::{TodayItem, items};
use crate::tui::state::{Popup, ReviewField};

fn select_block(app: &mut App, block_id: &str) {
    let data = app.view().data.clone().unwrap();
    let index = data.today.blocks.iter().position(|b| b.id == block_id).unwrap();
    let row = items(&data).iter().position(|i| *i == TodayItem::Block(index)).unwrap();
    app.view.cursor.today = row;
}

fn logged(app: &App, block: &str) -> u32 {
    let entries = app.store().time_between(tuesday(), tuesday()).unwrap();
    entries.iter().filter(|e| e.block == block).map(|e| e.minutes).sum()
}

#[test]
fn starting_and_stopping_the_timer_logs_the_minutes_on_the_selected_block() {
    let mut app = app(store(), at(9, 0));
    select_block(&mut app, "build");
    app.update(Action::ToggleTimer, at(9, 0));
    assert_eq!(app.store().timer().unwrap().map(|t| t.block), Some("build".to_owned()));
    assert!(app.needs_tick(), "a running timer ticks every second");
    app.update(Action::ToggleTimer, at(9, 25));
    assert_eq!(app.store().timer().unwrap(), None);
    assert_eq!(logged(&app, "build"), 25);
    assert!(app.view().status.as_ref().unwrap().text.contains("25 min"));
}

#[test]
fn the_timer_stops_by_itself_when_the_blocks_minutes_are_done() {
    let mut app = app(store(), at(9, 0));
    select_block(&mut app, "learn");
    let planned = app.view().data.as_ref().unwrap().today.blocks[0].planned_minutes;
    app.update(Action::ToggleTimer, at(9, 0));
    app.update(
        Action::Tick,
        at(9, 0) + Duration::minutes(i64::from(planned)) - Duration::seconds(1),
    );
    assert!(
        app.store().timer().unwrap().is_some(),
        "still running a second before the end"
    );
    app.update(Action::Tick, at(9, 0) + Duration::minutes(i64::from(planned)));
    assert_eq!(app.store().timer().unwrap(), None);
    assert_eq!(logged(&app, "learn"), planned);
}

#[test]
fn a_timer_finishing_its_block_rings_the_bell_once_unless_turned_off() {
    for bell in [true, false] {
        let mut app = app(store(), at(9, 0));
        app.set_bell(bell);
        select_block(&mut app, "learn");
        let planned = app.view().data.as_ref().unwrap().today.blocks[0].planned_minutes;
        app.update(Action::ToggleTimer, at(9, 0));
        app.update(Action::Tick, at(9, 1));
        assert!(!app.take_bell(), "no bell while the block runs");
        app.update(Action::Tick, at(9, 0) + Duration::minutes(i64::from(planned)));
        assert_eq!(app.take_bell(), bell);
        assert!(!app.take_bell(), "the bell rings once");
    }
}

#[test]
fn a_timer_left_running_for_over_a_day_asks_before_logging() {
    let mut store = store();
    store.start_timer("build", at(9, 0) - Duration::hours(30)).unwrap();
    let mut app = app(store, at(9, 0));
    assert!(matches!(app.view().popup, Some(Popup::StaleTimer(_))));
    app.update(Action::DropTime, at(9, 0));
    assert_eq!(app.store().timer().unwrap(), None);
    let all = app
        .store()
        .time_between(tuesday() - Duration::days(3), tuesday())
        .unwrap();
    assert!(all.is_empty(), "dropped time is not logged: {all:?}");

    let mut store = self::store();
    store.start_timer("build", at(9, 0) - Duration::hours(2)).unwrap();
    let app = self::app(store, at(9, 0));
    assert!(
        app.view().popup.is_none(),
        "a timer of two hours is simply shown running"
    );
}

#[test]
fn moving_a_task_to_the_next_day_keeps_it_selected() {
    let mut store = store();
    let id = store.add_task("Write shape tests", tuesday()).unwrap();
    let mut app = app(store, at(9, 0));
    app.update(Action::Show(Screen::Week), at(9, 0));
    app.update(Action::Right, at(9, 0));
    assert_eq!(app.view().cursor.week_day, 1);
    app.update(Action::MoveTaskLater, at(9, 1));
    let tasks = app
        .store()
        .tasks_between(tuesday(), tuesday() + Duration::days(1))
        .unwrap();
    assert_eq!(
        tasks.iter().find(|t| t.id == id).map(|t| t.day),
        Some(tuesday() + Duration::days(1))
    );
    assert_eq!(app.view().cursor.week_day, 2, "the selection follows the task");
    app.update(Action::MoveTaskEarlier, at(9, 2));
    app.update(Action::MoveTaskEarlier, at(9, 2));
    let tasks = app
        .store()
        .tasks_between(tuesday() - Duration::days(1), tuesday())
        .unwrap();
    assert_eq!(
        tasks.iter().find(|t| t.id == id).map(|t| t.day),
        Some(tuesday() - Duration::days(1))
    );
}

#[test]
fn adding_renaming_and_deleting_a_task_on_the_week_screen() {
    let mut app = app(store(), at(9, 0));
    app.update(Action::Show(Screen::Week), at(9, 0));
    app.update(Action::Right, at(9, 0));
    app.update(Action::AddTask, at(9, 0));
    type_text(&mut app, "Read the paper", at(9, 0));
    app.update(Action::Submit, at(9, 0));
    let tasks = app.store().tasks_between(tuesday(), tuesday()).unwrap();
    assert_eq!(
        tasks.iter().map(|t| t.title.as_str()).collect::<Vec<_>>(),
        ["Read the paper"]
    );

    app.update(Action::EditTask, at(9, 1));
    type_text(&mut app, " again", at(9, 1));
    app.update(Action::Submit, at(9, 1));
    assert_eq!(
        app.store().tasks_between(tuesday(), tuesday()).unwrap()[0].title,
        "Read the paper again"
    );

    app.update(Action::DeleteTask, at(9, 2));
    assert!(
        matches!(app.view().popup, Some(Popup::Confirm { .. })),
        "delete asks first"
    );
    app.update(Action::Close, at(9, 2));
    assert_eq!(
        app.store().tasks_between(tuesday(), tuesday()).unwrap().len(),
        1,
        "no keeps the task"
    );
    app.update(Action::DeleteTask, at(9, 2));
    app.update(Action::Confirm, at(9, 2));
    assert!(app.store().tasks_between(tuesday(), tuesday()).unwrap().is_empty());
}

#[test]
fn carry_over_moves_unfinished_tasks_to_next_monday_after_confirmation() {
    let mut store = store();
    let open = store.add_task("Unfinished", tuesday()).unwrap();
    let done = store.add_task("Finished", tuesday()).unwrap();
    store.set_task_done(done, true).unwrap();
    let mut app = app(store, at(20, 0));
    app.update(Action::Show(Screen::Review), at(20, 0));
    app.update(Action::CarryOver, at(20, 0));
    let asked = matches!(&app.view().popup, Some(Popup::Confirm { question, .. })
        if question == "Move 1 unfinished task of this week to next Monday?");
    assert!(asked, "{:?}", app.view().popup);
    app.update(Action::Confirm, at(20, 0));
    let said = app.view().status.as_ref().map(|s| s.text.clone()).unwrap_or_default();
    assert_eq!(said, "Carried 1 task over to next week.");
    let next_monday = monday_of(tuesday()) + Duration::weeks(1);
    let moved = app.store().tasks_between(next_monday, next_monday).unwrap();
    assert_eq!(moved.iter().map(|t| t.id).collect::<Vec<_>>(), [open]);
    let stayed = app.store().tasks_between(tuesday(), tuesday()).unwrap();
    assert_eq!(stayed.iter().map(|t| t.id).collect::<Vec<_>>(), [done]);
}

#[test]
fn a_review_answer_is_saved_to_the_store() {
    let mut app = app(store(), at(20, 0));
    app.update(Action::Show(Screen::Review), at(20, 0));
    let fields = crate::tui::screens::review::fields(app.view().data.as_ref().unwrap());
    let went_well = fields.iter().position(|(f, _, _)| *f == ReviewField::WentWell).unwrap();
    app.view.cursor.review = went_well;
    app.update(Action::Open, at(20, 0));
    type_text(&mut app, "Attention clicked", at(20, 1));
    app.update(Action::Submit, at(20, 1));
    let saved = app.store().review(monday_of(tuesday())).unwrap().unwrap();
    assert_eq!(saved.went_well, "Attention clicked");
    assert!(app.view().popup.is_none());
}

#[test]
fn space_on_the_milestones_screen_marks_a_deliverable_done_and_again_reopens_it() {
    let mut app = app(store(), at(9, 0));
    app.update(Action::Show(Screen::Milestones), at(9, 0));
    let tree = crate::tui::screens::milestones::tree(app.view().data.as_ref().unwrap(), tuesday());
    let row = tree.iter().position(|n| n.id == "s2-gpt").unwrap();
    app.view.cursor.milestones = row;
    app.update(Action::ToggleDone, at(9, 0));
    let state = |app: &App| {
        app.store()
            .statuses()
            .unwrap()
            .into_iter()
            .find(|s| s.item_id == "s2-gpt")
            .map(|s| s.state)
    };
    assert_eq!(state(&app), Some(ItemState::Done));
    app.update(Action::ToggleDone, at(9, 1));
    assert_eq!(state(&app), None);
}

/// Moves Today's cursor to the first row that `wanted` picks.
fn select_first(app: &mut App, wanted: impl Fn(&TodayItem) -> bool) {
    let data = app.view().data.clone().unwrap();
    app.view.cursor.today = items(&data).iter().position(wanted).unwrap();
}

#[test]
fn a_failed_action_shows_in_the_status_line_and_the_app_keeps_running() {
    let mut store = store();
    store.add_task("A task", tuesday()).unwrap();
    let mut app = app(store, at(9, 0));
    select_first(&mut app, |i| matches!(i, TodayItem::Task(_)));
    app.update(Action::ToggleTimer, at(9, 0));
    let status = app.view().status.clone().unwrap();
    assert!(
        status.kind.is_problem() && status.text.contains("Select a block"),
        "{status:?}"
    );
    assert!(!app.should_quit());
    app.update(Action::Tick, at(9, 0) + Duration::seconds(11));
    assert!(app.view().status.is_none(), "the message goes away");
}

#[test]
fn first_run_picks_a_roadmap_a_start_date_and_a_budget() {
    let mut store = Store::open_in_memory().unwrap();
    store.import_roadmap(&fixtures::roadmap(""), "test").unwrap();
    let mut app = app(store, at(9, 0));
    assert!(app.view().data.is_none(), "no enrollment yet: the welcome screen");
    app.update(Action::Open, at(9, 0));
    let form = app.view().welcome.form.clone().unwrap();
    assert_eq!(form.start.text(), "2026-11-30", "defaults to the coming Monday");
    assert_eq!(form.budget.text(), "120");
    app.update(Action::NextField, at(9, 0));
    for _ in 0..3 {
        app.update(
            Action::Input(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)),
            at(9, 0),
        );
    }
    type_text(&mut app, "90", at(9, 0));
    app.update(Action::Submit, at(9, 0));
    let enrollment = app.store().active_enrollment().unwrap().unwrap();
    assert_eq!(enrollment.daily_minutes, 90);
    assert_eq!(enrollment.start, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
    assert_eq!(app.view().screen, Screen::Today);
    assert!(app.view().data.is_some());
}

#[test]
fn a_bad_budget_is_refused_with_a_message_and_the_form_stays() {
    let mut store = Store::open_in_memory().unwrap();
    store.import_roadmap(&fixtures::roadmap(""), "test").unwrap();
    let mut app = app(store, at(9, 0));
    app.update(Action::Open, at(9, 0));
    app.update(Action::NextField, at(9, 0));
    type_text(&mut app, "x", at(9, 0));
    app.update(Action::Submit, at(9, 0));
    assert!(
        app.view()
            .status
            .as_ref()
            .is_some_and(|s| s.kind.is_problem() && s.text.contains("daily budget"))
    );
    assert!(app.view().welcome.form.is_some());
    assert!(app.store().active_enrollment().unwrap().is_none());
}

#[test]
fn clicking_a_tab_switches_screens() {
    let mut app = app(store(), at(9, 0));
    app.update(Action::Click(12, 1), at(9, 0));
    assert_eq!(app.view().screen, Screen::Week);
}

#[test]
fn an_idle_app_needs_no_tick_but_a_running_timer_or_a_message_does() {
    let mut app = app(store(), at(9, 0));
    assert!(!app.needs_tick(), "nothing changes by itself: the loop can sleep");
    app.update(Action::Show(Screen::Week), at(9, 0));
    app.update(Action::PreviousWeek, at(9, 0));
    assert!(!app.needs_tick());
    app.update(Action::Show(Screen::Today), at(9, 0));
    app.update(Action::Top, at(9, 0));
    app.update(Action::ToggleTimer, at(9, 0));
    assert!(app.needs_tick());
}

#[test]
fn escape_closes_a_popup_before_anything_else() {
    let mut app = app(store(), at(9, 0));
    app.update(Action::Help, at(9, 0));
    assert!(matches!(app.view().popup, Some(Popup::Help)));
    app.update(Action::Close, at(9, 0));
    assert!(app.view().popup.is_none());
    assert!(!app.should_quit());
}

#[test]
fn a_new_task_is_selected_so_the_next_key_acts_on_it() {
    let mut store = store();
    let older = store.add_task("Older task", tuesday()).unwrap();
    let mut app = app(store, at(9, 0));
    app.update(Action::Show(Screen::Week), at(9, 0));
    app.update(Action::Right, at(9, 0));
    app.update(Action::AddTask, at(9, 0));
    type_text(&mut app, "New task", at(9, 0));
    app.update(Action::Submit, at(9, 0));
    app.update(Action::MoveTaskLater, at(9, 1));
    let tasks = app
        .store()
        .tasks_between(tuesday(), tuesday() + Duration::days(1))
        .unwrap();
    let day_of = |title: &str| tasks.iter().find(|t| t.title == title).map(|t| t.day);
    assert_eq!(
        day_of("New task"),
        Some(tuesday() + Duration::days(1)),
        "the new task moved"
    );
    assert_eq!(
        tasks.iter().find(|t| t.id == older).map(|t| t.day),
        Some(tuesday()),
        "the older one stayed"
    );
}

#[test]
fn the_welcome_form_offers_the_config_files_budget_and_refuses_what_start_refuses() {
    let mut store = Store::open_in_memory().unwrap();
    store.import_roadmap(&fixtures::roadmap(""), "test").unwrap();
    let mut app = app(store, at(9, 0));
    app.set_default_budget(Some(45));
    app.update(Action::Open, at(9, 0));
    assert_eq!(app.view().welcome.form.clone().unwrap().budget.text(), "45");
    app.update(Action::NextField, at(9, 0));
    for _ in 0..2 {
        app.update(
            Action::Input(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)),
            at(9, 0),
        );
    }
    let too_many = (crate::limits::DAILY_MINUTES.end() + 1).to_string();
    type_text(&mut app, &too_many, at(9, 0));
    app.update(Action::Submit, at(9, 0));
    let status = app.view().status.clone().unwrap();
    assert_eq!(
        status.kind,
        crate::tui::state::StatusKind::Hint,
        "a refusal is a hint: {status:?}"
    );
    assert!(
        status.text.contains(&crate::limits::daily_minutes_range()),
        "{status:?}"
    );
    assert!(app.store().active_enrollment().unwrap().is_none());
}

#[test]
fn messages_name_the_keys_the_config_file_binds_not_the_defaults() {
    let mut store = store();
    store.add_task("A task", tuesday()).unwrap();
    let mut app = app(store, at(9, 0));
    let config: crate::config::file::ConfigFile =
        toml::from_str("[keys]\ntoggle_timer = \"t\"\nedit_task = \"F2\"\n").unwrap();
    app.set_keys(&config.keys);
    select_first(&mut app, |i| matches!(i, TodayItem::Task(_)));
    app.update(Action::ToggleTimer, at(9, 0));
    let status = app.view().status.clone().unwrap();
    assert_eq!(status.kind, crate::tui::state::StatusKind::Hint, "{status:?}");
    assert!(status.text.contains("then press t to time it"), "{status:?}");
    // Selecting a block and starting: the confirmation names the rebound key too.
    select_first(&mut app, |i| matches!(i, TodayItem::Block(_)));
    app.update(Action::ToggleTimer, at(9, 0));
    let status = app.view().status.clone().unwrap();
    assert!(status.text.contains("t stops it"), "{status:?}");
    // Empty lists say which key adds: the defaults unless rebound.
    let text = crate::tui::keymap::fill_keys(crate::tui::strings::NO_TASKS, &app.view().bindings, app.view().mode());
    assert_eq!(text, "No tasks yet: a adds one.");
}

#[test]
fn deleting_a_task_replaced_elsewhere_under_the_same_id_deletes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("study.db");
    let mut setup = Store::open(&path).unwrap();
    setup.import_roadmap(&fixtures::roadmap(""), "test").unwrap();
    setup
        .start(&crate::plan::Enrollment {
            roadmap_id: "fast-track".into(),
            start: fixtures::start(),
            daily_minutes: 120,
            paused_weeks: Vec::new(),
        })
        .unwrap();
    let a = setup.add_task("A", tuesday()).unwrap();
    let mut app = app(Store::open(&path).unwrap(), at(9, 0));
    select_first(&mut app, |i| matches!(i, TodayItem::Task(_)));
    app.update(Action::DeleteTask, at(9, 0));
    assert!(matches!(app.view().popup, Some(Popup::Confirm { .. })));
    // Meanwhile, in a shell: task A is deleted and B added; SQLite gives B A's id.
    setup.delete_task(a).unwrap();
    let b = setup.add_task("B", tuesday()).unwrap();
    assert_eq!(a, b, "the id came back");
    app.update(Action::Confirm, at(9, 1));
    let status = app.view().status.clone().unwrap();
    assert_eq!(status.kind, crate::tui::state::StatusKind::Hint, "{status:?}");
    assert!(status.text.contains("changed or deleted elsewhere"), "{status:?}");
    let titles: Vec<String> = setup
        .tasks_between(tuesday(), tuesday())
        .unwrap()
        .into_iter()
        .map(|t| t.title)
        .collect();
    assert_eq!(titles, ["B"], "B was never shown, so it was not deleted");
    let shown = app.view().data.clone().unwrap();
    assert_eq!(
        shown.today_tasks.iter().map(|t| t.title.as_str()).collect::<Vec<_>>(),
        ["B"],
        "the screen shows B now"
    );
}
