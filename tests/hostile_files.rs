//! Files the learner names that are not what they should be: a device, a
//! pipe, a pipe left open on standard input. Each is refused at once, with
//! the file named, instead of hanging or filling memory.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::Learner;

const DAY: &str = "2026-11-30";

/// Runs studyplan with `config` as the config file and `stdin`, giving it at most 5 seconds.
fn run_with_config(learner: &Learner, config: &str, stdin: Stdio) -> (i32, String, Duration) {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_studyplan"))
        .env_remove("STUDYPLAN_CONFIG")
        .args([
            "--db",
            learner.db.to_str().unwrap(),
            "--today",
            DAY,
            "--config",
            config,
            "today",
        ])
        .stdin(stdin)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut stderr = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
            return (status.code().unwrap_or(-1), stderr, started.elapsed());
        }
        if started.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            panic!("studyplan --config {config} hung for 5 seconds");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_device_a_pipe_or_an_open_stdin_as_config_is_refused_at_once() {
    let learner = Learner::new();
    learner.ok(DAY, &["start", "fast-track-6-month"]);

    let (code, stderr, took) = run_with_config(&learner, "/dev/zero", Stdio::null());
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("/dev/zero is a device, not a file"), "{stderr}");
    assert!(took < Duration::from_secs(2), "{took:?}");

    let fifo = learner.path("config.fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let (code, stderr, _) = run_with_config(&learner, fifo.to_str().unwrap(), Stdio::null());
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("is a pipe, not a file"), "{stderr}");

    // A pipe that stays open (nobody writes, nobody closes): /dev/stdin.
    let (code, stderr, _) = run_with_config(&learner, "/dev/stdin", Stdio::piped());
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.starts_with("refused: /dev/stdin is a pipe"), "{stderr}");
}
