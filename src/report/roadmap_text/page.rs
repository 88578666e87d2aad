//! A plain-text page: a title, headings, and lines with a hanging indent that
//! wrap at a fixed width, so long roadmap text stays aligned under its label.
//!
//! Every piece of text passes through [`clean_line`] on its way in: data from a
//! roadmap file cannot bring control characters or escape sequences to the terminal.

use unicode_width::UnicodeWidthStr;

use crate::text::clean_line;

/// Column at which lines are wrapped.
pub const WIDTH: usize = 88;

/// Narrowest room left for text after a deep indent, so text never becomes one word a line.
const MIN_TEXT_WIDTH: usize = 24;

/// Plain text built line by line.
#[derive(Debug, Default)]
pub struct Page {
    text: String,
}

impl Page {
    /// An empty page.
    pub fn new() -> Page {
        Page::default()
    }

    /// The finished text: no trailing blank lines, one final newline.
    pub fn finish(self) -> String {
        let mut text = self.text.trim_end().to_owned();
        text.push('\n');
        text
    }

    /// The page title, underlined with `=`.
    pub fn title(&mut self, title: &str) {
        let title = clean_line(title);
        self.push_line(&title);
        self.push_line(&"=".repeat(title.width().max(1)));
    }

    /// A section heading after a blank line, underlined with `-`.
    pub fn heading(&mut self, heading: &str) {
        self.blank();
        let heading = clean_line(heading);
        self.push_line(&heading);
        self.push_line(&"-".repeat(heading.width().max(1)));
    }

    /// A blank line, unless the page is empty or already ends with one.
    pub fn blank(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    /// A wrapped paragraph at `indent`.
    pub fn text(&mut self, indent: usize, text: &str) {
        self.hanging(indent, "", 0, text);
    }

    /// `lead` padded to `lead_width` columns, then `text` wrapped so its
    /// continuation lines start under the text's first column.
    pub fn hanging(&mut self, indent: usize, lead: &str, lead_width: usize, text: &str) {
        let lead = clean_line(lead);
        let text = clean_line(text);
        let lead_width = lead_width.max(if lead.is_empty() { 0 } else { lead.width() + 1 });
        let room = WIDTH.saturating_sub(indent + lead_width).max(MIN_TEXT_WIDTH);
        let first = format!("{}{}", " ".repeat(indent), pad(&lead, lead_width));
        let continuation = " ".repeat(indent + lead_width);
        let lines = wrap(&text, room);
        if lines.is_empty() {
            self.push_line(first.trim_end());
        }
        for (i, line) in lines.iter().enumerate() {
            let start = if i == 0 { &first } else { &continuation };
            self.push_line(&format!("{start}{line}"));
        }
    }

    /// A label line followed by one `- ` bullet per item, one level deeper.
    pub fn list<S: AsRef<str>>(&mut self, indent: usize, label: &str, items: &[S]) {
        if items.is_empty() {
            return;
        }
        self.text(indent, label);
        for item in items {
            self.hanging(indent + 2, "-", 2, item.as_ref());
        }
    }

    fn push_line(&mut self, line: &str) {
        self.text.push_str(line.trim_end());
        self.text.push('\n');
    }
}

/// Display columns of `text` once cleaned.
pub fn width(text: &str) -> usize {
    clean_line(text).width()
}

/// `text`, cleaned, padded with spaces to `width` display columns.
pub fn pad(text: &str, width: usize) -> String {
    let cleaned = clean_line(text);
    let gap = width.saturating_sub(cleaned.width());
    format!("{cleaned}{}", " ".repeat(gap))
}

/// Words of `text` packed into lines of at most `room` columns; a longer word keeps a line to itself.
fn wrap(text: &str, room: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_under_its_label_and_never_passes_the_width() {
        let mut page = Page::new();
        let words = "retrieval ".repeat(30);
        page.hanging(2, "Focus:", 8, &words);
        let text = page.finish();
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() > 2, "{text}");
        assert!(lines[0].starts_with("  Focus:  retrieval"), "{text}");
        assert!(lines[1].starts_with("          retrieval"), "{text}");
        assert!(lines.iter().all(|l| l.width() <= WIDTH), "{text}");
        assert_eq!(text.split_whitespace().filter(|w| *w == "retrieval").count(), 30);
    }

    #[test]
    fn control_characters_in_any_part_are_removed() {
        let mut page = Page::new();
        page.title("Plan\u{1b}[2J");
        page.hanging(0, "\u{9b}31m", 4, "text\u{7}");
        page.list(0, "List", &["item\u{1b}]0;x\u{7}"]);
        let text = page.finish();
        assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
        assert!(text.starts_with("Plan[2J\n=======\n"), "{text:?}");
    }

    #[test]
    fn blank_lines_do_not_pile_up_and_the_page_ends_with_one_newline() {
        let mut page = Page::new();
        page.blank();
        page.heading("One");
        page.blank();
        page.blank();
        page.text(0, "body");
        page.blank();
        assert_eq!(page.finish(), "One\n---\n\nbody\n");
    }
}
