//! The one way studyplan reads a file the learner names (config.toml,
//! roadmap files, JSON state): only a regular file, at most a size cap,
//! with a message that says which problem it is.
//!
//! A FIFO, a device or `/dev/stdin` is refused before it is opened (opening
//! a FIFO waits for a writer; `/dev/zero` never ends), and the read stops one
//! byte past the cap, so no input can hang the program or fill its memory.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::Path;

use crate::error::StudyError;

/// Why a file could not be read.
#[derive(Debug)]
pub enum FileProblem {
    /// Nothing is at the path.
    Missing,
    /// Something other than a regular file is: a folder, a pipe, a device.
    NotAFile(&'static str),
    /// The file is larger than the cap (its size, when known).
    TooLarge(Option<u64>),
    /// The system refused the read.
    Unreadable(io::Error),
}

/// Reads a regular file of at most `cap` bytes.
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, FileProblem> {
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => FileProblem::Missing,
        _ => FileProblem::Unreadable(e),
    })?;
    if !meta.is_file() {
        return Err(FileProblem::NotAFile(kind_of_path(&meta)));
    }
    if meta.len() > cap {
        return Err(FileProblem::TooLarge(Some(meta.len())));
    }
    let file = File::open(path).map_err(FileProblem::Unreadable)?;
    let mut bytes = Vec::new();
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(FileProblem::Unreadable)?;
    if bytes.len() as u64 > cap {
        // It grew while being read.
        return Err(FileProblem::TooLarge(None));
    }
    Ok(bytes)
}

/// What a path that is not a regular file is, in words.
fn kind_of_path(meta: &fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "a pipe";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if meta.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    }
}

impl FileProblem {
    /// The problem as a report about `path`, read as `what` ("config file"):
    /// the learner's choice of file is refused; a system failure is an
    /// environment error naming the file and the cause.
    pub fn report(self, path: &Path, what: &str, cap: u64) -> color_eyre::Report {
        let shown = crate::text::clean_line(&path.display().to_string()).into_owned();
        match self {
            FileProblem::Missing => crate::refusal!("{shown} does not exist; give the path of a {what}"),
            FileProblem::NotAFile(kind) => {
                crate::refusal!("{shown} is {kind}, not a file; give the path of a {what}")
            }
            FileProblem::TooLarge(size) => {
                let size = size.map_or_else(|| format!("more than {cap} bytes"), |s| format!("{s} bytes"));
                crate::refusal!("{shown} is {size}; a {what} is at most {cap} bytes")
            }
            FileProblem::Unreadable(e) if e.kind() == io::ErrorKind::PermissionDenied => {
                color_eyre::Report::new(StudyError::Environment(format!(
                    "cannot read the {what} {shown}: permission denied; check its permissions (ls -l) or give another file"
                )))
            }
            FileProblem::Unreadable(e) => {
                color_eyre::Report::new(e).wrap_err(format!("cannot read the {what} {shown}"))
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_under_the_cap_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.toml");
        fs::write(&file, "x = 1\n").unwrap();
        assert_eq!(read_capped(&file, 100).unwrap(), b"x = 1\n");
        assert!(matches!(read_capped(&file, 3), Err(FileProblem::TooLarge(Some(6)))));
        assert!(matches!(
            read_capped(dir.path(), 100),
            Err(FileProblem::NotAFile("a folder"))
        ));
        assert!(matches!(
            read_capped(&dir.path().join("none"), 100),
            Err(FileProblem::Missing)
        ));
        assert!(matches!(
            read_capped(Path::new("/dev/zero"), 100),
            Err(FileProblem::NotAFile("a device"))
        ));
    }
}
