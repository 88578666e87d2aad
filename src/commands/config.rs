//! `config path|show|init`: the config file. They work while the config file
//! is broken (that is when they are needed), and open no database.

use std::path::PathBuf;

use color_eyre::eyre::Result;

use super::print;
use crate::cli::{ConfigCommand, GlobalArgs};
use crate::config::Paths;
use crate::config::file::{ConfigFile, init};

/// Runs one `config` subcommand.
pub fn run(global: &GlobalArgs, command: &ConfigCommand) -> Result<()> {
    let path = config_path(global)?;
    match command {
        ConfigCommand::Path => print(&format!("{}\n", path.display())),
        ConfigCommand::Show => show(&path, global.no_mouse),
        ConfigCommand::Init => {
            init(&path)?;
            print(&format!(
                "Wrote {}: every setting is commented out at its default; uncomment what you want to change.\n",
                path.display()
            ))
        }
    }
}

/// `--config` / `STUDYPLAN_CONFIG`, else `config.toml` in the XDG config folder.
fn config_path(global: &GlobalArgs) -> Result<PathBuf> {
    Ok(Paths::resolve(global.db.as_deref(), global.config.as_deref())?.config_file)
}

/// The settings in force, as TOML, after a comment saying where they come from.
/// `--no-mouse` is in force too: flags beat the file.
fn show(path: &std::path::Path, no_mouse: bool) -> Result<()> {
    let mut config = ConfigFile::load(path)?;
    let mut origin = if path.exists() {
        format!("# Settings from {} (defaults for what it leaves out)\n", path.display())
    } else {
        format!("# No config file at {}: these are the defaults\n", path.display())
    };
    if no_mouse {
        config.mouse = false;
        origin.push_str("# --no-mouse is given: the mouse is off for this run\n");
    }
    print(&format!("{origin}{}", config.to_toml()?))
}
