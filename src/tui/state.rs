//! What the screen shows: view state (screen, selections, popups, status) and
//! the loaded data. `App::update` changes it; rendering only reads it.

use chrono::{NaiveDate, NaiveDateTime};

use crate::plan::{RunningTimer, Task};
use crate::store::StoredRoadmap;
use crate::study::Snapshot;
use crate::tui::action::Screen;
use crate::tui::keymap::{Binding, Context, Mode};
use crate::tui::strings;
use crate::tui::widgets::text_input::TextInput;

/// Everything rendering reads.
#[derive(Debug, Clone)]
pub struct View {
    /// The current local date-time (the date may be fixed by `--today`).
    pub now: NaiveDateTime,
    /// The shown main screen.
    pub screen: Screen,
    /// The loaded plan and store data; `None` before the learner starts a roadmap.
    pub data: Option<Snapshot>,
    /// The Monday of the plan week shown on Review; the Week screen's seven
    /// days move with it (`plan::week::shown_first_day`).
    pub shown_monday: NaiveDate,
    /// Selections on each screen.
    pub cursor: Cursor,
    /// The first-run screen.
    pub welcome: WelcomeState,
    /// The open popup, drawn over the screen.
    pub popup: Option<Popup>,
    /// The last confirmation or error.
    pub status: Option<Status>,
    /// The terminal size (columns, rows), for mapping clicks to rows.
    pub size: (u16, u16),
    /// The keymap: the default table with the config file's `[keys]` applied.
    pub bindings: Vec<Binding>,
}

impl View {
    /// Today's date.
    pub fn today(&self) -> NaiveDate {
        self.now.date()
    }

    /// The keymap mode for what is shown.
    pub fn mode(&self) -> Mode {
        if let Some(popup) = &self.popup {
            return Mode::Popup(popup.context());
        }
        match (&self.data, &self.welcome.form) {
            (Some(_), _) => Mode::Normal(self.screen),
            (None, Some(_)) => Mode::WelcomeForm,
            (None, None) => Mode::Welcome,
        }
    }

    /// The mode under the popup, for the help overlay.
    pub fn base_mode(&self) -> Mode {
        match (&self.data, &self.welcome.form) {
            (Some(_), _) => Mode::Normal(self.screen),
            (None, Some(_)) => Mode::WelcomeForm,
            (None, None) => Mode::Welcome,
        }
    }
}

/// The selection on each screen (indexes into what the screen lists).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    /// Today: blocks, then tasks, then open deliverables.
    pub today: usize,
    /// Week: the selected day, 0 = the first day shown (Monday unless `week_start` says otherwise).
    pub week_day: usize,
    /// Week: the selected task of that day.
    pub week_task: usize,
    /// Milestones: the selected tree row.
    pub milestones: usize,
    /// Review: the selected prompt.
    pub review: usize,
}

/// The first-run screen: the roadmap list, then a form.
#[derive(Debug, Clone, Default)]
pub struct WelcomeState {
    /// Roadmaps to choose from.
    pub roadmaps: Vec<StoredRoadmap>,
    /// The selected roadmap.
    pub selected: usize,
    /// The start date and budget form, once a roadmap is chosen.
    pub form: Option<WelcomeForm>,
}

/// Start date and daily budget for the chosen roadmap.
#[derive(Debug, Clone)]
pub struct WelcomeForm {
    /// The chosen roadmap id.
    pub roadmap_id: String,
    /// Start date, `YYYY-MM-DD`.
    pub start: TextInput,
    /// Daily budget in minutes.
    pub budget: TextInput,
    /// The field being edited: 0 = start, 1 = budget.
    pub field: usize,
    /// The roadmap's length in calendar months, when it is measured so
    /// (the form then says where month 1 falls from the typed start).
    pub months: Option<u32>,
    /// The roadmap's fixed last day, when it has one.
    pub ends: Option<NaiveDate>,
}

/// A popup over the screen.
#[derive(Debug, Clone)]
pub enum Popup {
    /// The key help.
    Help,
    /// A yes/no question.
    Confirm {
        /// The question.
        question: String,
        /// What yes does.
        on_yes: Pending,
    },
    /// A text field.
    Editor {
        /// The field (boxed: a text area is large next to the other popups).
        input: Box<TextInput>,
        /// Where the text goes when saved.
        target: EditTarget,
    },
    /// A timer was found running for over a day: keep or drop its time?
    StaleTimer(RunningTimer),
    /// An item's detail.
    Detail {
        /// Title.
        title: String,
        /// Lines of text.
        lines: Vec<String>,
    },
}

impl Popup {
    /// The keymap context of this popup.
    pub fn context(&self) -> Context {
        match self {
            Popup::Help => Context::Help,
            Popup::Confirm { .. } => Context::Confirm,
            Popup::Editor { input, .. } if input.is_multiline() => Context::MultilineEditor,
            Popup::Editor { .. } => Context::Editor,
            Popup::StaleTimer(_) => Context::StaleTimer,
            Popup::Detail { .. } => Context::Detail,
        }
    }
}

/// What a confirmation does on yes.
#[derive(Debug, Clone)]
pub enum Pending {
    /// Delete a task, as it was shown when asked.
    DeleteTask(Task),
    /// Carry the unfinished tasks of the week starting that Monday to the next week.
    CarryOver(NaiveDate),
    /// Throw away the changed text of this editor popup; no goes back to it.
    Discard(Box<Popup>),
}

/// Where edited text is saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditTarget {
    /// A new task on that day.
    NewTask(NaiveDate),
    /// A task's new title.
    RenameTask(i64),
    /// The quick note of that day.
    Note(NaiveDate),
    /// A review answer of the shown week.
    Review(ReviewField),
}

impl EditTarget {
    /// What Esc asks before throwing away changed text of this field.
    pub fn discard_question(&self) -> &'static str {
        match self {
            EditTarget::NewTask(_) => strings::DISCARD_NEW_TASK,
            EditTarget::RenameTask(_) => strings::DISCARD_TITLE,
            EditTarget::Note(_) => strings::DISCARD_NOTE,
            EditTarget::Review(_) => strings::DISCARD_ANSWER,
        }
    }
}

/// One answer of the weekly review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewField {
    /// A checkpoint question, by id.
    Answer(String),
    /// What went well.
    WentWell,
    /// What got in the way.
    InTheWay,
    /// Next week's focus.
    NextFocus,
}

/// What a status-line message is, which decides how it looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    /// Something was done.
    Info,
    /// The learner's input was refused; the text says what to do (yellow).
    Hint,
    /// A file, the database or studyplan itself failed (red).
    Error,
}

impl StatusKind {
    /// True for a hint or an error: something was not done.
    pub fn is_problem(self) -> bool {
        self != StatusKind::Info
    }
}

/// A message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The message (already clean).
    pub text: String,
    /// A confirmation, a hint about the learner's input, or an error.
    pub kind: StatusKind,
    /// When it disappears.
    pub until: NaiveDateTime,
    /// The screen it is about: it goes when the learner leaves that screen.
    /// `None` for news about the whole app (the start-up notice about the
    /// roadmap file), which stays its time.
    pub about: Option<Screen>,
}
