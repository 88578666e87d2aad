//! `App::update` on the Today screen: ticking and unticking in place, tasks
//! carried over from earlier days, editing and deleting tasks there.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

use chrono::{Duration, NaiveDate};

use super::*;
use crate::plan::ItemState;
use crate::tui::fixtures::{app, at, bare_store as store, today as tuesday, type_text};
use crate::tui::screens::today::{TodayItem, items};
use crate::tui::state::Popup;

/// Puts the cursor on the first Today row matching `wanted`; returns its index.
fn select(app: &mut App, wanted: impl Fn(TodayItem) -> bool) -> usize {
    let data = app.view().data.clone().unwrap();
    let row = items(&data).into_iter().position(wanted).unwrap();
    app.view.cursor.today = row;
    row
}

fn state_of(app: &App, id: &str) -> Option<ItemState> {
    app.view().data.as_ref().unwrap().state_of(id)
}

fn task_titles(app: &App, day: NaiveDate) -> Vec<(String, bool)> {
    let tasks = app.store().tasks_between(day, day).unwrap();
    tasks.into_iter().map(|t| (t.title, t.done)).collect()
}

#[test]
fn space_ticks_a_deliverable_done_and_again_unticks_it_with_the_cursor_on_it() {
    let mut app = app(store(), at(9, 0));
    let row = select(&mut app, |i| matches!(i, TodayItem::Deliverable(_)));
    let data = app.view().data.clone().unwrap();
    let TodayItem::Deliverable(first) = items(&data)[row] else {
        unreachable!()
    };
    let id = data.worklist[first].id.clone();
    app.update(Action::ToggleDone, at(9, 0));
    assert_eq!(state_of(&app, &id), Some(ItemState::Done));
    assert_eq!(app.view().cursor.today, row, "the cursor stays on the ticked row");
    let data = app.view().data.clone().unwrap();
    assert_eq!(
        data.worklist[first].id, id,
        "the done deliverable stays in its place today"
    );
    app.update(Action::ToggleDone, at(9, 1));
    assert_eq!(state_of(&app, &id), None, "the same key unticks it");
    assert_eq!(app.view().cursor.today, row);
}

#[test]
fn a_deliverable_done_on_an_earlier_day_is_no_longer_listed() {
    let mut store = store();
    let yesterday = tuesday() - Duration::days(1);
    store.set_status("s2-gpt", Some(ItemState::Done), yesterday).unwrap();
    let app = app(store, at(9, 0));
    let data = app.view().data.as_ref().unwrap();
    assert!(data.worklist.iter().all(|d| d.id != "s2-gpt"), "{:?}", data.worklist);
}

#[test]
fn unfinished_tasks_of_earlier_days_are_listed_as_carried_over_and_can_be_ticked_back() {
    let mut store = store();
    let monday = monday_of(tuesday());
    let open = store.add_task("Finish the notes", monday - Duration::days(3)).unwrap();
    let done = store.add_task("Done already", monday).unwrap();
    store.set_task_done(done, true).unwrap();
    store.add_task("Later", tuesday() + Duration::days(1)).unwrap();
    let before_plan = store
        .add_task("From before the plan", monday - Duration::weeks(9))
        .unwrap();
    let mut app = app(store, at(9, 0));
    let carried: Vec<i64> = app
        .view()
        .data
        .as_ref()
        .unwrap()
        .carried_tasks
        .iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(carried, [open], "only unfinished tasks of earlier plan days");
    assert!(!carried.contains(&before_plan));

    let row = select(&mut app, |i| matches!(i, TodayItem::Carried(_)));
    app.update(Action::ToggleDone, at(9, 0));
    assert!(app.store().tasks_between(monday - Duration::days(3), monday).unwrap()[0].done);
    let data = app.view().data.clone().unwrap();
    assert_eq!(
        items(&data)[row],
        TodayItem::Carried(0),
        "a ticked task stays listed today"
    );
    assert!(data.carried_tasks[0].done);
    app.update(Action::ToggleDone, at(9, 1));
    assert!(!app.store().tasks_between(monday - Duration::days(3), monday).unwrap()[0].done);

    app.update(Action::ToggleDone, at(9, 2));
    app.update(
        Action::Tick,
        tuesday().succ_opt().unwrap().and_hms_opt(9, 0, 0).unwrap(),
    );
    let data = app.view().data.as_ref().unwrap();
    assert!(
        data.carried_tasks.is_empty(),
        "done tasks of earlier days go the next day"
    );
}

#[test]
fn editing_and_deleting_a_task_on_today() {
    let mut store = store();
    store.add_task("Read the paper", tuesday()).unwrap();
    let earlier = store.add_task("Old task", tuesday() - Duration::days(1)).unwrap();
    let mut app = app(store, at(9, 0));
    select(&mut app, |i| matches!(i, TodayItem::Task(_)));
    app.update(Action::EditTask, at(9, 0));
    type_text(&mut app, " again", at(9, 0));
    app.update(Action::Submit, at(9, 0));
    assert_eq!(
        task_titles(&app, tuesday()),
        [("Read the paper again".to_owned(), false)]
    );

    let row = select(&mut app, |i| matches!(i, TodayItem::Carried(_)));
    app.update(Action::DeleteTask, at(9, 1));
    assert!(
        matches!(app.view().popup, Some(Popup::Confirm { .. })),
        "delete asks first"
    );
    app.update(Action::Close, at(9, 1));
    assert_eq!(
        app.store()
            .tasks_between(tuesday() - Duration::days(1), tuesday())
            .unwrap()
            .len(),
        2
    );
    app.update(Action::DeleteTask, at(9, 1));
    app.update(Action::Confirm, at(9, 1));
    let left = app
        .store()
        .tasks_between(tuesday() - Duration::days(1), tuesday())
        .unwrap();
    assert!(left.iter().all(|t| t.id != earlier), "the carried task is deleted");
    assert_eq!(
        app.view().cursor.today,
        row,
        "the cursor keeps its place, now on the next row"
    );
}

#[test]
fn edit_on_a_block_says_to_select_a_task() {
    let mut app = app(store(), at(9, 0));
    app.update(Action::Top, at(9, 0));
    app.update(Action::EditTask, at(9, 0));
    assert!(app.view().popup.is_none());
    assert!(
        app.view()
            .status
            .as_ref()
            .is_some_and(|s| s.kind.is_problem() && s.text.contains("Select one of your tasks"))
    );
}
