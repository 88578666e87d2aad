//! What the learner can ask for: every key, click and tick becomes one `Action`.
//!
//! Actions are plain data so the keymap is a table and `App::update` can be
//! tested without a terminal.

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
}
