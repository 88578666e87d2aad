//! Bad roadmap files get one clear `path:line:column: message` per problem and
//! nothing else: one fixture per case under `tests/fixtures/roadmaps/`, plus
//! generated files for what cannot sit in a text fixture (encodings, sizes).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use studyplan::roadmap::{LoadError, MAX_FILE_BYTES, load_file, parse_bytes, parse_str};

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/roadmaps")
        .join(format!("{case}.toml"))
}

/// The printed diagnostics of a fixture that must fail to load.
fn errors_of(case: &str) -> Vec<String> {
    let path = fixture(case);
    match load_file(&path) {
        Ok(_) => panic!("{case}.toml loaded, but it should be refused"),
        Err(e) => e.diagnostics.iter().map(ToString::to_string).collect(),
    }
}

/// Asserts the fixture fails with exactly one diagnostic at `line:column` containing every part.
fn assert_single(case: &str, line: usize, column: usize, parts: &[&str]) {
    let errors = errors_of(case);
    assert_eq!(errors.len(), 1, "{case}: {errors:#?}");
    let prefix = format!("{}:{line}:{column}: ", fixture(case).display());
    assert!(
        errors[0].starts_with(&prefix),
        "{case}: expected {prefix:?}, got {:?}",
        errors[0]
    );
    for part in parts {
        assert!(errors[0].contains(part), "{case}: expected {part:?} in {:?}", errors[0]);
    }
}

fn message_of(result: Result<studyplan::roadmap::Roadmap, LoadError>) -> String {
    match result {
        Ok(r) => panic!("roadmap {} loaded, but it should be refused", r.id),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_valid_fixture_loads() {
    let roadmap = load_file(&fixture("valid")).unwrap();
    assert_eq!(roadmap.id, "fixture-roadmap");
    assert_eq!(roadmap.phases.len(), 2);
}

#[test]
fn a_syntax_error_names_its_position() {
    assert_single(
        "syntax-error",
        6,
        1,
        &["missing comma between array elements", "expected `,`"],
    );
}

#[test]
fn an_unknown_key_at_the_top_level_is_refused_with_a_suggestion() {
    assert_single(
        "unknown-key-top",
        3,
        1,
        &["unknown field `titel`", "did you mean `title`?", "`summary`"],
    );
}

#[test]
fn an_unknown_key_inside_a_phase_is_refused() {
    assert_single(
        "unknown-key-phase",
        34,
        1,
        &["unknown field `titel`", "did you mean `title`?", "`focus`"],
    );
}

#[test]
fn an_unknown_key_inside_a_deliverable_is_refused() {
    assert_single(
        "unknown-key-deliverable",
        39,
        1,
        &["unknown field `titel`", "expected one of `id`, `title`, `week`"],
    );
}

#[test]
fn an_unknown_key_inside_a_daily_block_is_refused() {
    assert_single("unknown-key-block", 17, 1, &["unknown field `titel`", "`percent`"]);
}

#[test]
fn a_duplicate_key_is_refused() {
    assert_single("duplicate-key", 6, 1, &["duplicate key `weeks`", "at most once"]);
}

#[test]
fn a_duplicate_id_points_at_the_second_use_and_the_first() {
    assert_single(
        "duplicate-id",
        41,
        1,
        &["duplicate id `sprint-1`", "see line 29, column 1", "unique"],
    );
}

#[test]
fn a_wrong_type_says_what_was_found_and_expected() {
    assert_single("wrong-type", 5, 9, &["string \"eight\"", "expected a whole number"]);
}

#[test]
fn a_date_with_a_time_is_explained() {
    assert_single(
        "date-with-time",
        5,
        19,
        &["found 2026-02-02T10:00:00", "expected a date such as 2026-02-02"],
    );
}

#[test]
fn a_bare_or_quoted_date_loads() {
    for written in ["2026-02-02", "\"2026-02-02\""] {
        let text = format!("id = \"x\"\ntitle = \"x\"\nsummary = \"x\"\nweeks = 4\nsuggested_start = {written}\n");
        let roadmap = studyplan::roadmap::parse_str(&text, "inline.toml").unwrap();
        assert_eq!(
            roadmap.suggested_start,
            chrono::NaiveDate::from_ymd_opt(2026, 2, 2),
            "{written}"
        );
    }
}

#[test]
fn overlapping_phases_of_one_level_are_refused() {
    assert_single(
        "overlapping-weeks",
        44,
        1,
        &[
            "phase `sprint-2` (weeks 4-8) overlaps phase `sprint-1` (weeks 1-4)",
            "see line 32, column 1",
        ],
    );
}

#[test]
fn a_phase_past_the_end_of_the_track_is_refused() {
    assert_single(
        "week-beyond-track",
        44,
        1,
        &["phase `sprint-2` has weeks = [5, 9]", "<= 8"],
    );
}

#[test]
fn a_milestone_in_a_week_that_does_not_exist_is_refused() {
    assert_single(
        "milestone-missing-week",
        56,
        1,
        &["milestone `ship-it` names week 12", "from 1 to 8"],
    );
}

#[test]
fn percentages_must_add_up_to_100() {
    assert_single("percent-not-100", 12, 9, &["add up to 110", "expected exactly 100"]);
}

#[test]
fn a_daily_split_over_the_budget_is_refused() {
    assert_single("split-over-budget", 12, 9, &["150 minutes", "budget of 120 minutes"]);
}

#[test]
fn every_semantic_problem_is_reported_at_once_in_file_order() {
    let errors = errors_of("many-problems");
    let positions: Vec<&str> = errors.iter().map(|e| e.split(": ").next().unwrap_or("")).collect();
    assert_eq!(errors.len(), 6, "{errors:#?}");
    let lines: Vec<usize> = positions
        .iter()
        .map(|p| p.rsplit(':').nth(1).unwrap().parse().unwrap())
        .collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "not in file order: {errors:#?}");
    assert!(errors[0].contains("bad phase id `Sprint 2`"), "{errors:#?}");
    assert!(
        errors.iter().any(|e| e.contains("week 7 already has a detail")),
        "{errors:#?}"
    );
    assert!(errors.iter().any(|e| e.contains("empty text")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.contains("every_weeks = 0")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.contains("start_week = 60")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.contains("complexity = 400")), "{errors:#?}");
}

#[test]
fn an_empty_file_is_refused_with_what_a_roadmap_needs() {
    let errors = errors_of("empty");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].contains("the file is empty"), "{errors:?}");
    assert!(errors[0].contains("`id`, `title`, `summary`"), "{errors:?}");
}

#[test]
fn a_directory_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let message = message_of(load_file(dir.path()));
    assert_eq!(
        message,
        format!(
            "{}: is a directory; expected a roadmap file (a .toml file such as roadmaps/fast-track-6-month.toml)",
            dir.path().display()
        )
    );
}

#[test]
fn a_missing_file_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nope.toml");
    let message = message_of(load_file(&path));
    assert!(
        message.starts_with(&format!("{}: no such file", path.display())),
        "{message}"
    );
}

#[test]
fn invalid_utf8_names_the_line_and_column_of_the_bad_byte() {
    let message = message_of(parse_bytes(b"id = \"x\"\ntitle = \"caf\xE9\"\n", "bad.toml"));
    assert_eq!(
        message,
        "bad.toml:2:13: invalid UTF-8: found byte 0xE9; expected UTF-8 text (save the file as UTF-8)"
    );
}

#[test]
fn utf16_with_or_without_a_byte_order_mark_is_named() {
    let text = std::fs::read_to_string(fixture("valid")).unwrap();
    let little: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let mut with_bom = vec![0xFF, 0xFE];
    with_bom.extend(&little);
    let big: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    for (name, bytes) in [("bom", with_bom), ("le", little), ("be", big)] {
        let message = message_of(parse_bytes(&bytes, "wide.toml"));
        assert_eq!(
            message, "wide.toml: file is UTF-16; save it as UTF-8 (roadmap files must be UTF-8 text)",
            "{name}"
        );
    }
}

#[test]
fn a_utf8_byte_order_mark_and_crlf_line_ends_load() {
    let valid = load_file(&fixture("valid")).unwrap();
    assert_eq!(load_file(&fixture("bom")).unwrap(), valid);
    assert_eq!(load_file(&fixture("crlf")).unwrap(), valid);
}

#[test]
fn a_file_over_the_size_cap_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.toml");
    // Sparse: 50 MB on paper, nothing on disk; a reader would take a while.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let started = Instant::now();
    let message = message_of(load_file(&path));
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(
        message,
        format!(
            "{}: file is too large (52428800 bytes); a roadmap file may be at most 1 MiB ({MAX_FILE_BYTES} bytes)",
            path.display()
        )
    );
}

#[test]
fn text_over_the_size_cap_is_refused_too() {
    let text = "#".repeat(MAX_FILE_BYTES as usize + 1);
    assert!(message_of(parse_str(&text, "big.toml")).contains("at most 1 MiB"));
}

#[test]
fn twenty_thousand_nested_brackets_are_refused_quickly() {
    let text = format!("id = \"x\"\nnotes = {}", "[".repeat(20_000));
    let started = Instant::now();
    let message = message_of(parse_str(&text, "deep.toml"));
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "took {:?}",
        started.elapsed()
    );
    assert!(message.starts_with("deep.toml:2:73: nesting too deep"), "{message}");
    assert!(message.contains("more than 64 levels"), "{message}");
}

#[test]
fn a_hundred_thousand_items_are_refused_quickly() {
    let text = format!("id = \"x\"\nphases = [{}]\n", "{},".repeat(100_000));
    let started = Instant::now();
    let message = message_of(parse_str(&text, "many.toml"));
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "took {:?}",
        started.elapsed()
    );
    assert!(message.starts_with("many.toml:2:"), "{message}");
    assert!(message.contains("too many items: more than 20000"), "{message}");
}

#[test]
fn control_characters_from_the_file_never_reach_the_message() {
    // TOML escapes put real ESC, BEL and RLO characters into the key name.
    let text = "id = \"x\"\ntitle = \"t\"\nsummary = \"s\"\nweeks = 4\n\"\\u001b]0;pwned\\u0007\\u202e\" = 1\n";
    let message = message_of(parse_str(text, "evil\u{1b}[2J.toml"));
    assert!(
        !message.chars().any(|c| c.is_control() || c == '\u{202e}'),
        "{message:?}"
    );
    assert!(message.contains("unknown field"), "{message}");
}

#[test]
fn thousands_of_problems_are_listed_up_to_a_bound() {
    let mut text = String::from("id = \"x\"\ntitle = \"t\"\nsummary = \"s\"\nweeks = 4\n");
    for _ in 0..5_000 {
        text.push_str("[[phases]]\nid = \"same\"\ntitle = \"t\"\n");
    }
    let errors = parse_str(&text, "dups.toml").unwrap_err().diagnostics;
    assert_eq!(errors.len(), 201);
    assert_eq!(errors[0].to_string().split(": ").next(), Some("dups.toml:9:1"));
    assert_eq!(
        errors[200].to_string(),
        "dups.toml: 4799 more problems not shown; fix the ones above and validate again"
    );
}

#[test]
fn dotted_keys_nested_past_the_parser_limit_are_refused() {
    let text = format!("id = \"x\"\n{} = 1\n", vec!["a"; 20_000].join("."));
    assert!(message_of(parse_str(&text, "dotted.toml")).contains("nesting too deep"));
}

/// The valid fixture with one edit, and the problem it must raise (at the edited line).
#[test]
fn each_validation_rule_refuses_its_mistake_at_the_edited_line() {
    let valid = std::fs::read_to_string(fixture("valid")).unwrap();
    let cases: &[(&str, &str, &str)] = &[
        (
            "weeks = 8\n",
            "weeks = 0\n",
            "weeks = 0; expected a length of at least 1 week",
        ),
        ("weeks = 8\n", "weeks = 600\n", "expected at most 520 weeks"),
        (
            "minutes = 60\n",
            "minutes = 60\npercent = 50\n",
            "has both `minutes` and `percent`",
        ),
        (
            "minutes = 60\n",
            "percent = 50\n",
            "gives percent but block `learn` gives minutes",
        ),
        (
            "min_minutes = 90\n",
            "min_minutes = 150\n",
            "expected min_minutes <= minutes",
        ),
        ("{ min = 1, max = 2,", "{ min = 3, max = 2,", "expected 1 <= min <= max"),
        (
            "every_weeks = 4\n",
            "every_weeks = 9\n",
            "every_weeks = 9; expected 1 to 8",
        ),
        (
            "every_weeks = 1\n",
            "every_weeks = 0\n",
            "recurring task `network` has every_weeks = 0",
        ),
        ("count = 2\n", "count = 0\n", "count = 0; expected 1 or more"),
        ("id = \"CORE\"", "id = \"CORE LABEL\"", "bad label id `CORE LABEL`"),
        ("id = \"learn\"", "id = \"-learn\"", "bad daily block id `-learn`"),
        (
            "id = \"network\"",
            "id = \"career\"",
            "duplicate id `career`: this recurring task",
        ),
        (
            "name = \"Core Algo\"",
            "name = \"  \"",
            "empty text; expected a non-empty title",
        ),
        ("week = 7\n", "week = 0\n", "week detail `week-7` names week 0"),
        ("week = 2\n", "week = 9\n", "deliverable `first-repo` names week 9"),
        (
            "weeks = [1, 4]",
            "weeks = [3, 2]",
            "phase `sprint-1` has weeks = [3, 2]",
        ),
    ];
    for (from, to, expected) in cases {
        assert!(valid.contains(from), "the fixture lost {from:?}");
        let edited = valid.replacen(from, to, 1);
        let errors = parse_str(&edited, "edited.toml").unwrap_err().to_string();
        assert!(errors.contains(expected), "{to:?}: expected {expected:?} in {errors}");
        let line = errors.split(':').nth(1).unwrap().parse::<usize>().unwrap();
        let edit_line = valid[..valid.find(from).unwrap()].matches('\n').count() + 1;
        assert!(
            (edit_line.saturating_sub(3)..=edit_line + 1).contains(&line),
            "{to:?}: error at line {line}, edit at line {edit_line}: {errors}"
        );
    }
}

#[test]
fn a_topic_label_must_be_declared() {
    let text = std::fs::read_to_string(fixture("valid")).unwrap().replacen(
        "[[phases]]\nid = \"sprint-2\"",
        "[[phases.topics]]\nid = \"t1\"\ntitle = \"Attention\"\nlabel = \"TOOL\"\n\n[[phases]]\nid = \"sprint-2\"",
        1,
    );
    let errors = parse_str(&text, "labels.toml").unwrap_err().to_string();
    assert!(
        errors.starts_with("labels.toml:43:1: unknown label `TOOL` on topic `t1`; expected one of `CORE`"),
        "{errors}"
    );
}

#[test]
fn a_roadmap_needs_a_length() {
    let text = "id = \"x\"\ntitle = \"t\"\nsummary = \"s\"\n";
    let errors = parse_str(text, "len.toml").unwrap_err().to_string();
    assert!(
        errors.starts_with("len.toml:1:1: the roadmap has no length"),
        "{errors}"
    );
}
