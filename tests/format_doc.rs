//! `roadmaps/FORMAT.md` cannot rot: every ```toml example in it loads and
//! validates, and every field of the format's types is documented in it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use studyplan::roadmap::parse_str;

const FORMAT: &str = include_str!("../roadmaps/FORMAT.md");
const MODEL: &str = include_str!("../src/roadmap/model.rs");

/// The contents of every fenced block tagged `toml`, with the line it starts on.
fn toml_blocks(markdown: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, line) in markdown.lines().enumerate() {
        match current.as_mut() {
            None if line.trim() == "```toml" => current = Some((i + 2, String::new())),
            None => {}
            Some(_) if line.trim() == "```" => blocks.extend(current.take()),
            Some((_, text)) => {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    assert!(current.is_none(), "FORMAT.md has an unclosed ```toml block");
    blocks
}

/// The names of every `pub name:` field in model.rs.
fn model_fields() -> Vec<&'static str> {
    MODEL
        .lines()
        .filter_map(|line| line.trim().strip_prefix("pub "))
        .filter_map(|rest| rest.split_once(':'))
        .map(|(name, _)| name.trim())
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect()
}

#[test]
fn every_toml_example_in_the_format_doc_loads_and_validates() {
    let blocks = toml_blocks(FORMAT);
    assert!(
        blocks.len() >= 2,
        "expected the minimal and the fuller example, found {}",
        blocks.len()
    );
    for (line, text) in blocks {
        if let Err(e) = parse_str(&text, &format!("FORMAT.md block at line {line}")) {
            panic!("the example starting at FORMAT.md line {line} does not load:\n{e}");
        }
    }
}

#[test]
fn every_field_of_the_format_is_documented() {
    let fields = model_fields();
    // The model has about 80 fields; a scan that finds few means the scan broke.
    assert!(
        fields.len() > 50,
        "found only {} fields in model.rs: {fields:?}",
        fields.len()
    );
    let missing: Vec<&str> = fields
        .into_iter()
        .filter(|name| !FORMAT.contains(&format!("`{name}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "fields of src/roadmap/model.rs not documented in roadmaps/FORMAT.md: {missing:?}"
    );
}

#[test]
fn the_minimal_example_relies_on_the_documented_defaults() {
    let (_, minimal) = &toml_blocks(FORMAT)[0];
    let roadmap = parse_str(minimal, "minimal").unwrap();
    assert!(roadmap.daily.is_none() && roadmap.weekly.is_none());
    let split = roadmap.daily_split();
    assert_eq!(split.minutes, 120);
    let minutes: Vec<Option<u32>> = split.blocks.iter().map(|b| b.minutes).collect();
    assert_eq!(minutes, [Some(30), Some(60), Some(30)]);
    assert!(FORMAT.contains("120 minutes split 30/60/30"));
    assert_eq!(roadmap.weekly_structure().sunday.role, "Review and reset");
    assert!(FORMAT.contains("| Sunday | Review and reset | review and reset | no |"));
}
