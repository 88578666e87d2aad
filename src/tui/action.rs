//! What the learner can ask for: every key, click and tick becomes one `Action`.
//!
//! Actions are plain data so the keymap is a table and `App::update` can be
//! tested without a terminal. [`Action::name`] is the one list of the names
//! the config file's `[keys]` table gives them.

use ratatui::crossterm::event::KeyEvent;

/// The five main screens, in tab order (keys `1`-`5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    /// The day's blocks, timer, tasks and open deliverables.
    Today,
    /// Seven columns, Monday to Sunday.
    Week,
    /// The roadmap as a tree with statuses and progress.
    Milestones,
    /// The Sunday review of a week.
    Review,
    /// Heatmap, weekly trend and burn-up.
    Stats,
}

impl Screen {
    /// All screens in tab order.
    pub const ALL: [Screen; 5] = [
        Screen::Today,
        Screen::Week,
        Screen::Milestones,
        Screen::Review,
        Screen::Stats,
    ];

    /// Position in the tab bar, from 0.
    pub fn index(self) -> usize {
        Screen::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The next screen, wrapping around.
    pub fn next(self) -> Screen {
        Screen::ALL[(self.index() + 1) % Screen::ALL.len()]
    }

    /// The previous screen, wrapping around.
    pub fn previous(self) -> Screen {
        Screen::ALL[(self.index() + Screen::ALL.len() - 1) % Screen::ALL.len()]
    }
}

/// An editing key of a text box, as a shell's line editor has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEdit {
    /// Break the line at the cursor (a multi-line box only).
    NewLine,
    /// Delete from the start of the line to the cursor (Ctrl-U).
    DeleteToLineStart,
    /// Delete the word before the cursor (Ctrl-W).
    DeleteWordBefore,
    /// Go to the start of the line (Ctrl-A).
    LineStart,
    /// Go to the end of the line (Ctrl-E).
    LineEnd,
    /// Delete from the cursor to the end of the line (Ctrl-K).
    DeleteToLineEnd,
    /// Undo the last change made in the box (Ctrl-Z, Ctrl-_).
    Undo,
}

/// One thing the learner asked for (or the clock's tick).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the app.
    Quit,
    /// Suspend to the shell (Ctrl-Z); handled by the loop, not by `update`.
    Suspend,
    /// Show the key help overlay.
    Help,
    /// Close the open popup.
    Close,
    /// Next screen (Tab).
    NextScreen,
    /// Previous screen (Shift-Tab).
    PreviousScreen,
    /// Go to a screen.
    Show(Screen),
    /// Move the selection up.
    Up,
    /// Move the selection down.
    Down,
    /// Move the selection left (previous day).
    Left,
    /// Move the selection right (next day).
    Right,
    /// Select the first row.
    Top,
    /// Select the last row.
    Bottom,
    /// Start or stop the focus timer on the selected block.
    ToggleTimer,
    /// Toggle done on the selected task or item.
    ToggleDone,
    /// Mark the selected roadmap item in progress.
    MarkInProgress,
    /// Mark the selected roadmap item skipped.
    MarkSkipped,
    /// Show the selected item's detail; on Review, answer the selected prompt.
    Open,
    /// Add a task.
    AddTask,
    /// Rename the selected task.
    EditTask,
    /// Delete the selected task (asks first).
    DeleteTask,
    /// Move the selected task one day earlier.
    MoveTaskEarlier,
    /// Move the selected task one day later.
    MoveTaskLater,
    /// Show the previous week.
    PreviousWeek,
    /// Show the next week.
    NextWeek,
    /// Write the day's quick note.
    EditNote,
    /// Carry the reviewed week's unfinished tasks to the next week.
    CarryOver,
    /// Answer yes in a confirmation.
    Confirm,
    /// Keep the time of a stale timer.
    KeepTime,
    /// Drop the time of a stale timer.
    DropTime,
    /// Save the text being edited.
    Submit,
    /// Move to the next field of a form.
    NextField,
    /// An editing key in a text box.
    Edit(TextEdit),
    /// A key typed into a text field.
    Input(KeyEvent),
    /// A mouse click at a terminal cell (column, row).
    Click(u16, u16),
    /// Mouse wheel up.
    ScrollUp,
    /// Mouse wheel down.
    ScrollDown,
    /// The terminal has a new size (columns, rows).
    Resize(u16, u16),
    /// One second passed (only while a timer runs or a message shows).
    Tick,
    /// The idle loop woke: reload if another process wrote to the store.
    Refresh,
}

impl Action {
    /// The action's name in the config file's `[keys]` table (`add_task`),
    /// `None` for what no key can be rebound to. This match is the only list
    /// of names: it has no catch-all, so a new action must be named (or
    /// refused) here, and the config file reads names through it. A name
    /// is part of the config format: never rename one.
    pub const fn name(self) -> Option<&'static str> {
        Some(match self {
            Action::Quit => "quit",
            Action::Help => "help",
            Action::Close => "close",
            Action::NextScreen => "next_screen",
            Action::PreviousScreen => "previous_screen",
            Action::Show(Screen::Today) => "show_today",
            Action::Show(Screen::Week) => "show_week",
            Action::Show(Screen::Milestones) => "show_milestones",
            Action::Show(Screen::Review) => "show_review",
            Action::Show(Screen::Stats) => "show_stats",
            Action::Up => "up",
            Action::Down => "down",
            Action::Left => "left",
            Action::Right => "right",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::ToggleTimer => "toggle_timer",
            Action::ToggleDone => "toggle_done",
            Action::MarkInProgress => "mark_in_progress",
            Action::MarkSkipped => "mark_skipped",
            Action::Open => "open",
            Action::AddTask => "add_task",
            Action::EditTask => "edit_task",
            Action::DeleteTask => "delete_task",
            Action::MoveTaskEarlier => "move_task_earlier",
            Action::MoveTaskLater => "move_task_later",
            Action::PreviousWeek => "previous_week",
            Action::NextWeek => "next_week",
            Action::EditNote => "edit_note",
            Action::CarryOver => "carry_over",
            Action::Confirm => "confirm",
            Action::KeepTime => "keep_time",
            Action::DropTime => "drop_time",
            Action::Submit => "submit",
            Action::NextField => "next_field",
            Action::Edit(TextEdit::NewLine) => "new_line",
            Action::Edit(TextEdit::DeleteToLineStart) => "delete_to_line_start",
            Action::Edit(TextEdit::DeleteWordBefore) => "delete_word_before",
            Action::Edit(TextEdit::LineStart) => "line_start",
            Action::Edit(TextEdit::LineEnd) => "line_end",
            Action::Edit(TextEdit::DeleteToLineEnd) => "delete_to_line_end",
            Action::Edit(TextEdit::Undo) => "undo",
            // Ctrl-Z always suspends (a config mistake must not lock the learner
            // in); typed text, the mouse, resizes and ticks are not keys.
            Action::Suspend
            | Action::Input(_)
            | Action::Click(..)
            | Action::ScrollUp
            | Action::ScrollDown
            | Action::Resize(..)
            | Action::Tick
            | Action::Refresh => return None,
        })
    }
}
