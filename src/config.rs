//! Paths (XDG data and config dirs) and the config file.

pub mod file;
