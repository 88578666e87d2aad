//! The `studyplan` binary.

fn main() {}
