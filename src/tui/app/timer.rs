//! The focus timer: start and stop on a block, finish by itself when the
//! block's minutes are done, and settle a timer left running for over a day.
//!
//! The timer's start lives in the store, so quitting never loses it; the
//! minutes are logged by `Store::stop_timer`, which splits them per civil day.

use chrono::{Duration, NaiveDateTime};
use color_eyre::Result;

use super::App;
use crate::plan::RunningTimer;
use crate::tui::data::ScreenData;
use crate::tui::screens::today::{self, TodayItem};
use crate::tui::state::Popup;

/// A timer older than this asks before its time is logged.
const STALE_AFTER_HOURS: i64 = 24;

/// Seconds left on the running timer's block (negative once past the plan), for the mm:ss display.
pub fn seconds_left(data: &ScreenData, timer: &RunningTimer, now: NaiveDateTime) -> i64 {
    let planned = data
        .today
        .blocks
        .iter()
        .find(|b| b.id == timer.block)
        .map_or(0, |b| b.planned_minutes);
    let open = i64::from(planned) - i64::from(data.logged_today(&timer.block));
    open * 60 - elapsed_seconds(timer, now)
}

/// Seconds since the timer started; never negative, even if the clock went back.
pub fn elapsed_seconds(timer: &RunningTimer, now: NaiveDateTime) -> i64 {
    (now - timer.started_at).num_seconds().max(0)
}

impl App {
    /// `s`: stops the running timer (logging its minutes) or starts one on the selected block.
    pub(super) fn toggle_timer(&mut self) -> Result<()> {
        let Some(data) = &self.view.data else { return Ok(()) };
        if let Some(timer) = &data.timer {
            // Over a day old: ask again, keep or drop, rather than log it unasked.
            if self.view.now - timer.started_at > Duration::hours(STALE_AFTER_HOURS) {
                self.view.popup = Some(Popup::StaleTimer(timer.clone()));
                return Ok(());
            }
            return self.stop_timer(true);
        }
        let items = today::items(data);
        let Some(TodayItem::Block(index)) = items.get(self.view.cursor.today).copied() else {
            return Err(crate::refusal!(
                "Select a block (learn, build, polish) first, then press s to time it."
            ));
        };
        let Some(block) = data.today.blocks.get(index) else {
            return Ok(());
        };
        let name = block.name.clone();
        self.store.start_timer(&block.id, self.view.now)?;
        self.reload()?;
        self.info(format!("Timer started on {name}. s stops it and logs the minutes."));
        Ok(())
    }

    fn stop_timer(&mut self, keep: bool) -> Result<()> {
        self.stop_timer_at(self.view.now, keep)
    }

    fn stop_timer_at(&mut self, at: NaiveDateTime, keep: bool) -> Result<()> {
        let entries = self.store.stop_timer(at, keep)?;
        self.reload()?;
        let minutes: u32 = entries.iter().map(|e| e.minutes).sum();
        match (keep, minutes) {
            (false, _) => self.info("Timer stopped; its time was dropped."),
            (true, 0) => self.info("Timer stopped after less than a minute; nothing logged."),
            (true, m) => self.info(format!("Logged {m} min.")),
        }
        Ok(())
    }

    /// Each second: stops the timer when its block's planned minutes are done.
    pub(super) fn tick(&mut self) -> Result<()> {
        let Some(data) = &self.view.data else { return Ok(()) };
        let Some(timer) = &data.timer else { return Ok(()) };
        let planned = data
            .today
            .blocks
            .iter()
            .find(|b| b.id == timer.block)
            .map_or(0, |b| b.planned_minutes);
        let was_open = planned > data.logged_today(&timer.block);
        let left = seconds_left(data, timer, self.view.now);
        if was_open && timer.started_at.date() == self.view.today() && left <= 0 {
            self.bell_due = self.bell;
            // Stop where the block ended: after the app was closed, the first
            // tick may come long after, and that overtime was never worked on screen.
            return self.stop_timer_at(self.view.now + Duration::seconds(left), true);
        }
        Ok(())
    }

    /// At startup: a timer running for over a day asks keep or drop before anything is logged.
    pub(super) fn ask_about_stale_timer(&mut self) {
        let Some(timer) = self.view.data.as_ref().and_then(|d| d.timer.clone()) else {
            return;
        };
        if self.view.now - timer.started_at > Duration::hours(STALE_AFTER_HOURS) {
            self.view.popup = Some(Popup::StaleTimer(timer));
        }
    }

    /// The learner's answer about a stale timer.
    pub(super) fn settle_stale_timer(&mut self, keep: bool) -> Result<()> {
        if !matches!(self.view.popup, Some(Popup::StaleTimer(_))) {
            return Ok(());
        }
        // The popup stays open when keeping fails (the days would pass 24
        // hours), so the learner can still drop the time with d.
        self.stop_timer(keep)?;
        self.view.popup = None;
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    #[test]
    fn the_countdown_never_runs_backwards_when_the_clock_goes_back() {
        let at = |h, m| {
            NaiveDate::from_ymd_opt(2026, 11, 24)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .unwrap()
        };
        let timer = RunningTimer {
            block: "build".into(),
            started_at: at(9, 0),
        };
        assert_eq!(elapsed_seconds(&timer, at(9, 25)), 25 * 60);
        // The wall clock was set back to before the start (NTP, a time-zone change).
        assert_eq!(elapsed_seconds(&timer, at(8, 50)), 0);
    }
}
