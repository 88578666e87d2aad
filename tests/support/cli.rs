//! Shared helpers for the command-line tests: a private database and config
//! folder per test, a fixed `--today`, and a dump of the database to prove a
//! refused command wrote nothing.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rusqlite::types::Value;

/// A learner's private world: database, config folder, and files.
pub struct Learner {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    pub config: PathBuf,
}

/// What a finished command left behind.
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Learner {
    pub fn new() -> Learner {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("data").join("studyplan.db");
        let config = dir.path().join("config").join("config.toml");
        Learner { dir, db, config }
    }

    /// `studyplan --db ... --config ... --today TODAY`, with no colour variables set.
    pub fn command(&self, today: &str) -> Command {
        self.command_on(&self.db, today)
    }

    /// Like [`Learner::command`] with another database file.
    pub fn command_on(&self, db: &Path, today: &str) -> Command {
        let mut cmd = Command::cargo_bin("studyplan").unwrap();
        cmd.env_remove("STUDYPLAN_DB")
            .env_remove("STUDYPLAN_CONFIG")
            .env_remove("STUDYPLAN_TODAY")
            .env_remove("NO_COLOR")
            .arg("--db")
            .arg(db)
            .arg("--config")
            .arg(&self.config)
            .arg("--today")
            .arg(today);
        cmd
    }

    pub fn run(&self, today: &str, args: &[&str]) -> Outcome {
        let output = self.command(today).args(args).output().unwrap();
        Outcome {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout).unwrap(),
            stderr: String::from_utf8(output.stderr).unwrap(),
        }
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, today: &str, args: &[&str]) -> String {
        let out = self.run(today, args);
        assert_eq!(out.code, 0, "studyplan {args:?} failed:\n{}{}", out.stdout, out.stderr);
        assert!(
            out.stderr.is_empty(),
            "studyplan {args:?} wrote to stderr:\n{}",
            out.stderr
        );
        out.stdout
    }

    /// Runs a `--json` command that must succeed; returns the parsed JSON.
    pub fn json(&self, today: &str, args: &[&str]) -> serde_json::Value {
        let text = self.ok(today, args);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?} gave invalid JSON ({e}):\n{text}"))
    }

    /// Runs a command that must be refused with exit code 1 and leave the database as it was;
    /// returns its stderr.
    pub fn refused(&self, today: &str, args: &[&str]) -> String {
        let before = dump(&self.db);
        let out = self.run(today, args);
        assert_eq!(
            out.code, 1,
            "studyplan {args:?} should be refused:\n{}{}",
            out.stdout, out.stderr
        );
        assert!(
            !out.stderr.trim().is_empty(),
            "studyplan {args:?} refused without a message"
        );
        assert_eq!(before, dump(&self.db), "studyplan {args:?} changed the database");
        out.stderr
    }

    /// A file path inside the learner's temp folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// Every row of every table plus the schema version, as text; empty when there is no database.
pub fn dump(db: &Path) -> String {
    if !db.exists() {
        return String::new();
    }
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    let mut out = format!("user_version {version}\n");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for table in tables {
        out.push_str(&format!("table {table}\n"));
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |row| {
                let values: Vec<Value> = (0..columns).map(|i| row.get::<_, Value>(i).unwrap()).collect();
                Ok(format!("{values:?}"))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows.sort();
        for row in rows {
            out.push_str(&row);
            out.push('\n');
        }
    }
    out
}

/// The titles in a JSON array of objects.
pub fn titles(items: &serde_json::Value) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_owned())
        .collect()
}
