//! `studyplan backup` and `studyplan restore` from the shell: a backup taken
//! while another process writes is intact, a restore brings back exactly what
//! was saved, and a damaged backup is refused with the live database unchanged.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use support::{Learner, dump};

const TODAY: &str = "2026-11-24";

fn started() -> Learner {
    let learner = Learner::new();
    learner.ok(TODAY, &["start", "fast-track-6-month", "--on", "2026-11-23"]);
    learner.ok(TODAY, &["log", "learn", "30m", "--note", "before the backup"]);
    learner
}

/// A connection held open, as a second studyplan would: commits then stay in
/// the `-wal` file instead of being folded into the main file when a process exits.
fn reader(learner: &Learner) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(&learner.db).unwrap();
    conn.query_row("SELECT count(*) FROM time_log", [], |r| r.get::<_, i64>(0))
        .unwrap();
    conn
}

fn integrity(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

#[test]
fn backups_taken_while_another_process_writes_are_intact() {
    let learner = Learner::new();
    learner.ok(TODAY, &["start", "fast-track-6-month", "--on", "2026-11-23"]);
    let _open = reader(&learner);
    learner.ok(TODAY, &["log", "learn", "30m", "--note", "before the backup"]);
    let learner = Arc::new(learner);
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (learner, stop) = (Arc::clone(&learner), Arc::clone(&stop));
        std::thread::spawn(move || {
            let mut written = 0;
            // Separate processes, each committing a log, for as long as the backups run.
            while !stop.load(Ordering::Relaxed) || written < 3 {
                let day = format!("2026-10-{:02}", 1 + written % 28);
                learner.ok(TODAY, &["log", "build", "1m", "--on", &day]);
                written += 1;
            }
            written
        })
    };
    let mut backups = Vec::new();
    for n in 0..3 {
        let file = learner.path(&format!("copy-{n}.db"));
        let out = learner.ok(TODAY, &["backup", file.to_str().unwrap()]);
        assert!(out.contains("Backed up"), "{out}");
        backups.push(file);
    }
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().unwrap();
    assert!(written >= 3);
    for file in &backups {
        assert_eq!(integrity(file), "ok", "{}", file.display());
    }
    // The last backup holds at least the log from before the writer started.
    let notes = rusqlite::Connection::open(backups.last().unwrap())
        .unwrap()
        .query_row(
            "SELECT count(*) FROM time_log WHERE note = 'before the backup'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap();
    assert_eq!(notes, 1);
}

#[test]
fn a_backup_without_a_file_goes_to_backups_beside_the_database() {
    let learner = started();
    let out = learner.ok(TODAY, &["backup"]);
    let folder = learner.db.parent().unwrap().join("backups");
    let files: Vec<_> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(out.contains(files[0].to_str().unwrap()), "{out}");
    assert_eq!(integrity(&files[0]), "ok");
    // A second backup in the same second does not overwrite the first.
    learner.ok(TODAY, &["backup"]);
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 2);
}

#[test]
fn restore_brings_back_exactly_what_was_backed_up() {
    let learner = started();
    learner.ok(TODAY, &["task", "add", "read the attention paper"]);
    let file = learner.path("saved.db");
    learner.ok(TODAY, &["backup", file.to_str().unwrap()]);
    let saved = dump(&learner.db);
    learner.ok(TODAY, &["log", "polish", "45m"]);
    learner.ok(TODAY, &["done", "sql-queries-repo"]);
    assert_ne!(dump(&learner.db), saved);

    // Without --yes, progress is never replaced.
    let err = learner.refused(TODAY, &["restore", file.to_str().unwrap()]);
    assert!(err.contains("--yes"), "{err}");

    let out = learner.ok(TODAY, &["restore", file.to_str().unwrap(), "--yes"]);
    assert!(out.contains("Restored"), "{out}");
    assert_eq!(dump(&learner.db), saved);
    assert_eq!(integrity(&learner.db), "ok");
    // The replaced data was kept in backups/.
    let kept = learner.db.parent().unwrap().join("backups");
    assert_eq!(std::fs::read_dir(kept).unwrap().count(), 1);
}

#[test]
fn a_damaged_backup_is_refused_and_the_database_is_unchanged() {
    let learner = started();
    let good = learner.path("good.db");
    learner.ok(TODAY, &["backup", good.to_str().unwrap()]);
    let bytes = std::fs::read(&good).unwrap();

    let truncated = learner.path("truncated.db");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let mut flipped = bytes.clone();
    for byte in flipped.iter_mut().skip(4096).take(4096) {
        *byte ^= 0x5a;
    }
    let damaged = learner.path("damaged.db");
    std::fs::write(&damaged, &flipped).unwrap();
    let text = learner.path("notes.txt");
    std::fs::write(&text, "not a database at all\n".repeat(300)).unwrap();

    let backups = learner.db.parent().unwrap().join("backups");
    let copies = || std::fs::read_dir(&backups).map_or(0, Iterator::count);
    for bad in [&truncated, &damaged, &text] {
        let err = learner.refused(TODAY, &["restore", bad.to_str().unwrap(), "--yes"]);
        assert!(err.contains(bad.to_str().unwrap()), "the message names the file: {err}");
        assert_eq!(integrity(&learner.db), "ok");
        assert_eq!(copies(), 0, "a refused restore leaves no before-restore copy behind");
    }
}
