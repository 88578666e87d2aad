//! Text from roadmap files and learners is data: strip what a terminal would execute.
//!
//! Removes C0 and C1 control characters (ESC, BEL, NUL, U+009B CSI...),
//! DEL, and every invisible formatting character (Unicode general category
//! Cf: the bidirectional marks, embeddings, overrides and isolates, U+061C
//! ARABIC LETTER MARK, zero-width spaces, tags, the byte order mark), which
//! can make text display differently from what it is. Zero-width joiner and
//! non-joiner stay: they change no direction and scripts such as Persian and
//! emoji sequences need them. Tabs become a space; newlines are kept only
//! where the caller allows them.

use std::borrow::Cow;

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// True for characters that must never reach a terminal from data.
fn is_unsafe(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    c.is_control() || (c.general_category() == GeneralCategory::Format && !matches!(c, '\u{200C}' | '\u{200D}'))
}

/// One line of display text: every control character removed, tabs and newlines become spaces.
pub fn clean_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\t' | '\n' | '\r' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// Multi-line display text: like [`clean_line`] but keeps `\n` line breaks.
pub fn clean_block(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\n' => Some('\n'),
                '\t' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// JSON text made safe to print: every unsafe character left raw by the
/// serializer (DEL, C1 controls such as U+009B, BiDi overrides) becomes a
/// `\uXXXX` escape, so the data is kept exactly but never reaches a terminal.
///
/// Only valid on serializer output: there, control characters below U+0020
/// are already escaped inside strings and `\n` is layout.
pub fn escape_json(json: &str) -> Cow<'_, str> {
    if !json.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if c != '\n' && is_unsafe(c) {
            // JSON escapes are UTF-16 code units: a character past the Basic
            // Multilingual Plane (a tag character, U+E0001..) is a surrogate pair.
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_escape_byte() {
        let hostile = "a\u{1b}]0;pwned\u{7}b\u{1b}[2Jc\u{9b}31md\u{202e}e\0f";
        let cleaned = clean_line(hostile);
        assert!(!cleaned.chars().any(is_unsafe), "{cleaned:?}");
        assert_eq!(cleaned, "a]0;pwnedb[2Jc31mdef");
    }

    #[test]
    fn json_keeps_the_data_but_not_the_raw_characters() {
        let json = serde_json::to_string("a\u{9b}b\u{202e}c\u{7f}\u{1b}").unwrap();
        let safe = escape_json(&json);
        assert!(!safe.chars().any(is_unsafe), "{safe:?}");
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "a\u{9b}b\u{202e}c\u{7f}\u{1b}");
    }

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(clean_line("Week 7: Transformers"), Cow::Borrowed(_)));
        assert_eq!(clean_block("one\ntwo\u{7}"), "one\ntwo");
    }
}

#[cfg(test)]
mod format_character_tests {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

    use super::*;

    #[test]
    fn every_control_and_invisible_format_character_is_removed() {
        let mut removed = 0;
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let format = c.general_category() == GeneralCategory::Format && !matches!(c, '\u{200C}' | '\u{200D}');
            if c.is_control() || format {
                let text = format!("a{c}b");
                let expected = if matches!(c, '\t' | '\n' | '\r') { "a b" } else { "ab" };
                assert_eq!(clean_line(&text), expected, "U+{:04X}", u32::from(c));
                removed += 1;
            }
        }
        // The Arabic letter mark, bidi marks and isolates, zero-width space, BOM, a tag.
        for c in [
            '\u{061C}',
            '\u{200B}',
            '\u{200E}',
            '\u{202E}',
            '\u{2066}',
            '\u{FEFF}',
            '\u{E0041}',
        ] {
            assert_eq!(clean_line(&format!("x{c}y")), "xy", "U+{:04X}", u32::from(c));
        }
        assert!(removed > 200, "{removed}");
        // In JSON a tag character is kept exactly, as a surrogate pair.
        let json = serde_json::to_string("a\u{E0020}b").unwrap();
        let escaped = escape_json(&json);
        assert_eq!(escaped, "\"a\\udb40\\udc20b\"");
        assert_eq!(serde_json::from_str::<String>(&escaped).unwrap(), "a\u{E0020}b");
        // Joiners stay: Persian words and emoji sequences need them.
        assert_eq!(
            clean_line("می\u{200C}خواهم 👩\u{200D}💻"),
            "می\u{200C}خواهم 👩\u{200D}💻"
        );
    }
}
