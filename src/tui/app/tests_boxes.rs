//! `App::update` in the text boxes, with keys pressed as the learner presses
//! them (through the keymap in force): Esc asks before discarding typed text,
//! readline keys edit the line, undo stays inside the box; and even feedback:
//! ticking a task says so, an empty day says why nothing happened, a message
//! goes when the learner changes screens.

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

use chrono::NaiveDateTime;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::tui::fixtures::{app, at, bare_store as store, today as tuesday};
use crate::tui::screens::today::{TodayItem, items};
use crate::tui::state::{Pending, Popup, StatusKind};

/// Presses a key as the loop does: through the keymap of what is shown.
fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers, now: NaiveDateTime) {
    let key = KeyEvent::new(code, modifiers);
    if let Some(action) = keymap::action_for_in(&app.view().bindings, app.view().mode(), key) {
        app.update(action, now);
    }
}

fn key(app: &mut App, code: KeyCode) {
    press(app, code, KeyModifiers::NONE, at(9, 0));
}

fn ctrl(app: &mut App, c: char) {
    press(app, KeyCode::Char(c), KeyModifiers::CONTROL, at(9, 0));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// The text of the open box.
fn box_text(app: &App) -> String {
    match &app.view().popup {
        Some(Popup::Editor { input, .. }) => input.text(),
        other => panic!("no text box is open: {other:?}"),
    }
}

fn status(app: &App) -> String {
    app.view().status.as_ref().map(|s| s.text.clone()).unwrap_or_default()
}

#[test]
fn esc_on_a_changed_note_asks_and_no_goes_back_to_the_text_then_ctrl_s_saves() {
    let mut app = app(store(), at(9, 0));
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Masking clicked");
    key(&mut app, KeyCode::Esc);
    let Some(Popup::Confirm { question, .. }) = &app.view().popup else {
        panic!("Esc threw the note away: {:?}", app.view().popup)
    };
    assert_eq!(question, "Discard the note?");
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(box_text(&app), "Masking clicked", "no keeps the text");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "and padding");
    ctrl(&mut app, 's');
    assert!(app.view().popup.is_none());
    assert_eq!(
        app.store().note(tuesday()).unwrap().as_deref(),
        Some("Masking clicked\nand padding")
    );
}

#[test]
fn esc_then_yes_discards_and_esc_on_an_unchanged_box_closes_at_once() {
    let mut app = app(store(), at(9, 0));
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Half a thought");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('y'));
    assert!(app.view().popup.is_none());
    assert_eq!(app.store().note(tuesday()).unwrap(), None, "discarded, not saved");

    // Unchanged: a box opened and closed, or typed into and put back as it was.
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Esc);
    assert!(app.view().popup.is_none(), "an empty box closes at once");
    key(&mut app, KeyCode::Char('a'));
    typed(&mut app, "ab");
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Esc);
    assert!(app.view().popup.is_none(), "text put back as it was closes at once");
}

#[test]
fn the_discard_question_names_what_the_box_holds() {
    let mut store = store();
    store.add_task("Read the paper", tuesday()).unwrap();
    let mut app = app(store, at(9, 0));
    let question = |app: &App| match &app.view().popup {
        Some(Popup::Confirm { question, .. }) => question.clone(),
        other => panic!("{other:?}"),
    };
    key(&mut app, KeyCode::Char('a'));
    typed(&mut app, "New");
    key(&mut app, KeyCode::Esc);
    assert_eq!(question(&app), "Discard the new task?");
    key(&mut app, KeyCode::Char('y'));
    let data = app.view().data.clone().unwrap();
    app.view.cursor.today = items(&data)
        .iter()
        .position(|i| matches!(i, TodayItem::Task(_)))
        .unwrap();
    key(&mut app, KeyCode::Char('e'));
    typed(&mut app, "!");
    key(&mut app, KeyCode::Esc);
    assert_eq!(question(&app), "Discard the changed title?");
    key(&mut app, KeyCode::Char('y'));
    key(&mut app, KeyCode::Char('4'));
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "x");
    key(&mut app, KeyCode::Esc);
    assert_eq!(question(&app), "Discard the answer?");
}

#[test]
fn ctrl_u_clears_to_the_start_of_the_line_and_never_undoes() {
    // The case: a title edited, Ctrl-U pressed to clear it, saved doubled.
    let mut store = store();
    store.add_task("Read", tuesday()).unwrap();
    let mut app = app(store, at(9, 0));
    let data = app.view().data.clone().unwrap();
    app.view.cursor.today = items(&data)
        .iter()
        .position(|i| matches!(i, TodayItem::Task(_)))
        .unwrap();
    key(&mut app, KeyCode::Char('e'));
    typed(&mut app, " paper");
    ctrl(&mut app, 'u');
    assert_eq!(box_text(&app), "", "Ctrl-U clears the line");
    typed(&mut app, "Write notes");
    key(&mut app, KeyCode::Enter);
    let tasks = app.store().tasks_between(tuesday(), tuesday()).unwrap();
    assert_eq!(tasks[0].title, "Write notes");
}

#[test]
fn readline_keys_move_and_delete_inside_the_line() {
    let mut app = app(store(), at(9, 0));
    key(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Read the attention paper");
    ctrl(&mut app, 'w');
    assert_eq!(
        box_text(&app),
        "Read the attention",
        "Ctrl-W deletes the word before the cursor"
    );
    ctrl(&mut app, 'a');
    typed(&mut app, "Re-");
    assert_eq!(box_text(&app), "Re-Read the attention", "Ctrl-A goes to the start");
    // As in a shell, the space before the deleted word stays.
    ctrl(&mut app, 'e');
    typed(&mut app, "paper");
    assert_eq!(box_text(&app), "Re-Read the attention paper", "Ctrl-E goes to the end");
    ctrl(&mut app, 'a');
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    ctrl(&mut app, 'k');
    assert_eq!(box_text(&app), "Re-", "Ctrl-K deletes to the end");
    ctrl(&mut app, 'e');
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    typed(&mut app, "Read");
    ctrl(&mut app, 'u');
    assert_eq!(box_text(&app), "");
}

#[test]
fn ctrl_z_and_ctrl_underscore_undo_inside_the_box_and_do_not_suspend() {
    let mut app = app(store(), at(9, 0));
    key(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Read the paper");
    ctrl(&mut app, 'u');
    assert_eq!(box_text(&app), "");
    ctrl(&mut app, 'z');
    assert_eq!(box_text(&app), "Read the paper", "Ctrl-Z brings the cleared line back");
    typed(&mut app, " twice");
    // Terminals send Ctrl-_ as the byte crossterm reads as Ctrl-7.
    press(&mut app, KeyCode::Char('7'), KeyModifiers::CONTROL, at(9, 0));
    assert_eq!(box_text(&app), "Read the paper", "Ctrl-_ undoes the last word typed");
    press(&mut app, KeyCode::Char('_'), KeyModifiers::CONTROL, at(9, 0));
    assert_eq!(box_text(&app), "Read the", "a word at a time");
    for _ in 0..5 {
        ctrl(&mut app, 'z');
    }
    assert_eq!(box_text(&app), "", "back to the box as it opened, and no further");
    assert!(matches!(app.view().popup, Some(Popup::Editor { .. })));
    // Outside a box Ctrl-Z still suspends.
    key(&mut app, KeyCode::Esc);
    let outside = keymap::action_for_in(
        &app.view().bindings,
        app.view().mode(),
        KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL),
    );
    assert_eq!(outside, Some(Action::Suspend));
}

#[test]
fn each_box_says_how_to_save_and_how_to_add_a_line_from_the_keys_in_force() {
    let mut app = app(store(), at(9, 0));
    key(&mut app, KeyCode::Char('a'));
    let hint = crate::tui::ui::editor_hint(app.view());
    assert!(hint.starts_with("Enter/Ctrl-S saves"), "{hint}");
    assert!(hint.contains("one line"), "{hint}");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('n'));
    let hint = crate::tui::ui::editor_hint(app.view());
    assert!(hint.contains("Ctrl-S saves · Enter adds a line"), "{hint}");
    // Rebound: Enter saves a note and Alt-Enter adds a line; the box says so.
    let config: crate::config::file::ConfigFile =
        toml::from_str("[keys]\nsubmit = \"enter\"\nnew_line = \"alt-enter\"\n").unwrap();
    app.set_keys(&config.keys);
    let hint = crate::tui::ui::editor_hint(app.view());
    assert!(hint.contains("Enter saves · Alt-Enter adds a line"), "{hint}");
    typed(&mut app, "one");
    press(&mut app, KeyCode::Enter, KeyModifiers::ALT, at(9, 0));
    typed(&mut app, "two");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.store().note(tuesday()).unwrap().as_deref(), Some("one\ntwo"));
}

#[test]
fn ticking_a_task_says_so_as_ticking_a_deliverable_does() {
    let mut store = store();
    store.add_task("Read the paper", tuesday()).unwrap();
    let mut app = app(store, at(9, 0));
    let data = app.view().data.clone().unwrap();
    app.view.cursor.today = items(&data)
        .iter()
        .position(|i| matches!(i, TodayItem::Task(_)))
        .unwrap();
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(status(&app), "Marked done.");
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(status(&app), "Marked open again.");
    // On the Week screen too (Tuesday is the second day).
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('l'));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(status(&app), "Marked done.");
}

#[test]
fn keys_for_a_task_on_a_day_without_tasks_say_why_nothing_happened() {
    let mut app = app(store(), at(9, 0));
    key(&mut app, KeyCode::Char('2'));
    for (code, verb) in [
        (KeyCode::Char('e'), "edit"),
        (KeyCode::Char(' '), "tick"),
        (KeyCode::Char('d'), "delete"),
        (KeyCode::Char('L'), "move"),
    ] {
        app.view.status = None;
        key(&mut app, code);
        let status = app.view().status.clone().expect("a message says why");
        assert_eq!(status.kind, StatusKind::Hint, "{status:?}");
        assert_eq!(
            status.text,
            format!("No task to {verb} on Mon 23 Nov: a adds one."),
            "{code:?}"
        );
        assert!(app.view().popup.is_none());
    }
}

#[test]
fn a_message_goes_when_the_learner_switches_screens() {
    let mut store = store();
    store.add_task("Old task", tuesday()).unwrap();
    let mut app = app(store, at(9, 0));
    let data = app.view().data.clone().unwrap();
    app.view.cursor.today = items(&data)
        .iter()
        .position(|i| matches!(i, TodayItem::Task(_)))
        .unwrap();
    key(&mut app, KeyCode::Char('d'));
    assert!(matches!(
        app.view().popup,
        Some(Popup::Confirm {
            on_yes: Pending::DeleteTask(_),
            ..
        })
    ));
    key(&mut app, KeyCode::Char('y'));
    assert_eq!(status(&app), "Task deleted.");
    key(&mut app, KeyCode::Char('2'));
    assert_eq!(app.view().status, None, "the message was about Today");
    // Tab and a click on a tab switch too.
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::Char(' '));
    assert!(app.view().status.is_some());
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.view().status, None);
    app.view.status = None;
    key(&mut app, KeyCode::Char('?'));
    assert!(matches!(app.view().popup, Some(Popup::Help)));
    key(&mut app, KeyCode::Esc);
    app.update(Action::Click(12, 1), at(9, 0));
    assert_eq!(app.view().status, None);
}

#[test]
fn the_welcome_forms_fields_take_the_same_line_keys() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .import_roadmap(&crate::tui::fixtures::roadmap(""), "test")
        .unwrap();
    let mut app = app(store, at(9, 0));
    key(&mut app, KeyCode::Enter);
    let start = |app: &App| app.view().welcome.form.as_ref().unwrap().start.text();
    assert_eq!(start(&app), "2026-11-30");
    ctrl(&mut app, 'u');
    assert_eq!(start(&app), "", "Ctrl-U clears the date");
    typed(&mut app, "2026-12-07");
    ctrl(&mut app, 'w');
    ctrl(&mut app, 'z');
    assert_eq!(start(&app), "2026-12-07", "Ctrl-Z undoes Ctrl-W");
    key(&mut app, KeyCode::Enter);
    let enrollment = app.store().active_enrollment().unwrap().unwrap();
    assert_eq!(enrollment.start.to_string(), "2026-12-07");
}
