//! Positions for diagnostics: byte offsets to 1-based line:column, toml's
//! errors to one helpful line, and validation problems to the place in the
//! text where the offending item is written.

use toml::de::{DeTable, DeValue};

use crate::roadmap::error::{Diagnostic, LoadError};
use crate::roadmap::validate::{ItemPath, Problem, Step};

/// 1-based line and column (in characters) of a byte offset into `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).line_column(offset)
}

/// Where each line starts, so that many positions cost a binary search each
/// instead of a scan from the top (thousands of problems in a large file).
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { text, starts }
    }

    fn line_column(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        // `starts[0] == 0 <= offset`, so the line is at least the first.
        let line = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts[line - 1];
        let column = self.text[line_start..offset].chars().count() + 1;
        (line, column)
    }
}

/// A toml syntax, type, unknown-key or duplicate-key error as one diagnostic.
pub fn toml_error(text: &str, origin: &str, error: &toml::de::Error) -> LoadError {
    let position = error.span().map(|span| line_column(text, span.start));
    let found = error.span().and_then(|span| text.get(span)).unwrap_or("");
    LoadError::single(origin, position, shorten(explain(error.message(), found)))
}

/// Longest message kept: toml quotes keys and strings from the file, which can be huge.
const MAX_MESSAGE_CHARS: usize = 1000;

fn shorten(message: String) -> String {
    match message.char_indices().nth(MAX_MESSAGE_CHARS) {
        Some((cut, _)) => format!("{}...", &message[..cut]),
        None => message,
    }
}

/// toml's message on one line, with a suggestion for a misspelt key.
fn explain(message: &str, found: &str) -> String {
    let one_line = message.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(rest) = one_line.strip_prefix("unknown field `")
        && let Some((field, expected)) = rest.split_once("`, expected ")
    {
        let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        // A long unknown key is no typo; skip the quadratic comparison.
        let closest = candidates
            .iter()
            .filter(|_| field.len() <= 64)
            .map(|c| (edit_distance(field, c), *c))
            .filter(|(d, _)| *d <= 2)
            .min();
        return match closest {
            Some((_, guess)) => format!("unknown field `{field}` (did you mean `{guess}`?), expected {expected}"),
            None => one_line,
        };
    }
    if let Some(start) = one_line.strip_suffix("expected u32") {
        return format!("{start}expected a whole number (0 or more)");
    }
    if one_line == "recursion limit" {
        return "nesting too deep: keys or tables nested past toml's limit; expected a few levels".to_owned();
    }
    if one_line.starts_with("missing field") {
        return format!("{one_line}; expected it in the table that starts here (see roadmaps/FORMAT.md)");
    }
    if one_line.starts_with("duplicate key") && !found.is_empty() && found.len() <= 80 && !found.contains('\n') {
        return format!("duplicate key `{found}`; expected each key at most once in a table");
    }
    one_line
}

/// Levenshtein distance, for "did you mean"; keys are short, so quadratic is fine.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb)).min(above + 1).min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Most problems listed for one file; past that, a count. Keeps the output of
/// a broken (or hostile) file readable and bounded.
pub const MAX_DIAGNOSTICS: usize = 200;

/// Validation problems as diagnostics at the items' positions, in file order.
pub fn problems(text: &str, origin: &str, problems: &[Problem]) -> LoadError {
    // The text parsed once already, so this second, spanned parse succeeds;
    // without it the problems are still reported, only without positions.
    let document = DeTable::parse(text).ok();
    let lines = LineIndex::new(text);
    let locate = |path: &ItemPath| {
        document
            .as_ref()
            .and_then(|doc| offset_of(doc.get_ref(), doc.span().start, path))
            .map(|offset| lines.line_column(offset))
    };
    let mut diagnostics: Vec<Diagnostic> = problems
        .iter()
        .map(|problem| {
            let mut message = problem.message.clone();
            if let Some((line, column)) = problem.other.as_ref().and_then(locate) {
                message.push_str(&format!(" (see line {line}, column {column})"));
            }
            Diagnostic {
                origin: origin.to_owned(),
                position: locate(&problem.at),
                message,
            }
        })
        .collect();
    // File order; problems without a position (none expected) go last.
    diagnostics.sort_by_key(|d| d.position.map_or((usize::MAX, usize::MAX), |p| p));
    if diagnostics.len() > MAX_DIAGNOSTICS {
        let hidden = diagnostics.len() - MAX_DIAGNOSTICS;
        diagnostics.truncate(MAX_DIAGNOSTICS);
        diagnostics.push(Diagnostic {
            origin: origin.to_owned(),
            position: None,
            message: format!("{hidden} more problems not shown; fix the ones above and validate again"),
        });
    }
    LoadError { diagnostics }
}

/// Byte offset of the deepest part of `path` found in the document: the key
/// when the path ends in a key, the value when it ends in an array index.
fn offset_of(root: &DeTable<'_>, root_start: usize, path: &ItemPath) -> Option<usize> {
    let mut table = Some(root);
    let mut value: Option<&DeValue<'_>> = None;
    let mut offset = root_start;
    for step in &path.0 {
        let next = match (*step, table, value) {
            (Step::Key(name), Some(t), _) => t
                .iter()
                .find(|(key, _)| key.get_ref().as_ref() == name)
                .map(|(key, v)| (key.span().start, v)),
            (Step::Index(i), _, Some(DeValue::Array(items))) => items.get(i).map(|v| (v.span().start, v)),
            _ => None,
        };
        let Some((start, spanned)) = next else { break };
        offset = start;
        value = Some(spanned.get_ref());
        table = match spanned.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => None,
        };
    }
    Some(offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_one_based_lines_and_character_columns() {
        let text = "a = 1\nbé = 2\r\nc";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        assert_eq!(line_column(text, 9), (2, 3));
        assert_eq!(line_column(text, text.len()), (3, 2));
    }

    #[test]
    fn a_misspelt_key_gets_a_suggestion() {
        let message = explain(
            "unknown field `titel`, expected one of `id`, `title`, `summary`",
            "titel",
        );
        assert!(message.contains("did you mean `title`?"), "{message}");
        let far = explain("unknown field `zzzzzz`, expected `id` or `title`", "zzzzzz");
        assert!(!far.contains("did you mean"), "{far}");
    }

    #[test]
    fn huge_messages_are_cut() {
        let long = shorten(format!("unknown field `{}`", "k".repeat(5000)));
        assert_eq!(long.chars().count(), MAX_MESSAGE_CHARS + 3);
    }
}
