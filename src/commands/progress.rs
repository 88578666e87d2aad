//! `log` and `timer`: recording study time against the day's blocks.

use chrono::NaiveDateTime;
use color_eyre::eyre::Result;

use super::args::date_or;
use super::args::{MINUTES_PER_DAY, parse_minutes};
use super::entries::{confirm_size, not_in_the_future};
use super::{Context, print};
use crate::plan::RunningTimer;
use crate::report::layout::{clean, long_date, minutes};
use crate::study::active::ActivePlan;
use crate::study::timer::timer_state;

/// `studyplan log BLOCK DURATION [--on DATE] [--note TEXT] [--yes]`: never in
/// the future, and far beyond the block's plan only with `--yes`.
pub fn log(ctx: &Context, block: &str, duration: &str, on: Option<&str>, note: Option<&str>, yes: bool) -> Result<()> {
    let logged = parse_minutes(duration)?;
    let day = date_or(on, ctx.clock.today)?;
    not_in_the_future(day, ctx.clock.today)?;
    let mut store = ctx.open_store()?;
    let active = ActivePlan::load(&store)?;
    let block_id = active.block_id(block)?;
    confirm_size(&active, day, &block_id, logged, yes)?;
    let already: u32 = store.time_between(day, day)?.iter().map(|e| e.minutes).sum();
    if already.saturating_add(logged) > MINUTES_PER_DAY {
        crate::refuse!(
            "{} already has {} logged; {} more would pass 24 hours. Check the date (--on) and the duration",
            long_date(day),
            minutes(already),
            minutes(logged)
        );
    }
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    store.log_time(day, &block_id, logged, note)?;
    print(&format!(
        "Logged {} on {} for {}; {} that day in all.\n",
        minutes(logged),
        clean(&block_id),
        long_date(day),
        minutes(already + logged)
    ))
}

/// `studyplan timer start BLOCK`.
pub fn timer_start(ctx: &Context, block: &str) -> Result<()> {
    let mut store = ctx.open_store()?;
    let active = ActivePlan::load(&store)?;
    let block_id = active.block_id(block)?;
    if let Some(running) = store.timer()? {
        crate::refuse!(
            "a timer is already running on {} since {}; stop it first with `studyplan timer stop` \
             (or `studyplan timer stop --discard`)",
            clean(&running.block),
            running.started_at.format("%Y-%m-%d %H:%M")
        );
    }
    store.start_timer(&block_id, ctx.clock.now)?;
    print(&format!(
        "Timer started on {} at {}. Stop it with `studyplan timer stop`.\n",
        clean(&block_id),
        ctx.clock.now.format("%H:%M")
    ))
}

/// The line that tells the learner a timer was left running and what to do about it.
pub fn stale_notice(running: &RunningTimer, now: NaiveDateTime) -> String {
    let hours = (now - running.started_at).num_hours();
    format!(
        "A timer on {} was left running since {} ({hours} hours ago, perhaps studyplan was closed or killed). \
         Log its time with `studyplan timer stop --keep`, or drop it with `studyplan timer stop --discard`.\n",
        clean(&running.block),
        running.started_at.format("%Y-%m-%d %H:%M")
    )
}

/// `studyplan timer stop [--discard | --keep]`: by the one rule of
/// `study::timer`, at most to the block's end.
pub fn timer_stop(ctx: &Context, discard: bool, keep: bool) -> Result<()> {
    let mut store = ctx.open_store()?;
    let active = ActivePlan::load(&store)?;
    let Some(timer) = timer_state(&store, &active)? else {
        crate::refuse!("no timer is running; start one with `studyplan timer start BLOCK`");
    };
    let running = &timer.running;
    let now = ctx.clock.now;
    if !discard && !keep && timer.reading(now).stale {
        crate::refuse!("nothing was logged. {}", stale_notice(running, now).trim_end());
    }
    // A timer that starts in the future (started under another --today) has no
    // time to keep, but dropping it must always work: it blocks every new timer.
    if now < running.started_at && !discard {
        crate::refuse!(
            "the timer on {} started at {}, after now ({}); check --today / STUDYPLAN_TODAY, \
             or drop it with `studyplan timer stop --discard`",
            clean(&running.block),
            running.started_at.format("%Y-%m-%d %H:%M"),
            now.format("%Y-%m-%d %H:%M")
        );
    }
    let entries = timer.stop(&mut store, now, !discard)?;
    if discard {
        return print(&format!(
            "Timer on {} stopped; its time was dropped.\n",
            clean(&running.block)
        ));
    }
    let total: u32 = entries.iter().map(|e| e.minutes).sum();
    if total == 0 {
        return print(&format!(
            "Timer on {} stopped after less than a minute; nothing was logged.\n",
            clean(&running.block)
        ));
    }
    let capped = timer.reading(now).finished;
    print(&format!(
        "Timer on {} stopped: logged {}{}.\n",
        clean(&running.block),
        minutes(total),
        if capped { ", up to the block's end" } else { "" }
    ))
}

/// `studyplan timer status`: the minutes a stop would log now, and the time
/// left to the block's end.
pub fn timer_status(ctx: &Context) -> Result<()> {
    let store = ctx.open_store()?;
    let active = ActivePlan::load(&store)?;
    let now = ctx.clock.now;
    let Some(timer) = timer_state(&store, &active)? else {
        return print("No timer running.\n");
    };
    let reading = timer.reading(now);
    if reading.stale {
        return print(&stale_notice(&timer.running, now));
    }
    let left = match reading.seconds_left {
        Some(left) if left > 0 => format!(
            ", {} left in the block",
            minutes(u32::try_from((left + 59) / 60).unwrap_or(u32::MAX))
        ),
        Some(_) => ", the block is done (a stop logs up to its end)".to_owned(),
        None => String::new(),
    };
    print(&format!(
        "Timer on {}: {} since {}{left}. Stop it with `studyplan timer stop` (logs the time) \
         or `studyplan timer stop --discard`.\n",
        clean(&timer.running.block),
        minutes(reading.minutes),
        timer.running.started_at.format("%Y-%m-%d %H:%M")
    ))
}
