//! A text field in a popup (ratatui-textarea): one line for task titles and
//! dates, several lines for notes and review answers.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::text::clean_block;
use crate::tui::theme::Theme;
use crate::tui::widgets::popup;

/// A text field being edited.
#[derive(Debug, Clone)]
pub struct TextInput {
    /// The question or label shown as the popup title.
    pub title: String,
    textarea: TextArea<'static>,
    multiline: bool,
}

impl TextInput {
    /// A field holding `initial` (cleaned of control characters), cursor at its end.
    pub fn new(title: impl Into<String>, initial: &str, multiline: bool) -> TextInput {
        let lines: Vec<String> = clean_block(initial).lines().map(str::to_owned).collect();
        let mut textarea = TextArea::new(lines);
        textarea.set_wrap_mode(WrapMode::WordOrGlyph);
        textarea.move_cursor(CursorMove::Bottom);
        textarea.move_cursor(CursorMove::End);
        TextInput {
            title: title.into(),
            textarea,
            multiline,
        }
    }

    /// True when Enter adds a line rather than saving.
    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// Types a key into the field; a one-line field ignores Enter.
    pub fn input(&mut self, key: KeyEvent) {
        if !self.multiline && key.code == KeyCode::Enter {
            return;
        }
        self.textarea.input(key);
    }

    /// Inserts pasted text at the cursor in one step, whatever its size:
    /// control characters dropped, and in a one-line field every line break
    /// (and tab) a space, so a paste is never read as keys.
    pub fn paste(&mut self, text: &str) {
        if self.multiline {
            let text = text.replace("\r\n", "\n").replace('\r', "\n");
            self.textarea.insert_str(clean_block(&text));
        } else {
            // One space per line break, \r\n included.
            self.textarea
                .insert_str(crate::text::clean_line(&text.replace("\r\n", "\n")));
        }
    }

    /// The text, trimmed, with control characters removed.
    pub fn text(&self) -> String {
        let joined = self.textarea.lines().join("\n");
        clean_block(joined.trim()).into_owned()
    }

    /// Draws just the text inside `area` (for forms); the cursor shows only when `focused`.
    pub fn render_inline(&self, area: Rect, buf: &mut Buffer, theme: &Theme, focused: bool) {
        let mut textarea = self.textarea.clone();
        textarea.set_cursor_line_style(ratatui::style::Style::new());
        textarea.set_style(theme.text);
        if !focused {
            textarea.set_cursor_style(theme.text);
        }
        textarea.render(area, buf);
    }

    /// Draws the field as a popup centered in `area`, with a line saying how to save.
    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme, save_hint: &str) {
        let height = if self.multiline { 12 } else { 4 };
        let width = area.width.saturating_sub(4).min(70);
        let outer = popup::centered(area, width, height);
        let inner = popup::frame(&self.title, outer, buf, theme);
        if inner.height == 0 {
            return;
        }
        let text_area = Rect {
            height: inner.height.saturating_sub(1),
            ..inner
        };
        let hint_area = Rect {
            y: inner.y + inner.height - 1,
            height: 1,
            ..inner
        };
        let mut textarea = self.textarea.clone();
        textarea.set_cursor_line_style(ratatui::style::Style::new());
        textarea.set_style(theme.text);
        textarea.render(text_area, buf);
        Paragraph::new(Line::from(Span::styled(save_hint.to_owned(), theme.dim))).render(hint_area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn typing_edits_the_text_and_a_one_line_field_ignores_enter() {
        let mut input = TextInput::new("Task", "Read", false);
        for c in " paper".chars() {
            input.input(key(KeyCode::Char(c)));
        }
        input.input(key(KeyCode::Enter));
        assert_eq!(input.text(), "Read paper");
    }

    #[test]
    fn a_paste_goes_in_whole_with_line_breaks_as_spaces_in_a_one_line_field() {
        let mut task = TextInput::new("Task", "", false);
        task.paste("Read chapter 3\r\nkdy\u{1b}[2J");
        assert_eq!(task.text(), "Read chapter 3 kdy[2J");
        let mut note = TextInput::new("Note", "", true);
        note.paste("one\r\ntwo\rthree");
        assert_eq!(note.text(), "one\ntwo\nthree");
        // A large paste is linear: 200,000 characters in one step.
        let big = "x".repeat(199_999) + "\n";
        let started = std::time::Instant::now();
        note.paste(&big);
        assert_eq!(note.text().len(), "one\ntwo\nthree".len() + 199_999);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(1),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn a_multiline_field_keeps_lines_and_drops_control_characters() {
        let mut input = TextInput::new("Note", "one\u{1b}[2J", true);
        input.input(key(KeyCode::Enter));
        input.input(key(KeyCode::Char('2')));
        assert_eq!(input.text(), "one[2J\n2");
    }
}
