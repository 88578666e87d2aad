//! Raw text as learners paste it, made fit to parse: byte order mark, CRLF and
//! lone CR line ends, and mojibake (UTF-8 that was read as Windows-1252 once or
//! twice, the `â€”` for `—` of text copied through the wrong editor).
//!
//! Line breaks are never added or removed (a CRLF becomes one `\n`), so line
//! numbers in the report are the line numbers of the learner's file.

/// Text ready for the Markdown parser, and how many mojibake runs were repaired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    /// The normalized text.
    pub text: String,
    /// Runs of mojibake turned back into the characters they were meant to be.
    pub repaired: usize,
}

/// Normalizes line ends and repairs mojibake.
pub fn prepare(raw: &str) -> Prepared {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let unified = if raw.contains('\r') {
        raw.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        raw.to_owned()
    };
    let mut text = unified;
    let mut repaired = 0;
    // Twice: a file saved through two wrong editors is mojibake of mojibake.
    for _ in 0..2 {
        let (fixed, count) = repair_mojibake(&text);
        if count == 0 {
            break;
        }
        repaired += count;
        text = fixed;
    }
    Prepared { text, repaired }
}

/// The Windows-1252 byte a character came from, when it is one of the
/// characters a UTF-8 byte of 0x80 and above turns into.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    if let Some(i) = HIGH.iter().position(|&h| h == c) {
        return u8::try_from(0x80 + i).ok();
    }
    // Latin-1 characters (and C1 controls, from text decoded as Latin-1) stand for their own byte.
    u8::try_from(code).ok().filter(|b| *b >= 0x80)
}

/// Bytes that are not UTF-8 read as Windows-1252, the encoding of text saved
/// by older Windows editors.
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Windows-1252 bytes 0x80 to 0x9F; the five it leaves undefined stay C1 controls.
const HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{02C6}',
    '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}', '\u{0090}', '\u{2018}',
    '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}',
    '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// Length of the UTF-8 sequence a lead byte starts, if it is a lead byte.
fn sequence_len(lead: u8) -> Option<usize> {
    match lead {
        0xC2..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

/// One pass of repair: every run of characters that re-encodes to valid
/// multi-byte UTF-8 is replaced by what it decodes to; everything else stays.
fn repair_mojibake(text: &str) -> (String, usize) {
    if text.is_ascii() {
        return (text.to_owned(), 0);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let Some(len) = cp1252_byte(c).and_then(sequence_len) else {
            out.push(c);
            i += 1;
            continue;
        };
        let bytes: Option<Vec<u8>> = chars
            .get(i..i + len)
            .map(|run| run.iter().filter_map(|&c| cp1252_byte(c)).collect());
        match bytes.as_deref().filter(|b| b.len() == len).map(std::str::from_utf8) {
            Some(Ok(decoded)) => {
                out.push_str(decoded);
                count += 1;
                i += len;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mojibake_dashes_quotes_and_emoji_are_repaired() {
        let prepared =
            prepare("Weeks 1\u{e2}\u{20ac}\u{201c}4 \u{e2}\u{153}\u{2026} done \u{f0}\u{178}\u{161}\u{20ac}");
        assert_eq!(prepared.text, "Weeks 1–4 ✅ done 🚀");
        assert_eq!(prepared.repaired, 3);
    }

    #[test]
    fn real_accents_and_crlf_are_kept_line_for_line() {
        let prepared = prepare("\u{feff}Caf\u{e9} f\u{fc}r\r\nzwei\rdrei");
        assert_eq!(prepared.text, "Café für\nzwei\ndrei");
        assert_eq!(prepared.repaired, 0);
    }
}
