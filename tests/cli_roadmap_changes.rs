//! A roadmap file edited, removed or broken after it was imported: the plan
//! keeps running on the store's copy, a broken re-import changes nothing and
//! says why, and a broken file in the config folder is named without hiding
//! the other roadmaps.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/cli.rs"]
mod support;

use support::{Learner, dump};

const TODAY: &str = "2026-02-10";
const VALID: &str = include_str!("fixtures/roadmaps/valid.toml");

fn imported(learner: &Learner) -> std::path::PathBuf {
    let file = learner.path("mine.toml");
    std::fs::write(&file, VALID).unwrap();
    learner.ok(TODAY, &["roadmap", "import", file.to_str().unwrap()]);
    learner.ok(TODAY, &["start", "fixture-roadmap", "--on", "2026-02-02"]);
    learner.ok(TODAY, &["log", "build", "40m"]);
    file
}

#[test]
fn today_and_week_keep_the_imported_copy_when_the_file_is_broken_or_removed() {
    let learner = Learner::new();
    let file = imported(&learner);
    let today = learner.ok(TODAY, &["today"]);
    let week = learner.ok(TODAY, &["week"]);
    let show = learner.ok(TODAY, &["roadmap", "show", "fixture-roadmap"]);

    std::fs::write(&file, "id = \"fixture-roadmap\"\ntitle = [unclosed\n").unwrap();
    assert_eq!(learner.ok(TODAY, &["today"]), today);
    assert_eq!(learner.ok(TODAY, &["week"]), week);
    assert_eq!(learner.ok(TODAY, &["roadmap", "show", "fixture-roadmap"]), show);

    std::fs::remove_file(&file).unwrap();
    assert_eq!(learner.ok(TODAY, &["today"]), today);
    assert_eq!(learner.ok(TODAY, &["week"]), week);
    assert!(learner.ok(TODAY, &["roadmap", "list"]).contains("fixture-roadmap"));

    // An edit is not picked up behind the learner's back either: only `roadmap import` does that.
    std::fs::write(&file, VALID.replace("Fixture roadmap", "Edited title")).unwrap();
    assert_eq!(learner.ok(TODAY, &["today"]), today);
    assert!(
        learner
            .ok(TODAY, &["roadmap", "import", file.to_str().unwrap()])
            .contains("Edited title")
    );
}

#[test]
fn importing_a_broken_file_says_what_is_wrong_and_changes_nothing() {
    let learner = Learner::new();
    let file = imported(&learner);
    for broken in [
        "id = \"fixture-roadmap\"\ntitle = [unclosed\n".to_owned(),
        VALID.replace("weeks = 8", "weeks = \"eight\""),
        VALID.replace("id = \"first-repo\"", "id = \"first-repo\"\nsurprise = 1"),
        String::new(),
    ] {
        std::fs::write(&file, &broken).unwrap();
        let err = learner.refused(TODAY, &["roadmap", "import", file.to_str().unwrap()]);
        assert!(err.contains(file.to_str().unwrap()), "names the file: {err}");
        assert!(err.contains("nothing was imported"), "{err}");
    }
    let before = dump(&learner.db);
    std::fs::remove_file(&file).unwrap();
    let err = learner.refused(TODAY, &["roadmap", "import", file.to_str().unwrap()]);
    assert!(err.contains(file.to_str().unwrap()), "{err}");
    assert_eq!(dump(&learner.db), before);
}

#[test]
fn a_broken_file_in_the_config_roadmaps_folder_is_named_and_the_list_still_works() {
    let learner = Learner::new();
    let folder = learner.config.parent().unwrap().join("roadmaps");
    std::fs::create_dir_all(&folder).unwrap();
    let good = folder.join("good.toml");
    std::fs::write(&good, VALID).unwrap();
    learner.ok(TODAY, &["start", "fixture-roadmap", "--on", "2026-02-02"]);
    let today = learner.ok(TODAY, &["today"]);

    let broken = folder.join("broken.toml");
    std::fs::write(&broken, "id = \"other\"\ntitle = \n").unwrap();
    let out = learner.run(TODAY, &["roadmap", "list"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stderr.contains(broken.to_str().unwrap()),
        "names the file: {}",
        out.stderr
    );
    assert!(out.stdout.contains("fixture-roadmap") && out.stdout.contains("fast-track-6-month"));

    // The started roadmap's own file breaking does not stop the plan.
    std::fs::write(&good, "this is not toml [").unwrap();
    assert_eq!(learner.ok(TODAY, &["today"]), today);
    let out = learner.run(TODAY, &["roadmap", "list"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(out.stderr.contains(good.to_str().unwrap()), "{}", out.stderr);
    assert!(
        out.stdout.contains("fixture-roadmap"),
        "the imported copy is still listed: {}",
        out.stdout
    );
}
