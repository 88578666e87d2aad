//! Shell citizenship: help with examples, completions, the man page, a closed
//! pipe, plain output without escape bytes, and the demo database.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use std::io::Read;
use std::process::{Command, Stdio};

use support::Learner;

const DAY: &str = "2026-03-10";

#[test]
fn every_subcommand_has_help_with_examples() {
    let learner = Learner::new();
    for args in [
        vec!["--help"],
        vec!["start", "--help"],
        vec!["today", "--help"],
        vec!["week", "--help"],
        vec!["log", "--help"],
        vec!["timer", "start", "--help"],
        vec!["timer", "stop", "--help"],
        vec!["done", "--help"],
        vec!["task", "add", "--help"],
        vec!["review", "--help"],
        vec!["roadmap", "validate", "--help"],
        vec!["demo", "--help"],
        vec!["completions", "--help"],
    ] {
        let out = learner.ok(DAY, &args);
        assert!(out.contains("Examples:"), "{args:?}:\n{out}");
    }
    assert!(learner.ok(DAY, &["--help"]).contains("Exit codes"));
}

#[test]
fn completions_are_generated_for_each_shell() {
    let learner = Learner::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = learner.ok(DAY, &["completions", shell]);
        assert!(script.contains("studyplan"), "{shell}");
        assert!(script.contains("roadmap"), "{shell}");
    }
}

#[test]
fn the_man_page_is_roff_and_needs_no_home_or_database() {
    let out = Command::new(assert_cmd::cargo::cargo_bin("studyplan"))
        .arg("man")
        .env_remove("HOME")
        .env("STUDYPLAN_TODAY", "not a date")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with(".ie") || page.contains(".TH studyplan"), "{page}");
    assert!(page.contains("SUBCOMMANDS") || page.contains("roadmap"));
}

#[test]
fn a_closed_pipe_exits_0_quietly() {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("studyplan"))
        .arg("man")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before the man page is written, as `| head -1` does once satisfied.
    drop(child.stdout.take());
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");

    let head = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "\"{}\" completions zsh | head -1 >/dev/null; \"{}\" man | head -1",
            assert_cmd::cargo::cargo_bin("studyplan").display(),
            assert_cmd::cargo::cargo_bin("studyplan").display()
        ))
        .output()
        .unwrap();
    assert!(head.status.success());
    assert!(String::from_utf8(head.stderr).unwrap().is_empty());
}

#[test]
fn plain_output_has_no_escape_bytes_with_or_without_no_color() {
    let learner = Learner::new();
    learner.ok(DAY, &["start", "fast-track-6-month", "--on", "2026-01-05"]);
    learner.ok(DAY, &["log", "build", "1h"]);
    learner.ok(DAY, &["task", "add", "sneaky \u{1b}[2J title \u{9b}31m"]);
    for no_color in [false, true] {
        for args in [
            vec!["today"],
            vec!["week"],
            vec!["review"],
            vec!["roadmap", "list"],
            vec!["task", "list"],
            vec!["roadmap", "show", "q1-2026-white-box"],
            vec!["done", "nope"],
        ] {
            let mut cmd = learner.command(DAY);
            if no_color {
                cmd.env("NO_COLOR", "1");
            }
            let out = cmd.args(&args).output().unwrap();
            for stream in [&out.stdout, &out.stderr] {
                assert!(
                    !stream.iter().any(|b| *b == 0x1b || *b == 0x07),
                    "{args:?} wrote an escape byte: {:?}",
                    String::from_utf8_lossy(stream)
                );
                assert!(!String::from_utf8_lossy(stream).contains('\u{9b}'));
            }
        }
    }
}

#[test]
fn the_full_screen_interface_needs_a_terminal() {
    let learner = Learner::new();
    let out = learner.run(DAY, &[]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(
        out.stderr.contains("terminal") && out.stderr.contains("studyplan today"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_demo_fills_an_empty_database_and_refuses_a_used_one() {
    let learner = Learner::new();
    let out = learner.ok(DAY, &["demo", "--years", "1"]);
    assert!(out.contains("fast-track-6-month"), "{out}");
    let today = learner.json(DAY, &["today", "--json"]);
    assert_eq!(today["roadmap"]["id"], "fast-track-6-month");
    assert_eq!(today["week"]["number"], 10);
    let review = learner.json("2026-03-08", &["review", "--json"]);
    assert!(review["logged_minutes"].as_u64().unwrap() > 0);
    assert!(review["days_studied"].as_u64().unwrap() >= 3);
    let err = learner.refused(DAY, &["demo"]);
    assert!(err.contains("already holds"), "{err}");
}
