//! The focus timer: start and stop on a block, finish by itself when the
//! block's minutes are done, and settle a timer left running for over a day.
//!
//! The timer's start lives in the store, so quitting never loses it; its
//! minutes follow the one rule of `study::timer`, shared with the commands.

use chrono::NaiveDateTime;
use color_eyre::Result;

use super::App;
use crate::tui::screens::today::{self, TodayItem};
use crate::tui::state::Popup;

impl App {
    /// The timer key: stops the running timer (logging its minutes) or starts one on the selected block.
    pub(super) fn toggle_timer(&mut self) -> Result<()> {
        let Some(data) = &self.view.data else { return Ok(()) };
        if let Some(timer) = &data.timer {
            // Over a day old: ask again, keep or drop, rather than log it unasked.
            if timer.reading(self.view.now).stale {
                self.view.popup = Some(Popup::StaleTimer(timer.running.clone()));
                return Ok(());
            }
            return self.stop_timer(true);
        }
        let items = today::items(data);
        let Some(TodayItem::Block(index)) = items.get(self.view.cursor.today).copied() else {
            let key = self.key_for(crate::tui::action::Action::ToggleTimer);
            crate::refuse!("Select a block (learn, build, polish) first, then press {key} to time it.");
        };
        let Some(block) = data.today.blocks.get(index) else {
            return Ok(());
        };
        let name = block.name.clone();
        self.store.start_timer(&block.id, self.view.now)?;
        self.reload()?;
        let key = self.key_for(crate::tui::action::Action::ToggleTimer);
        self.info(format!("Timer started on {name}. {key} stops it and logs the minutes."));
        Ok(())
    }

    fn stop_timer(&mut self, keep: bool) -> Result<()> {
        self.stop_timer_at(self.view.now, keep)
    }

    /// Stops the timer on screen by the one rule (`study::timer`); when another
    /// process stopped it meanwhile, the refusal says so and nothing else changes.
    fn stop_timer_at(&mut self, at: NaiveDateTime, keep: bool) -> Result<()> {
        let Some(timer) = self.view.data.as_ref().and_then(|d| d.timer.clone()) else {
            crate::refuse!("No timer is running.");
        };
        let stopped = timer.stop(&mut self.store, at, keep);
        // Whatever happened, show the store's truth (a timer stopped elsewhere disappears).
        self.reload()?;
        let entries = stopped?;
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
        let Some(timer) = self.view.data.as_ref().and_then(|d| d.timer.clone()) else {
            return Ok(());
        };
        let reading = timer.reading(self.view.now);
        if reading.finished && !reading.stale {
            self.bell_due = self.bell;
            return self.stop_timer_at(self.view.now, true);
        }
        Ok(())
    }

    /// At startup: a timer running for over a day asks keep or drop before anything is logged.
    pub(super) fn ask_about_stale_timer(&mut self) {
        let Some(timer) = self.view.data.as_ref().and_then(|d| d.timer.clone()) else {
            return;
        };
        if timer.reading(self.view.now).stale {
            self.view.popup = Some(Popup::StaleTimer(timer.running));
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
