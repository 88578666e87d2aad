//! The keymap with the config file's `[keys]`: each action listed gets the
//! given keys instead of its defaults, in the contexts where it had keys.
//!
//! Ctrl-C (quit) always stays, and Ctrl-Z suspends wherever no text is
//! typed (in a text field it undoes): a config mistake must not lock the
//! learner in. A key given to an action is taken from any other
//! action bound to it in the same context, so the learner's choice wins.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{BINDINGS, Binding, Context};
use crate::config::file::keys::{KeyName, KeyOverrides, KeySpec};

/// The default bindings with `overrides` applied.
pub fn with_overrides(overrides: &KeyOverrides) -> Vec<Binding> {
    let mut bindings = BINDINGS.to_vec();
    for (name, keys) in overrides.iter() {
        // Every name the config file accepts is an action's (a test below keeps the lists equal).
        let Some(action) = super::action_named(name) else {
            continue;
        };
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

    use super::super::{Mode, action_for_in, action_named, help_rows, named_actions};
    use super::*;
    use crate::config::file::{ConfigFile, DEFAULT_FILE};
    use crate::tui::action::{Action, Screen};

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
        assert!(help.iter().any(|(keys, _)| keys == "+/Ctrl-N"), "{help:?}");
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

    /// The action names of the config format as released: a learner's file
    /// written with them must keep working.
    const RELEASED_NAMES: [&str; 42] = [
        "quit",
        "help",
        "close",
        "next_screen",
        "previous_screen",
        "show_today",
        "show_week",
        "show_milestones",
        "show_review",
        "show_stats",
        "up",
        "down",
        "left",
        "right",
        "top",
        "bottom",
        "toggle_timer",
        "toggle_done",
        "mark_in_progress",
        "mark_skipped",
        "open",
        "add_task",
        "edit_task",
        "delete_task",
        "move_task_earlier",
        "move_task_later",
        "previous_week",
        "next_week",
        "edit_note",
        "carry_over",
        "confirm",
        "keep_time",
        "drop_time",
        "submit",
        "next_field",
        "new_line",
        "delete_to_line_start",
        "delete_word_before",
        "line_start",
        "line_end",
        "delete_to_line_end",
        "undo",
    ];

    #[test]
    fn every_released_action_name_still_names_its_action() {
        for name in RELEASED_NAMES {
            let action = action_named(name).unwrap_or_else(|| panic!("`{name}` is no longer accepted"));
            assert_eq!(action.name(), Some(name));
        }
        assert_eq!(action_named("show_week"), Some(Action::Show(Screen::Week)));
        assert_eq!(action_named("suspend"), None, "Ctrl-Z cannot be rebound");
        assert_eq!(action_named("input"), None);
    }

    #[test]
    fn every_rebindable_action_has_one_name_and_the_default_file_documents_it() {
        let named = named_actions();
        // The config file accepts exactly the interface's action names.
        let mut ours: Vec<&str> = named.iter().map(|(n, _)| *n).collect();
        let mut accepted = crate::config::file::keys::ACTION_NAMES.to_vec();
        ours.sort_unstable();
        accepted.sort_unstable();
        assert_eq!(
            ours, accepted,
            "config::file::keys::ACTION_NAMES and Action::name disagree"
        );
        let documented: Vec<&str> = DEFAULT_FILE
            .split("# Actions:")
            .nth(1)
            .unwrap()
            .split("\n# quit")
            .next()
            .unwrap()
            .split([',', ' ', '\n', '#', '.'])
            .filter(|word| !word.is_empty())
            .collect();
        for (i, (name, action)) in named.iter().enumerate() {
            assert!(
                named[..i].iter().all(|(other, a)| other != name && a != action),
                "`{name}` is listed twice"
            );
            assert!(
                documented.contains(name),
                "`{name}` is missing from default_config.toml"
            );
        }
        // Each action bound by default, except Ctrl-Z's suspend, can be rebound by name.
        for binding in BINDINGS.iter().filter(|b| b.action != Action::Suspend) {
            assert!(
                binding.action.name().is_some(),
                "{:?} has no config name",
                binding.action
            );
        }
        assert_eq!(named.len(), RELEASED_NAMES.len());
    }
}
