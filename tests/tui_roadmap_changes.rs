//! A roadmap file broken, removed or edited while the interface runs, and
//! between runs: the interface keeps working on the copy it imported (moving
//! between screens, ticking items, timing a block), and when it starts it
//! says in the status line what became of the file, naming it.
//!
//! tmux runs the built binary on a temporary database and config folder.
//! Skipped with a note when tmux is not installed (CI installs it).

#![allow(clippy::unwrap_used, clippy::expect_used)] // in tests a failed unwrap is a failed test

#[path = "support/tmux.rs"]
mod support;

use std::path::{Path, PathBuf};

use studyplan::plan::ItemState;
use studyplan::store::Store;
use support::{Tmux, studyplan_ok, tmux_installed};

const TODAY: &str = "2026-02-10";
const VALID: &str = include_str!("fixtures/roadmaps/valid.toml");
const PROMPT: &str = "E2E-READY$";
/// Every start-up notice about the file begins with this.
const NOTICE: &str = "Roadmap file";

/// A learner whose own roadmap sits in the config folder's `roadmaps/` and was started from there.
struct Setup {
    _dir: tempfile::TempDir,
    db: PathBuf,
    config: PathBuf,
    file: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("data").join("studyplan.db");
        let config = dir.path().join("config").join("config.toml");
        let folder = dir.path().join("config").join("roadmaps");
        std::fs::create_dir_all(&folder).unwrap();
        let file = folder.join("mine.toml");
        std::fs::write(&file, VALID).unwrap();
        let setup = Setup {
            _dir: dir,
            db,
            config,
            file,
        };
        setup.cli(&["start", "fixture-roadmap", "--on", "2026-02-02"]);
        setup
    }

    fn cli(&self, args: &[&str]) -> String {
        let mut all = vec!["--config", self.config.to_str().unwrap(), "--today", TODAY];
        all.extend_from_slice(args);
        studyplan_ok(&self.db, &all)
    }

    /// Opens the interface in the shell of `tmux` and waits for its first frame.
    fn open(&self, tmux: &Tmux) -> String {
        let command = format!(
            "{} --db '{}' --config '{}' --today {TODAY}",
            env!("CARGO_BIN_EXE_studyplan"),
            self.db.display(),
            self.config.display()
        );
        tmux.keys(&[&command, "Enter"]);
        tmux.wait_for("Blocks")
    }

    fn state_of(&self, item: &str) -> Option<ItemState> {
        let store = Store::open(&self.db).unwrap();
        let statuses = store.statuses().unwrap();
        statuses.iter().find(|s| s.item_id == item).map(|s| s.state)
    }
}

/// Quits the interface and waits for the shell.
fn quit(tmux: &Tmux) {
    tmux.keys(&["q"]);
    tmux.wait_for_shell();
    tmux.wait_for(PROMPT);
}

/// Moves through every screen and back to Today: each still draws from the imported copy.
fn visit_every_screen(tmux: &Tmux) {
    tmux.keys(&["2"]);
    tmux.wait_for("Mon 9");
    tmux.keys(&["3"]);
    tmux.wait_for("Overall");
    tmux.keys(&["4"]);
    tmux.wait_for("The week in numbers");
    tmux.keys(&["5"]);
    tmux.wait_for("Minutes per day");
    tmux.keys(&["1"]);
    tmux.wait_for("Blocks");
}

/// Ticks the deliverable under the first phase on Milestones (done, or open
/// again when it was done), waits for `said`, and goes back to Today.
fn tick_first_deliverable(tmux: &Tmux, said: &str) {
    tmux.keys(&["3"]);
    tmux.wait_for("Overall");
    tmux.keys(&["g", "j", "Space"]);
    tmux.wait_for(said);
    tmux.keys(&["1"]);
    tmux.wait_for("Blocks");
}

/// The status-line notice, read from the screen: the row that carries it.
fn notice(screen: &str) -> Option<&str> {
    screen.lines().find(|line| line.contains(NOTICE)).map(str::trim)
}

fn shows(screen: &str, file: &Path, what: &str) {
    let line = notice(screen).unwrap_or_else(|| panic!("no notice about the roadmap file:\n{screen}"));
    assert!(
        line.contains(file.to_str().unwrap()),
        "the notice names the file: {line}"
    );
    assert!(line.contains(what), "the notice says {what:?}: {line}");
}

#[test]
fn a_roadmap_file_broken_removed_or_edited_never_stops_the_interface_and_is_reported() {
    if !tmux_installed() {
        return;
    }
    let setup = Setup::new();
    let tmux = Tmux::new("roadmap-changes");
    tmux.start(220, 40, &format!("env PS1='{PROMPT} ' TERM=xterm-256color sh"));
    tmux.wait_for(PROMPT);

    // A file as it was imported: no notice.
    let screen = setup.open(&tmux);
    assert_eq!(notice(&screen), None, "nothing to report:\n{screen}");

    // Broken, then removed, while the interface runs: it keeps working on its copy.
    std::fs::write(&setup.file, "id = \"fixture-roadmap\"\ntitle = [unclosed\n").unwrap();
    visit_every_screen(&tmux);
    tick_first_deliverable(&tmux, "Marked done");
    std::fs::remove_file(&setup.file).unwrap();
    // The first block, then its timer.
    tmux.keys(&["g", "s"]);
    tmux.wait_for("Timer started");
    tmux.keys(&["s"]);
    tmux.wait_for("nothing logged");
    visit_every_screen(&tmux);
    quit(&tmux);
    assert_eq!(setup.state_of("first-repo"), Some(ItemState::Done));

    // Broken when the interface starts: it says which file, where and what, and keeps working.
    std::fs::write(&setup.file, "id = \"fixture-roadmap\"\ntitle = [unclosed\n").unwrap();
    let screen = setup.open(&tmux);
    shows(&screen, &setup.file, "mine.toml:2:");
    assert!(notice(&screen).unwrap().contains("broken"), "{screen}");
    visit_every_screen(&tmux);
    tick_first_deliverable(&tmux, "Marked open again");
    quit(&tmux);
    assert_eq!(setup.state_of("first-repo"), None, "the second tick undid the first");

    // Removed: it says the file is gone, and the plan is the imported one.
    std::fs::remove_file(&setup.file).unwrap();
    let screen = setup.open(&tmux);
    shows(&screen, &setup.file, "gone");
    assert!(
        screen.contains("Fixture roadmap"),
        "the imported copy is shown:\n{screen}"
    );
    visit_every_screen(&tmux);
    quit(&tmux);

    // Edited: it says the file changed and how to use the changes; the plan keeps the imported copy.
    std::fs::write(&setup.file, VALID.replace("Fixture roadmap", "Edited roadmap")).unwrap();
    let screen = setup.open(&tmux);
    shows(&screen, &setup.file, "changed");
    assert!(notice(&screen).unwrap().contains("roadmap import"), "{screen}");
    assert!(
        !screen.contains("Edited roadmap"),
        "the edit is not taken behind the learner's back"
    );
    quit(&tmux);

    // Imported again: the edit is in use and there is nothing more to say.
    setup.cli(&["roadmap", "import", setup.file.to_str().unwrap()]);
    let screen = setup.open(&tmux);
    assert_eq!(notice(&screen), None, "{screen}");
    assert!(screen.contains("Edited roadmap"), "{screen}");
    quit(&tmux);
}
