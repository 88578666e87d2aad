//! The terminal user interface (ratatui): the only module that imports ratatui.
//!
//! One synchronous loop: draw, wait for an event (with a one-second tick only
//! while a timer runs or a message shows, else a one-second look at the
//! store's data version, so other processes' writes show), map the key to an
//! [`action::Action`] through the keymap table, and apply it with
//! `App::update`, the only place state changes and the store is written.
//! Rendering only reads.

pub mod action;
pub mod app;
pub mod keymap;
pub mod screens;
pub mod state;
pub mod strings;
pub mod terminal;
pub mod theme;
pub mod ui;
pub mod widgets;

use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta, Timelike};
use color_eyre::Result;
use color_eyre::eyre::WrapErr;
use ratatui::crossterm::event::{self, Event, KeyEventKind, MouseButton, MouseEventKind};

use crate::config::file::ConfigFile;
use crate::store::Store;
use action::Action;
use app::App;
use terminal::{ShutdownSignals, TerminalGuard};
use theme::Theme;

/// How often the idle loop wakes to check for SIGTERM and for writes by other
/// processes; it draws only when something changed.
const SIGNAL_CHECK: Duration = Duration::from_secs(1);

/// Options of the TUI.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TuiOptions {
    /// Use this date as today (the time of day still comes from the clock).
    pub today: Option<NaiveDate>,
    /// Added to the system clock: the test clock's lead (`STUDYPLAN_NOW`), else zero.
    pub clock_offset: TimeDelta,
    /// Capture the mouse (clicks select, the wheel scrolls).
    pub mouse: bool,
    /// The styles (the config file's theme, or monochrome under `NO_COLOR`).
    pub theme: Theme,
}

impl Default for TuiOptions {
    fn default() -> Self {
        TuiOptions {
            today: None,
            clock_offset: TimeDelta::zero(),
            mouse: true,
            theme: Theme::from_env(),
        }
    }
}

/// The local date-time now (moved by the test clock's offset), on the fixed date when one is given.
fn now(options: TuiOptions) -> NaiveDateTime {
    crate::config::live_now(options.today, options.clock_offset)
}

/// Runs the TUI until the learner quits, with the config file's keys and
/// block names. Setup errors (the store's data) surface before the terminal
/// changes mode.
pub fn run(store: Store, options: TuiOptions, config: &ConfigFile) -> Result<()> {
    let theme = options.theme;
    let mut app = App::new(store, now(options))?;
    app.set_keys(&config.keys);
    app.set_bell(config.timer_bell);
    app.set_default_budget(config.daily_minutes);
    app.set_block_names(config.blocks.clone())?;
    app.set_week_start(config.week_start.0)?;
    let signals = ShutdownSignals::register()?;
    let mut guard = TerminalGuard::enter(options.mouse)?;
    let result = event_loop(&mut app, &mut guard, &signals, options, &theme);
    drop(guard);
    result
}

fn event_loop(
    app: &mut App,
    guard: &mut TerminalGuard,
    signals: &ShutdownSignals,
    options: TuiOptions,
    theme: &Theme,
) -> Result<()> {
    let size = guard.terminal().size().wrap_err("could not read the terminal size")?;
    app.update(Action::Resize(size.width, size.height), now(options));
    let mut dirty = true;
    while !app.should_quit() && !signals.received() {
        if dirty {
            guard
                .terminal()
                .draw(|frame| ui::render(app.view(), frame.area(), frame.buffer_mut(), theme))
                .wrap_err("could not draw on the terminal")?;
            dirty = false;
        }
        let ticking = app.needs_tick();
        let timeout = if ticking {
            // Wake on the next wall-clock second so mm:ss changes in step with the clock.
            Duration::from_millis(1000 - u64::from(now(options).nanosecond() / 1_000_000).min(999))
        } else {
            SIGNAL_CHECK
        };
        if !event::poll(timeout).wrap_err("could not read from the terminal")? {
            if ticking {
                app.update(Action::Tick, now(options));
                if app.take_bell() {
                    ring_bell();
                }
                dirty = true;
            } else {
                // Idle: one cheap look at the store, so writes from a shell show within a second.
                let seen = app.generation();
                app.update(Action::Refresh, now(options));
                dirty = app.generation() != seen;
            }
            continue;
        }
        let event = event::read().wrap_err("could not read from the terminal")?;
        if let Event::Paste(text) = &event {
            app.paste(text, now(options));
            dirty = true;
            continue;
        }
        let Some(action) = to_action(app, event, options) else {
            continue;
        };
        if action == Action::Suspend {
            guard.suspend()?;
        } else {
            app.update(action, now(options));
        }
        dirty = true;
    }
    Ok(())
}

/// BEL to the terminal: a timer finished its block. A failed write is ignored:
/// the bell is a courtesy, the time is already logged.
fn ring_bell() {
    use std::io::Write;
    let mut out = std::io::stdout();
    let _ = out.write_all(b"\x07").and_then(|()| out.flush());
}

/// Maps a terminal event to an action through the keymap; `None` for events that change nothing.
fn to_action(app: &App, event: Event, options: TuiOptions) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            keymap::action_for_in(&app.view().bindings, app.view().mode(), key)
        }
        Event::Mouse(mouse) if options.mouse => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(mouse.column, mouse.row)),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize(width, height)),
        _ => None,
    }
}

#[cfg(test)]
mod bundled_tests;
#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod render_tests;
#[cfg(test)]
mod render_tests_review;
#[cfg(test)]
mod render_tests_week;

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in tests a failed unwrap is a failed test
mod tests {
    use ratatui::crossterm::event::{KeyModifiers, MouseEvent};

    use super::*;

    fn mouse(kind: MouseEventKind) -> Event {
        Event::Mouse(MouseEvent {
            kind,
            column: 12,
            row: 1,
            modifiers: KeyModifiers::NONE,
        })
    }

    #[test]
    fn clicks_and_the_wheel_become_actions_only_with_mouse_capture() {
        let app = App::new(crate::tui::fixtures::store(""), crate::tui::fixtures::now()).unwrap();
        let with = TuiOptions {
            mouse: true,
            ..TuiOptions::default()
        };
        let without = TuiOptions {
            mouse: false,
            ..TuiOptions::default()
        };
        assert_eq!(
            to_action(&app, mouse(MouseEventKind::Down(MouseButton::Left)), with),
            Some(Action::Click(12, 1))
        );
        assert_eq!(
            to_action(&app, mouse(MouseEventKind::ScrollDown), with),
            Some(Action::ScrollDown)
        );
        assert_eq!(to_action(&app, mouse(MouseEventKind::ScrollDown), without), None);
        assert_eq!(
            to_action(&app, Event::Resize(100, 30), without),
            Some(Action::Resize(100, 30))
        );
    }
}
