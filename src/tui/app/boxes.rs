//! Closing popups without losing work: Esc on a text field whose text
//! changed asks first ("Discard the note?"), and no goes back to the text
//! as it was; Esc on an unchanged field closes it at once.

use super::App;
use crate::tui::state::{Pending, Popup};

impl App {
    /// Esc (or no) in a popup: a changed text field asks before its text is
    /// thrown away; no to that question reopens the field; anything else closes.
    pub(super) fn close_popup(&mut self) {
        self.view.popup = match self.view.popup.take() {
            Some(Popup::Editor { input, target }) if input.is_changed() => Some(Popup::Confirm {
                question: target.discard_question().to_owned(),
                on_yes: Pending::Discard(Box::new(Popup::Editor { input, target })),
            }),
            Some(Popup::Confirm {
                on_yes: Pending::Discard(editor),
                ..
            }) => Some(*editor),
            _ => None,
        };
    }
}
