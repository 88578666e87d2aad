//! Data text made safe and sized for a column: control characters stripped,
//! cut by display width (so CJK and emoji never spill into the next column).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::text::clean_line;

/// Display text from data: control characters and escape sequences removed, one line.
pub fn clean(text: &str) -> String {
    clean_line(text).into_owned()
}

/// Cleans `text` and cuts it to at most `width` terminal cells, ending with `…` when cut.
pub fn fit(text: &str, width: usize) -> String {
    let text = clean_line(text);
    if text.width() <= width {
        return text.into_owned();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Like [`fit`], then padded with spaces to exactly `width` cells.
pub fn fit_pad(text: &str, width: usize) -> String {
    let mut out = fit(text, width);
    let pad = width.saturating_sub(out.width());
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

/// `text` in lines of at most `width` cells, broken between words (inside a
/// word only when it is longer than a line), at most `max_lines`, the last cut with `…`.
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    if width == 0 || max_lines == 0 {
        return Vec::new();
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.width() + 1 + word.width() <= width {
            line.push(' ');
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            if line.width() + c.width().unwrap_or(0) > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    lines.push(line);
    if lines.len() > max_lines {
        let rest = lines.split_off(max_lines - 1).join(" ");
        lines.push(fit(&rest, width));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_are_cut_by_cells_not_chars() {
        assert_eq!(fit("学习变换器模型", 6), "学习…");
        assert_eq!(fit("学习变换器模型", 6).width(), 5);
        assert_eq!(fit_pad("🚀 ship it", 6).width(), 6);
    }

    #[test]
    fn short_text_is_kept_and_escape_bytes_are_dropped() {
        assert_eq!(fit("Week 7", 20), "Week 7");
        assert_eq!(fit("a\u{1b}[2Jb", 20), "a[2Jb");
        assert_eq!(fit("anything", 0), "");
    }
}
