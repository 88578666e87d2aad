//! `completions` and `man`: shell integration generated from the clap definitions.

use clap::CommandFactory;
use color_eyre::eyre::{Result, WrapErr};

use super::print;
use crate::cli::Cli;

/// `studyplan completions SHELL`: the completion script on stdout.
pub fn completions(shell: clap_complete::Shell) -> Result<()> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "studyplan", &mut script);
    print(&String::from_utf8_lossy(&script))
}

/// `studyplan man`: the man page (roff) on stdout.
pub fn man() -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .wrap_err("could not render the man page")?;
    print(&String::from_utf8_lossy(&page))
}
