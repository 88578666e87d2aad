//! Every bundled roadmap lived in the TUI: started, every screen drawn at both
//! snapshot sizes, and a whole plan walked week by week on Week and Review,
//! with no error in the status line.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

use chrono::{Duration, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::plan::Enrollment;
use crate::store::Store;
use crate::tui::action::{Action, Screen};
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::ui;

fn text(buf: &Buffer) -> String {
    buf.content.iter().map(|c| c.symbol()).collect()
}

#[test]
fn every_bundled_roadmap_can_be_lived_week_by_week() {
    let mut store = Store::open_in_memory().unwrap();
    store.ensure_bundled().unwrap();
    let roadmaps = store.roadmaps().unwrap();
    assert_eq!(roadmaps.len(), 7, "all seven bundled roadmaps are offered");
    let start = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    for stored in roadmaps {
        let mut store = Store::open_in_memory().unwrap();
        store.ensure_bundled().unwrap();
        let budget = store.roadmap(&stored.id).unwrap().daily_split().minutes;
        let enrollment = Enrollment {
            roadmap_id: stored.id.clone(),
            start,
            daily_minutes: budget,
            paused_weeks: Vec::new(),
        };
        store.start(&enrollment).unwrap();
        let now = (start + Duration::days(15)).and_hms_opt(10, 0, 0).unwrap();
        let mut app = App::new(store, now).unwrap();
        for (width, height) in [(80, 24), (160, 48)] {
            app.update(Action::Resize(width, height), now);
            for screen in Screen::ALL {
                app.update(Action::Show(screen), now);
                let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
                ui::render(app.view(), buf.area, &mut buf, &Theme::COLOR);
                let drawn = text(&buf);
                assert!(
                    drawn.contains("week 3 of"),
                    "{} {screen:?}: title bar shows the week",
                    stored.id
                );
            }
        }
        // Plan Monday, study, review Sunday, carry over, next week: through the whole plan.
        app.update(Action::Show(Screen::Week), now);
        for _ in 0..stored.weeks + 1 {
            app.update(Action::AddTask, now);
            for c in "Plan the week".chars() {
                app.update(
                    Action::Input(ratatui::crossterm::event::KeyEvent::from(
                        ratatui::crossterm::event::KeyCode::Char(c),
                    )),
                    now,
                );
            }
            app.update(Action::Submit, now);
            app.update(Action::Show(Screen::Review), now);
            app.update(Action::CarryOver, now);
            app.update(Action::Confirm, now);
            app.update(Action::NextWeek, now);
            app.update(Action::Show(Screen::Week), now);
            let status = app.view().status.clone();
            assert!(
                !status.as_ref().is_some_and(|s| s.kind.is_problem()),
                "{}: {status:?}",
                stored.id
            );
        }
    }
}

#[test]
fn the_welcome_list_follows_the_bundled_order() {
    let mut store = Store::open_in_memory().unwrap();
    store.ensure_bundled().unwrap();
    let now = NaiveDate::from_ymd_opt(2026, 11, 24)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let app = App::new(store, now).unwrap();
    let shown: Vec<&str> = app.view().welcome.roadmaps.iter().map(|r| r.id.as_str()).collect();
    let bundled: Vec<&str> = crate::roadmap::bundled::BUNDLED.iter().map(|b| b.id).collect();
    assert_eq!(
        shown, bundled,
        "the first-run list is in the bundled presentation order"
    );
}
