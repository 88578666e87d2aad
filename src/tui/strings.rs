//! The interface's fixed sentences, in one place (key help lives in the
//! keymap table). A `{action_name}` in a sentence stands for the keys bound
//! to that action (`keymap::fill_keys`); messages built at run time, such as
//! a confirmation with a count, are written where they are built.

/// App name in the title bar.
pub const APP_NAME: &str = "studyplan";
/// Tab titles, in screen order.
pub const TAB_TITLES: [&str; 5] = ["Today", "Week", "Milestones", "Review", "Stats"];
/// Shown when the terminal is too small.
pub const TOO_SMALL: &str = "This terminal is too small for studyplan.";
/// How to fix a too-small terminal.
pub const TOO_SMALL_HINT: &str = "Make it larger (at least 60×16), or press {quit} to quit.";
/// Help overlay title.
pub const HELP_TITLE: &str = "Keys";
/// Help overlay closing line.
pub const HELP_CLOSE: &str = " Esc or ? closes this help.";
/// Save hint under a one-line field.
pub const SAVE_LINE: &str = "{submit} saves · one line only · {close} cancels";
/// Save hint under a multi-line field.
pub const SAVE_BLOCK: &str = "{submit} saves · {new_line} adds a line · {close} cancels";
/// Esc on a new task's changed title.
pub const DISCARD_NEW_TASK: &str = "Discard the new task?";
/// Esc on a task's changed title.
pub const DISCARD_TITLE: &str = "Discard the changed title?";
/// Esc on a changed note.
pub const DISCARD_NOTE: &str = "Discard the note?";
/// Esc on a changed review answer.
pub const DISCARD_ANSWER: &str = "Discard the answer?";
/// Space on a task: it is done now.
pub const MARKED_DONE: &str = "Marked done.";
/// Space on a done task: it is open again.
pub const MARKED_OPEN: &str = "Marked open again.";

/// Welcome heading.
pub const WELCOME_TITLE: &str = "Welcome to studyplan";
/// Welcome intro line.
pub const WELCOME_INTRO: &str =
    "Pick a roadmap to follow. Enter chooses it; you then set a start date and a daily budget.";
/// Welcome list when the store has no roadmap.
pub const WELCOME_EMPTY: &str = "No roadmap is installed. Import one with `studyplan roadmap import FILE`.";
/// Welcome form title.
pub const WELCOME_FORM_TITLE: &str = "Start this roadmap";
/// Label of the start date field.
pub const WELCOME_START: &str = "Start date (YYYY-MM-DD)";
/// Label of the budget field.
pub const WELCOME_BUDGET: &str = "Daily budget (minutes)";
/// Form hint.
pub const WELCOME_FORM_HINT: &str = "Tab next field · Enter start · Esc back";

/// Today: blocks heading.
pub const BLOCKS: &str = "Blocks";
/// Today: the current phase's topics (a topic map), in the side panel.
pub const TOPICS: &str = "Topics (tick them on Milestones)";
/// Milestones: the heading of a milestone's acceptance criteria in its detail.
pub const ACCEPTANCE: &str = "Acceptance criteria:";
/// Today: no study blocks today.
pub const REST_DAY: &str = "Nothing planned today; logged time counts too.";
/// Today: tasks heading.
pub const TASKS: &str = "Tasks";
/// Today: no tasks.
pub const NO_TASKS: &str = "No tasks yet: {add_task} adds one.";
/// Today: heading of the unfinished tasks of earlier days.
pub const CARRIED_TASKS: &str = "Carried over from earlier days";
/// Today: deliverables heading (open ones, and those settled today).
pub const DELIVERABLES: &str = "Deliverables";
/// Heading of the open deliverables of a day on the Week screen.
pub const OPEN_DELIVERABLES: &str = "Open deliverables";
/// Today: nothing open.
pub const NOTHING_OPEN: &str = "Nothing open in this phase.";
/// Today: the note heading.
pub const NOTE: &str = "Note";
/// Today: no note.
pub const NO_NOTE: &str = "No note today: {edit_note} writes one.";
/// Today: the day's standing tasks heading.
pub const ROLE_TASKS: &str = "Standing tasks";
/// Before the start date, in place of the day's role: `your plan starts on <date>`.
pub const PLAN_STARTS: &str = "your plan starts on";
/// Before the start date, in place of the phase focus: `Week 1: <focus>`.
pub const WEEK_ONE: &str = "Week 1:";
/// Before the titles of the items due today, on Today's second line.
pub const DUE_TODAY: &str = "Due today:";
/// Welcome form, a roadmap with a fixed last day: `ends on <date> whatever the start`.
pub const WELCOME_ENDS_FIXED: &str = "Fixed last day:";
/// Week heading of a week before the start date: `before your plan, which starts <date>`.
pub const BEFORE_PLAN: &str = "before your plan, which starts";
/// Today: this week heading.
pub const THIS_WEEK: &str = "This week";
/// Today: the streak's label in the side panel, before `12 study days`.
pub const STREAK: &str = "Streak";

/// Week: side panel headings.
pub const DUE_THIS_WEEK: &str = "Due this week";
/// Week: `(week 4)` after a heading names the selected day's plan week.
pub const WEEK: &str = "week";
/// Week: a day with no study blocks planned.
pub const NOTHING_PLANNED: &str = "Nothing planned this day.";
/// Week: recurring heading.
pub const RECURRING: &str = "Recurring";
/// Week: metrics heading.
pub const METRICS: &str = "Key metrics";
/// Week: checkpoint heading.
pub const CHECKPOINT: &str = "Checkpoint";
/// Empty list marker.
pub const NONE: &str = "none";

/// Milestones: overall progress label.
pub const OVERALL: &str = "Overall";
/// Milestones: the mark on the phase holding today.
pub const NOW: &str = "◂ now";
/// Milestones group title.
pub const MILESTONES: &str = "Milestones";
/// Projects group title.
pub const PROJECTS: &str = "Projects";
/// Weeks outside any phase.
pub const OTHER_WEEKS: &str = "Weeks";
/// Marker of a late item.
pub const LATE: &str = "late";
/// Marker of an item due this week.
pub const DUE: &str = "due";
/// Week grid, narrow: the count of a day's items due and all settled (`✓ 1 done`).
pub const DONE_DUE: &str = "done";

/// Review: numbers heading.
pub const WEEK_IN_NUMBERS: &str = "The week in numbers";
/// Review: the total of the week's minutes.
pub const TOTAL: &str = "Total";
/// Review: deliverables done during the week, whenever due.
pub const DONE_THIS_WEEK: &str = "Done this week";
/// Review: the week's notes (the days' notes and the time entries' notes).
pub const WEEK_NOTES: &str = "Notes";
/// Review: deliverables due this week and still open.
pub const DUE_STILL_OPEN: &str = "Due this week, still open";
/// Review: the week's unfinished tasks.
pub const OPEN_TASKS: &str = "Open tasks, to carry over";
/// Review: tasks already carried to the next week.
pub const CARRIED_OUT: &str = "Carried over to next week";
/// Review: prompts heading.
pub const REFLECTION: &str = "Reflection";
/// Review prompt: what went well.
pub const WENT_WELL: &str = "What went well?";
/// Review prompt: what got in the way.
pub const IN_THE_WAY: &str = "What got in the way?";
/// Review prompt: next week's focus.
pub const NEXT_FOCUS: &str = "Next week's focus?";
/// Review: an unanswered prompt.
pub const UNANSWERED: &str = "(not answered yet)";
/// Review: the last line of an answer taller than the screen (`{count}` is
/// filled with the number of lines not shown).
pub const MORE_LINES: &str = "… {count} more: {open} opens it";

/// Stats: heatmap title.
pub const HEATMAP: &str = "Minutes per day, last 12 months";
/// Stats: trend title.
pub const TREND: &str = "Minutes per week";
/// Stats: burn-up title.
pub const BURN_UP: &str = "Deliverables: done vs plan";
/// Stats: legend of the heatmap.
pub const HEAT_LEGEND: &str = "less";
/// Stats: legend end.
pub const HEAT_LEGEND_MORE: &str = "more";

/// Stale timer popup title.
pub const STALE_TITLE: &str = "A timer was left running";
/// Confirmation title.
pub const CONFIRM_TITLE: &str = "Are you sure?";
/// Confirmation keys.
pub const CONFIRM_KEYS: &str = "{confirm} yes · {close} no";

/// Pace before the plan starts.
pub const PACE_NOT_STARTED: &str = "not started";
