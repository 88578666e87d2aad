//! A text field in a popup (ratatui-textarea): one line for task titles and
//! dates, several lines for notes and review answers.
//!
//! Its editing keys come from the keymap as [`TextEdit`]s (a shell's line
//! keys and undo); other keys are typed in, with ratatui-textarea's own
//! moves (arrows, Home/End, Alt-F/B...). A new line is only ever made by
//! [`TextEdit::NewLine`], and Ctrl-U is never ratatui-textarea's undo.

mod history;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use self::history::{Change, History, Moment};
use crate::text::clean_block;
use crate::tui::action::TextEdit;
use crate::tui::theme::Theme;
use crate::tui::widgets::popup;

/// A text field being edited.
#[derive(Debug, Clone)]
pub struct TextInput {
    /// The question or label shown as the popup title.
    pub title: String,
    textarea: TextArea<'static>,
    multiline: bool,
    /// The text as the field opened with it, to tell whether it changed.
    initial: String,
    history: History,
}

/// A text area holding `lines`, the cursor at `cursor` (row, column), wrapping words.
fn text_area(lines: Vec<String>, cursor: (usize, usize)) -> TextArea<'static> {
    let mut textarea = TextArea::new(lines);
    textarea.set_wrap_mode(WrapMode::WordOrGlyph);
    // Undo is the field's own (a word at a time): none kept twice.
    textarea.set_max_histories(0);
    let clamp = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    textarea.move_cursor(CursorMove::Jump(clamp(cursor.0), clamp(cursor.1)));
    textarea
}

impl TextInput {
    /// A field holding `initial` (cleaned of control characters), cursor at its end.
    pub fn new(title: impl Into<String>, initial: &str, multiline: bool) -> TextInput {
        let lines: Vec<String> = clean_block(initial).lines().map(str::to_owned).collect();
        let mut textarea = text_area(lines, (0, 0));
        textarea.move_cursor(CursorMove::Bottom);
        textarea.move_cursor(CursorMove::End);
        let mut input = TextInput {
            title: title.into(),
            textarea,
            multiline,
            initial: String::new(),
            history: History::default(),
        };
        input.initial = input.text();
        input
    }

    /// True when Enter adds a line rather than saving.
    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// True when the text is not what the field opened with (what saving
    /// would write differs from what is saved).
    pub fn is_changed(&self) -> bool {
        self.text() != self.initial
    }

    fn moment(&self) -> Moment {
        Moment {
            lines: self.textarea.lines().to_vec(),
            cursor: (self.textarea.cursor().0, self.textarea.cursor().1),
        }
    }

    /// Applies `edit` to the text area, recording the text before it for undo when it changed anything.
    fn change(&mut self, change: Change, edit: impl FnOnce(&mut TextArea<'static>)) {
        let before = self.moment();
        edit(&mut self.textarea);
        if self.textarea.lines() == before.lines.as_slice() {
            self.history.break_step();
        } else {
            self.history.changed(before, change);
        }
    }

    /// Types a key into the field. Keys that would make a new line (Enter,
    /// Ctrl-M) and ratatui-textarea's own undo and redo (Ctrl-U, Ctrl-R) do
    /// nothing: those are [`TextEdit`]s of the keymap.
    pub fn input(&mut self, key: KeyEvent) {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let change = match key.code {
            KeyCode::Enter | KeyCode::Char('\n' | '\r') => return,
            KeyCode::Char('m' | 'u' | 'r') if ctrl => return,
            KeyCode::Char(' ') if !ctrl && !alt => Change::Space,
            KeyCode::Char(_) if !ctrl && !alt => Change::WordChar,
            _ => Change::Other,
        };
        self.change(change, |textarea| {
            textarea.input(key);
        });
    }

    /// An editing key of the keymap: a new line (a multi-line field only),
    /// the line keys of a shell, undo.
    pub fn edit(&mut self, edit: TextEdit) {
        match edit {
            TextEdit::NewLine if self.multiline => self.change(Change::Other, TextArea::insert_newline),
            TextEdit::NewLine => {}
            // As in a shell: nothing to delete before the line's start (lines are not joined).
            TextEdit::DeleteToLineStart if self.textarea.cursor().1 > 0 => {
                self.change(Change::Other, |textarea| {
                    textarea.delete_line_by_head();
                });
            }
            TextEdit::DeleteToLineStart => {}
            TextEdit::DeleteWordBefore => self.change(Change::Other, |textarea| {
                textarea.delete_word();
            }),
            TextEdit::DeleteToLineEnd => self.change(Change::Other, |textarea| {
                textarea.delete_line_by_end();
            }),
            TextEdit::LineStart => {
                self.textarea.move_cursor(CursorMove::Head);
                self.history.break_step();
            }
            TextEdit::LineEnd => {
                self.textarea.move_cursor(CursorMove::End);
                self.history.break_step();
            }
            TextEdit::Undo => {
                if let Some(moment) = self.history.undo() {
                    let yank = self.textarea.yank_text();
                    self.textarea = text_area(moment.lines, moment.cursor);
                    self.textarea.set_yank_text(yank);
                }
            }
        }
    }

    /// Inserts pasted text at the cursor in one step, whatever its size:
    /// control characters dropped, and in a one-line field every line break
    /// (and tab) a space, so a paste is never read as keys.
    pub fn paste(&mut self, text: &str) {
        let text = if self.multiline {
            let text = text.replace("\r\n", "\n").replace('\r', "\n");
            clean_block(&text).into_owned()
        } else {
            // One space per line break, \r\n included.
            crate::text::clean_line(&text.replace("\r\n", "\n")).into_owned()
        };
        self.change(Change::Other, |textarea| {
            textarea.insert_str(text);
        });
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
    fn line_keys_stay_on_their_line_and_undo_goes_back_to_the_opened_text() {
        let mut note = TextInput::new("Note", "first\nsecond", true);
        assert!(!note.is_changed());
        note.edit(TextEdit::LineStart);
        note.edit(TextEdit::DeleteToLineStart);
        assert_eq!(note.text(), "first\nsecond", "Ctrl-U at a line's start joins nothing");
        note.edit(TextEdit::DeleteToLineEnd);
        assert_eq!(note.text(), "first");
        assert!(note.is_changed());
        note.edit(TextEdit::Undo);
        assert_eq!(note.text(), "first\nsecond");
        assert!(!note.is_changed());
        note.edit(TextEdit::Undo);
        assert_eq!(note.text(), "first\nsecond", "nothing before the box opened");
        let mut title = TextInput::new("Task", "Read", false);
        title.edit(TextEdit::NewLine);
        title.input(KeyEvent::new(KeyCode::Char('m'), KeyModifiers::CONTROL));
        title.input(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert_eq!(
            title.text(),
            "Read",
            "no new line in a one-line field, no textarea undo"
        );
    }

    #[test]
    fn a_multiline_field_keeps_lines_and_drops_control_characters() {
        let mut input = TextInput::new("Note", "one\u{1b}[2J", true);
        input.edit(TextEdit::NewLine);
        input.input(key(KeyCode::Char('2')));
        assert_eq!(input.text(), "one[2J\n2");
    }
}
