//! The app: view state plus the store, and `update`, the only place state
//! changes and the store is written.
//!
//! Every action that writes goes to the store first, then the screen data is
//! reloaded from it, so what is shown is always what is saved. A failed action
//! shows its error in the status line and the app keeps running.

mod boxes;
mod edit;
mod navigate;
pub(crate) mod timer;
mod welcome;

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDateTime, Weekday};
use color_eyre::Result;

use crate::config::file::keys::KeyOverrides;
use crate::error::ErrorKind;
use crate::store::Store;
use crate::study::Focus;
use crate::tui::action::Action;
use crate::tui::keymap;
use crate::tui::state::{Cursor, Popup, Status, StatusKind, View, WelcomeState};

/// How long a confirmation stays in the status line.
const INFO_SECONDS: i64 = 4;
/// How long an error stays in the status line.
const ERROR_SECONDS: i64 = 10;
/// How long the start-up notice about a gone, broken or edited roadmap file stays.
const FILE_NOTICE_SECONDS: i64 = 30;

/// The running app: the learner's store and what the screen shows.
pub struct App {
    store: Store,
    view: View,
    quit: bool,
    /// The config file's display names for block ids.
    block_names: BTreeMap<String, String>,
    /// Ring the bell when a timer finishes its block (`timer_bell` in the config file).
    bell: bool,
    /// A timer finished its block since the loop last asked.
    bell_due: bool,
    /// The first day of the Week screen's seven days (`week_start` in the config file).
    week_start: Weekday,
    /// Tasks of earlier days ticked done on Today: they stay listed until the day
    /// changes, so a tick can be undone where it was made.
    kept_tasks: Vec<i64>,
    /// The daily budget the welcome form offers (`daily_minutes` in the config file).
    default_budget: Option<u32>,
    /// The store's data version when the screen data was last read: another
    /// process's write changes it, and the next tick reloads.
    seen_version: Option<i64>,
    /// Counts reloads, so the loop knows when to redraw.
    generation: u64,
}

impl App {
    /// Loads the store's data for `now`; asks about a timer left running for over a day.
    pub fn new(store: Store, now: NaiveDateTime) -> Result<App> {
        let view = View {
            now,
            screen: crate::tui::action::Screen::Today,
            data: None,
            shown_monday: monday_of(now.date()),
            cursor: Cursor::default(),
            welcome: WelcomeState::default(),
            popup: None,
            status: None,
            size: (0, 0),
            bindings: keymap::BINDINGS.to_vec(),
        };
        let mut app = App {
            store,
            view,
            quit: false,
            block_names: BTreeMap::new(),
            bell: true,
            bell_due: false,
            week_start: Weekday::Mon,
            kept_tasks: Vec::new(),
            default_budget: None,
            seen_version: None,
            generation: 0,
        };
        app.reload()?;
        // Said once at start: the app never re-reads roadmap files while it runs.
        if let Some(notice) = crate::study::notice::roadmap_file_notice(&app.store)? {
            app.set_status(notice, StatusKind::Hint, FILE_NOTICE_SECONDS);
            // About the app, not the screen it opened on: it stays when the learner moves on.
            if let Some(status) = &mut app.view.status {
                status.about = None;
            }
        }
        app.ask_about_stale_timer();
        Ok(app)
    }

    /// What to draw.
    pub fn view(&self) -> &View {
        &self.view
    }

    /// The store (tests read what was saved through it).
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// True once the learner asked to quit.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// True while something changes by itself each second (a timer, a message to expire).
    pub fn needs_tick(&self) -> bool {
        self.view.status.is_some() || self.view.data.as_ref().is_some_and(|d| d.timer.is_some())
    }

    /// Applies one action at `now` (local time; the date may be fixed by `--today`).
    pub fn update(&mut self, action: Action, now: NaiveDateTime) {
        let new_day = now.date() != self.view.now.date();
        if new_day {
            self.kept_tasks.clear();
        }
        self.view.now = now;
        if self.view.status.as_ref().is_some_and(|s| s.until <= now) {
            self.view.status = None;
        }
        let result = if new_day { self.reload() } else { Ok(()) }.and_then(|()| self.dispatch(action));
        if let Err(error) = result {
            self.report(&error);
        }
    }

    /// Pasted text (bracketed paste): goes whole into the text field that has
    /// focus, never read as keys; outside a text field it is ignored.
    pub fn paste(&mut self, text: &str, now: NaiveDateTime) {
        self.view.now = now;
        if let Some(Popup::Editor { input, .. }) = &mut self.view.popup {
            input.paste(text);
        } else if self.view.popup.is_none()
            && let Some(form) = &mut self.view.welcome.form
        {
            match form.field {
                0 => form.start.paste(text),
                _ => form.budget.paste(text),
            }
        }
    }

    fn dispatch(&mut self, action: Action) -> Result<()> {
        match action {
            Action::Quit => {
                self.quit = true;
                Ok(())
            }
            // The loop suspends the process; nothing changes here.
            Action::Suspend => Ok(()),
            Action::Tick => self.refresh_if_changed().and_then(|()| self.tick()),
            Action::Refresh => self.refresh_if_changed(),
            Action::Resize(width, height) => {
                self.view.size = (width, height);
                Ok(())
            }
            Action::Click(column, row) => self.click(column, row),
            _ if self.view.popup.is_some() => self.popup_action(action),
            _ if self.view.data.is_none() => self.welcome_action(action),
            _ => self.screen_action(action),
        }
    }

    fn popup_action(&mut self, action: Action) -> Result<()> {
        match action {
            Action::Close => {
                self.close_popup();
                Ok(())
            }
            Action::Confirm => self.confirm(),
            Action::KeepTime => self.settle_stale_timer(true),
            Action::DropTime => self.settle_stale_timer(false),
            Action::Submit => self.submit_edit(),
            Action::Input(key) => {
                if let Some(Popup::Editor { input, .. }) = &mut self.view.popup {
                    input.input(key);
                }
                Ok(())
            }
            Action::Edit(edit) => {
                if let Some(Popup::Editor { input, .. }) = &mut self.view.popup {
                    input.edit(edit);
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// The daily budget the welcome form offers instead of the roadmap's own
    /// (`daily_minutes` in the config file), as `studyplan start` does.
    pub fn set_default_budget(&mut self, minutes: Option<u32>) {
        self.default_budget = minutes;
    }

    /// Whether a timer finishing its block rings the terminal bell.
    pub fn set_bell(&mut self, bell: bool) {
        self.bell = bell;
    }

    /// True once after a timer finished its block with the bell on: the loop rings it.
    pub fn take_bell(&mut self) -> bool {
        std::mem::take(&mut self.bell_due)
    }

    /// Uses the config file's `[keys]` on top of the default keys.
    pub fn set_keys(&mut self, overrides: &KeyOverrides) {
        self.view.bindings = keymap::with_overrides(overrides);
    }

    /// Starts the Week screen's seven days on `first` (`week_start = "sunday"`;
    /// plan weeks stay Monday to Sunday) and selects today there, as the app
    /// opens on today's week.
    pub fn set_week_start(&mut self, first: Weekday) -> Result<()> {
        self.week_start = first;
        self.select_week_date(self.view.today())
    }

    /// Shows blocks under the config file's names (`[blocks] learn = "Read"`).
    pub fn set_block_names(&mut self, names: BTreeMap<String, String>) -> Result<()> {
        self.block_names = names;
        self.reload()
    }

    /// How many times the screen data was read: changes when there is something new to draw.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Reloads when another process (a shell command, a second studyplan)
    /// wrote to the store since the last read, keeping the screen and the
    /// selection; a timer stopped elsewhere disappears, one started elsewhere shows.
    fn refresh_if_changed(&mut self) -> Result<()> {
        let version = self.store.data_version()?;
        if self.seen_version != Some(version) {
            self.reload()?;
        }
        Ok(())
    }

    /// Reloads the screen data from the store (after every write).
    fn reload(&mut self) -> Result<()> {
        // Read the version first: a write landing during the reload is seen next time.
        self.seen_version = Some(self.store.data_version()?);
        self.generation += 1;
        let today = self.view.today();
        let focus = Focus {
            today,
            shown_monday: self.view.shown_monday,
            week_start: self.week_start,
            keep: &self.kept_tasks,
            stats: true,
        };
        self.view.data = crate::study::load(&self.store, focus)?;
        if let Some(data) = self.view.data.as_mut() {
            data.rename_blocks(&self.block_names);
        }
        if self.view.data.is_none() {
            let mut roadmaps = self.store.roadmaps()?;
            // Bundled roadmaps in their presentation order (as `roadmap list`), then the learner's own.
            roadmaps.sort_by_key(|r| {
                let rank = crate::roadmap::bundled::BUNDLED.iter().position(|b| b.id == r.id);
                (rank.unwrap_or(usize::MAX), r.id.clone())
            });
            self.view.welcome.roadmaps = roadmaps;
        }
        self.clamp_cursors();
        Ok(())
    }

    /// Shows a confirmation in the status line.
    fn info(&mut self, text: impl Into<String>) {
        self.set_status(text.into(), StatusKind::Info, INFO_SECONDS);
    }

    /// The keys bound to `action` where the learner is now, for messages.
    fn key_for(&self, action: Action) -> String {
        keymap::keys_for(&self.view.bindings, self.view.mode(), action)
    }

    /// Shows a hint about the learner's input in the status line.
    fn hint(&mut self, text: impl Into<String>) {
        self.set_status(text.into(), StatusKind::Hint, ERROR_SECONDS);
    }

    /// Shows a failed action in the status line: a refused input as a hint,
    /// anything else as an error.
    fn report(&mut self, error: &color_eyre::Report) {
        let kind = match crate::error::kind_of(error) {
            ErrorKind::Refused => StatusKind::Hint,
            ErrorKind::Environment | ErrorKind::Bug => StatusKind::Error,
        };
        self.set_status(format!("{error:#}"), kind, ERROR_SECONDS);
    }

    fn set_status(&mut self, text: String, kind: StatusKind, seconds: i64) {
        let text = crate::text::clean_line(&text).into_owned();
        self.view.status = Some(Status {
            text,
            kind,
            until: self.view.now + Duration::seconds(seconds),
            about: Some(self.view.screen),
        });
    }
}

pub(crate) use crate::plan::monday_of;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_boxes;
#[cfg(test)]
mod tests_qa;
#[cfg(test)]
mod tests_today;
#[cfg(test)]
mod tests_week;
