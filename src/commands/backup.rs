//! `backup` and `restore`: copies of the learner's database made by SQLite
//! itself (never a file copy of a live WAL database).
//!
//! A restore never destroys data silently: it needs `--yes` when the
//! database holds progress, and it saves the current data to `backups/` first.

use std::path::{Path, PathBuf};

use color_eyre::eyre::{Result, WrapErr};

use super::{Context, print};
use crate::text::clean_line;

/// The folder beside the database where backups go by default.
const BACKUP_DIR: &str = "backups";

/// `studyplan backup [FILE]`.
pub fn backup(ctx: &Context, file: Option<&Path>) -> Result<()> {
    let store = ctx.open_store()?;
    let target = match file {
        Some(path) => path.to_path_buf(),
        None => default_backup_path(ctx, "studyplan")?,
    };
    store.backup_to(&target)?;
    let target = shown(&target);
    print(&format!(
        "Backed up {} to {target}.\nRestore it with `studyplan restore {target} --yes`.\n",
        shown(&ctx.paths.db)
    ))
}

/// `studyplan restore FILE [--yes]`.
pub fn restore(ctx: &Context, file: &Path, yes: bool) -> Result<()> {
    if !file.is_file() {
        crate::refuse!("{} is not a file: give the path of a studyplan backup", file.display());
    }
    let mut store = ctx.open_store()?;
    if !yes && !store.is_empty()? {
        crate::refuse!(
            "{} holds your progress and restoring {} replaces all of it; \
             run again with --yes to replace it (a backup of the current data is taken first)",
            ctx.paths.db.display(),
            file.display()
        );
    }
    // The current data is kept before it is replaced, so a wrong restore can be undone.
    let safety = default_backup_path(ctx, "before-restore")?;
    store.backup_to(&safety)?;
    if let Err(refused) = store.restore_from(file) {
        // Nothing was replaced, so the safety copy keeps nothing new: leave no trace.
        let _ = std::fs::remove_file(&safety);
        return Err(refused).wrap_err_with(|| format!("{} was not changed", ctx.paths.db.display()));
    }
    store.integrity_check()?;
    print(&format!(
        "Restored {} from {}.\nThe data it replaced is saved in {}.\n",
        shown(&ctx.paths.db),
        shown(file),
        shown(&safety)
    ))
}

/// A path as printed: a file name is data too, and may hold escapes.
fn shown(path: &Path) -> String {
    clean_line(&path.display().to_string()).into_owned()
}

/// `backups/PREFIX-YYYYMMDD-HHMMSS.db` beside the database (the folder is created).
fn default_backup_path(ctx: &Context, prefix: &str) -> Result<PathBuf> {
    let folder = ctx
        .paths
        .db
        .parent()
        .map_or_else(|| PathBuf::from(BACKUP_DIR), |dir| dir.join(BACKUP_DIR));
    std::fs::create_dir_all(&folder)
        .wrap_err_with(|| format!("cannot create the backup folder {}", folder.display()))?;
    let stamp = ctx.clock.now.format("%Y%m%d-%H%M%S");
    // Two backups in the same second get a counter instead of failing.
    let mut path = folder.join(format!("{prefix}-{stamp}.db"));
    let mut n = 1;
    while path.exists() {
        n += 1;
        path = folder.join(format!("{prefix}-{stamp}-{n}.db"));
    }
    Ok(path)
}
