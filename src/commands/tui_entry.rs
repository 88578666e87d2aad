//! `studyplan` with no command: the full-screen interface.

use color_eyre::eyre::Result;

use super::Context;

/// Opens the full-screen interface on the learner's database.
pub fn open(ctx: &Context) -> Result<()> {
    // Open (and migrate) the store before the terminal enters raw mode, so a
    // bad database is reported as plain text.
    let store = ctx.open_store()?;
    let _ = (store, ctx.mouse, ctx.clock.fixed);
    super::print(
        "The full-screen interface is not built yet.\n\
         Meanwhile: `studyplan today`, `studyplan week`, `studyplan review` (see `studyplan --help`).\n",
    )
}
