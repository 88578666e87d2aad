//! What a heading's text says about its section: a phase's title and level,
//! whether it reads as a phase or holds projects, the document's year; and the
//! text of a block for named lists.

use chrono::Datelike;

use super::markdown::{Block, BlockKind};
use super::outline::Section;
use super::when::{self, Found, When};
use super::words::{mentions, plain, split_label, tidy};

/// Text of a block and its nested blocks, one entry per paragraph or item.
pub fn collect_text(block: &Block, out: &mut Vec<String>) {
    match &block.kind {
        // Lines that each carry a label ("Time commitment: ...", "Goal: ...") stay apart.
        BlockKind::Paragraph(inline)
            if inline.lines.len() > 1 && inline.lines.iter().skip(1).all(|l| split_label(l).is_some()) =>
        {
            for line in &inline.lines {
                push_text(out, line);
            }
        }
        BlockKind::Paragraph(inline) | BlockKind::Heading { inline, .. } => push_text(out, &inline.text),
        BlockKind::Item { inline, children, .. } => {
            push_text(out, &inline.text);
            for child in children {
                collect_text(child, out);
            }
        }
        BlockKind::Quote(children) => {
            for child in children {
                collect_text(child, out);
            }
        }
        BlockKind::Table { header, rows } => {
            let head: Vec<&str> = header.iter().map(|c| c.text.as_str()).collect();
            push_text(out, &head.join(" | "));
            for (_, row) in rows {
                let cells: Vec<&str> = row.iter().map(|c| c.text.as_str()).collect();
                push_text(out, &cells.join(" | "));
            }
        }
        BlockKind::Html { .. } | BlockKind::Rule => {}
    }
}

fn push_text(out: &mut Vec<String>, text: &str) {
    let text = tidy(text);
    if !text.is_empty() {
        out.push(super::words::cap(&text, 500));
    }
}

/// A table whose header names a time column (Week, Day, Month, Date).
pub fn is_timed_table(block: &Block) -> bool {
    match &block.kind {
        BlockKind::Table { header, .. } => header.iter().any(|c| {
            mentions(
                &c.text,
                &["week", "weeks", "day", "days", "month", "date", "dates", "when"],
            )
        }),
        _ => false,
    }
}

/// Paragraphs, quotes and rules: prose around the real content.
pub fn is_prose(block: &Block) -> bool {
    matches!(
        block.kind,
        BlockKind::Paragraph(_) | BlockKind::Quote(_) | BlockKind::Rule | BlockKind::Html { .. }
    )
}

/// A heading such as "Build Five GenAI Projects": its children are projects.
pub fn is_projects_container(title: &str) -> bool {
    mentions(
        title,
        &["projects", "project series", "portfolio projects", "capstone projects"],
    ) && when::find(title).when.is_none()
}

/// A section without dates that still reads as a phase: numbered ("01. Core
/// Foundations", "Phase 2"), with an effort, or with a topic table or
/// deliverables of its own.
pub fn looks_like_phase(section: &Section) -> bool {
    let title = section.title().trim_start_matches(|c: char| !c.is_alphanumeric());
    let numbered = title.chars().next().is_some_and(|c| c.is_ascii_digit())
        && title
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(['.', ')', ':', ' ']);
    let found = when::find(title);
    numbered || found.ordinal.is_some() || found.duration.is_some()
}

/// The first year the headings name, for months and quarters written without one.
pub fn find_year(root: &Section) -> Option<i32> {
    fn walk(section: &Section, depth: usize) -> Option<i32> {
        if depth > 8 {
            return None;
        }
        let found = when::find(section.title());
        let from_when = match found.when {
            Some(When::Calendar { from, to }) => from.year.or(to.year),
            Some(When::Quarter { year, .. }) => year,
            Some(When::Dates(from, _)) => Some(from.year()),
            _ => None,
        };
        from_when
            .or(found.year)
            .or_else(|| section.children.iter().take(64).find_map(|c| walk(c, depth + 1)))
    }
    walk(root, 0)
}

/// The level a heading names: its own word (sprint, block, ...) or what its time is.
pub fn level_of(text: &str, found: &Found) -> String {
    if let Some((level, _)) = found.ordinal
        && level != "track"
        && level != "milestone"
    {
        return level.to_owned();
    }
    let p = plain(text);
    for level in [
        "sprint", "block", "phase", "stage", "module", "unit", "quarter", "month", "part",
    ] {
        if p.contains(&format!(" {level} ")) {
            return level.to_owned();
        }
    }
    match found.when {
        Some(When::Weeks(a, b)) if a == b => "week".to_owned(),
        Some(When::Days(..)) => "days".to_owned(),
        Some(When::Months(a, b)) if a == b => "month".to_owned(),
        Some(When::Calendar { from, to }) if from == to => "month".to_owned(),
        Some(When::Quarter { .. }) => "quarter".to_owned(),
        _ => "phase".to_owned(),
    }
}

/// A phase's title and the rest of its heading (its focus).
///
/// "Weeks 1–4: Foundations Sprint" is titled "Foundations Sprint" (the weeks
/// are in `weeks`); "February 2026 — ML Foundations" is titled "February 2026"
/// with focus "ML Foundations"; "Block 1: The Forge (Weeks 1-4)" keeps "Block
/// 1: The Forge".
pub fn phase_title(text: &str, found: &Found) -> (String, String) {
    // An effort is in `weeks` too: "Python basics (~2 weeks)" is "Python basics".
    let owned;
    let text = match found.duration_range {
        Some((a, b)) if found.when_range.is_none() => {
            let (before, after) = (text[..a].trim_end(), &text[b..]);
            owned = match (before.strip_suffix('('), after.trim_start().strip_prefix(')')) {
                (Some(before), Some(after)) => format!("{before} {after}"),
                _ => format!("{before} {after}"),
            };
            owned.as_str()
        }
        _ => text,
    };
    let Some((start, end)) = found.when_range else {
        return (tidy(text), String::new());
    };
    let before = &text[..start];
    let after = &text[end..];
    match found.when {
        Some(When::Calendar { .. } | When::Quarter { .. }) if tidy(before).is_empty() => {
            let head = tidy(&text[..end]);
            let rest = tidy(after);
            if matches!(found.when, Some(When::Quarter { .. })) && !rest.is_empty() {
                (format!("{head}: {rest}"), String::new())
            } else {
                (head, rest)
            }
        }
        _ => {
            // Cut the time out, with the parenthesis around it if any.
            let before = before.trim_end();
            let (before, after) = match (before.strip_suffix('('), after.trim_start().strip_prefix(')')) {
                (Some(b), Some(a)) => (b, a),
                _ => (before, after),
            };
            let joined = format!("{} {}", tidy(before), tidy(after));
            (tidy(&joined), String::new())
        }
    }
}
