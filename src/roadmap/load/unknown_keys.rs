//! Every unknown key at once. serde stops at the first key a table does not
//! know (`deny_unknown_fields`), so a file with three typos would take three
//! rounds of `roadmap validate`. When the unknown key sits on a line of its
//! own (`titel = "..."`), that line is blanked (its length kept, so every
//! later position stays true) and the text parsed again, until it parses or
//! the error is of another kind; each unknown key found is reported (and an
//! error of another kind only when there was none: it may come from a
//! blanked line).

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
            .and_then(|span| own_line(&current, span.start));
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
    let is_pair = !line.trim_start().starts_with('[') && line.contains('=');
    (is_pair && toml::from_str::<toml::Table>(line).is_ok()).then_some((start, end))
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
    fn a_key_inside_an_inline_table_stops_the_search_but_is_reported() {
        let text = "id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = 4\nsumary = \"x\"\n\
                    [[phases]]\nid = \"p\"\ntitle = \"P\"\ndeliverables = [{ id = \"d\", titel = \"D\" }]\n";
        let error = parse_reporting_all(text, "t.toml").unwrap_err();
        assert_eq!(error.diagnostics.len(), 2, "{error}");
    }

    #[test]
    fn a_file_without_unknown_keys_parses_as_before() {
        let text = "id = \"r\"\ntitle = \"R\"\nsummary = \"s\"\nweeks = 4\n";
        assert_eq!(parse_reporting_all(text, "t.toml").unwrap().id, "r");
    }
}
