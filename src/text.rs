//! Text from roadmap files and learners is data: strip what a terminal would execute.
//!
//! Removes C0 and C1 control characters (ESC, BEL, NUL, U+009B CSI...),
//! DEL and the Unicode bidirectional overrides and isolates (U+202A-U+202E,
//! U+2066-U+2069) that can make text display differently from what it is.
//! Tabs become a space; newlines are kept only where the caller allows them.

use std::borrow::Cow;

/// True for characters that must never reach a terminal from data.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
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
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(clean_line("Week 7: Transformers"), Cow::Borrowed(_)));
        assert_eq!(clean_block("one\ntwo\u{7}"), "one\ntwo");
    }
}
