//! Escape injection end to end: a roadmap and user input full of terminal
//! escapes (OSC title and clipboard, clear screen, C1 CSI, a BiDi override,
//! NUL) go through every printing command, and none of those bytes reaches
//! stdout or stderr. JSON may escape them (`\u001b`); raw bytes never pass.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use support::Learner;

const TODAY: &str = "2026-02-10";
const VALID: &str = include_str!("fixtures/roadmaps/valid.toml");

/// The payload as a TOML basic-string body (escapes, so NUL can be written).
const TOML_PAYLOAD: &str = r"\u001b]0;owned\u0007 \u001b]52;c;aGVsbG8=\u0007 \u001b[2J \u009b31m \u202eevil \u0000 end";

/// The same payload for the command line (argv cannot hold NUL).
const ARG_PAYLOAD: &str = "\u{1b}]0;owned\u{7} \u{1b}]52;c;aGVsbG8=\u{7} \u{1b}[2J \u{9b}31m \u{202e}evil end";

/// Byte sequences that must never come out: ESC, BEL, NUL, C1 CSI (UTF-8 C2 9B), RLO (E2 80 AE).
const FORBIDDEN: [&[u8]; 5] = [b"\x1b", b"\x07", b"\x00", b"\xc2\x9b", b"\xe2\x80\xae"];

fn assert_clean(what: &str, bytes: &[u8]) {
    for bad in FORBIDDEN {
        if let Some(at) = bytes.windows(bad.len()).position(|w| w == bad) {
            // The neighbourhood of the first hit: whole outputs run to pages.
            let around = &bytes[at.saturating_sub(200)..(at + 200).min(bytes.len())];
            panic!(
                "{what} printed the raw bytes {bad:02x?} at byte {at}:\n...{}...",
                String::from_utf8_lossy(around).escape_debug()
            );
        }
    }
}

/// The fixture roadmap with the payload in every human text: titles, names,
/// hints, focus, concept, acceptance, questions, notes, day roles and tasks.
fn hostile_roadmap() -> String {
    let mut out = String::new();
    for line in VALID.lines() {
        let hostile = [
            "title = \"",
            "name = \"",
            "hint = \"",
            "focus = \"",
            "summary = \"",
            "concept = \"",
            "text = \"",
        ]
        .iter()
        .any(|key| line.starts_with(key));
        if hostile && line.ends_with('"') {
            out.push_str(&format!("{} {TOML_PAYLOAD}\"\n", &line[..line.len() - 1]));
        } else if line.starts_with("acceptance = [") {
            out.push_str(&format!("acceptance = [\"{TOML_PAYLOAD}\"]\n"));
        } else {
            out.push_str(line);
            out.push('\n');
        }
        if line.starts_with("suggested_start") {
            out.push_str(&format!(
                "description = \"{TOML_PAYLOAD}\"\ngoal = \"{TOML_PAYLOAD}\"\nnotes = [\"{TOML_PAYLOAD}\"]\n"
            ));
        }
    }
    for day in [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ] {
        out.push_str(&format!(
            "\n[weekly.{day}]\nrole = \"{day} {TOML_PAYLOAD}\"\ntasks = [\"{TOML_PAYLOAD}\"]\n"
        ));
    }
    out
}

/// Runs a command and checks both streams; returns (exit code, stdout).
fn run_clean(learner: &Learner, args: &[&str]) -> (i32, String) {
    // A fixed clock: an export written twice (to stdout, then to a file) is byte-for-byte the same.
    let output = learner
        .command(TODAY)
        .env("STUDYPLAN_NOW", format!("{TODAY}T12:00:00"))
        .args(args)
        .output()
        .unwrap();
    assert_clean(&format!("stdout of {args:?}"), &output.stdout);
    assert_clean(&format!("stderr of {args:?}"), &output.stderr);
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn no_escape_from_a_roadmap_or_from_input_reaches_the_terminal() {
    let learner = Learner::new();
    let file = learner.path("hostile.toml");
    std::fs::write(&file, hostile_roadmap()).unwrap();
    let file = file.to_str().unwrap();
    // The loader accepts the payload as data: the protection is on output, not a refusal.
    assert_eq!(run_clean(&learner, &["roadmap", "validate", file]).0, 0);
    assert_eq!(run_clean(&learner, &["roadmap", "import", file]).0, 0);
    assert_eq!(
        run_clean(&learner, &["start", "fixture-roadmap", "--on", "2026-02-02"]).0,
        0
    );
    assert_eq!(run_clean(&learner, &["task", "add", ARG_PAYLOAD]).0, 0);
    assert_eq!(
        run_clean(&learner, &["log", "build", "30m", "--note", ARG_PAYLOAD]).0,
        0
    );
    assert_eq!(run_clean(&learner, &["timer", "start", "learn"]).0, 0);

    for args in [
        &["today"][..],
        &["today", "--json"],
        &["week"],
        &["week", "--json"],
        &["roadmap", "show", "fixture-roadmap"],
        &["roadmap", "list"],
        &["roadmap", "list", "--json"],
        &["review"],
        &["review", "--markdown"],
        &["review", "--json"],
        &["task", "list", "--all"],
        &["timer", "status"],
    ] {
        let (code, stdout) = run_clean(&learner, args);
        assert_eq!(code, 0, "{args:?}");
        // The text around the escapes is still shown: data is cleaned, not dropped.
        if !args.contains(&"list") && !args.contains(&"status") && !args.contains(&"review") {
            assert!(stdout.contains("owned"), "{args:?} dropped the text:\n{stdout}");
        }
    }
    let (_, tasks) = run_clean(&learner, &["task", "list", "--all"]);
    assert!(tasks.contains("evil"), "{tasks}");
    let (_, json) = run_clean(&learner, &["today", "--json"]);
    serde_json::from_str::<serde_json::Value>(&json).unwrap();

    // Errors quote what was given: an id, a block, a roadmap, a date, a week, a file.
    let hostile_file = learner.path(&format!("x{ARG_PAYLOAD}.toml"));
    std::fs::write(&hostile_file, format!("title = \"{TOML_PAYLOAD}\"\n[oops\n")).unwrap();
    for args in [
        vec!["done", ARG_PAYLOAD],
        vec!["log", ARG_PAYLOAD, "30m"],
        vec!["log", "build", ARG_PAYLOAD],
        vec!["start", ARG_PAYLOAD],
        vec!["roadmap", "show", ARG_PAYLOAD],
        vec!["week", "--week", ARG_PAYLOAD],
        vec!["week", "--date", ARG_PAYLOAD],
        vec!["task", "add", "x", "--on", ARG_PAYLOAD],
        vec!["timer", "start", ARG_PAYLOAD],
        vec!["roadmap", "import", hostile_file.to_str().unwrap()],
        vec!["roadmap", "validate", hostile_file.to_str().unwrap()],
        vec!["restore", hostile_file.to_str().unwrap()],
    ] {
        let (code, _) = run_clean(&learner, &args);
        assert_eq!(code, 1, "{args:?} should be refused");
    }
}

/// The payload in JSON (escaped, so the file itself is clean JSON text).
const JSON_PAYLOAD: &str = r"\u001b]0;owned\u0007 \u001b]52;c;aGVsbG8=\u0007 \u001b[2J \u009b31m \u202eevil \u0000 end";

/// Checks a file an export wrote, like its stdout: a learner may `cat` it.
fn assert_clean_file(what: &str, path: &std::path::Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    assert_clean(what, &bytes);
    String::from_utf8(bytes).unwrap()
}

/// A learner following the hostile roadmap, whose own text (tasks, a time
/// note, a day note, the week's review) carries the payload too.
fn hostile_learner() -> Learner {
    let learner = Learner::new();
    let file = learner.path("hostile.toml");
    std::fs::write(&file, hostile_roadmap()).unwrap();
    run_clean(&learner, &["roadmap", "import", file.to_str().unwrap()]);
    run_clean(&learner, &["start", "fixture-roadmap", "--on", "2026-02-02"]);
    run_clean(&learner, &["task", "add", ARG_PAYLOAD]);
    run_clean(&learner, &["log", "build", "30m", "--note", ARG_PAYLOAD]);
    // Day notes and reviews are written in the interface: write them through the store.
    let mut store = studyplan::store::Store::open(&learner.db).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 10).unwrap();
    let monday = chrono::NaiveDate::from_ymd_opt(2026, 2, 9).unwrap();
    store.save_note(day, ARG_PAYLOAD).unwrap();
    // The command line cleans a new task's title; the store keeps whatever it is given.
    store.add_task(ARG_PAYLOAD, day).unwrap();
    store
        .save_review(
            monday,
            &studyplan::store::WeeklyReview {
                monday: Some(monday),
                answers: vec![("q-progress".to_owned(), ARG_PAYLOAD.to_owned())],
                went_well: ARG_PAYLOAD.to_owned(),
                in_the_way: format!("{ARG_PAYLOAD}\nsecond line {ARG_PAYLOAD}"),
                next_focus: ARG_PAYLOAD.to_owned(),
            },
        )
        .unwrap();
    learner
}

#[test]
fn no_escape_reaches_an_export_or_a_journal() {
    let learner = hostile_learner();
    for (args, file) in [
        (&["export", "ics"][..], "plan.ics"),
        (&["export", "markdown"], "review.md"),
        (&["export", "json"], "state.json"),
        (&["review", "--markdown"], ""),
    ] {
        let (code, stdout) = run_clean(&learner, args);
        assert_eq!(code, 0, "{args:?}");
        // Cleaned, not dropped: the readable text around the escapes is still there.
        assert!(
            stdout.contains("owned") && stdout.contains("evil"),
            "{args:?}:\n{stdout}"
        );
        if !file.is_empty() {
            let path = learner.path(file);
            let mut with_file = args.to_vec();
            with_file.extend(["-o", path.to_str().unwrap()]);
            run_clean(&learner, &with_file);
            assert_eq!(assert_clean_file(&format!("{args:?} -o"), &path), stdout);
        }
    }
    let (_, markdown) = run_clean(&learner, &["export", "markdown"]);
    assert!(
        markdown.contains("second line"),
        "the review's reflection is exported:\n{markdown}"
    );

    // JSON keeps the learner's text exactly, as \u escapes: a round trip loses nothing.
    let state = learner.path("state.json");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    assert_eq!(json["tasks"][1]["title"], ARG_PAYLOAD);
    assert_eq!(json["day_notes"][0]["text"], ARG_PAYLOAD);
    assert_eq!(json["reviews"][0]["went_well"], ARG_PAYLOAD);
    let other = Learner::new();
    let (code, _) = run_clean(&other, &["import", "json", state.to_str().unwrap()]);
    assert_eq!(code, 0);
    let (_, again) = run_clean(&other, &["export", "json"]);
    assert_eq!(again, std::fs::read_to_string(&state).unwrap());
}

#[test]
fn no_escape_from_a_state_file_reaches_an_import_message() {
    let learner = Learner::new();
    let write = |name: &str, text: &str| {
        let path = learner.path(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let header = r#""format": "studyplan-state", "version": 1"#;
    let files = [
        // Quoted back by the format check.
        write(
            "format.json",
            &format!(r#"{{"format": "{JSON_PAYLOAD}", "version": 1}}"#),
        ),
        // An unknown key is named in the error.
        write("key.json", &format!(r#"{{{header}, "{JSON_PAYLOAD}": 1}}"#)),
        // Not JSON at all: the raw bytes of the payload where a value should be.
        write("raw.json", &format!("{{{header}, \"tasks\": [{ARG_PAYLOAD}]}}")),
        // A wrong type: serde quotes the string it found.
        write("type.json", &format!(r#"{{{header}, "tasks": "{JSON_PAYLOAD}"}}"#)),
        // A day that is no date, quoted by the date parser.
        write(
            "date.json",
            &format!(r#"{{{header}, "day_notes": [{{"day": "{JSON_PAYLOAD}", "text": "x"}}]}}"#),
        ),
        // Valid JSON the store refuses (a NUL in a task title).
        write(
            "nul.json",
            &format!(
                r#"{{{header}, "tasks": [{{"id": 1, "title": "{JSON_PAYLOAD}", "day": "2026-02-10", "done": false}}]}}"#
            ),
        ),
        // The file's own name.
        write(&format!("n{ARG_PAYLOAD}.json"), "{"),
    ];
    for file in &files {
        let (code, _) = run_clean(&learner, &["import", "json", file.to_str().unwrap()]);
        assert_eq!(code, 1, "{} should be refused", file.display());
    }
    let out = learner
        .command(TODAY)
        .args(["import", "json", files[1].to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("owned") && stderr.contains("key.json"), "{stderr}");
}

#[test]
fn an_escape_in_an_argument_clap_refuses_never_reaches_the_terminal() {
    let learner = Learner::new();
    let out = learner
        .command("2026-11-30")
        .args(["task", "done", "\u{1b}]0;PWNED\u{7}"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_clean("task done ESC]0;PWNED BEL", &out.stderr);
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid value"));
}
