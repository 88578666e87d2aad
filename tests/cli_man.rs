//! `studyplan man` as a reader meets it: the page renders with `man -l`
//! without a single groff warning, shows its sections and every subcommand,
//! and `man --dir` writes the page of each subcommand the main page names.
//!
//! Skipped with a note when `man` is not installed (CI needs man-db for it).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};

#[path = "support/command_tree.rs"]
mod command_tree;

use command_tree::command_paths;

fn studyplan(args: &[&str]) -> Vec<u8> {
    let out = Command::new(assert_cmd::cargo::cargo_bin("studyplan"))
        .args(args)
        .env_remove("STUDYPLAN_DB")
        .env_remove("STUDYPLAN_CONFIG")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// A page rendered by `man -l -` at 80 columns with every groff warning on:
/// (text with runs of spaces made one, stderr); None when `man` is missing.
fn render(page: &[u8]) -> Option<(String, String)> {
    let child = Command::new("man")
        .args(["--warnings=w", "-l", "-"])
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .env("LC_ALL", "C.UTF-8")
        .env_remove("MAN_KEEP_FORMATTING")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            println!("note: `man` is not installed; the man page rendering test is skipped (install man-db)");
            return None;
        }
        Err(e) => panic!("cannot run man: {e}"),
    };
    child.stdin.take().unwrap().write_all(page).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "man -l failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    Some((text, String::from_utf8(out.stderr).unwrap()))
}

#[test]
fn the_man_page_renders_with_man_l_showing_every_subcommand_and_no_warnings() {
    let Some((text, warnings)) = render(&studyplan(&["man"])) else {
        return;
    };
    assert!(warnings.is_empty(), "groff warned:\n{warnings}");
    assert!(text.contains("NAME studyplan - A terminal study planner"), "{text}");
    assert!(text.contains("SYNOPSIS studyplan [--db]"), "{text}");
    for section in [
        "DESCRIPTION",
        "GLOBAL OPTIONS",
        "SUBCOMMANDS",
        "EXIT STATUS",
        "ENVIRONMENT",
        "EXAMPLES",
    ] {
        assert!(text.contains(section), "no {section}: {text}");
    }
    let top: Vec<_> = command_paths().into_iter().filter(|p| p.len() == 1).collect();
    assert!(top.len() > 15, "{top:?}");
    for path in top {
        assert!(
            text.contains(&format!("studyplan-{}(1)", path[0])),
            "{path:?} missing: {text}"
        );
    }
    assert!(!text.contains("studyplan-help(1)"), "no page exists for help: {text}");
    // The exit codes are a list, one code per item, as in --help.
    assert!(
        text.contains(
            "EXIT STATUS 0 success (also when the reader of a pipe closes it early) 1 the command was refused"
        ),
        "{text}"
    );
    assert!(text.contains("STUDYPLAN_DB database file (like --db)"), "{text}");
}

#[test]
fn man_dir_writes_a_page_for_every_subcommand_and_each_renders() {
    let dir = tempfile::tempdir().unwrap();
    let said = String::from_utf8(studyplan(&["man", "--dir", dir.path().to_str().unwrap()])).unwrap();
    let paths = command_paths();
    assert!(
        said.starts_with(&format!("Wrote {} man pages", paths.len() + 1)),
        "{said}"
    );
    let written: BTreeSet<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let mut expected: BTreeSet<String> = paths.iter().map(|p| format!("studyplan-{}.1", p.join("-"))).collect();
    expected.insert("studyplan.1".to_owned());
    assert_eq!(written, expected);
    // The main page from --dir is the one `studyplan man` prints.
    assert_eq!(
        std::fs::read(dir.path().join("studyplan.1")).unwrap(),
        studyplan(&["man"])
    );

    for path in &paths {
        let name = format!("studyplan-{}", path.join("-"));
        let page = std::fs::read(dir.path().join(format!("{name}.1"))).unwrap();
        let Some((text, warnings)) = render(&page) else {
            return;
        };
        assert!(warnings.is_empty(), "{name}: groff warned:\n{warnings}");
        assert!(text.contains(&format!("NAME {name} - ")), "{name}: {text}");
        assert!(
            text.contains(&format!("SYNOPSIS studyplan {}", path.join(" "))),
            "{name}: {text}"
        );
        assert!(text.contains("EXAMPLES studyplan "), "{name} has no examples: {text}");
    }
}
