//! `task add`, `task list`, `task done`: the learner's own tasks.

use chrono::Duration;
use color_eyre::eyre::{Result, bail};

use super::args::{all_days, monday_of};
use super::session::day_arg;
use super::{Context, print};
use crate::plan::Task;
use crate::report::layout::{clean, short_date};

/// The longest task title kept (a title is one line, not a document).
const MAX_TITLE_CHARS: usize = 200;

/// `studyplan task add TITLE [--on DATE]`.
pub fn add(ctx: &Context, title: &str, on: Option<&str>) -> Result<()> {
    let day = day_arg(ctx, on)?;
    let title = clean(title.trim());
    if title.is_empty() {
        bail!("a task needs a title, for example: studyplan task add \"read the attention paper\"");
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        bail!("a task title is at most {MAX_TITLE_CHARS} characters; keep details in a note");
    }
    let mut store = ctx.open_store()?;
    let id = store.add_task(&title, day)?;
    print(&format!("Added task #{id} on {}: {title}\n", short_date(day)))
}

/// `studyplan task list [--all]`: this week's tasks, or every task.
pub fn list(ctx: &Context, all: bool) -> Result<()> {
    let store = ctx.open_store()?;
    let (from, to) = if all {
        all_days()
    } else {
        let monday = monday_of(ctx.clock.today);
        (monday, monday + Duration::days(6))
    };
    let tasks = store.tasks_between(from, to)?;
    if tasks.is_empty() {
        let scope = if all { "" } else { " this week" };
        return print(&format!(
            "No tasks{scope}. Add one with `studyplan task add TITLE [--on DATE]`.\n"
        ));
    }
    print(&task_lines(&tasks))
}

/// `studyplan task done ID`.
pub fn done(ctx: &Context, id: i64) -> Result<()> {
    let mut store = ctx.open_store()?;
    let (first, last) = all_days();
    let Some(task) = store.tasks_between(first, last)?.into_iter().find(|t| t.id == id) else {
        bail!("no task #{id}; `studyplan task list --all` shows every task with its id");
    };
    store.set_task_done(id, true)?;
    print(&format!("Done: task #{id} {}\n", clean(&task.title)))
}

fn task_lines(tasks: &[Task]) -> String {
    let width = tasks.iter().map(|t| t.id.to_string().len()).max().unwrap_or(1);
    tasks
        .iter()
        .map(|task| {
            let mark = if task.done { "[x]" } else { "[ ]" };
            format!(
                "{mark} #{:<width$}  {}  {}\n",
                task.id,
                short_date(task.day),
                clean(&task.title)
            )
        })
        .collect()
}
