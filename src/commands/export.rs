//! `export ics|markdown|json` and `import json`: files for calendars,
//! journals and other machines.

use std::fs;
use std::path::Path;

use chrono::{Local, NaiveTime, TimeZone, Utc};
use color_eyre::eyre::{Result, WrapErr};

use super::args::week_monday;
use super::weekly::WeekReview;
use super::{Context, print};
use crate::export::ics::{IcsOptions, MAX_WEEKS, calendar};
use crate::export::state;
use crate::study::active::ActivePlan;

/// A state file larger than this is refused before it is read (decades of daily logs fit in far less).
const MAX_STATE_BYTES: u64 = 512 << 20;

/// `studyplan export ics [--weeks N] [--start-time HH:MM] [-o FILE]`.
pub fn ics(ctx: &Context, weeks: u32, start_time: &str, output: Option<&Path>) -> Result<()> {
    if !(1..=MAX_WEEKS).contains(&weeks) {
        return Err(crate::refusal!(
            "--weeks {weeks} is out of range: give 1 to {MAX_WEEKS}"
        ));
    }
    let start_time = NaiveTime::parse_from_str(start_time.trim(), "%H:%M").map_err(|_| {
        crate::refusal!("--start-time `{start_time}` is not a time of day: write HH:MM, like 19:00 or 07:30")
    })?;
    let store = ctx.open_store()?;
    let active = ActivePlan::load(&store)?;
    // DTSTAMP is the run's "now" (fixed by --today in tests), as the instant it stands for.
    let now = Local
        .from_local_datetime(&ctx.clock.now)
        .earliest()
        .map_or_else(|| ctx.clock.now.and_utc(), |t| t.with_timezone(&Utc));
    let text = calendar(
        &active.roadmap,
        &active.enrollment,
        &active.statuses,
        ctx.clock.today,
        now,
        &IcsOptions { weeks, start_time },
    );
    deliver(&text, output)
}

/// `studyplan export markdown [--week W] [-o FILE]`: the same Markdown as `review --markdown`.
pub fn markdown(ctx: &Context, week: Option<&str>, output: Option<&Path>) -> Result<()> {
    let monday = week_monday(week, None, ctx.clock.today)?;
    deliver(&WeekReview::load(ctx, monday)?.markdown(), output)
}

/// `studyplan export json [-o FILE]`.
pub fn json(ctx: &Context, output: Option<&Path>) -> Result<()> {
    let store = ctx.open_store()?;
    deliver(&state::export(&store)?, output)
}

/// `studyplan import json FILE [--replace]`.
pub fn import_json(ctx: &Context, file: &Path, replace: bool) -> Result<()> {
    let shown = file.display();
    let bytes = crate::files::read_capped(file, MAX_STATE_BYTES)
        .map_err(|problem| problem.report(file, "state file (made by `studyplan export json`)", MAX_STATE_BYTES))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| crate::refusal!("{shown} is not UTF-8 text, so not a state file; nothing was imported"))?;
    let mut store = ctx.open_store()?;
    let summary = state::import(&mut store, &text, &shown.to_string(), replace)?;
    print(&format!(
        "Imported {} enrollment{}, {} status{}, {} task{}, {} time entr{} ({} h {} min), {} review{} and {} note{} \
         into {}.\n",
        summary.enrollments,
        plural(summary.enrollments, "s"),
        summary.statuses,
        plural(summary.statuses, "es"),
        summary.tasks,
        plural(summary.tasks, "s"),
        summary.time_entries,
        if summary.time_entries == 1 { "y" } else { "ies" },
        summary.minutes / 60,
        summary.minutes % 60,
        summary.reviews,
        plural(summary.reviews, "s"),
        summary.notes,
        plural(summary.notes, "s"),
        ctx.paths.db.display()
    ))
}

fn plural(n: usize, suffix: &str) -> &str {
    if n == 1 { "" } else { suffix }
}

/// Prints `text`, or writes it to `output` and says where.
fn deliver(text: &str, output: Option<&Path>) -> Result<()> {
    match output {
        None => print(text),
        Some(path) => {
            fs::write(path, text).wrap_err_with(|| {
                format!(
                    "cannot write {}: check that its folder exists and is writable",
                    path.display()
                )
            })?;
            print(&format!("Wrote {}\n", path.display()))
        }
    }
}
