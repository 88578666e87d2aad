//! `roadmap list|show|validate|import`: the roadmaps a learner can follow.
//!
//! Bundled roadmaps live in the store from the first run; the learner's own
//! files sit in the config folder's `roadmaps/` and are imported when started
//! or with `roadmap import`.

use std::path::{Path, PathBuf};

use color_eyre::eyre::{Result, eyre};

use super::{AlreadyReported, Context, print, warn};
use crate::report::layout::clean;
use crate::report::roadmap_list::{self, RoadmapRow};
use crate::report::{self};
use crate::roadmap::{LoadError, Roadmap, load_file};
use crate::study::active::{known_roadmap_ids, unknown_roadmap};
use crate::text::clean_block;

/// `studyplan roadmap list [--json]`.
pub fn list(ctx: &Context, json: bool) -> Result<()> {
    let store = ctx.open_store()?;
    let active = store.active_enrollment()?.map(|e| e.roadmap_id);
    let mut rows: Vec<RoadmapRow> = store
        .roadmaps()?
        .into_iter()
        .map(|r| RoadmapRow {
            active: active.as_deref() == Some(r.id.as_str()),
            id: r.id,
            title: r.title,
            weeks: r.weeks,
            source: r.source,
        })
        .collect();
    // Bundled roadmaps in the order they are presented everywhere, then the learner's own.
    rows.sort_by_key(|row| {
        let rank = crate::roadmap::bundled::BUNDLED.iter().position(|b| b.id == row.id);
        (rank.unwrap_or(usize::MAX), row.id.clone())
    });
    for (path, roadmap) in user_roadmap_files(ctx) {
        if rows.iter().all(|row| row.id != roadmap.id) {
            rows.push(RoadmapRow {
                id: roadmap.id.clone(),
                title: roadmap.title.clone(),
                weeks: roadmap.length_weeks(),
                source: path.display().to_string(),
                active: false,
            });
        }
    }
    print(&if json {
        report::to_json(&rows)?
    } else {
        roadmap_list::to_text(&rows)
    })
}

/// `studyplan roadmap show ID`.
pub fn show(ctx: &Context, id: &str) -> Result<()> {
    let store = ctx.open_store()?;
    let known = known_roadmap_ids(&store)?;
    let roadmap = if known.iter().any(|k| k == id) {
        store.roadmap(id)?
    } else if let Some((_, roadmap)) = user_roadmap(ctx, id)? {
        roadmap
    } else {
        let mut all = known;
        all.extend(user_roadmap_ids(ctx));
        return Err(unknown_roadmap(id, &all));
    };
    print(&crate::report::roadmap_text::render_roadmap(&roadmap))
}

/// `studyplan roadmap validate FILE...`: problems on stderr as `path:line:column: message`.
pub fn validate(files: &[PathBuf]) -> Result<()> {
    let mut failed = false;
    let mut ok = String::new();
    for file in files {
        match load_file(file) {
            Ok(roadmap) => ok.push_str(&format!(
                "{}: ok ({}, {})\n",
                file.display(),
                clean(&roadmap.id),
                roadmap.length_words()
            )),
            Err(error) => {
                failed = true;
                warn(&clean_block(&error.to_string()));
            }
        }
    }
    print(&ok)?;
    if failed { Err(AlreadyReported.into()) } else { Ok(()) }
}

/// `studyplan roadmap import FILE`.
pub fn import(ctx: &Context, file: &Path) -> Result<()> {
    let roadmap = load_file(file).map_err(|e| invalid_file(file, &e))?;
    let source = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    let mut store = ctx.open_store()?;
    let report = store.import_roadmap(&roadmap, &source.display().to_string())?;
    let followed = store.active_enrollment()?.is_some_and(|e| e.roadmap_id == roadmap.id);
    let mut out = if report.changed && followed {
        format!(
            "Imported {} ({}): {}. You follow it: the plan now reads this file, and your progress is kept.\n",
            clean(&roadmap.title),
            clean(&roadmap.id),
            roadmap.length_words()
        )
    } else if report.changed {
        format!(
            "Imported {} ({}): {}. Start it with `studyplan start {}`.\n",
            clean(&roadmap.title),
            clean(&roadmap.id),
            roadmap.length_words(),
            clean(&roadmap.id)
        )
    } else {
        format!("{} is already imported and unchanged.\n", clean(&roadmap.id))
    };
    if !report.orphaned.is_empty() {
        let ids: Vec<String> = report.orphaned.iter().map(|id| clean(id)).collect();
        out.push_str(&format!(
            "These items had progress and are no longer in the file: {}.\n\
             Their progress is kept and comes back if the ids return.\n",
            ids.join(", ")
        ));
    }
    print(&out)
}

fn invalid_file(file: &Path, error: &LoadError) -> color_eyre::eyre::Report {
    eyre!(
        "{} is not a valid roadmap, nothing was imported:\n{}\n\
         Fix the file (`studyplan roadmap validate FILE` checks it) and import again",
        file.display(),
        clean_block(&error.to_string())
    )
}

/// The learner's roadmap file with this id in the config folder, if any.
pub fn user_roadmap(ctx: &Context, id: &str) -> Result<Option<(PathBuf, Roadmap)>> {
    Ok(user_roadmap_files(ctx).into_iter().find(|(_, r)| r.id == id))
}

/// Ids of the learner's valid roadmap files.
pub fn user_roadmap_ids(ctx: &Context) -> Vec<String> {
    user_roadmap_files(ctx).into_iter().map(|(_, r)| r.id).collect()
}

/// Valid `*.toml` files in the config folder's `roadmaps/`; invalid ones are
/// named on stderr and skipped, so one bad file does not hide the others.
fn user_roadmap_files(ctx: &Context) -> Vec<(PathBuf, Roadmap)> {
    let Ok(entries) = std::fs::read_dir(&ctx.paths.user_roadmaps) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| match load_file(&path) {
            Ok(roadmap) => Some((path, roadmap)),
            Err(error) => {
                warn(&format!("warning: skipped {}", clean_block(&error.to_string())));
                None
            }
        })
        .collect()
}
