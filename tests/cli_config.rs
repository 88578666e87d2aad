//! `config path|show|init` and the config file's effect on commands: flags
//! beat the environment, which beats the file, which beats the defaults.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use assert_cmd::Command;
use support::Learner;

const DAY: &str = "2026-01-06";

fn write_config(learner: &Learner, text: &str) {
    std::fs::create_dir_all(learner.config.parent().unwrap()).unwrap();
    std::fs::write(&learner.config, text).unwrap();
}

#[test]
fn config_path_prints_the_file_given_with_the_flag_or_the_environment() {
    let learner = Learner::new();
    let out = learner.ok(DAY, &["config", "path"]);
    assert_eq!(out.trim_end(), learner.config.display().to_string());

    let from_env = learner.path("env.toml");
    let out = Command::cargo_bin("studyplan")
        .unwrap()
        .env("STUDYPLAN_CONFIG", &from_env)
        .args(["config", "path"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim_end(),
        from_env.display().to_string()
    );
    // The flag beats the environment.
    let out = Command::cargo_bin("studyplan")
        .unwrap()
        .env("STUDYPLAN_CONFIG", &from_env)
        .arg("--config")
        .arg(&learner.config)
        .args(["config", "path"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim_end(),
        learner.config.display().to_string()
    );
}

#[test]
fn config_init_writes_a_commented_file_once() {
    let learner = Learner::new();
    let out = learner.ok(DAY, &["config", "init"]);
    assert!(out.contains("Wrote"), "{out}");
    let written = std::fs::read_to_string(&learner.config).unwrap();
    assert!(written.starts_with("# studyplan config file"), "{written}");
    std::fs::write(&learner.config, "mouse = false\n").unwrap();
    let err = learner.refused(DAY, &["config", "init"]);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read_to_string(&learner.config).unwrap(), "mouse = false\n");
}

#[test]
fn config_show_prints_the_settings_in_force() {
    let learner = Learner::new();
    let out = learner.ok(DAY, &["config", "show"]);
    assert!(out.starts_with("# No config file at "), "{out}");
    assert!(
        out.contains("week_start = \"monday\"") && out.contains("mouse = true"),
        "{out}"
    );
    write_config(&learner, "week_start = \"sun\"\n[keys]\nquit = \"x\"\n");
    let out = learner.ok(DAY, &["config", "show"]);
    assert!(out.starts_with("# Settings from "), "{out}");
    assert!(
        out.contains("week_start = \"sunday\"") && out.contains("quit = \"x\""),
        "{out}"
    );
}

#[test]
fn an_unknown_key_stops_every_command_at_its_line_and_column_but_config_still_works() {
    let learner = Learner::new();
    write_config(&learner, "mouse = true\n\n[theme]\nnmae = \"light\"\n");
    let err = learner.refused(DAY, &["today"]);
    let location = format!("{}:4:1: unknown field `nmae`", learner.config.display());
    assert!(err.contains(&location), "{err}");
    let err = learner.refused(DAY, &["config", "show"]);
    assert!(err.contains(&location), "{err}");
    assert_eq!(
        learner.ok(DAY, &["config", "path"]).trim_end(),
        learner.config.display().to_string()
    );
}

#[test]
fn the_daily_budget_comes_from_the_flag_then_the_file_then_the_roadmap() {
    let planned = |learner: &Learner| -> u64 {
        let today = learner.json(DAY, &["today", "--json"]);
        today["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["planned_minutes"].as_u64().unwrap())
            .sum()
    };
    let learner = Learner::new();
    write_config(&learner, "daily_minutes = 90\n");
    learner.ok("2026-01-05", &["start", "fast-track-6-month", "--on", "2026-01-05"]);
    assert_eq!(planned(&learner), 90);

    let flagged = Learner::new();
    write_config(&flagged, "daily_minutes = 90\n");
    flagged.ok(
        "2026-01-05",
        &[
            "start",
            "fast-track-6-month",
            "--on",
            "2026-01-05",
            "--daily-minutes",
            "60",
        ],
    );
    assert_eq!(planned(&flagged), 60);

    let plain = Learner::new();
    plain.ok("2026-01-05", &["start", "fast-track-6-month", "--on", "2026-01-05"]);
    assert_eq!(planned(&plain), 120);
}

#[test]
fn every_config_command_has_examples_in_its_help() {
    let learner = Learner::new();
    for sub in ["path", "show", "init"] {
        let out = learner.ok(DAY, &["config", sub, "--help"]);
        assert!(out.contains("Examples:\n  studyplan "), "{sub}:\n{out}");
    }
}
