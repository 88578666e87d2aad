//! What became of the file the followed roadmap was imported from: said
//! once when the interface opens.

use std::path::Path;

use color_eyre::Result;

use crate::roadmap::load_file;
use crate::store::Store;

/// What became of the file the followed roadmap was imported from, when the
/// learner should know: gone, broken or edited since the import. The plan
/// always runs on the imported copy; this only says so. `None` for a bundled
/// roadmap, a source that is no absolute path, an unchanged file, or before
/// any enrollment.
pub fn roadmap_file_notice(store: &Store) -> Result<Option<String>> {
    let Some(enrollment) = store.active_enrollment()? else {
        return Ok(None);
    };
    let Some(stored) = store.roadmaps()?.into_iter().find(|r| r.id == enrollment.roadmap_id) else {
        return Ok(None);
    };
    // Imports record absolute paths; a bundled roadmap's source is `bundled`, and a
    // relative path would be looked up from wherever the app was started: no file to check.
    let file = Path::new(&stored.source);
    if !file.is_absolute() {
        return Ok(None);
    }
    if !file.exists() {
        return Ok(Some(format!(
            "Roadmap file gone, the plan keeps the imported copy: {}",
            stored.source
        )));
    }
    Ok(match load_file(file) {
        // The first problem carries the path, line and column; the rest are for `roadmap validate`.
        Err(error) => Some(format!(
            "Roadmap file broken, the plan keeps the imported copy: {}",
            error.diagnostics.first().map(ToString::to_string).unwrap_or_default()
        )),
        Ok(roadmap) if roadmap != store.roadmap(&stored.id)? => Some(format!(
            "Roadmap file changed, the plan keeps the imported copy until `studyplan roadmap import`: {}",
            stored.source
        )),
        Ok(_) => None,
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::plan::Enrollment;
    use crate::roadmap::parse_str;

    const VALID: &str = include_str!("../../tests/fixtures/roadmaps/valid.toml");

    /// A store following the fixture roadmap imported from `source`.
    fn following(source: &str) -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store
            .import_roadmap(&parse_str(VALID, "valid.toml").unwrap(), source)
            .unwrap();
        store
            .start(&Enrollment {
                roadmap_id: "fixture-roadmap".to_owned(),
                start: NaiveDate::from_ymd_opt(2026, 2, 2).unwrap(),
                daily_minutes: 120,
                paused_weeks: Vec::new(),
            })
            .unwrap();
        store
    }

    #[test]
    fn the_notice_names_a_gone_broken_or_edited_file_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("mine.toml");
        let shown = file.to_str().unwrap();
        let store = following(shown);
        let notice = || roadmap_file_notice(&store).unwrap();

        std::fs::write(&file, VALID).unwrap();
        assert_eq!(notice(), None, "the file as imported");

        std::fs::write(&file, "id = \"fixture-roadmap\"\ntitle = [unclosed\n").unwrap();
        let broken = notice().unwrap();
        assert!(
            broken.contains("broken") && broken.contains(&format!("{shown}:2:")),
            "{broken}"
        );

        std::fs::write(&file, VALID.replace("Fixture roadmap", "Edited")).unwrap();
        let changed = notice().unwrap();
        assert!(changed.contains("changed") && changed.contains(shown), "{changed}");

        std::fs::remove_file(&file).unwrap();
        let gone = notice().unwrap();
        assert!(gone.contains("gone") && gone.contains(shown), "{gone}");

        // No file to check: a bundled roadmap, a relative path, no enrollment yet.
        assert_eq!(roadmap_file_notice(&following("bundled")).unwrap(), None);
        assert_eq!(roadmap_file_notice(&following("mine.toml")).unwrap(), None);
        assert_eq!(roadmap_file_notice(&Store::open_in_memory().unwrap()).unwrap(), None);
    }
}
