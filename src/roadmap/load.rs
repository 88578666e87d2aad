//! Reading roadmap text and files: size cap, encoding, TOML parse, validation.
//!
//! Everything a stranger's file can do is bounded before the TOML parser sees
//! it: the size is checked from the file's metadata and the read itself stops
//! after the cap, the encoding is checked, and a cheap pre-scan refuses deep
//! nesting and huge item counts (see `prescan`). Only then is the text parsed
//! and validated, and every problem is reported as `path:line:column: message`.

mod locate;
mod prescan;
mod unknown_keys;

use std::io::ErrorKind;
use std::path::Path;

use super::error::LoadError;
use super::model::Roadmap;
use super::validate::validate;
use crate::files::FileProblem;

pub use prescan::{MAX_ITEMS, MAX_NESTING};

/// The largest roadmap file accepted: 1 MiB, far above any real roadmap (the
/// bundled ones are a few dozen KiB), small enough to parse in milliseconds.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The cap as people read it, used in messages.
const MAX_FILE_TEXT: &str = "1 MiB";

/// Parses and validates roadmap text; `origin` names it in errors (a path or `bundled:ID`).
///
/// Returns every problem found, in file order: unknown keys on lines of
/// their own are all listed (`unknown_keys`), another syntax or type error
/// stops the parse (toml reports the first one), semantic problems are all listed.
pub fn parse_str(text: &str, origin: &str) -> Result<Roadmap, LoadError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(origin, text.len() as u64));
    }
    // An editor's UTF-8 byte order mark is invisible to the writer; drop it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::single(
            origin,
            None,
            "the file is empty; expected a roadmap with at least `id`, `title`, `summary` and `weeks` (or `projects`) \
             (see roadmaps/FORMAT.md)"
                .to_owned(),
        ));
    }
    if let Err(refusal) = prescan::check(text) {
        let (line, column) = locate::line_column(text, refusal.offset);
        return Err(LoadError::single(origin, Some((line, column)), refusal.message));
    }
    let roadmap: Roadmap = unknown_keys::parse_reporting_all(text, origin)?;
    let problems = validate(&roadmap);
    if problems.is_empty() {
        Ok(roadmap)
    } else {
        Err(locate::problems(text, origin, &problems))
    }
}

/// Checks the encoding of raw file bytes, then parses and validates them like [`parse_str`].
pub fn parse_bytes(bytes: &[u8], origin: &str) -> Result<Roadmap, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(origin, bytes.len() as u64));
    }
    if looks_like_utf16(bytes) {
        return Err(LoadError::single(
            origin,
            None,
            "file is UTF-16; save it as UTF-8 (roadmap files must be UTF-8 text)".to_owned(),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_str(text, origin),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            // The prefix is valid UTF-8 by definition; fall back to the start if not.
            let prefix = std::str::from_utf8(valid).unwrap_or("");
            let (line, column) = locate::line_column(prefix, prefix.len());
            let bad = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
            Err(LoadError::single(
                origin,
                Some((line, column)),
                format!("invalid UTF-8: found byte 0x{bad:02X}; expected UTF-8 text (save the file as UTF-8)"),
            ))
        }
    }
}

/// Reads, parses and validates a roadmap file.
///
/// Refuses a directory, a missing or unreadable file and a file over
/// [`MAX_FILE_BYTES`] with a message naming the path; reads at most the cap
/// plus one byte, so a growing or endless file (`/dev/zero`) is refused too.
pub fn load_file(path: &Path) -> Result<Roadmap, LoadError> {
    let origin = path.display().to_string();
    let fail = |message: String| LoadError::single(&origin, None, message);
    let bytes = crate::files::read_capped(path, MAX_FILE_BYTES).map_err(|problem| match problem {
        FileProblem::Missing => fail(io_message(&std::io::Error::from(std::io::ErrorKind::NotFound))),
        FileProblem::NotAFile("a folder") => fail(
            "is a directory; expected a roadmap file (a .toml file such as roadmaps/fast-track-6-month.toml)"
                .to_owned(),
        ),
        FileProblem::NotAFile(kind) => fail(format!(
            "is {kind}, not a file; expected a roadmap file (a .toml file such as roadmaps/fast-track-6-month.toml)"
        )),
        FileProblem::TooLarge(size) => too_big(&origin, size.unwrap_or(MAX_FILE_BYTES + 1)),
        FileProblem::Unreadable(e) => fail(io_message(&e)),
    })?;
    parse_bytes(&bytes, &origin)
}

/// The error for input over the size cap.
fn too_big(origin: &str, size: u64) -> LoadError {
    let shown = if size > MAX_FILE_BYTES + 1 {
        format!("{size} bytes")
    } else {
        format!("more than {MAX_FILE_BYTES} bytes")
    };
    LoadError::single(
        origin,
        None,
        format!("file is too large ({shown}); a roadmap file may be at most {MAX_FILE_TEXT} ({MAX_FILE_BYTES} bytes)"),
    )
}

/// A byte order mark of UTF-16 (either endianness), or text where NUL bytes
/// make up a large share of the start: ASCII written as UTF-16 has every other byte NUL.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let head = &bytes[..bytes.len().min(1024)];
    let nuls = head.iter().filter(|&&b| b == 0).count();
    head.len() >= 4 && nuls * 4 >= head.len()
}

/// What an I/O error means for the learner.
fn io_message(error: &std::io::Error) -> String {
    match error.kind() {
        ErrorKind::NotFound => "no such file; check the path (roadmap files end in .toml)".to_owned(),
        ErrorKind::PermissionDenied => "cannot read the file: permission denied".to_owned(),
        ErrorKind::IsADirectory => "is a directory; expected a roadmap file".to_owned(),
        _ => format!("cannot read the file: {error}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roadmap::bundled::BUNDLED;

    #[test]
    fn every_bundled_roadmap_loads_and_validates() {
        for bundled in BUNDLED {
            let origin = format!("roadmaps/{}", bundled.file_name);
            match parse_str(bundled.source, &origin) {
                Ok(roadmap) => assert_eq!(roadmap.id, bundled.id, "{origin}: the id must match the file name"),
                Err(e) => panic!("{e}"),
            }
        }
    }
}
