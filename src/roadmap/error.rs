//! Roadmap errors that name the file, line and column, and say what was expected.

use std::fmt;

/// One problem found in a roadmap file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file (or `bundled:ID`).
    pub origin: String,
    /// 1-based line and column, when known.
    pub position: Option<(usize, usize)>,
    /// What was found and what was expected.
    pub message: String,
}

/// Every problem found while loading one roadmap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The problems, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    /// An error with one diagnostic.
    pub fn single(origin: &str, position: Option<(usize, usize)>, message: String) -> LoadError {
        LoadError {
            diagnostics: vec![Diagnostic {
                origin: origin.to_owned(),
                position,
                message,
            }],
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{}:{}:{}: {}", self.origin, line, column, self.message),
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}
