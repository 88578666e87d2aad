//! The focus timer: one running at most, stored so it survives the app being
//! closed, and logged per civil day when stopped.
//!
//! Start and stop are local wall-clock times. The elapsed time is measured
//! between the real instants they stand for (through the local time zone),
//! so a night with a daylight-saving change counts its 23 or 25 hours right;
//! a clock that went back yields 0 minutes, never a negative log.

use chrono::{DateTime, Duration, Local, NaiveDateTime, Offset, TimeZone, Utc};
use color_eyre::eyre::WrapErr;
use rusqlite::{Connection, OptionalExtension, params};

use super::days::storable;
use super::time_log::insert_checked;
use super::{StoreResult, TimerStop};
use crate::plan::{RunningTimer, TimeEntry};
use crate::text::clean_line;

/// The running timer, if any.
pub fn current(conn: &Connection) -> StoreResult<Option<RunningTimer>> {
    conn.prepare_cached("SELECT block, started_at FROM timer WHERE id = 1")
        .and_then(|mut stmt| {
            stmt.query_row([], |r| {
                Ok(RunningTimer {
                    block: r.get(0)?,
                    started_at: r.get(1)?,
                })
            })
            .optional()
        })
        .wrap_err("cannot read the running timer")
}

/// Starts a timer, unless one runs.
pub fn start(conn: &mut Connection, block: &str, at: NaiveDateTime) -> StoreResult<()> {
    if block.trim().is_empty() {
        return Err(crate::refusal!(
            "a timer needs a block name (such as learn, build, polish)"
        ));
    }
    storable(at.date())?;
    let tx = conn.transaction().wrap_err("cannot start a transaction")?;
    if let Some(running) = current(&tx)? {
        return Err(crate::refusal!(
            "a timer is already running on {} since {}; stop it first (`studyplan timer stop`)",
            clean_line(&running.block),
            running.started_at.format("%Y-%m-%d %H:%M")
        ));
    }
    tx.execute(
        "INSERT INTO timer (id, block, started_at) VALUES (1, ?1, ?2)",
        params![block, at],
    )
    .wrap_err("cannot save the timer")?;
    tx.commit().wrap_err("cannot commit the timer")
}

/// Stops the timer; logs its minutes per civil day when `keep`, all in one transaction.
pub fn stop(conn: &mut Connection, stop: &TimerStop<'_>) -> StoreResult<Vec<TimeEntry>> {
    let tx = conn.transaction().wrap_err("cannot start a transaction")?;
    let Some(running) = current(&tx)? else {
        return Err(match stop.seen {
            Some(seen) => crate::refusal!(
                "the timer on {} was already stopped elsewhere (another studyplan or a shell); nothing was logged",
                clean_line(&seen.block)
            ),
            None => crate::refusal!("no timer is running; start one with `studyplan timer start BLOCK`"),
        });
    };
    if let Some(seen) = stop.seen.filter(|seen| **seen != running) {
        return Err(crate::refusal!(
            "the timer on {} was stopped elsewhere, and the one now running on {} (since {}) was left alone",
            clean_line(&seen.block),
            clean_line(&running.block),
            running.started_at.format("%H:%M")
        ));
    }
    let end = capped_end(running.started_at, stop.at, stop.cap_minutes);
    let mut written = Vec::new();
    if stop.keep {
        for (day, minutes) in split_by_day(running.started_at, end) {
            let id = insert_checked(&tx, day, &running.block, minutes, None).wrap_err_with(|| {
                format!(
                    "the timer on {} keeps running: stop it without keeping the time to discard it",
                    clean_line(&running.block)
                )
            })?;
            written.push(TimeEntry {
                id,
                day,
                block: running.block.clone(),
                minutes,
                note: None,
            });
        }
    }
    tx.execute("DELETE FROM timer WHERE id = 1", [])
        .wrap_err("cannot remove the timer")?;
    tx.commit().wrap_err("cannot commit the stopped timer")?;
    Ok(written)
}

/// The time the timer stops counting: `at`, or earlier when the cap is reached
/// first (the block's end).
fn capped_end(started_at: NaiveDateTime, at: NaiveDateTime, cap_minutes: Option<u32>) -> NaiveDateTime {
    let Some(cap) = cap_minutes else { return at };
    let over = real_seconds(started_at, at) - i64::from(cap) * 60;
    if over > 0 { at - Duration::seconds(over) } else { at }
}

/// Minutes between two wall-clock times, rounded to the nearest minute; 0 when `now` is not later.
pub fn elapsed_minutes(started_at: NaiveDateTime, now: NaiveDateTime) -> u32 {
    rounded_minutes(real_seconds(started_at, now))
}

/// The minutes of the span per civil day, days with 0 minutes left out.
///
/// Each day gets the difference of the rounded running totals at its
/// boundaries, so the parts always add up to the rounded whole.
pub fn split_by_day(start: NaiveDateTime, end: NaiveDateTime) -> Vec<(chrono::NaiveDate, u32)> {
    if real_seconds(start, end) <= 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut day = start.date();
    let mut done_minutes = 0u32;
    while day <= end.date() {
        let next_midnight = day.succ_opt().map(|d| d.and_time(chrono::NaiveTime::MIN));
        let boundary = match next_midnight {
            Some(m) if m < end => m,
            _ => end,
        };
        let total = rounded_minutes(real_seconds(start, boundary));
        let minutes = total.saturating_sub(done_minutes);
        if minutes > 0 {
            out.push((day, minutes));
        }
        done_minutes = done_minutes.max(total);
        match day.succ_opt() {
            Some(d) if boundary < end => day = d,
            _ => break,
        }
    }
    out
}

fn rounded_minutes(seconds: i64) -> u32 {
    if seconds <= 0 {
        return 0;
    }
    u32::try_from((seconds + 30) / 60).unwrap_or(u32::MAX)
}

/// Seconds between the real instants two local wall-clock times stand for.
pub fn real_seconds(from: NaiveDateTime, to: NaiveDateTime) -> i64 {
    (instant(to) - instant(from)).num_seconds()
}

/// The instant a local wall-clock time stands for: the earlier one when the
/// clock was set back (the time happened twice), and the offset in force just
/// before when the clock jumped forward (the time never happened).
fn instant(local: NaiveDateTime) -> DateTime<Utc> {
    match Local.from_local_datetime(&local).earliest() {
        Some(t) => t.with_timezone(&Utc),
        None => {
            let before = local - Duration::hours(3);
            let offset = Local
                .from_local_datetime(&before)
                .earliest()
                .map_or(0, |t| t.offset().fix().local_minus_utc());
            (local - Duration::seconds(i64::from(offset))).and_utc()
        }
    }
}
