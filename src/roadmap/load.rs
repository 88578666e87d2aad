//! Reading roadmap text and files: size cap, encoding, TOML parse, validation.

use std::path::Path;

use super::error::LoadError;
use super::model::Roadmap;

/// Parses and validates roadmap text; `origin` names it in errors (a path or `bundled:ID`).
pub fn parse_str(text: &str, origin: &str) -> Result<Roadmap, LoadError> {
    toml::from_str::<Roadmap>(text).map_err(|e| LoadError::single(origin, None, e.to_string()))
}

/// Reads, parses and validates a roadmap file.
pub fn load_file(path: &Path) -> Result<Roadmap, LoadError> {
    let origin = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| LoadError::single(&origin, None, e.to_string()))?;
    parse_str(&text, &origin)
}
