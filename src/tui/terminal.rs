//! The terminal's lifecycle: raw mode, alternate screen, mouse capture, and
//! putting everything back on every exit path (quit, error, panic, SIGTERM)
//! and around Ctrl-Z; a hang-up (SIGHUP) ends the process at once.

use std::io::{self, Stdout, stdout};
use std::sync::Arc;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use color_eyre::Result;
use color_eyre::eyre::WrapErr;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};

/// The real terminal type.
pub type Tty = Terminal<CrosstermBackend<Stdout>>;

/// Owns the terminal in TUI mode; dropping it restores the terminal.
pub struct TerminalGuard {
    terminal: Tty,
    mouse: bool,
}

static PANIC_HOOK: Once = Once::new();

/// Restores the terminal before the default panic report prints, so the
/// report is readable and the shell usable.
fn install_panic_hook() {
    PANIC_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // Mouse capture off is harmless when it was never on.
            let _ = leave(true);
            previous(info);
        }));
    });
}

fn enter(mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    // Bracketed paste: a paste arrives as one text event, never as keys.
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    Ok(())
}

fn leave(mouse: bool) -> io::Result<()> {
    let mut out = stdout();
    if mouse {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(out, DisableBracketedPaste);
    let raw = disable_raw_mode();
    let screen = execute!(out, LeaveAlternateScreen, ratatui::crossterm::cursor::Show);
    raw.and(screen)
}

impl TerminalGuard {
    /// Enters raw mode and the alternate screen (and mouse capture when asked).
    pub fn enter(mouse: bool) -> Result<TerminalGuard> {
        install_panic_hook();
        if let Err(error) = enter(mouse) {
            let _ = leave(mouse);
            return Err(error).wrap_err("could not put the terminal in full-screen mode; is this a terminal?");
        }
        let terminal = Terminal::new(CrosstermBackend::new(stdout())).wrap_err("could not open the terminal")?;
        Ok(TerminalGuard { terminal, mouse })
    }

    /// The terminal to draw on.
    pub fn terminal(&mut self) -> &mut Tty {
        &mut self.terminal
    }

    /// Ctrl-Z: restores the terminal, stops the process (as the shell expects),
    /// and on `fg` takes the terminal back and redraws everything.
    pub fn suspend(&mut self) -> Result<()> {
        leave(self.mouse).wrap_err("could not restore the terminal before suspending")?;
        signal_hook::low_level::raise(signal_hook::consts::SIGTSTP).wrap_err("could not suspend (SIGTSTP)")?;
        // Execution continues here after `fg` (SIGCONT).
        enter(self.mouse).wrap_err("could not take the terminal back after resuming")?;
        self.terminal.clear().wrap_err("could not redraw after resuming")?;
        Ok(())
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        if let Err(error) = leave(self.mouse) {
            eprintln!("studyplan: could not restore the terminal ({error}); run `reset` to fix it");
        }
    }
}

/// Exit status after a hang-up (128 + SIGHUP, as a shell reports it).
const HANGUP_EXIT: i32 = 129;

/// SIGTERM sets a flag the event loop checks, so the terminal is restored (by
/// the guard) instead of left in raw mode. SIGHUP ends the process at once:
/// its terminal is gone, so there is nothing to restore, and crossterm would
/// spin at 100 % CPU re-reading the dead tty inside `event::poll`, never
/// returning to the loop (crossterm-rs/crossterm#793). Every store write is
/// a transaction, so an exit mid-write loses nothing committed.
pub struct ShutdownSignals {
    flag: Arc<AtomicBool>,
}

impl ShutdownSignals {
    /// Registers the handlers.
    pub fn register() -> Result<ShutdownSignals> {
        let flag = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(signal_hook::consts::SIGTERM, Arc::clone(&flag))
            .wrap_err("could not watch for SIGTERM")?;
        signal_hook::flag::register_conditional_shutdown(
            signal_hook::consts::SIGHUP,
            HANGUP_EXIT,
            Arc::new(AtomicBool::new(true)),
        )
        .wrap_err("could not watch for SIGHUP")?;
        Ok(ShutdownSignals { flag })
    }

    /// True once a SIGTERM arrived.
    pub fn received(&self) -> bool {
        self.flag.load(Ordering::Relaxed)
    }
}
