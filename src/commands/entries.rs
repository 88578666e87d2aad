//! `log list`, `log edit`, `log delete`: the learner's time entries as
//! records to read back and correct, and the checks every log passes (not
//! in the future; far beyond the block's plan only with `--yes`).

use chrono::NaiveDate;
use color_eyre::eyre::Result;
use serde::Serialize;

use super::args::{date_or, parse_minutes, week_monday};
use super::{Context, print};
use crate::plan::TimeEntry;
use crate::plan::calendar::add_days;
use crate::report::layout::{clean, long_date, minutes, pad, short_date};
use crate::study::active::ActivePlan;
use crate::study::rules::needs_confirmation;

/// Refuses a day after today: time is logged once it is spent.
pub fn not_in_the_future(day: NaiveDate, today: NaiveDate) -> Result<()> {
    if day > today {
        crate::refuse!(
            "{} is in the future (today is {}); log time once it is spent",
            long_date(day),
            long_date(today)
        );
    }
    Ok(())
}

/// Refuses, unless `yes`, an entry far beyond what its block plans that day.
pub fn confirm_size(active: &ActivePlan, day: NaiveDate, block: &str, logged: u32, yes: bool) -> Result<()> {
    let plan = active.day(day);
    let block_planned = plan
        .blocks
        .iter()
        .find(|b| b.id == block)
        .map_or(0, |b| b.planned_minutes);
    if !yes && needs_confirmation(logged, block_planned, active.enrollment.daily_minutes) {
        crate::refuse!(
            "{} on {} is far more than it plans on {} ({}); if that is right, run it again with --yes",
            minutes(logged),
            clean(block),
            long_date(day),
            minutes(block_planned)
        );
    }
    Ok(())
}

/// One entry as `log list --json` prints it.
#[derive(Debug, Serialize)]
struct EntryView<'a> {
    id: i64,
    day: NaiveDate,
    block: &'a str,
    minutes: u32,
    note: Option<&'a str>,
}

/// `studyplan log list [--week W] [--json]`: the week's entries with their ids.
pub fn list(ctx: &Context, week: Option<&str>, json: bool) -> Result<()> {
    // A day (2026-11-23) or an ISO week (2026-W48).
    let monday = match week {
        Some(text) if !text.to_ascii_uppercase().contains('W') => week_monday(None, Some(text), ctx.clock.today)?,
        other => week_monday(other, None, ctx.clock.today)?,
    };
    let store = ctx.open_store()?;
    let sunday = add_days(monday, 6);
    let entries = store.time_between(monday, sunday)?;
    if json {
        let views: Vec<EntryView<'_>> = entries
            .iter()
            .map(|e| EntryView {
                id: e.id,
                day: e.day,
                block: &e.block,
                minutes: e.minutes,
                note: e.note.as_deref(),
            })
            .collect();
        return print(&format!("{}\n", serde_json::to_string_pretty(&views)?));
    }
    print(&list_text(monday, sunday, &entries))
}

fn list_text(monday: NaiveDate, sunday: NaiveDate, entries: &[TimeEntry]) -> String {
    let mut out = format!("Time entries, {} to {}\n", short_date(monday), short_date(sunday));
    if entries.is_empty() {
        out.push_str("  none: `studyplan log BLOCK DURATION` adds one\n");
        return out;
    }
    let ids: Vec<String> = entries.iter().map(|e| format!("#{}", e.id)).collect();
    let id_width = ids.iter().map(String::len).max().unwrap_or(0);
    let block_width = entries
        .iter()
        .map(|e| clean(&e.block).chars().count())
        .max()
        .unwrap_or(0);
    for (entry, id) in entries.iter().zip(&ids) {
        let note = entry
            .note
            .as_deref()
            .map(|n| format!("  {}", clean(n)))
            .unwrap_or_default();
        out.push_str(&format!(
            "  {}  {}  {}  {:>6}{note}\n",
            pad(id, id_width),
            pad(&short_date(entry.day), 10),
            pad(&clean(&entry.block), block_width),
            minutes(entry.minutes)
        ));
    }
    let total: u32 = entries.iter().map(|e| e.minutes).sum();
    out.push_str(&format!("  {} in {} entries\n", minutes(total), entries.len()));
    out
}

/// What `log edit` changes.
#[derive(Debug, Default)]
pub struct EntryEdit<'a> {
    /// A new duration.
    pub duration: Option<&'a str>,
    /// A new block.
    pub block: Option<&'a str>,
    /// A new day.
    pub on: Option<&'a str>,
    /// A new note ("" removes it).
    pub note: Option<&'a str>,
    /// Confirms an entry far beyond the block's plan.
    pub yes: bool,
}

/// `studyplan log edit ID [--duration D] [--block B] [--on DATE] [--note TEXT]`.
pub fn edit(ctx: &Context, id: i64, change: &EntryEdit<'_>) -> Result<()> {
    let mut store = ctx.open_store()?;
    let Some(before) = store.time_entry(id)? else {
        crate::refuse!("there is no time entry {id}; `studyplan log list` shows this week's ids");
    };
    if change.duration.is_none() && change.block.is_none() && change.on.is_none() && change.note.is_none() {
        crate::refuse!("nothing to change: give --duration, --block, --on or --note");
    }
    let active = ActivePlan::load(&store)?;
    let mut after = before.clone();
    if let Some(duration) = change.duration {
        after.minutes = parse_minutes(duration)?;
    }
    if let Some(block) = change.block {
        after.block = active.block_id(block)?;
    }
    after.day = date_or(change.on, before.day)?;
    not_in_the_future(after.day, ctx.clock.today)?;
    if let Some(note) = change.note {
        after.note = Some(note.to_owned());
    }
    confirm_size(&active, after.day, &after.block, after.minutes, change.yes)?;
    store.edit_time_entry(&after)?;
    print(&format!(
        "Time entry {id}: {} on {} for {} (was {} on {} for {}).\n",
        minutes(after.minutes),
        clean(&after.block),
        long_date(after.day),
        minutes(before.minutes),
        clean(&before.block),
        long_date(before.day)
    ))
}

/// `studyplan log delete ID`.
pub fn delete(ctx: &Context, id: i64) -> Result<()> {
    let mut store = ctx.open_store()?;
    let Some(entry) = store.time_entry(id)? else {
        crate::refuse!("there is no time entry {id}; `studyplan log list` shows this week's ids");
    };
    store.delete_time_entry(id)?;
    print(&format!(
        "Deleted time entry {id}: {} on {} for {}.\n",
        minutes(entry.minutes),
        clean(&entry.block),
        long_date(entry.day)
    ))
}
