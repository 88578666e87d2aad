//! Shell citizenship: help with examples, completions, the man page, a closed
//! pipe, plain output without escape bytes, and the demo database.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

#[path = "support/command_tree.rs"]
mod command_tree;

use std::collections::BTreeSet;
use std::io::Read;
use std::process::{Command, Stdio};

use command_tree::command_paths;
use support::Learner;

const DAY: &str = "2026-03-10";

#[test]
fn every_subcommand_has_help_with_examples_of_itself() {
    let learner = Learner::new();
    let top = learner.ok(DAY, &["--help"]);
    assert!(
        top.contains("Exit codes") && top.contains("Examples:\n  studyplan "),
        "{top}"
    );
    let paths = command_paths();
    assert!(paths.len() > 30, "{paths:?}");
    for path in paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let out = learner.ok(DAY, &args);
        let examples = out
            .split("Examples:\n")
            .nth(1)
            .unwrap_or_else(|| panic!("{path:?} --help has no examples:\n{out}"));
        // Each example line runs studyplan with this very (sub)command.
        let lines: Vec<&str> = examples.lines().take_while(|l| l.starts_with("  ")).collect();
        assert!(!lines.is_empty(), "{path:?}:\n{out}");
        let leaf = path.last().unwrap();
        assert!(
            lines
                .iter()
                .any(|l| l.contains("studyplan ") && l.contains(leaf.as_str())),
            "{path:?}: no example uses `{leaf}`:\n{out}"
        );
    }
}

/// Every subcommand name, top level and nested.
fn subcommand_names() -> BTreeSet<String> {
    command_paths().into_iter().map(|p| p.last().unwrap().clone()).collect()
}

#[test]
fn completions_for_every_shell_name_every_subcommand() {
    let learner = Learner::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = learner.ok(DAY, &["completions", shell]);
        assert!(script.lines().count() > 50, "{shell}:\n{script}");
        for name in subcommand_names() {
            assert!(script.contains(&name), "{shell} does not complete `{name}`");
        }
        // Options too (fish writes them `-l start-time`, the others `--start-time`).
        assert!(script.contains("start-time") && script.contains("no-mouse"), "{shell}");
    }
    let err = learner.run(DAY, &["completions", "tcsh"]);
    assert_eq!(err.code, 2, "{}", err.stderr);
}

/// Checks `script` with `SHELL -n` (syntax only); false when that shell is not installed.
fn shell_accepts(shell: &str, script: &str) -> bool {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), script).unwrap();
    match Command::new(shell).arg("-n").arg(file.path()).output() {
        Ok(out) => {
            assert!(
                out.status.success(),
                "{shell} -n refused the completion script: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            true
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            println!("note: {shell} is not installed; its completion script is not syntax-checked");
            false
        }
        Err(e) => panic!("cannot run {shell}: {e}"),
    }
}

#[test]
fn the_bash_zsh_and_fish_scripts_parse_and_bash_completes_commands() {
    let learner = Learner::new();
    let bash = learner.ok(DAY, &["completions", "bash"]);
    for (shell, script) in [
        ("zsh", learner.ok(DAY, &["completions", "zsh"])),
        ("fish", learner.ok(DAY, &["completions", "fish"])),
    ] {
        shell_accepts(shell, &script);
    }
    if !shell_accepts("bash", &bash) {
        return;
    }
    // What Tab offers: `studyplan exp<Tab>`, then `studyplan export <Tab>`.
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), &bash).unwrap();
    let complete = |words: &str, cword: usize, current: &str, previous: &str| {
        let out = Command::new("bash")
            .arg("-c")
            .arg(format!(
                "source \"$1\"; COMP_WORDS=({words}); COMP_CWORD={cword}; \
                 _studyplan studyplan \"{current}\" \"{previous}\"; printf '%s\\n' \"${{COMPREPLY[@]}}\""
            ))
            .arg("bash")
            .arg(file.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(complete("studyplan exp", 1, "exp", "studyplan").trim(), "export");
    let offered = complete("studyplan export ''", 2, "", "export");
    for name in ["ics", "markdown", "json"] {
        assert!(offered.lines().any(|l| l == name), "{offered}");
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

/// Runs `command` with its stdout closed before it writes a byte, as `| head -1`
/// leaves it once satisfied; returns (exit code, stderr).
fn with_stdout_closed(mut command: Command) -> (Option<i32>, String) {
    let mut child = command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    (child.wait().unwrap().code(), stderr)
}

#[test]
fn a_closed_pipe_exits_0_quietly() {
    let learner = Learner::new();
    learner.ok(DAY, &["start", "fast-track-6-month", "--on", "2026-01-05"]);
    for args in [
        &["man"][..],
        &["completions", "zsh"],
        &["roadmap", "show", "fast-track-6-month"],
        &["week"],
        &["export", "ics"],
    ] {
        let mut command = Command::new(assert_cmd::cargo::cargo_bin("studyplan"));
        command
            .env_remove("STUDYPLAN_DB")
            .env_remove("STUDYPLAN_CONFIG")
            .arg("--db")
            .arg(&learner.db)
            .arg("--config")
            .arg(&learner.config)
            .args(["--today", DAY])
            .args(args);
        let (code, stderr) = with_stdout_closed(command);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }

    // The pipeline itself, as typed: studyplan's own status and stderr.
    let shown = |path: &std::path::Path| format!("'{}'", path.display());
    let pipeline = format!(
        "{bin} --db {db} --config {config} --today {DAY} roadmap show fast-track-6-month | head -1; \
         echo \"status ${{PIPESTATUS[0]}}\"; {bin} man | head -1 >/dev/null; echo \"status ${{PIPESTATUS[0]}}\"",
        bin = shown(&assert_cmd::cargo::cargo_bin("studyplan")),
        db = shown(&learner.db),
        config = shown(&learner.config),
    );
    let out = Command::new("bash").arg("-c").arg(pipeline).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
    assert!(stdout.contains("Fast-Track"), "{stdout}");
    assert_eq!(stdout.matches("status 0").count(), 2, "{stdout}");
    assert!(String::from_utf8(out.stderr).unwrap().is_empty());
}

/// Runs a shell command line in a pseudo-terminal (util-linux `script`);
/// None, with a note, when `script` is not installed.
fn in_a_terminal(line: &str, no_color: bool) -> Option<Vec<u8>> {
    let mut command = Command::new("script");
    command.args(["-qec", line, "/dev/null"]).env("TERM", "xterm-256color");
    if no_color {
        command.env("NO_COLOR", "1");
    } else {
        command.env_remove("NO_COLOR");
    }
    match command.stdin(Stdio::null()).output() {
        Ok(out) => Some(out.stdout),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            println!("note: `script` (util-linux) is not installed; the terminal colour test is skipped");
            None
        }
        Err(e) => panic!("cannot run script: {e}"),
    }
}

#[test]
fn no_color_keeps_a_terminal_free_of_escapes_for_help_usage_errors_and_refusals() {
    let learner = Learner::new();
    learner.ok(DAY, &["start", "fast-track-6-month", "--on", "2026-01-05"]);
    let bin = format!("'{}'", assert_cmd::cargo::cargo_bin("studyplan").display());
    let base = format!(
        "{bin} --db '{}' --config '{}' --today {DAY}",
        learner.db.display(),
        learner.config.display()
    );
    let lines = [
        format!("{bin} --help"),
        format!("{bin} --no-such-flag"),
        format!("{base} done no-such-item"),
        format!("{base} week --week 2026-W99"),
        format!("{base} today"),
    ];
    for line in &lines {
        let Some(output) = in_a_terminal(line, true) else {
            return;
        };
        let text = String::from_utf8_lossy(&output);
        assert!(text.len() > 20, "{line}: {text}");
        assert!(!output.contains(&0x1b), "{line} coloured a NO_COLOR terminal: {text:?}");
    }
    // The check can fail: without NO_COLOR, clap does colour its help in a terminal.
    let coloured = in_a_terminal(&lines[0], false).unwrap();
    assert!(coloured.contains(&0x1b), "{:?}", String::from_utf8_lossy(&coloured));
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
            vec!["week", "--week", "2026-W99"],
            vec!["--no-such-flag"],
            vec!["--help"],
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
