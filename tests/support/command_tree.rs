//! The subcommands as clap defines them, so tests cover each one without a
//! hand-kept list that a new command could slip past.

#![allow(dead_code)]

use clap::CommandFactory;
use studyplan::cli::Cli;

/// Every subcommand path of the command tree (`["export", "ics"]`), parents
/// before their children; clap's generated `help` is not part of it.
pub fn command_paths() -> Vec<Vec<String>> {
    fn walk(command: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut path = prefix.to_vec();
            path.push(sub.get_name().to_owned());
            out.push(path.clone());
            walk(sub, &path, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &[], &mut out);
    out
}
