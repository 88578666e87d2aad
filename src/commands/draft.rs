//! `roadmap draft FILE|- [-o OUT] [--force] [--track NAME]`: a Markdown roadmap
//! in, a TOML draft out (standard output or OUT), the report on standard error.
//!
//! The reading and writing live here; the drafting itself is `crate::draft`,
//! which does no I/O. Needs no database and no config: it works anywhere.

use std::fs::OpenOptions;
use std::io::{ErrorKind, Read, Write};
use std::path::Path;

use color_eyre::eyre::{Result, WrapErr, eyre};

use super::{print, warn};
use crate::draft::{DraftOptions, draft, input};
use crate::roadmap::MAX_FILE_BYTES;
use crate::text::clean_line;

/// Drafts `file` (or standard input for `-`) and writes the TOML.
pub fn run(file: &Path, output: Option<&Path>, force: bool, track: Option<&str>) -> Result<()> {
    let stdin = file.as_os_str() == "-";
    let origin = if stdin {
        "standard input".to_owned()
    } else {
        file.display().to_string()
    };
    let bytes = if stdin { read_stdin()? } else { read_file(file)? };
    let (text, windows_1252) = decode(&bytes, &origin)?;
    let options = DraftOptions {
        track: track.map(str::to_owned),
        origin: origin.clone(),
    };
    let drafted = draft(&text, &options).map_err(|e| match e {
        // The learner named a track the file does not have.
        crate::draft::DraftError::UnknownTrack { .. } => crate::refusal!("{}: {e}", clean_line(&origin)),
        // A draft that does not validate is studyplan's mistake, not the learner's.
        crate::draft::DraftError::Invalid(_) => {
            color_eyre::Report::new(crate::error::StudyError::bug(format!("{}: {e}", clean_line(&origin))))
        }
    })?;
    if windows_1252 {
        warn(&format!(
            "{}: not UTF-8; read as Windows-1252 text",
            clean_line(&origin)
        ));
    }
    warn(drafted.report.to_text(&origin).trim_end());
    match output {
        None => print(&drafted.toml),
        Some(out) => {
            write_new(out, &drafted.toml, force)?;
            let out = clean_line(&out.display().to_string()).into_owned();
            warn(&format!(
                "Wrote {out} ({}, {} weeks). Next: studyplan roadmap import {out}",
                clean_line(&drafted.roadmap.id),
                drafted.roadmap.length_weeks()
            ));
            Ok(())
        }
    }
}

fn read_stdin() -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .wrap_err("could not read the Markdown roadmap from standard input")?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(eyre!(
            "standard input: more than 1 MiB; a Markdown roadmap may be at most 1 MiB"
        ));
    }
    Ok(bytes)
}

fn read_file(path: &Path) -> Result<Vec<u8>> {
    crate::files::read_capped(path, MAX_FILE_BYTES)
        .map_err(|problem| problem.report(path, "Markdown roadmap (such as my-roadmap.md)", MAX_FILE_BYTES))
}

/// UTF-8 text, or Windows-1252 when the bytes are not UTF-8 (true in the flag).
fn decode(bytes: &[u8], origin: &str) -> Result<(String, bool)> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(eyre!(
            "{}: the file is UTF-16; save it as UTF-8 and draft again",
            clean_line(origin)
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_owned(), false)),
        Err(_) => Ok((input::decode_windows_1252(bytes), true)),
    }
}

/// Writes the draft; refuses to replace an existing file unless `force`.
fn write_new(out: &Path, toml: &str, force: bool) -> Result<()> {
    let shown = clean_line(&out.display().to_string()).into_owned();
    let mut options = OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    let mut file = options.open(out).map_err(|e| match e.kind() {
        ErrorKind::AlreadyExists => {
            eyre!("{shown} exists; nothing was written. Pass --force to replace it, or choose another -o")
        }
        ErrorKind::NotFound => eyre!("{shown}: its folder does not exist; create it or choose another -o"),
        _ => eyre!("{shown}: cannot write the draft: {e}"),
    })?;
    file.write_all(toml.as_bytes())
        .and_then(|()| file.flush())
        .map_err(|e| eyre!("{shown}: cannot write the draft: {e}"))
}
