//! `studyplan` with no command: the full-screen interface.

use std::io::IsTerminal;

use color_eyre::eyre::{Result, bail};

use super::Context;

/// Opens the full-screen interface on the learner's database.
pub fn open(ctx: &Context) -> Result<()> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        bail!(
            "the full-screen interface needs a terminal; in scripts and pipes use \
             `studyplan today`, `studyplan week` or `studyplan review` (see `studyplan --help`)"
        );
    }
    // Open (and migrate) the store before the terminal enters raw mode, so a
    // bad database is reported as plain text.
    let store = ctx.open_store()?;
    let _ = (store, ctx.mouse, ctx.clock.fixed);
    super::print(
        "The full-screen interface is not built yet.\n\
         Meanwhile: `studyplan today`, `studyplan week`, `studyplan review` (see `studyplan --help`).\n",
    )
}
