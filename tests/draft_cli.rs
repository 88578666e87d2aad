//! `studyplan roadmap draft` as a learner runs it: a Markdown file or standard
//! input in, TOML out (stdout or -o), the report on stderr, an existing file
//! never overwritten without --force, and the draft importable as it is.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

#[path = "support/cli.rs"]
mod support;

use support::Learner;

const TODAY: &str = "2026-03-02";

fn seed(name: &str) -> String {
    format!("{}/tests/fixtures/markdown/seeds/{name}.md", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn drafts_to_stdout_with_the_report_on_stderr() {
    let learner = Learner::new();
    let out = learner.run(TODAY, &["roadmap", "draft", &seed("004_7790502f93dd25a3")]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("# Drafted by `studyplan roadmap draft`"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("suggested_start = 2026-02-01"));
    assert!(out.stdout.contains("months = 7"), "{}", out.stdout);
    assert!(
        out.stderr
            .contains("month february-2026: February 2026 (month 1, 2026-02-01 to 2026-02-28)"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("daily split: 90-120 min a day"), "{}", out.stderr);
}

#[test]
fn the_draft_validates_imports_and_starts() {
    let learner = Learner::new();
    let toml = learner.path("q1.toml");
    let out = learner.run(
        TODAY,
        &[
            "roadmap",
            "draft",
            &seed("002_452ca19f2974e3fa"),
            "-o",
            toml.to_str().unwrap(),
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.is_empty(), "the TOML went to the file");
    assert!(out.stderr.contains("Wrote"), "{}", out.stderr);
    learner.ok(TODAY, &["roadmap", "validate", toml.to_str().unwrap()]);
    let imported = learner.ok(TODAY, &["roadmap", "import", toml.to_str().unwrap()]);
    assert!(imported.contains("q1-2026-roadmap-foundations-core"), "{imported}");
    learner.ok(TODAY, &["start", "q1-2026-roadmap-foundations-core", "--on", TODAY]);
    let today = learner.ok(TODAY, &["today"]);
    assert!(
        today.contains("Foundations & Linear Algebra"),
        "week 1's detail shows today:\n{today}"
    );
}

#[test]
fn an_existing_file_is_kept_unless_forced() {
    let learner = Learner::new();
    let toml = learner.path("mine.toml");
    std::fs::write(&toml, "my own edits\n").unwrap();
    let refused = learner.refused(
        TODAY,
        &[
            "roadmap",
            "draft",
            &seed("000_86f5ebe1e6722f53"),
            "-o",
            toml.to_str().unwrap(),
        ],
    );
    assert!(
        refused.contains("exists; nothing was written. Pass --force"),
        "{refused}"
    );
    assert_eq!(std::fs::read_to_string(&toml).unwrap(), "my own edits\n");
    let out = learner.run(
        TODAY,
        &[
            "roadmap",
            "draft",
            &seed("000_86f5ebe1e6722f53"),
            "-o",
            toml.to_str().unwrap(),
            "--force",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        std::fs::read_to_string(&toml)
            .unwrap()
            .contains("id = \"roadmap-2026-milestones-q1-q4\"")
    );
}

#[test]
fn reads_standard_input() {
    let learner = Learner::new();
    let output = learner
        .command(TODAY)
        .args(["roadmap", "draft", "-"])
        .write_stdin("# Piped plan\n\n## Weeks 1-2: Basics\n- [ ] Ship a thing\n")
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("title = \"Piped plan\""), "{stdout}");
    assert!(stdout.contains("from standard input"), "{stdout}");
}

#[test]
fn tracks_are_named_and_chosen() {
    let learner = Learner::new();
    let first = learner.run(TODAY, &["roadmap", "draft", &seed("001_47108cf5f32b6a34")]);
    assert!(
        first
            .stderr
            .contains("holds 2 tracks: a (6-Month Fast-Track), b (9-Month Standard); drafted 6-Month Fast-Track"),
        "{}",
        first.stderr
    );
    assert!(first.stdout.contains("weeks = 24"));
    let second = learner.run(
        TODAY,
        &["roadmap", "draft", &seed("001_47108cf5f32b6a34"), "--track", "b"],
    );
    assert!(second.stdout.contains("weeks = 36"), "{}", second.stdout);
    let unknown = learner.refused(
        TODAY,
        &["roadmap", "draft", &seed("001_47108cf5f32b6a34"), "--track", "c"],
    );
    assert!(
        unknown.contains("--track c: no such track; the file holds a (6-Month Fast-Track), b (9-Month Standard)"),
        "{unknown}"
    );
}

#[test]
fn errors_name_the_file_and_what_to_do() {
    let learner = Learner::new();
    let missing = learner.refused(TODAY, &["roadmap", "draft", "no-such-plan.md"]);
    assert!(
        missing.contains("no-such-plan.md does not exist; give the path of a Markdown roadmap"),
        "{missing}"
    );
    let dir = learner.refused(TODAY, &["roadmap", "draft", learner.dir.path().to_str().unwrap()]);
    assert!(
        dir.contains("is a folder, not a file; give the path of a Markdown roadmap"),
        "{dir}"
    );
    let device = learner.refused(TODAY, &["roadmap", "draft", "/dev/zero"]);
    assert!(device.contains("/dev/zero is a device, not a file"), "{device}");
    let utf16 = learner.path("utf16.md");
    std::fs::write(&utf16, [0xFF, 0xFE, b'#', 0, b' ', 0, b'x', 0]).unwrap();
    let refused = learner.refused(TODAY, &["roadmap", "draft", utf16.to_str().unwrap()]);
    assert!(refused.contains("UTF-16; save it as UTF-8"), "{refused}");
}

#[test]
fn windows_1252_files_are_read() {
    let learner = Learner::new();
    let file = learner.path("cp1252.md");
    // "Café plan" and an en dash in Windows-1252 bytes: not UTF-8.
    std::fs::write(&file, b"# Caf\xe9 plan\n\n## Weeks 1\x964: Basics\n- Learn: a\n").unwrap();
    let out = learner.run(TODAY, &["roadmap", "draft", file.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("title = \"Café plan\""), "{}", out.stdout);
    assert!(out.stdout.contains("weeks = [1, 4]"), "{}", out.stdout);
    assert!(out.stderr.contains("not UTF-8; read as Windows-1252"), "{}", out.stderr);
}
