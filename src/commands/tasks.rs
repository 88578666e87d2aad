//! `task add|list|done|undo|edit|move|delete|carry`: the learner's own tasks.

use chrono::{Duration, NaiveDate};
use color_eyre::eyre::Result;

use super::args::{all_days, date_or, monday_of, week_monday};
use super::{Context, print};
use crate::plan::Task;
use crate::report::layout::{clean, pad, short_date};
use crate::store::Store;

/// `studyplan task add TITLE [--on DATE]`.
pub fn add(ctx: &Context, title: &str, on: Option<&str>) -> Result<()> {
    let day = date_or(on, ctx.clock.today)?;
    let title = checked_title(title)?;
    let mut store = ctx.open_store()?;
    let id = store.add_task(&title, day)?;
    print(&format!("Added task #{id} on {}: {title}\n", short_date(day)))
}

/// A title as stored: one clean line, not empty (the store checks its length).
fn checked_title(title: &str) -> Result<String> {
    let title = clean(title.trim());
    if title.is_empty() {
        crate::refuse!("a task needs a title, for example: studyplan task add \"read the attention paper\"");
    }
    Ok(title)
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
    print(&task_lines(&tasks, ctx.clock.today))
}

/// `studyplan task done ID` / `studyplan task undo ID`.
pub fn set_done(ctx: &Context, id: i64, done: bool) -> Result<()> {
    let mut store = ctx.open_store()?;
    let task = find(&store, id)?;
    store.set_task_done(id, done)?;
    let verb = if done { "Done" } else { "Not done" };
    print(&format!("{verb}: task #{id} {}\n", clean(&task.title)))
}

/// `studyplan task edit ID TITLE`.
pub fn edit(ctx: &Context, id: i64, title: &str) -> Result<()> {
    let title = checked_title(title)?;
    let mut store = ctx.open_store()?;
    let task = find(&store, id)?;
    store.rename_task(id, &title)?;
    print(&format!("Task #{id} was \"{}\", now \"{title}\"\n", clean(&task.title)))
}

/// `studyplan task move ID DATE`.
pub fn move_to(ctx: &Context, id: i64, to: &str) -> Result<()> {
    let day: NaiveDate = date_or(Some(to), ctx.clock.today)?;
    let mut store = ctx.open_store()?;
    let task = find(&store, id)?;
    store.move_task(id, day)?;
    print(&format!(
        "Moved task #{id} {} from {} to {}\n",
        clean(&task.title),
        short_date(task.day),
        short_date(day)
    ))
}

/// `studyplan task delete ID`.
pub fn delete(ctx: &Context, id: i64) -> Result<()> {
    let mut store = ctx.open_store()?;
    let task = find(&store, id)?;
    store.delete_task(id)?;
    print(&format!("Deleted task #{id} {}\n", clean(&task.title)))
}

/// `studyplan task carry [--week W]`: the week's unfinished tasks move to the next Monday.
pub fn carry(ctx: &Context, week: Option<&str>) -> Result<()> {
    let monday = week_monday(week, None, ctx.clock.today)?;
    let mut store = ctx.open_store()?;
    let moved = store.carry_over(monday)?;
    let next = monday + Duration::days(7);
    print(&match moved {
        0 => format!("No unfinished tasks in the week of {}.\n", short_date(monday)),
        1 => format!("Carried 1 unfinished task over to {}.\n", short_date(next)),
        n => format!("Carried {n} unfinished tasks over to {}.\n", short_date(next)),
    })
}

/// The task with `id`, or an error that says how to find ids.
fn find(store: &Store, id: i64) -> Result<Task> {
    match store.task(id)? {
        Some(task) => Ok(task),
        None => crate::refuse!("no task #{id}; `studyplan task list --all` shows every task with its id"),
    }
}

/// One line a task, ids and dates in aligned columns; dates carry their year
/// when any task falls outside this year.
fn task_lines(tasks: &[Task], today: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let width = tasks.iter().map(|t| t.id.to_string().len()).max().unwrap_or(1);
    let with_year = tasks.iter().any(|t| t.day.year() != today.year());
    let dates: Vec<String> = tasks
        .iter()
        .map(|t| {
            if with_year {
                t.day.format("%a %-d %b %Y").to_string()
            } else {
                short_date(t.day)
            }
        })
        .collect();
    let date_width = dates.iter().map(|d| d.chars().count()).max().unwrap_or(0);
    tasks
        .iter()
        .zip(&dates)
        .map(|(task, date)| {
            let mark = if task.done { "[x]" } else { "[ ]" };
            format!(
                "{mark} #{:<width$}  {}  {}\n",
                task.id,
                pad(date, date_width),
                clean(&task.title)
            )
        })
        .collect()
}
