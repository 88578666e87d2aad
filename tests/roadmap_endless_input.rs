//! A roadmap "file" that never ends (a pipe fed 50 MB, as `/dev/zero` or a
//! process substitution would be): the loader reads at most its size cap plus
//! one byte and refuses it, so memory stays bounded whatever it is given.
//! The 50 MB regular file, 100,000 items and 20,000 brackets are in
//! `roadmap_errors.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::process::Command;

use studyplan::roadmap::{MAX_FILE_BYTES, load_file};

/// What the writer offers: 50 MB.
const OFFERED: usize = 50 * 1024 * 1024;

#[test]
fn a_pipe_of_fifty_megabytes_is_refused_after_reading_one() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("endless.toml");
    match Command::new("mkfifo").arg(&fifo).status() {
        Ok(status) if status.success() => {}
        _ => {
            println!("note: mkfifo is not available; the endless-input test is skipped");
            return;
        }
    }
    let writer_path = fifo.clone();
    // The writer counts what the loader took before it closed the pipe
    // (Rust ignores SIGPIPE, so the write fails instead of killing the test).
    let writer = std::thread::spawn(move || {
        let mut pipe = std::fs::OpenOptions::new().write(true).open(writer_path).unwrap();
        let chunk = vec![b'#'; 64 * 1024];
        let mut written = 0;
        while written < OFFERED {
            match pipe.write(&chunk) {
                Ok(n) => written += n,
                Err(_) => break,
            }
        }
        written
    });
    let message = load_file(&fifo).unwrap_err().to_string();
    let written = writer.join().unwrap();
    assert_eq!(
        message,
        format!(
            "{}: file is too large (more than {MAX_FILE_BYTES} bytes); a roadmap file may be at most 1 MiB \
             ({MAX_FILE_BYTES} bytes)",
            fifo.display()
        )
    );
    assert!(
        written < 8 * 1024 * 1024,
        "the loader read on past its cap: the writer got {written} bytes into the pipe"
    );
}
