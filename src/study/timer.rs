//! The focus timer's one rule, used by `timer status`, `timer stop`, the
//! interface's countdown and its automatic stop at the block's end.
//!
//! **The rule.** A timer counts the real time since it started (through the
//! local time zone, so a daylight-saving night counts its true length),
//! rounded to the nearest minute. When the block still had planned minutes
//! open on the day the timer started, the timer ends with them: the block's
//! end. Stopping later (from the shell, from the interface, or after the app
//! was closed) logs exactly up to the block's end, never the overtime nobody
//! watched. A timer started on a block that was already full runs until it
//! is stopped. A timer older than a day is logged only when the learner
//! says so (see [`rules::is_stale`]).

use chrono::NaiveDateTime;
use color_eyre::Result;

use super::rules;
use crate::plan::{RunningTimer, TimeEntry};
use crate::store::{Store, TimerStop};

/// A running timer with what the plan leaves open on its block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimerState {
    /// The timer as stored.
    pub running: RunningTimer,
    /// Minutes the block had left (planned minus logged) on the day the
    /// timer started, when there were any: the timer ends after them.
    pub open_minutes: Option<u32>,
}

/// What a timer reads at one instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimerReading {
    /// Real seconds since the start (0 if the clock went back).
    pub elapsed_seconds: i64,
    /// What stopping now logs: rounded minutes, at most the block's end.
    pub minutes: u32,
    /// Seconds to the block's end (negative past it); `None` without an end.
    pub seconds_left: Option<i64>,
    /// Past the block's end: the timer is done.
    pub finished: bool,
    /// Running for over a day: the learner decides whether to keep its time.
    pub stale: bool,
}

impl TimerState {
    /// Reads the timer at `now`.
    pub fn reading(&self, now: NaiveDateTime) -> TimerReading {
        let elapsed_seconds = Store::real_seconds(self.running.started_at, now).max(0);
        let rounded = Store::timer_elapsed_minutes(self.running.started_at, now);
        let seconds_left = self.open_minutes.map(|open| i64::from(open) * 60 - elapsed_seconds);
        TimerReading {
            elapsed_seconds,
            minutes: self.open_minutes.map_or(rounded, |open| rounded.min(open)),
            seconds_left,
            finished: seconds_left.is_some_and(|left| left <= 0),
            stale: rules::is_stale(&self.running, now),
        }
    }

    /// The countdown a screen shows at `now`: seconds left to the block's
    /// end, or the time run (as negative seconds, shown `+mm:ss`) when the
    /// timer has no end.
    pub fn countdown_seconds(&self, now: NaiveDateTime) -> i64 {
        let reading = self.reading(now);
        reading.seconds_left.unwrap_or(-reading.elapsed_seconds)
    }

    /// Stops this timer at `now` by the rule (at most to the block's end);
    /// refuses, changing nothing, if another process stopped it meanwhile.
    pub fn stop(&self, store: &mut Store, now: NaiveDateTime, keep: bool) -> Result<Vec<TimeEntry>> {
        store.stop_seen_timer(&TimerStop {
            seen: Some(&self.running),
            at: now,
            cap_minutes: self.open_minutes,
            keep,
        })
    }
}

/// The running timer with its block's open minutes, from the plan of the day
/// it started and the minutes already logged on that block that day.
pub fn timer_state(store: &Store, active: &super::active::ActivePlan) -> Result<Option<TimerState>> {
    let Some(running) = store.timer()? else {
        return Ok(None);
    };
    let day = running.started_at.date();
    let planned = active
        .day(day)
        .blocks
        .iter()
        .find(|b| b.id == running.block)
        .map_or(0, |b| b.planned_minutes);
    let logged: u32 = store
        .time_between(day, day)?
        .iter()
        .filter(|e| e.block == running.block)
        .map(|e| e.minutes)
        .sum();
    let open = planned.saturating_sub(logged);
    Ok(Some(TimerState {
        running,
        open_minutes: (open > 0).then_some(open),
    }))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 24)
            .unwrap()
            .and_hms_opt(h, m, s)
            .unwrap()
    }

    fn timer(open: Option<u32>) -> TimerState {
        TimerState {
            running: RunningTimer {
                block: "build".into(),
                started_at: at(9, 0, 0),
            },
            open_minutes: open,
        }
    }

    #[test]
    fn status_and_stop_read_the_same_minutes_at_the_same_instant() {
        // 27 min 40 s: the status shows what a stop would log, 28.
        let reading = timer(Some(60)).reading(at(9, 27, 40));
        assert_eq!(reading.minutes, 28);
        assert_eq!(reading.seconds_left, Some(60 * 60 - (27 * 60 + 40)));
        assert!(!reading.finished);
    }

    #[test]
    fn a_timer_ends_with_its_block_and_logs_no_unwatched_overtime() {
        let reading = timer(Some(60)).reading(at(10, 5, 0));
        assert_eq!(reading.minutes, 60, "65 minutes on a 60-minute block log 60");
        assert!(reading.finished);
        assert_eq!(reading.seconds_left, Some(-5 * 60));
        // A block already full: the timer runs until stopped.
        let open_ended = timer(None).reading(at(10, 5, 0));
        assert_eq!((open_ended.minutes, open_ended.finished), (65, false));
    }

    #[test]
    fn a_clock_set_back_reads_zero_not_negative() {
        let reading = timer(Some(30)).reading(at(8, 50, 0));
        assert_eq!((reading.elapsed_seconds, reading.minutes), (0, 0));
    }
}
