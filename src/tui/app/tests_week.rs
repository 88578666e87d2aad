//! `App::update` on the Week screen: the seven days start on the config's
//! `week_start` and hold today, each day keeps its own plan week, tasks land
//! on the day the learner sees, and clicks select tasks in the day's list.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::plan::Position;
use crate::tui::action::Screen;
use crate::tui::fixtures;
use crate::tui::fixtures::bare_store as store;

fn at(day: NaiveDate) -> NaiveDateTime {
    day.and_hms_opt(9, 0, 0).unwrap()
}

/// The app on `day` with the Week screen starting on `first`, at 80x24.
fn week_app(store: Store, day: NaiveDate, first: Weekday) -> App {
    let mut app = App::new(store, at(day)).unwrap();
    app.update(Action::Resize(80, 24), at(day));
    app.set_week_start(first).unwrap();
    app.update(Action::Show(Screen::Week), at(day));
    app
}

fn shown_dates(app: &App) -> [NaiveDate; 7] {
    app.view().data.as_ref().unwrap().shown.dates()
}

fn selected_date(app: &App) -> NaiveDate {
    shown_dates(app)[app.view().cursor.week_day]
}

#[test]
fn the_shown_days_start_on_the_configured_weekday_and_hold_today() {
    for first in [Weekday::Mon, Weekday::Sun, Weekday::Sat] {
        for offset in 0..7 {
            let today = fixtures::today() + Duration::days(offset);
            let app = week_app(store(), today, first);
            let dates = shown_dates(&app);
            assert_eq!(dates[0].weekday(), first, "{first} on {today}");
            assert!(dates.contains(&today), "{first}: {dates:?} misses {today}");
            assert_eq!(selected_date(&app), today, "today is selected");
        }
    }
}

#[test]
fn a_sunday_first_week_shows_the_sunday_before_with_its_own_plan_week() {
    let tuesday = fixtures::today();
    let app = week_app(store(), tuesday, Weekday::Sun);
    let data = app.view().data.as_ref().unwrap();
    let sunday = tuesday - Duration::days(2);
    assert_eq!(data.shown.first, sunday);
    // The fixture plan is in week 7 on the Tuesday: the Sunday before ends week 6.
    assert_eq!(
        data.shown.day(0).unwrap().position,
        Position::InPlan { week: 6, of: 12 }
    );
    assert_eq!(
        data.shown.day(2).unwrap().position,
        Position::InPlan { week: 7, of: 12 }
    );
    // Review still covers the plan week of today, Monday to Sunday.
    assert_eq!(app.view().shown_monday, monday_of(tuesday));
}

#[test]
fn on_a_sunday_a_sunday_first_week_starts_today_and_review_keeps_the_week_ending_today() {
    let sunday = fixtures::today() + Duration::days(5);
    let app = week_app(store(), sunday, Weekday::Sun);
    assert_eq!(shown_dates(&app)[0], sunday);
    assert_eq!(app.view().shown_monday, monday_of(sunday));
}

#[test]
fn a_task_added_on_the_sunday_column_lands_on_that_sunday() {
    let tuesday = fixtures::today();
    let mut app = week_app(store(), tuesday, Weekday::Sun);
    app.update(Action::Top, at(tuesday));
    for _ in 0..3 {
        app.update(Action::Left, at(tuesday));
    }
    assert_eq!(app.view().cursor.week_day, 0);
    app.update(Action::AddTask, at(tuesday));
    for c in "Plan the week".chars() {
        app.update(
            Action::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
            at(tuesday),
        );
    }
    app.update(Action::Submit, at(tuesday));
    let sunday = tuesday - Duration::days(2);
    let tasks = app.store().tasks_between(sunday, sunday).unwrap();
    assert_eq!(
        tasks.iter().map(|t| t.title.as_str()).collect::<Vec<_>>(),
        ["Plan the week"]
    );
}

#[test]
fn a_task_moved_past_saturday_is_followed_into_the_next_sunday_first_week() {
    let tuesday = fixtures::today();
    let saturday = tuesday + Duration::days(4);
    let mut s = store();
    let id = s.add_task("Record a demo", saturday).unwrap();
    let mut app = week_app(s, tuesday, Weekday::Sun);
    for _ in 0..4 {
        app.update(Action::Right, at(tuesday));
    }
    assert_eq!(selected_date(&app), saturday);
    app.update(Action::MoveTaskLater, at(tuesday));
    let sunday = saturday + Duration::days(1);
    assert_eq!(shown_dates(&app)[0], sunday, "the next week is shown");
    assert_eq!(selected_date(&app), sunday, "the task stays selected");
    let tasks = app.store().tasks_between(sunday, sunday).unwrap();
    assert_eq!(tasks.iter().map(|t| t.id).collect::<Vec<_>>(), [id]);
    // Back a day: the Saturday is in the week before again.
    app.update(Action::MoveTaskEarlier, at(tuesday));
    assert_eq!(shown_dates(&app)[6], saturday);
    assert_eq!(selected_date(&app), saturday);
}

#[test]
fn weeks_move_by_seven_days_and_keep_the_day_shown_with_its_plan() {
    let tuesday = fixtures::today();
    let mut app = week_app(store(), tuesday, Weekday::Sun);
    let before = shown_dates(&app);
    app.update(Action::NextWeek, at(tuesday));
    assert_eq!(shown_dates(&app)[0], before[0] + Duration::days(7));
    assert_eq!(app.view().shown_monday, monday_of(tuesday) + Duration::days(7));
    app.update(Action::PreviousWeek, at(tuesday));
    app.update(Action::PreviousWeek, at(tuesday));
    assert_eq!(shown_dates(&app)[0], before[0] - Duration::days(7));
}

#[test]
fn clicking_a_task_in_the_day_list_selects_it_at_80_columns() {
    let tuesday = fixtures::today();
    let mut s = store();
    s.add_task("First task of the day", tuesday).unwrap();
    s.add_task(
        "Second task of the day, with a title long enough to wrap in the list",
        tuesday,
    )
    .unwrap();
    let mut app = week_app(s, tuesday, Weekday::Mon);
    assert_eq!(app.view().cursor.week_task, 0);
    // Find the row showing the second task on the 80x24 screen and click it.
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| {
            crate::tui::ui::render(
                app.view(),
                frame.area(),
                frame.buffer_mut(),
                &crate::tui::theme::Theme::MONO,
            )
        })
        .unwrap();
    let screen = terminal.backend().to_string();
    let row = screen
        .lines()
        .position(|l| l.contains("Second task of the day"))
        .unwrap();
    assert!(
        screen.contains("Second task of the day, with a title long"),
        "the day's list shows more of the title than a column could:\n{screen}"
    );
    app.update(Action::Click(10, row as u16), at(tuesday));
    assert_eq!(app.view().cursor.week_task, 1, "{screen}");
    assert_eq!(selected_date(&app), tuesday, "the day stays selected");
}

#[test]
fn the_week_shows_today_with_the_same_plan_as_the_today_screen() {
    for first in [Weekday::Mon, Weekday::Sun] {
        let tuesday = fixtures::today();
        let app = week_app(store(), tuesday, first);
        let data = app.view().data.as_ref().unwrap();
        let column = app.view().cursor.week_day;
        assert_eq!(data.shown.day(column), Some(&data.today), "{first}");
    }
}
