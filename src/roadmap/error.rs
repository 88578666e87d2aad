//! Roadmap errors that name the file, line and column, and say what was expected.
//!
//! Every diagnostic prints as `path:line:column: message` (or `path: message`
//! when no position applies, such as a missing file), with any control
//! characters from the file removed so an error cannot drive the terminal.

use std::fmt;

use crate::text::clean_line;

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
        // Paths, ids and keys come from the file: strip anything a terminal would execute.
        let origin = clean_line(&self.origin);
        let message = clean_line(&self.message);
        match self.position {
            Some((line, column)) => write!(f, "{origin}:{line}:{column}: {message}"),
            None => write!(f, "{origin}: {message}"),
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
