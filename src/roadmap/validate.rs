//! Checks serde cannot make: unique ids, week ranges, overlaps, splits that fit the budget.
//!
//! Each problem names the item it is about by its path in the file
//! (`phases[2].weeks`), so the loader can point at its line and column.
//! Pure: works on a parsed [`Roadmap`] only.

mod budget;
mod calendar;
mod ids;
mod weeks;

use std::fmt;

use super::model::Roadmap;

/// One step into the roadmap document: a key of a table or an index of an array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A key of a table (`phases`).
    Key(&'static str),
    /// A position in an array, from 0.
    Index(usize),
}

/// Where an item sits in the file, such as `phases[2].deliverables[0].week`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemPath(pub Vec<Step>);

impl ItemPath {
    /// The document root.
    pub fn root() -> ItemPath {
        ItemPath(Vec::new())
    }

    /// This path extended by a key.
    pub fn key(&self, key: &'static str) -> ItemPath {
        let mut steps = self.0.clone();
        steps.push(Step::Key(key));
        ItemPath(steps)
    }

    /// This path extended by an array index.
    pub fn index(&self, index: usize) -> ItemPath {
        let mut steps = self.0.clone();
        steps.push(Step::Index(index));
        ItemPath(steps)
    }

    /// Shorthand for `self.key(key).index(index)`: the item `key[index]`.
    pub fn item(&self, key: &'static str, index: usize) -> ItemPath {
        self.key(key).index(index)
    }
}

impl fmt::Display for ItemPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if i == 0 => write!(f, "{key}")?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// One rule a roadmap breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The offending item or key.
    pub at: ItemPath,
    /// What was found and what was expected.
    pub message: String,
    /// Another item the problem involves (the first holder of a duplicate id, the phase overlapped).
    pub other: Option<ItemPath>,
}

impl Problem {
    /// A problem at one place.
    pub fn new(at: ItemPath, message: String) -> Problem {
        Problem {
            at,
            message,
            other: None,
        }
    }

    /// A problem that also involves another item.
    pub fn with_other(at: ItemPath, message: String, other: ItemPath) -> Problem {
        Problem {
            at,
            message,
            other: Some(other),
        }
    }
}

/// Every rule the roadmap breaks beyond its types, in no particular order
/// (the loader sorts them into file order once it knows the positions).
pub fn validate(roadmap: &Roadmap) -> Vec<Problem> {
    let mut problems = Vec::new();
    ids::check(roadmap, &mut problems);
    weeks::check(roadmap, &mut problems);
    calendar::check(roadmap, &mut problems);
    budget::check(roadmap, &mut problems);
    problems
}
