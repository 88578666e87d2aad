//! `studyplan` with no command: the full-screen interface.

use std::io::IsTerminal;

use color_eyre::eyre::{Result, bail};

use super::Context;
use crate::tui::theme::Theme;
use crate::tui::{self, TuiOptions};

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
    tui::run(
        store,
        TuiOptions {
            today: ctx.clock.fixed.then_some(ctx.clock.today),
            clock_offset: ctx.clock.offset,
            mouse: ctx.mouse,
            theme: Theme::from_config_and_env(&ctx.config.theme),
        },
        &ctx.config,
    )
}
