//! Rendering tests: snapshots of every screen at 80x24 and 160x48, no panic
//! at any size, and hostile roadmap text never reaching the terminal.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

use std::io::Write;

use ratatui::Terminal;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::action::Screen;
use crate::tui::fixtures;
use crate::tui::state::{Pending, Popup, View};
use crate::tui::theme::Theme;
use crate::tui::ui;
use crate::tui::widgets::text_input::TextInput;

fn draw(view: &View, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| ui::render(view, frame.area(), frame.buffer_mut(), &Theme::COLOR))
        .unwrap();
    terminal.backend().to_string()
}

fn screen_name(screen: Screen) -> &'static str {
    match screen {
        Screen::Today => "today",
        Screen::Week => "week",
        Screen::Milestones => "milestones",
        Screen::Review => "review",
        Screen::Stats => "stats",
    }
}

#[test]
fn snapshots_of_every_screen_at_two_sizes() {
    for (width, height) in [(80, 24), (160, 48)] {
        for screen in Screen::ALL {
            let view = fixtures::view(screen, "");
            let name = format!("{}_{width}x{height}", screen_name(screen));
            insta::assert_snapshot!(name, draw(&view, width, height));
        }
        let name = format!("welcome_{width}x{height}");
        insta::assert_snapshot!(name, draw(&fixtures::welcome_view(""), width, height));
    }
}

#[test]
fn snapshots_of_popups() {
    let mut help = fixtures::view(Screen::Week, "");
    help.popup = Some(Popup::Help);
    insta::assert_snapshot!("help_week_80x24", draw(&help, 80, 24));

    let mut confirm = fixtures::view(Screen::Week, "");
    confirm.popup = Some(Popup::Confirm {
        question: "Delete the task “Write shape tests”?".into(),
        on_yes: Pending::DeleteTask(crate::plan::Task {
            id: 4,
            title: "Write shape tests".into(),
            day: fixtures::today(),
            done: false,
        }),
    });
    insta::assert_snapshot!("confirm_delete_80x24", draw(&confirm, 80, 24));

    let mut note = fixtures::view(Screen::Today, "");
    note.popup = Some(Popup::Editor {
        input: Box::new(TextInput::new("Today's note", "Attention clicked today", true)),
        target: crate::tui::state::EditTarget::Note(fixtures::today()),
    });
    insta::assert_snapshot!("note_editor_80x24", draw(&note, 80, 24));

    let mut discard = fixtures::view(Screen::Today, "");
    let mut typed = TextInput::new("Today's note", "", true);
    typed.paste("Masking finally clicked");
    discard.popup = Some(Popup::Confirm {
        question: "Discard the note?".into(),
        on_yes: Pending::Discard(Box::new(Popup::Editor {
            input: Box::new(typed),
            target: crate::tui::state::EditTarget::Note(fixtures::today()),
        })),
    });
    insta::assert_snapshot!("discard_note_80x24", draw(&discard, 80, 24));

    let mut task = fixtures::view(Screen::Week, "");
    task.popup = Some(Popup::Editor {
        input: Box::new(TextInput::new("New task on Tue 24 Nov", "Read the paper", false)),
        target: crate::tui::state::EditTarget::NewTask(fixtures::today()),
    });
    insta::assert_snapshot!("task_editor_80x24", draw(&task, 80, 24));

    let mut stale = fixtures::view(Screen::Today, "");
    let timer = stale.data.as_ref().and_then(|d| d.timer.clone()).unwrap().running;
    stale.popup = Some(Popup::StaleTimer(crate::plan::RunningTimer {
        started_at: timer.started_at - chrono::Duration::hours(30),
        ..timer
    }));
    insta::assert_snapshot!("stale_timer_80x24", draw(&stale, 80, 24));

    insta::assert_snapshot!("too_small_50x12", draw(&fixtures::view(Screen::Today, ""), 50, 12));
}

#[test]
fn the_screen_under_a_text_box_names_its_own_keys() {
    let mut view = fixtures::view(Screen::Today, "");
    let data = view.data.as_mut().unwrap();
    data.today_tasks.clear();
    data.carried_tasks.clear();
    data.note = None;
    view.popup = Some(Popup::Editor {
        input: Box::new(TextInput::new("New task on Tue 24 Nov", "", false)),
        target: crate::tui::state::EditTarget::NewTask(fixtures::today()),
    });
    let screen = draw(&view, 160, 48);
    assert!(screen.contains("No tasks yet: a adds one."), "{screen}");
    assert!(screen.contains("No note today: n writes one."), "{screen}");
    assert!(!screen.contains("the key for"), "{screen}");
    assert!(
        screen.contains("Enter/Ctrl-S saves · one line only · Esc cancels"),
        "{screen}"
    );
}

#[test]
fn the_monochrome_theme_still_shows_the_selection() {
    let view = fixtures::view(Screen::Today, "");
    let mut buf = Buffer::empty(Rect::new(0, 0, 80, 24));
    ui::render(&view, buf.area, &mut buf, &Theme::MONO);
    let reversed = buf
        .content
        .iter()
        .filter(|c| c.modifier.contains(ratatui::style::Modifier::REVERSED))
        .count();
    assert!(reversed > 20, "the selected row is drawn reversed ({reversed} cells)");
    assert!(
        buf.content
            .iter()
            .all(|c| c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset)
    );
}

fn every_view() -> Vec<View> {
    let mut views: Vec<View> = Screen::ALL.iter().map(|s| fixtures::view(*s, "")).collect();
    views.push(fixtures::welcome_view(""));
    let mut help = fixtures::view(Screen::Milestones, "");
    help.popup = Some(Popup::Help);
    views.push(help);
    let mut editor = fixtures::view(Screen::Review, "");
    editor.popup = Some(Popup::Editor {
        input: Box::new(TextInput::new(
            "What went well?",
            "Attention clicked\nMasking too",
            true,
        )),
        target: crate::tui::state::EditTarget::Review(crate::tui::state::ReviewField::WentWell),
    });
    views.push(editor);
    let mut form = fixtures::welcome_view("");
    form.welcome.form = Some(crate::tui::state::WelcomeForm {
        roadmap_id: "fast-track-6-month".into(),
        start: TextInput::new("Start", "2026-11-30", false),
        budget: TextInput::new("Budget", "120", false),
        field: 1,
        months: None,
        ends: None,
    });
    views.push(form);
    views
}

#[test]
fn every_screen_renders_at_every_size_without_panicking() {
    // Widths split over threads: about 40,000 frames take a while in a debug build.
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(4) as u16;
    std::thread::scope(|scope| {
        for thread in 0..threads {
            scope.spawn(move || {
                let views = every_view();
                let mut buf = Buffer::empty(Rect::new(0, 0, 120, 50));
                for width in (0..=120).filter(|w| w % threads == thread) {
                    for height in 0..=50 {
                        let area = Rect::new(0, 0, width, height);
                        for view in &views {
                            buf.reset();
                            ui::render(view, area, &mut buf, &Theme::COLOR);
                        }
                    }
                }
            });
        }
    });
}

const HOSTILE: &str = "\u{1b}]0;pwned\u{7}\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{9b}31m\u{202e}evil\0";

/// Writes every frame through crossterm into bytes, as a real terminal would receive them.
#[derive(Clone, Default)]
struct Capture(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn hostile_roadmap_text_never_reaches_the_terminal() {
    let mut views: Vec<View> = Screen::ALL.iter().map(|s| fixtures::view(*s, HOSTILE)).collect();
    views.push(fixtures::welcome_view(HOSTILE));
    let mut detail = fixtures::view(Screen::Milestones, HOSTILE);
    detail.popup = Some(Popup::Detail {
        title: format!("x{HOSTILE}"),
        lines: vec![format!("y{HOSTILE}")],
    });
    views.push(detail);
    let capture = Capture::default();
    for view in &views {
        for (width, height) in [(80, 24), (160, 48)] {
            let backend = CrosstermBackend::new(capture.clone());
            let mut terminal = Terminal::with_options(
                backend,
                ratatui::TerminalOptions {
                    viewport: ratatui::Viewport::Fixed(Rect::new(0, 0, width, height)),
                },
            )
            .unwrap();
            terminal
                .draw(|frame| ui::render(view, frame.area(), frame.buffer_mut(), &Theme::COLOR))
                .unwrap();
        }
    }
    let bytes = capture.0.lock().unwrap().clone();
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains("pwned"),
        "the hostile titles were drawn (as harmless text)"
    );
    for forbidden in ["\u{1b}]", "\u{1b}[2J", "\u{7}", "\u{9b}", "\u{202e}", "\0"] {
        assert!(!text.contains(forbidden), "{forbidden:?} reached the terminal");
    }
}

#[test]
fn before_the_start_date_today_says_when_the_plan_starts() {
    let early = fixtures::start() - chrono::Duration::days(3);
    let mut view = fixtures::view(Screen::Today, "");
    view.now = early.and_hms_opt(9, 0, 0).unwrap();
    view.shown_monday = crate::plan::monday_of(early);
    view.data = crate::study::load(
        &fixtures::store(""),
        crate::study::Focus {
            stats: true,
            ..crate::study::Focus::week(early, view.shown_monday)
        },
    )
    .unwrap();
    let screen = draw(&view, 160, 48);
    let start = fixtures::start().format("%A %-d %B").to_string();
    assert!(
        screen.contains(&format!("your plan starts on {start}")),
        "the start date is announced:\n{screen}"
    );
    assert!(screen.contains("Week 1:"), "week 1's focus is shown:\n{screen}");
    assert!(
        !screen.contains("Standing tasks"),
        "no weekday chores before the plan starts:\n{screen}"
    );
}

#[test]
fn after_the_end_the_title_bar_says_how_the_plan_ended_not_finished() {
    let after = fixtures::start() + chrono::Duration::weeks(13);
    let mut view = fixtures::view(Screen::Week, "");
    view.now = after.and_hms_opt(9, 0, 0).unwrap();
    view.shown_monday = crate::plan::monday_of(after);
    view.data = crate::study::load(&fixtures::store(""), crate::study::Focus::today(after)).unwrap();
    let screen = draw(&view, 160, 48);
    let title = screen.lines().next().unwrap();
    assert!(title.contains("ended on Sun 27 Dec with 1 of 6 items done"), "{title}");
    assert!(!screen.contains("finished"), "{screen}");
    assert!(screen.contains("ended Sun 27 Dec"), "the Week heading too:\n{screen}");
}

#[test]
fn a_budget_too_small_for_a_block_is_a_warning_on_today() {
    let mut view = fixtures::view(Screen::Today, "");
    let data = view.data.as_mut().unwrap();
    // Ten minutes over the 30/60/30 split: 5/5/0.
    data.enrollment.daily_minutes = 10;
    data.today.blocks = crate::plan::blocks::scale_blocks(&data.roadmap.daily_split(), 10);
    let screen = draw(&view, 160, 48);
    assert!(
        screen.contains("10 minutes a day is too short for every block: Polish gets no time (15 minutes gives each"),
        "{screen}"
    );
    let enough = draw(&fixtures::view(Screen::Today, ""), 160, 48);
    assert!(!enough.contains("too short"), "{enough}");
}

#[cfg(test)]
mod block_name_tests {
    use std::collections::BTreeMap;

    use crate::tui::fixtures;

    #[test]
    fn config_block_names_replace_the_roadmaps_everywhere_a_block_is_named() {
        let mut data = fixtures::data("");
        let names = BTreeMap::from([("learn".to_owned(), "Read".to_owned())]);
        data.rename_blocks(&names);
        let learn = |name: &str| name == "Read";
        assert!(data.today.blocks.iter().any(|b| b.id == "learn" && learn(&b.name)));
        assert!(
            data.week
                .days
                .iter()
                .all(|d| d.blocks.iter().all(|b| b.id != "learn" || learn(&b.name)))
        );
        assert!(data.review.blocks.iter().all(|b| b.id != "learn" || learn(&b.name)));
        let split = data.roadmap.daily_split();
        assert!(split.blocks.iter().any(|b| b.id == "learn" && learn(&b.name)));
        assert!(
            split.blocks.iter().any(|b| b.id == "build" && b.name != "Read"),
            "other blocks keep their names"
        );
    }
}
