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

/// `studyplan ARGS` with HOME in `home`, the XDG variables unset and `env` set.
fn run_at_home(home: &std::path::Path, env: &[(&str, &std::path::Path)], args: &[&str]) -> String {
    let mut cmd = Command::cargo_bin("studyplan").unwrap();
    cmd.env("HOME", home)
        .env_remove("XDG_DATA_HOME")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("STUDYPLAN_DB")
        .env_remove("STUDYPLAN_CONFIG")
        .env_remove("STUDYPLAN_TODAY");
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = cmd.args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_database_and_config_come_from_the_flag_then_the_environment_then_the_xdg_folders() {
    let home = tempfile::tempdir().unwrap();
    let default_db = home.path().join(".local/share/studyplan/studyplan.db");
    let default_config = home.path().join(".config/studyplan/config.toml");
    let (env_db, flag_db) = (home.path().join("env.db"), home.path().join("flag.db"));

    assert_eq!(
        run_at_home(home.path(), &[], &["config", "path"]).trim_end(),
        default_config.display().to_string()
    );
    run_at_home(home.path(), &[], &["roadmap", "list"]);
    assert!(default_db.exists(), "the default database is in the XDG data folder");

    run_at_home(home.path(), &[("STUDYPLAN_DB", &env_db)], &["roadmap", "list"]);
    assert!(env_db.exists(), "the environment beats the default");

    std::fs::remove_file(&env_db).unwrap();
    let flag = flag_db.to_str().unwrap();
    run_at_home(
        home.path(),
        &[("STUDYPLAN_DB", &env_db)],
        &["--db", flag, "roadmap", "list"],
    );
    assert!(flag_db.exists() && !env_db.exists(), "the flag beats the environment");

    // The config file read is the environment's, which beats the default one.
    let env_config = home.path().join("env.toml");
    std::fs::create_dir_all(default_config.parent().unwrap()).unwrap();
    std::fs::write(&default_config, "mouse = false\n").unwrap();
    std::fs::write(&env_config, "timer_bell = false\n").unwrap();
    let shown = run_at_home(home.path(), &[("STUDYPLAN_CONFIG", &env_config)], &["config", "show"]);
    assert!(
        shown.contains("timer_bell = false") && shown.contains("mouse = true"),
        "{shown}"
    );
    let shown = run_at_home(home.path(), &[], &["config", "show"]);
    assert!(
        shown.contains("mouse = false") && shown.contains("timer_bell = true"),
        "{shown}"
    );
}

#[test]
fn the_no_mouse_flag_beats_the_file_in_the_settings_shown() {
    let learner = Learner::new();
    write_config(&learner, "mouse = true\n");
    let out = learner.ok(DAY, &["config", "show"]);
    assert!(out.contains("mouse = true"), "{out}");
    let out = learner.ok(DAY, &["--no-mouse", "config", "show"]);
    assert!(out.contains("mouse = false") && out.contains("--no-mouse"), "{out}");
}
