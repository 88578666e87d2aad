//! Every unknown key at once.
//!
//! A key inside an inline table (`{ id = "d", titel = "D" }`) is blanked
//! with the comma that joins it to its neighbours. serde stops at the first key a table does not
//! know (`deny_unknown_fields`), so a file with three typos would take three
//! rounds of `roadmap validate`. When the unknown key sits on a line of its
//! own (`titel = "..."`), that line is blanked (its length kept, so every
//! later position stays true) and the text parsed again, until it parses or
//! the error is of another kind; each unknown key found is reported (and an
//! error of another kind only when there was none: it may come from a
//! blanked line). So a misspelt required key (`titel`) ends the round: the
//! table then misses `title`, and what follows may be noise.

use super::locate;
use crate::roadmap::LoadError;
use crate::roadmap::model::Roadmap;

/// Most unknown keys collected from one file before giving up.
const MAX_UNKNOWN_KEYS: usize = 50;

/// Parses `text`; on failure, every unknown key found on a line of its own,
/// then the error that stopped the parse if it is not one of them.
pub fn parse_reporting_all(text: &str, origin: &str) -> Result<Roadmap, LoadError> {
    let mut current = text.to_owned();
    let mut found: Vec<crate::roadmap::Diagnostic> = Vec::new();
    loop {
        let error = match toml::from_str::<Roadmap>(&current) {
            Ok(roadmap) if found.is_empty() => return Ok(roadmap),
            Ok(_) => return Err(in_file_order(found)),
            Err(error) => error,
        };
        let unknown = error.message().starts_with("unknown field `");
        // Once keys were blanked, another error may come from the blanking (a
        // `titel` taken out leaves `title` missing): report the keys found only.
        if !unknown && !found.is_empty() {
            return Err(in_file_order(found));
        }
        // Positions are read from the original text: blanking keeps every offset.
        let diagnostic = locate::toml_error(text, origin, &error);
        let line = error
            .span()
            .filter(|_| unknown)
            .and_then(|span| own_line(&current, span.start).or_else(|| inline_pair(&current, span.start)));
        found.extend(diagnostic.diagnostics);
        match line {
            Some((start, end)) if found.len() < MAX_UNKNOWN_KEYS => {
                current.replace_range(start..end, &" ".repeat(end - start));
            }
            _ => return Err(in_file_order(found)),
        }
    }
}

/// The diagnostics sorted by line and column (toml finds them in no set order).
fn in_file_order(mut diagnostics: Vec<crate::roadmap::Diagnostic>) -> LoadError {
    diagnostics.sort_by_key(|d| d.position.unwrap_or((usize::MAX, usize::MAX)));
    LoadError { diagnostics }
}

/// The byte range of the line holding `offset`, when that line is a whole
/// `key = value` pair on its own (it parses alone as a TOML table).
fn own_line(text: &str, offset: usize) -> Option<(usize, usize)> {
    let start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
    let end = text.get(offset..)?.find('\n').map_or(text.len(), |i| offset + i);
    let line = text.get(start..end)?;
    // The unknown key must be the line's own key, not one inside its value.
    let key_start = start + (line.len() - line.trim_start().len());
    let is_pair = key_start == offset && !line.trim_start().starts_with('[') && line.contains('=');
    (is_pair && toml::from_str::<toml::Table>(line).is_ok()).then_some((start, end))
}

/// The byte range to blank for a `key = value` pair inside an inline table
/// starting at `offset`: the pair and the comma after it, or, for the last
/// pair, the comma before it (a trailing comma is not TOML 1.0).
fn inline_pair(text: &str, offset: usize) -> Option<(usize, usize)> {
    let rest = text.get(offset..)?;
    let line_end = rest.find('\n').unwrap_or(rest.len());
    // The shortest `key = value` that parses alone, ending before a `,` or `}`.
    let end = rest[..line_end]
        .char_indices()
        .filter(|(_, c)| *c == ',' || *c == '}')
        .map(|(i, _)| i)
        .find(|i| toml::from_str::<toml::Table>(&rest[..*i]).is_ok_and(|t| t.len() == 1))?;
    let after = rest[end..].trim_start_matches(' ');
    if after.starts_with(',') {
        let comma = end + (rest[end..].len() - after.len());
        return Some((offset, offset + comma + 1));
    }
    let before = text.get(..offset)?.trim_end_matches(' ');
    before.ends_with(',').then(|| (before.len() - 1, offset + end))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn three_typos_are_three_diagnostics_in_one_round() {
        let text = "id = \"r\"\ntitel = \"R\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = 4\n\
                    [[phases]]\nid = \"p\"\ntitle = \"P\"\nwekes = [1, 2]\nfocus = \"f\"\nfocsu = \"x\"\n";
        let error = parse_reporting_all(text, "t.toml").unwrap_err();
        let lines: Vec<Option<(usize, usize)>> = error.diagnostics.iter().map(|d| d.position).collect();
        assert_eq!(lines.len(), 3, "{error}");
        assert_eq!(
            lines.iter().map(|p| p.unwrap().0).collect::<Vec<_>>(),
            [2, 9, 11],
            "{error}"
        );
        assert!(error.to_string().contains("titel"), "{error}");
    }

    #[test]
    fn keys_inside_inline_tables_are_all_reported_too() {
        let text = "id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = 4\nsumary = \"x\"\n\
                    [[phases]]\nid = \"p\"\ntitle = \"P\"\n\
                    deliverables = [{ id = \"d\", title = \"D\", wek = 2 }, { dya = \"friday\", id = \"e\", title = \"E, or not\" }]\n";
        let error = parse_reporting_all(text, "t.toml").unwrap_err();
        let keys: Vec<&str> = ["sumary", "wek", "dya"]
            .into_iter()
            .filter(|key| error.to_string().contains(&format!("`{key}`")))
            .collect();
        assert_eq!(keys, ["sumary", "wek", "dya"], "{error}");
        assert_eq!(error.diagnostics.len(), 3, "{error}");
    }

    #[test]
    fn a_file_without_unknown_keys_parses_as_before() {
        let text = "id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = 4\n";
        assert_eq!(parse_reporting_all(text, "t.toml").unwrap().id, "r");
    }
}
