//! A roadmap "file" that is a pipe (`/dev/stdin`, a process substitution, a
//! FIFO fed without end) or a device (`/dev/zero`): the loader refuses it
//! before opening it, so it can neither wait for a writer nor read without
//! end. The 50 MB regular file, 100,000 items and 20,000 brackets are in
//! `roadmap_errors.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;
use std::time::{Duration, Instant};

use studyplan::roadmap::load_file;

#[test]
fn a_pipe_or_a_device_is_refused_at_once_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("endless.toml");
    let made = Command::new("mkfifo").arg(&fifo).status();
    assert!(
        made.is_ok_and(|s| s.success()),
        "mkfifo is part of coreutils and must run here"
    );
    // Nobody writes to the pipe: opening it to read would wait for ever.
    let started = Instant::now();
    let message = load_file(&fifo).unwrap_err().to_string();
    assert!(started.elapsed() < Duration::from_secs(1), "{:?}", started.elapsed());
    assert_eq!(
        message,
        format!(
            "{}: is a pipe, not a file; expected a roadmap file (a .toml file such as roadmaps/fast-track-6-month.toml)",
            fifo.display()
        )
    );
    let message = load_file(std::path::Path::new("/dev/zero")).unwrap_err().to_string();
    assert!(message.starts_with("/dev/zero: is a device, not a file"), "{message}");
}
