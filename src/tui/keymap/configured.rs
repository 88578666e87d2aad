//! The keymap with the config file's `[keys]`: each action listed gets the
//! given keys instead of its defaults, in the contexts where it had keys.
//!
//! Ctrl-C (quit) and Ctrl-Z (suspend) always stay: a config mistake must not
//! lock the learner in. A key given to an action is taken from any other
//! action bound to it in the same context, so the learner's choice wins.

use std::collections::BTreeMap;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{BINDINGS, Binding, Context};
use crate::config::file::keys::{ActionName, KeyList, KeyName, KeySpec};
use crate::tui::action::{Action, Screen};

/// The default bindings with `overrides` applied.
pub fn with_overrides(overrides: &BTreeMap<ActionName, KeyList>) -> Vec<Binding> {
    let mut bindings = BINDINGS.to_vec();
    for (name, keys) in overrides {
        let action = action_of(*name);
        // Where the action had keys, and how help describes it there.
        let mut places: Vec<(Context, &'static str, bool)> = Vec::new();
        for b in bindings
            .iter()
            .filter(|b| b.action == action && b.context != Context::Always)
        {
            if !places.iter().any(|(c, _, _)| *c == b.context) {
                places.push((b.context, b.help, b.hint));
            }
        }
        bindings.retain(|b| b.action != action || b.context == Context::Always);
        for (context, help, hint) in places {
            for key in &keys.0 {
                let (code, modifiers) = key_of(key);
                bindings.retain(|b| b.context != context || b.code != code || b.modifiers != modifiers);
                bindings.push(Binding {
                    context,
                    code,
                    modifiers,
                    action,
                    help,
                    hint,
                });
            }
        }
    }
    bindings
}

/// The TUI action a config action name stands for.
pub fn action_of(name: ActionName) -> Action {
    match name {
        ActionName::Quit => Action::Quit,
        ActionName::Help => Action::Help,
        ActionName::Close => Action::Close,
        ActionName::NextScreen => Action::NextScreen,
        ActionName::PreviousScreen => Action::PreviousScreen,
        ActionName::ShowToday => Action::Show(Screen::Today),
        ActionName::ShowWeek => Action::Show(Screen::Week),
        ActionName::ShowMilestones => Action::Show(Screen::Milestones),
        ActionName::ShowReview => Action::Show(Screen::Review),
        ActionName::ShowStats => Action::Show(Screen::Stats),
        ActionName::Up => Action::Up,
        ActionName::Down => Action::Down,
        ActionName::Left => Action::Left,
        ActionName::Right => Action::Right,
        ActionName::Top => Action::Top,
        ActionName::Bottom => Action::Bottom,
        ActionName::ToggleTimer => Action::ToggleTimer,
        ActionName::ToggleDone => Action::ToggleDone,
        ActionName::MarkInProgress => Action::MarkInProgress,
        ActionName::MarkSkipped => Action::MarkSkipped,
        ActionName::Open => Action::Open,
        ActionName::AddTask => Action::AddTask,
        ActionName::EditTask => Action::EditTask,
        ActionName::DeleteTask => Action::DeleteTask,
        ActionName::MoveTaskEarlier => Action::MoveTaskEarlier,
        ActionName::MoveTaskLater => Action::MoveTaskLater,
        ActionName::PreviousWeek => Action::PreviousWeek,
        ActionName::NextWeek => Action::NextWeek,
        ActionName::EditNote => Action::EditNote,
        ActionName::CarryOver => Action::CarryOver,
        ActionName::Confirm => Action::Confirm,
        ActionName::KeepTime => Action::KeepTime,
        ActionName::DropTime => Action::DropTime,
        ActionName::Submit => Action::Submit,
        ActionName::NextField => Action::NextField,
    }
}

/// The terminal key a config key stands for (Shift is part of the character, as in the table).
pub fn key_of(key: &KeySpec) -> (KeyCode, KeyModifiers) {
    let code = match key.key {
        KeyName::Char(c) => KeyCode::Char(c),
        KeyName::F(n) => KeyCode::F(n),
        KeyName::Named(name) => match name {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "delete" => KeyCode::Delete,
            "insert" => KeyCode::Insert,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            _ => KeyCode::Right,
        },
    };
    let mut modifiers = KeyModifiers::NONE;
    if key.ctrl {
        modifiers |= KeyModifiers::CONTROL;
    }
    if key.alt {
        modifiers |= KeyModifiers::ALT;
    }
    (code, modifiers)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use ratatui::crossterm::event::KeyEvent;

    use super::super::{Mode, action_for_in, help_rows};
    use super::*;
    use crate::config::file::ConfigFile;

    fn keymap(toml: &str) -> Vec<Binding> {
        with_overrides(&ConfigFile::parse(toml, "test").unwrap().keys)
    }

    fn press(bindings: &[Binding], mode: Mode, code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        action_for_in(bindings, mode, KeyEvent::new(code, modifiers))
    }

    const TODAY: Mode = Mode::Normal(Screen::Today);

    #[test]
    fn an_overridden_action_answers_to_its_new_keys_only() {
        let map = keymap("[keys]\nadd_task = [\"+\", \"ctrl-n\"]\n");
        assert_eq!(
            press(&map, TODAY, KeyCode::Char('+'), KeyModifiers::NONE),
            Some(Action::AddTask)
        );
        assert_eq!(
            press(&map, TODAY, KeyCode::Char('n'), KeyModifiers::CONTROL),
            Some(Action::AddTask)
        );
        assert_ne!(
            press(&map, TODAY, KeyCode::Char('a'), KeyModifiers::NONE),
            Some(Action::AddTask)
        );
        let help = help_rows(&map, TODAY);
        assert!(help.iter().any(|(keys, _)| keys == "+/C-n"), "{help:?}");
    }

    #[test]
    fn the_new_key_is_taken_from_another_action_and_ctrl_c_always_quits() {
        let map = keymap("[keys]\nquit = \"x\"\ntoggle_timer = \"q\"\n");
        assert_eq!(
            press(&map, TODAY, KeyCode::Char('q'), KeyModifiers::NONE),
            Some(Action::ToggleTimer)
        );
        assert_eq!(
            press(&map, TODAY, KeyCode::Char('x'), KeyModifiers::NONE),
            Some(Action::Quit)
        );
        assert_eq!(
            press(&map, TODAY, KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Quit)
        );
        assert_eq!(press(&map, TODAY, KeyCode::Char('s'), KeyModifiers::NONE), None);
    }

    #[test]
    fn no_overrides_is_the_default_table() {
        assert_eq!(keymap(""), BINDINGS.to_vec());
    }
}
