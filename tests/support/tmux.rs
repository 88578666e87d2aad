//! Shared helpers for the end-to-end terminal tests: a private tmux server
//! that runs the built binary in a real terminal, keys sent as a person types
//! them, and the screen read back with `capture-pane`.
//!
//! Each test file includes it with `#[path = "support/tmux.rs"] mod support;`.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The session every helper talks to.
pub const SESSION: &str = "e2e";

/// How long a wait lasts before it fails with the screen (the machine is shared and slow at times).
const WAIT: Duration = Duration::from_secs(15);

/// A private tmux server (its own socket), killed when dropped, so a failed
/// test never leaves a TUI running.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    /// A server named after the test and this process, so parallel tests never share one.
    pub fn new(name: &str) -> Tmux {
        Tmux {
            socket: format!("studyplan-{name}-{}", std::process::id()),
        }
    }

    /// Runs a tmux command on this server.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    /// Starts the session, `width` x `height`, running `command` (a shell, or the app itself).
    pub fn start(&self, width: u16, height: u16, command: &str) {
        let (width, height) = (width.to_string(), height.to_string());
        let out = self.run(&["new-session", "-d", "-s", SESSION, "-x", &width, "-y", &height, command]);
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Sends keys in tmux's `send-keys` notation (`Enter`, `Escape`, `C-z`, or text).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", SESSION];
        args.extend_from_slice(keys);
        let out = self.run(&args);
        assert!(
            out.status.success(),
            "send-keys {keys:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// The visible screen as text.
    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", SESSION]).stdout).into_owned()
    }

    /// Waits until the screen shows `text`; fails with the screen when it never does.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            if start.elapsed() > WAIT {
                panic!("waited {WAIT:?} for {text:?}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits up to `limit` for `done`; returns whether it came.
    pub fn wait_until(&self, limit: Duration, done: impl Fn(&Tmux) -> bool) -> bool {
        let start = Instant::now();
        while !done(self) {
            if start.elapsed() > limit {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        true
    }

    /// A tmux format value of the pane (`#{pane_pid}`, `#{alternate_on}`...).
    pub fn pane_value(&self, format: &str) -> String {
        String::from_utf8_lossy(&self.run(&["display-message", "-p", "-t", SESSION, format]).stdout)
            .trim()
            .to_owned()
    }

    /// True while a full-screen program holds the terminal.
    pub fn alternate_screen_on(&self) -> bool {
        self.pane_value("#{alternate_on}") == "1"
    }

    /// Waits until the program gave the terminal back; fails with the screen when it never does.
    pub fn wait_for_shell(&self) {
        let left = self.wait_until(Duration::from_secs(10), |t| !t.alternate_screen_on());
        assert!(left, "the alternate screen was left on:\n{}", self.screen());
    }

    /// The process id of the program the pane started.
    pub fn pane_pid(&self) -> u32 {
        self.pane_value("#{pane_pid}")
            .parse()
            .expect("tmux gives the pane's pid")
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// True when tmux is installed; else says the test is skipped. Under CI
/// (`CI=true`, where `.ci/run` installs tmux) a missing tmux fails the test
/// instead of letting it pass without having run.
pub fn tmux_installed() -> bool {
    if Command::new("tmux").arg("-V").output().is_err() {
        assert!(
            std::env::var("CI").map_or(true, |ci| ci != "true"),
            "CI=true but tmux is not installed: this terminal test cannot run"
        );
        println!("note: tmux is not installed; this terminal test is skipped (CI installs tmux)");
        return false;
    }
    true
}

/// Runs the built binary on `db` outside the terminal (to set up or check data).
pub fn studyplan(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_studyplan"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("binary runs")
}

/// Like [`studyplan`], failing the test with its stderr when the command fails.
pub fn studyplan_ok(db: &Path, args: &[&str]) -> String {
    let out = studyplan(db, args);
    assert!(
        out.status.success(),
        "studyplan {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// True while `pid` is alive (a zombie has exited and does not count).
pub fn is_running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|stat| !stat.rsplit(')').next().unwrap_or("").trim_start().starts_with('Z'))
        .unwrap_or(false)
}
