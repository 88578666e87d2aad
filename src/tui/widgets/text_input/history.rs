//! Undo inside one text box: the text and cursor before each change, a word
//! typed being one change (as editors group it), at most [`DEPTH`] kept.
//! Nothing from before the box opened is kept, so undo never leaves it.

/// How many changes can be undone.
pub const DEPTH: usize = 100;

/// The box's text and cursor (row, column in characters) at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    /// The lines.
    pub lines: Vec<String>,
    /// The cursor.
    pub cursor: (usize, usize),
}

/// What a change was, which decides whether it starts a new step of undo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A letter, digit or sign typed: continues the word being typed.
    WordChar,
    /// A space typed: ends the word, joins the step of the word before it.
    Space,
    /// Anything else that changes the text (a deletion, a paste, a new line).
    Other,
}

/// The moments to go back to, newest last.
#[derive(Debug, Clone, Default)]
pub struct History {
    moments: Vec<Moment>,
    /// The last change was typing (a word or the spaces after it).
    typing: bool,
    /// The last change typed a space: the next word starts a new step.
    after_space: bool,
    /// The step being typed holds a word (spaces typed first join the word after them).
    has_word: bool,
}

impl History {
    /// Records that the text changed from `before` by `change`: a new step
    /// unless it continues the word (and its spaces) being typed.
    pub fn changed(&mut self, before: Moment, change: Change) {
        let continues = self.typing
            && match change {
                Change::WordChar => !(self.after_space && self.has_word),
                Change::Space => true,
                Change::Other => false,
            };
        if !continues {
            if self.moments.len() == DEPTH {
                self.moments.remove(0);
            }
            self.moments.push(before);
            self.has_word = false;
        }
        self.typing = change != Change::Other;
        self.after_space = change == Change::Space;
        self.has_word |= change == Change::WordChar;
    }

    /// Something else happened (the cursor moved): the next typing is a new step.
    pub fn break_step(&mut self) {
        self.typing = false;
        self.after_space = false;
        self.has_word = false;
    }

    /// The moment before the last step, taken off the list.
    pub fn undo(&mut self) -> Option<Moment> {
        self.break_step();
        self.moments.pop()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Moment {
        Moment {
            lines: vec![text.to_owned()],
            cursor: (0, text.chars().count()),
        }
    }

    #[test]
    fn a_word_and_its_spaces_are_one_step_and_a_deletion_is_its_own() {
        let mut history = History::default();
        let mut text = String::new();
        for c in "Read the".chars() {
            let change = if c == ' ' { Change::Space } else { Change::WordChar };
            history.changed(at(&text), change);
            text.push(c);
        }
        history.changed(at(&text), Change::Other);
        assert_eq!(history.undo(), Some(at("Read the")), "the deletion");
        assert_eq!(history.undo(), Some(at("Read ")), "the word `the`");
        assert_eq!(history.undo(), Some(at("")), "`Read ` with its space");
        assert_eq!(history.undo(), None, "nothing before the box opened");
        // Spaces typed first join the word after them: ` twice` is one step.
        history.changed(at("Read the"), Change::Space);
        history.changed(at("Read the "), Change::WordChar);
        history.changed(at("Read the t"), Change::WordChar);
        assert_eq!(history.undo(), Some(at("Read the")));
    }

    #[test]
    fn only_the_last_steps_are_kept() {
        let mut history = History::default();
        for i in 0..DEPTH + 5 {
            history.changed(at(&i.to_string()), Change::Other);
        }
        let mut count = 0;
        while history.undo().is_some() {
            count += 1;
        }
        assert_eq!(count, DEPTH);
    }
}
