//! Keys are data: one table maps (context, key) to an [`Action`].
//!
//! The event loop looks keys up here, and the help overlay and footer hints
//! are drawn from the same table, so they can never disagree with what the
//! keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Screen, TextEdit};

mod configured;

pub use configured::with_overrides;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere, even in popups and text fields; searched first.
    Always,
    /// Everywhere but in a text field (Ctrl-Z suspends; in a field it undoes).
    NotInText,
    /// The main screens and the welcome screen, when no popup is open.
    App,
    /// Any of the five main screens.
    Screens,
    /// One main screen.
    Screen(Screen),
    /// The welcome screen's roadmap list.
    Welcome,
    /// The welcome screen's start date and budget form.
    WelcomeForm,
    /// The help overlay.
    Help,
    /// A yes/no question.
    Confirm,
    /// A one-line text field.
    Editor,
    /// A multi-line text field (Enter makes a new line).
    MultilineEditor,
    /// Any text field (the editors and the welcome form's fields): the
    /// line-editing keys, searched after the field's own context.
    TextBox,
    /// The question about a timer left running for over a day.
    StaleTimer,
    /// An item's detail popup.
    Detail,
}

/// What the app is showing, which decides the contexts that apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A main screen with no popup.
    Normal(Screen),
    /// First run: choosing a roadmap.
    Welcome,
    /// First run: start date and budget.
    WelcomeForm,
    /// A popup or a text field (one of the popup contexts).
    Popup(Context),
}

impl Mode {
    /// Contexts searched for a key, most specific first.
    pub fn contexts(self) -> Vec<Context> {
        match self {
            Mode::Normal(screen) => vec![
                Context::Always,
                Context::NotInText,
                Context::Screen(screen),
                Context::Screens,
                Context::App,
            ],
            Mode::Welcome => vec![Context::Always, Context::NotInText, Context::Welcome, Context::App],
            Mode::WelcomeForm => vec![Context::Always, Context::WelcomeForm, Context::TextBox],
            Mode::Popup(context @ (Context::Editor | Context::MultilineEditor)) => {
                vec![Context::Always, context, Context::TextBox]
            }
            Mode::Popup(context) => vec![Context::Always, Context::NotInText, context],
        }
    }

    /// True when unbound keys are typed into a text field.
    fn takes_text(self) -> bool {
        matches!(
            self,
            Mode::WelcomeForm | Mode::Popup(Context::Editor) | Mode::Popup(Context::MultilineEditor)
        )
    }
}

/// One key binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    /// Where it applies.
    pub context: Context,
    /// The key.
    pub code: KeyCode,
    /// Modifiers besides Shift (Shift is part of the character).
    pub modifiers: KeyModifiers,
    /// What it does.
    pub action: Action,
    /// What the help overlay says it does.
    pub help: &'static str,
    /// Shown in the footer.
    pub hint: bool,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

const fn bind(context: Context, code: KeyCode, action: Action, help: &'static str, hint: bool) -> Binding {
    Binding {
        context,
        code,
        modifiers: NONE,
        action,
        help,
        hint,
    }
}

const fn ctrl(context: Context, c: char, action: Action, help: &'static str, hint: bool) -> Binding {
    Binding {
        context,
        code: KeyCode::Char(c),
        modifiers: CTRL,
        action,
        help,
        hint,
    }
}

use Context as C;
use KeyCode as K;

/// Every key binding of the app, one per line.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    ctrl(C::Always, 'c', Action::Quit, "quit", false),
    ctrl(C::NotInText, 'z', Action::Suspend, "suspend to the shell (fg resumes)", false),
    bind(C::App, K::Char('q'), Action::Quit, "quit", true),
    bind(C::App, K::Char('?'), Action::Help, "help", true),
    bind(C::Screens, K::Char('1'), Action::Show(Screen::Today), "Today screen", false),
    bind(C::Screens, K::Char('2'), Action::Show(Screen::Week), "Week screen", false),
    bind(C::Screens, K::Char('3'), Action::Show(Screen::Milestones), "Milestones screen", false),
    bind(C::Screens, K::Char('4'), Action::Show(Screen::Review), "Review screen", false),
    bind(C::Screens, K::Char('5'), Action::Show(Screen::Stats), "Stats screen", false),
    bind(C::Screens, K::Tab, Action::NextScreen, "next screen", false),
    bind(C::Screens, K::BackTab, Action::PreviousScreen, "previous screen", false),
    bind(C::Screens, K::Char('j'), Action::Down, "move down", false),
    bind(C::Screens, K::Down, Action::Down, "move down", false),
    bind(C::Screens, K::Char('k'), Action::Up, "move up", false),
    bind(C::Screens, K::Up, Action::Up, "move up", false),
    bind(C::Screens, K::Char('g'), Action::Top, "go to the top", false),
    bind(C::Screens, K::Home, Action::Top, "go to the top", false),
    bind(C::Screens, K::Char('G'), Action::Bottom, "go to the bottom", false),
    bind(C::Screens, K::End, Action::Bottom, "go to the bottom", false),
    // Today
    bind(C::Screen(Screen::Today), K::Char('s'), Action::ToggleTimer, "start/stop the timer", true),
    bind(C::Screen(Screen::Today), K::Char(' '), Action::ToggleDone, "done/undone", true),
    bind(C::Screen(Screen::Today), K::Char('a'), Action::AddTask, "add a task", true),
    bind(C::Screen(Screen::Today), K::Char('e'), Action::EditTask, "edit the task", true),
    bind(C::Screen(Screen::Today), K::Char('d'), Action::DeleteTask, "delete the task", true),
    bind(C::Screen(Screen::Today), K::Char('n'), Action::EditNote, "quick note", true),
    // Week
    bind(C::Screen(Screen::Week), K::Char('h'), Action::Left, "previous day", false),
    bind(C::Screen(Screen::Week), K::Left, Action::Left, "previous day", false),
    bind(C::Screen(Screen::Week), K::Char('l'), Action::Right, "next day", false),
    bind(C::Screen(Screen::Week), K::Right, Action::Right, "next day", false),
    bind(C::Screen(Screen::Week), K::Char('H'), Action::MoveTaskEarlier, "move task a day earlier", true),
    bind(C::Screen(Screen::Week), K::Char('<'), Action::MoveTaskEarlier, "move task a day earlier", false),
    bind(C::Screen(Screen::Week), K::Char('L'), Action::MoveTaskLater, "move task a day later", true),
    bind(C::Screen(Screen::Week), K::Char('>'), Action::MoveTaskLater, "move task a day later", false),
    bind(C::Screen(Screen::Week), K::Char('a'), Action::AddTask, "add a task", true),
    bind(C::Screen(Screen::Week), K::Char('e'), Action::EditTask, "edit the task", true),
    bind(C::Screen(Screen::Week), K::Char('d'), Action::DeleteTask, "delete the task", true),
    bind(C::Screen(Screen::Week), K::Char(' '), Action::ToggleDone, "done/undone", true),
    bind(C::Screen(Screen::Week), K::Char('['), Action::PreviousWeek, "previous week", true),
    bind(C::Screen(Screen::Week), K::Char(']'), Action::NextWeek, "next week", true),
    // Milestones
    bind(C::Screen(Screen::Milestones), K::Char(' '), Action::ToggleDone, "done/undone", true),
    bind(C::Screen(Screen::Milestones), K::Char('p'), Action::MarkInProgress, "in progress", true),
    bind(C::Screen(Screen::Milestones), K::Char('x'), Action::MarkSkipped, "skipped", true),
    bind(C::Screen(Screen::Milestones), K::Enter, Action::Open, "detail", true),
    // Review
    bind(C::Screen(Screen::Review), K::Enter, Action::Open, "answer the prompt", true),
    bind(C::Screen(Screen::Review), K::Char('c'), Action::CarryOver, "carry unfinished tasks over", true),
    bind(C::Screen(Screen::Review), K::Char('['), Action::PreviousWeek, "previous week", true),
    bind(C::Screen(Screen::Review), K::Char(']'), Action::NextWeek, "next week", true),
    // Welcome
    bind(C::Welcome, K::Char('j'), Action::Down, "next roadmap", false),
    bind(C::Welcome, K::Down, Action::Down, "next roadmap", true),
    bind(C::Welcome, K::Char('k'), Action::Up, "previous roadmap", false),
    bind(C::Welcome, K::Up, Action::Up, "previous roadmap", true),
    bind(C::Welcome, K::Enter, Action::Open, "choose this roadmap", true),
    bind(C::WelcomeForm, K::Tab, Action::NextField, "next field", true),
    bind(C::WelcomeForm, K::Enter, Action::Submit, "start the roadmap", true),
    bind(C::WelcomeForm, K::Esc, Action::Close, "back to the list", true),
    // Popups
    bind(C::Help, K::Esc, Action::Close, "close", true),
    bind(C::Help, K::Char('?'), Action::Close, "close", false),
    bind(C::Help, K::Char('q'), Action::Close, "close", false),
    bind(C::Detail, K::Esc, Action::Close, "close", true),
    bind(C::Detail, K::Enter, Action::Close, "close", false),
    bind(C::Detail, K::Char('q'), Action::Close, "close", false),
    bind(C::Confirm, K::Char('y'), Action::Confirm, "yes", true),
    bind(C::Confirm, K::Enter, Action::Confirm, "yes", false),
    bind(C::Confirm, K::Char('n'), Action::Close, "no", true),
    bind(C::Confirm, K::Esc, Action::Close, "no", false),
    bind(C::Editor, K::Enter, Action::Submit, "save", true),
    ctrl(C::Editor, 's', Action::Submit, "save", false),
    bind(C::Editor, K::Esc, Action::Close, "cancel", true),
    ctrl(C::MultilineEditor, 's', Action::Submit, "save", true),
    bind(C::MultilineEditor, K::Enter, Action::Edit(TextEdit::NewLine), "new line", true),
    bind(C::MultilineEditor, K::Esc, Action::Close, "cancel", true),
    ctrl(C::TextBox, 'z', Action::Edit(TextEdit::Undo), "undo", true),
    ctrl(C::TextBox, '_', Action::Edit(TextEdit::Undo), "undo", false),
    ctrl(C::TextBox, 'u', Action::Edit(TextEdit::DeleteToLineStart), "delete to the start of the line", false),
    ctrl(C::TextBox, 'w', Action::Edit(TextEdit::DeleteWordBefore), "delete the word before the cursor", false),
    ctrl(C::TextBox, 'k', Action::Edit(TextEdit::DeleteToLineEnd), "delete to the end of the line", false),
    ctrl(C::TextBox, 'a', Action::Edit(TextEdit::LineStart), "go to the start of the line", false),
    ctrl(C::TextBox, 'e', Action::Edit(TextEdit::LineEnd), "go to the end of the line", false),
    bind(C::StaleTimer, K::Char('k'), Action::KeepTime, "keep the time", true),
    bind(C::StaleTimer, K::Char('d'), Action::DropTime, "drop the time", true),
];

/// The actions the config file's `[keys]` can rebind, with their names
/// ([`Action::name`]), in table order: the named actions that have a default
/// key, since an override takes the places of the defaults.
pub fn named_actions() -> Vec<(&'static str, Action)> {
    let mut named: Vec<(&'static str, Action)> = Vec::new();
    for binding in BINDINGS {
        if let Some(name) = binding.action.name()
            && !named.iter().any(|(_, action)| *action == binding.action)
        {
            named.push((name, binding.action));
        }
    }
    named
}

/// The action a config file name stands for (`add_task`), if any.
pub fn action_named(name: &str) -> Option<Action> {
    named_actions()
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, action)| action)
}

/// Shift is part of the character for letters and symbols, and of BackTab.
/// Terminals send Ctrl-_ as the byte 0x1F, which crossterm reads as Ctrl-7:
/// it is Ctrl-_ here, as the learner typed it.
fn normalized(key: KeyEvent) -> (KeyCode, KeyModifiers) {
    let mut modifiers = key.modifiers;
    if matches!(key.code, KeyCode::Char(_) | KeyCode::BackTab) {
        modifiers.remove(KeyModifiers::SHIFT);
    }
    let code = match key.code {
        KeyCode::Char('7') if modifiers == CTRL => KeyCode::Char('_'),
        code => code,
    };
    (code, modifiers)
}

/// The action for a key in a mode with the default keys; unbound keys in a text field are typed into it.
pub fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    action_for_in(BINDINGS, mode, key)
}

/// [`action_for`] with a keymap of its own (the defaults with the config file's `[keys]`).
pub fn action_for_in(bindings: &[Binding], mode: Mode, key: KeyEvent) -> Option<Action> {
    let (code, modifiers) = normalized(key);
    for context in mode.contexts() {
        if let Some(binding) = bindings
            .iter()
            .find(|b| b.context == context && b.code == code && b.modifiers == modifiers)
        {
            return Some(binding.action);
        }
    }
    mode.takes_text().then_some(Action::Input(key))
}

/// The keys bound to `action` in a mode, as help writes them (`s`, `e/F2`),
/// for messages that tell the learner what to press; the action's `[keys]`
/// name when the config file left it without a key there.
pub fn keys_for(bindings: &[Binding], mode: Mode, action: Action) -> String {
    let contexts = mode.contexts();
    let labels: Vec<String> = bindings
        .iter()
        .filter(|b| b.action == action && contexts.contains(&b.context))
        .map(key_label)
        .collect();
    if labels.is_empty() {
        format!("the key for `{}`", action.name().unwrap_or("this"))
    } else {
        labels.join("/")
    }
}

/// A sentence with the keys in force: each `{action_name}` (a `[keys]` name
/// such as `{add_task}`) becomes the keys bound to it in `mode`, so a
/// rebound key is never named wrong. Unknown names are left as written.
pub fn fill_keys(template: &str, bindings: &[Binding], mode: Mode) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| action_named(&after[..close]).map(|a| (close, a)))
        {
            Some((close, action)) => {
                out.push_str(&keys_for(bindings, mode, action));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// How a key is written in help, hints and messages (`q`, `Space`,
/// `S-Tab`, `Ctrl-Z`, `Alt-Enter`): a letter with Ctrl or Alt in capitals,
/// as keyboards and menus print it.
pub fn key_label(binding: &Binding) -> String {
    let key = match binding.code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::BackTab => "S-Tab".to_owned(),
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::Up => "↑".to_owned(),
        KeyCode::Down => "↓".to_owned(),
        KeyCode::Left => "←".to_owned(),
        KeyCode::Right => "→".to_owned(),
        KeyCode::Home => "Home".to_owned(),
        KeyCode::End => "End".to_owned(),
        other => format!("{other}"),
    };
    let mut prefix = String::new();
    if binding.modifiers.contains(KeyModifiers::CONTROL) {
        prefix.push_str("Ctrl-");
    }
    if binding.modifiers.contains(KeyModifiers::ALT) {
        prefix.push_str("Alt-");
    }
    match (prefix.is_empty(), key.chars().count()) {
        (true, _) => key,
        (false, 1) => format!("{prefix}{}", key.to_uppercase()),
        (false, _) => format!("{prefix}{key}"),
    }
}

/// Help rows for a mode: (keys, what they do), keys with the same meaning joined by `/`.
pub fn help_rows(bindings: &[Binding], mode: Mode) -> Vec<(String, &'static str)> {
    grouped(bindings, mode, |_| true)
}

/// Footer hints for a mode: the bindings marked as hints, grouped like help rows.
pub fn hints(bindings: &[Binding], mode: Mode) -> Vec<(String, &'static str)> {
    let mut rows = grouped(bindings, mode, |b| b.hint);
    // Quit and help first: they matter most and must survive a narrow footer.
    rows.sort_by_key(|(_, help)| !matches!(*help, "quit" | "help"));
    rows
}

fn grouped(bindings: &[Binding], mode: Mode, keep: impl Fn(&Binding) -> bool) -> Vec<(String, &'static str)> {
    let mut rows: Vec<(Context, Action, String, &'static str)> = Vec::new();
    for context in mode.contexts() {
        for binding in bindings.iter().filter(|b| b.context == context && keep(b)) {
            // A key already bound in a more specific context is shadowed there.
            let shadowed = bindings.iter().any(|other| {
                other.code == binding.code
                    && other.modifiers == binding.modifiers
                    && other.context != binding.context
                    && position(&mode.contexts(), other.context) < position(&mode.contexts(), binding.context)
            });
            if shadowed {
                continue;
            }
            let label = key_label(binding);
            match rows
                .iter_mut()
                .find(|(c, a, _, _)| *c == context && *a == binding.action)
            {
                Some(row) => row.2 = format!("{}/{label}", row.2),
                None => rows.push((context, binding.action, label, binding.help)),
            }
        }
    }
    rows.into_iter().map(|(_, _, keys, help)| (keys, help)).collect()
}

fn position(contexts: &[Context], context: Context) -> usize {
    contexts.iter().position(|c| *c == context).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn q_quits_on_a_screen_but_closes_help() {
        assert_eq!(
            action_for(Mode::Normal(Screen::Today), key(KeyCode::Char('q'))),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(Mode::Popup(Context::Help), key(KeyCode::Char('q'))),
            Some(Action::Close)
        );
    }

    #[test]
    fn shifted_letters_and_backtab_match_without_the_shift_modifier() {
        let shifted_h = KeyEvent::new(KeyCode::Char('H'), KeyModifiers::SHIFT);
        assert_eq!(
            action_for(Mode::Normal(Screen::Week), shifted_h),
            Some(Action::MoveTaskEarlier)
        );
        let backtab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(
            action_for(Mode::Normal(Screen::Stats), backtab),
            Some(Action::PreviousScreen)
        );
    }

    #[test]
    fn letters_are_typed_into_a_text_field_not_obeyed() {
        let q = key(KeyCode::Char('q'));
        assert_eq!(action_for(Mode::Popup(Context::Editor), q), Some(Action::Input(q)));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(Mode::Popup(Context::Editor), ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn every_action_a_screen_binds_appears_in_its_help() {
        for screen in Screen::ALL {
            let mode = Mode::Normal(screen);
            let help: Vec<&str> = help_rows(BINDINGS, mode).iter().map(|(_, h)| *h).collect();
            for binding in BINDINGS.iter().filter(|b| b.context == Context::Screen(screen)) {
                assert!(
                    help.contains(&binding.help),
                    "{screen:?}: {} missing from help",
                    binding.help
                );
            }
        }
    }

    #[test]
    fn footer_starts_with_quit_and_help_and_omits_unhinted_keys() {
        let hints = hints(BINDINGS, Mode::Normal(Screen::Today));
        assert_eq!(hints[0], ("q".to_owned(), "quit"));
        assert_eq!(hints[1], ("?".to_owned(), "help"));
        assert!(!hints.iter().any(|(keys, _)| keys.contains("Ctrl-")), "{hints:?}");
    }

    #[test]
    fn help_joins_keys_with_the_same_meaning() {
        let rows = help_rows(BINDINGS, Mode::Normal(Screen::Week));
        assert!(
            rows.iter().any(|(keys, help)| keys == "j/↓" && *help == "move down"),
            "{rows:?}"
        );
        assert!(rows.iter().any(|(keys, _)| keys == "H/<"), "{rows:?}");
    }
}
