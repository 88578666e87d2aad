//! Snapshots of the Week screen with a Sunday-first week (`week_start =
//! "sunday"`) at 80x24 and 160x48: the Sunday before the plan week, then
//! Monday to Saturday, today's Tuesday selected.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

use chrono::Weekday;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::plan::monday_of;
use crate::tui::action::Screen;
use crate::tui::theme::Theme;
use crate::tui::{fixtures, ui};

#[test]
fn a_sunday_first_week_at_two_sizes() {
    let today = fixtures::today();
    let mut view = fixtures::view(Screen::Week, "");
    view.data = crate::study::load(
        &fixtures::store(""),
        crate::study::Focus {
            today,
            shown_monday: monday_of(today),
            week_start: Weekday::Sun,
            keep: &[],
            stats: true,
        },
    )
    .unwrap();
    // Tuesday is the third day shown.
    view.cursor.week_day = 2;
    for (width, height) in [(80, 24), (160, 48)] {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| ui::render(&view, frame.area(), frame.buffer_mut(), &Theme::COLOR))
            .unwrap();
        let screen = terminal.backend().to_string();
        assert!(screen.contains("Sun 22 Nov – Sat 28 Nov 2026"), "{screen}");
        insta::assert_snapshot!(format!("week_sunday_first_{width}x{height}"), screen);
    }
}
