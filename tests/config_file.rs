//! The config file: every setting read, every mistake refused at its line
//! and column with what was expected, `init` never overwrites.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::Weekday;
use studyplan::config::file::keys::{KeyName, KeySpec};
use studyplan::config::file::theme::ColorSpec;
use studyplan::config::file::{ConfigFile, DEFAULT_FILE, WeekStart, init};

const FULL: &str = r##"
week_start = "sunday"
daily_minutes = 90
mouse = false
timer_bell = false

[theme]
name = "light"
[theme.colors]
heading = "Light-Blue"
good = "#39d353"

[blocks]
learn = "Read"

[keys]
quit = "x"
add_task = ["a", "ctrl-n"]
"##;

#[test]
fn every_setting_is_read() {
    let config = ConfigFile::parse(FULL, "config.toml").unwrap();
    assert_eq!(config.week_start, WeekStart(Weekday::Sun));
    assert_eq!(config.daily_minutes, Some(90));
    assert!(!config.mouse && !config.timer_bell);
    assert_eq!(config.theme.name.as_str(), "light");
    assert_eq!(config.theme.colors.heading, ColorSpec::parse("light-blue").ok());
    assert_eq!(config.theme.colors.good, Some(ColorSpec::Rgb(0x39, 0xd3, 0x53)));
    assert_eq!(config.block_name("learn", "Learning"), "Read");
    assert_eq!(config.block_name("build", "Build"), "Build");
    let add = &config.keys["add_task"].0;
    assert_eq!(
        add[1],
        KeySpec {
            key: KeyName::Char('n'),
            ctrl: true,
            alt: false
        }
    );
    // `config show` prints settings that read back the same.
    let shown = config.to_toml().unwrap();
    assert_eq!(ConfigFile::parse(&shown, "shown").unwrap(), config);
    assert!(
        shown.contains("add_task = [") && shown.contains("\"ctrl-n\""),
        "{shown}"
    );
}

/// The error for `text`, which must be refused.
fn refused(text: &str) -> String {
    format!("{:#}", ConfigFile::parse(text, "config.toml").unwrap_err())
}

#[test]
fn unknown_keys_are_refused_at_their_line_and_column() {
    let err = refused("mouse = true\n  colour = \"red\"\n");
    assert!(err.starts_with("config.toml:2:3: "), "{err}");
    assert!(
        err.contains("unknown field `colour`") && err.contains("week_start"),
        "{err}"
    );

    let err = refused("[theme.colors]\nheadline = \"red\"\n");
    assert!(
        err.starts_with("config.toml:2:1: ") && err.contains("`headline`"),
        "{err}"
    );
    assert!(err.contains("heading"), "the expected names are listed: {err}");

    let err = refused("[keys]\nquit = \"q\"\nquitt = \"x\"\n");
    assert!(err.starts_with("config.toml:3:1: ") && err.contains("quitt"), "{err}");
    assert!(err.contains("toggle_timer"), "the action names are listed: {err}");
}

#[test]
fn bad_values_are_refused_at_the_value_with_what_is_expected() {
    let cases = [
        (
            "[theme]\nname = \"neon\"\n",
            "2:8",
            "default, light, high-contrast, mono",
        ),
        ("[theme.colors]\ngood = \"#12345\"\n", "2:8", "six hex digits"),
        ("[theme.colors]\ngood = \"chartreuse\"\n", "2:8", "dark-gray"),
        ("[keys]\nquit = \"hyper-q\"\n", "2:8", "not a key"),
        ("[keys]\nquit = []\n", "2:8", "binds no key"),
        ("daily_minutes = 0\n", "1:17", "5 to 960"),
        ("daily_minutes = 1000\n", "1:17", "5 to 960"),
        ("week_start = \"funday\"\n", "1:14", "not a weekday"),
        ("mouse = \"yes\"\n", "1:9", "bool"),
        ("mouse = \n", "1:9", "quoted"),
    ];
    for (text, at, expected) in cases {
        let err = refused(text);
        assert!(err.starts_with(&format!("config.toml:{at}: ")), "{text:?} -> {err}");
        assert!(err.contains(expected), "{text:?} -> {err}");
    }
}

#[test]
fn a_missing_file_is_the_defaults_and_a_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    assert_eq!(ConfigFile::load(&path).unwrap(), ConfigFile::default());
    let err = format!("{:#}", ConfigFile::load(dir.path()).unwrap_err());
    assert!(err.contains(&dir.path().display().to_string()), "{err}");
}

#[test]
fn init_writes_the_commented_defaults_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new").join("config.toml");
    init(&path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), DEFAULT_FILE);
    assert_eq!(ConfigFile::load(&path).unwrap(), ConfigFile::default());

    std::fs::write(&path, "mouse = false\n").unwrap();
    let err = format!("{:#}", init(&path).unwrap_err());
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "mouse = false\n",
        "left as it was"
    );
}

#[test]
fn the_default_file_documents_every_action_and_colour_part() {
    let shown = |s: &str| DEFAULT_FILE.contains(s);
    for action in ["quit", "toggle_timer", "move_task_earlier", "next_field", "show_stats"] {
        assert!(shown(action), "{action}");
    }
    // Every documented action name parses as an action.
    let list = DEFAULT_FILE
        .split("# Actions:")
        .nth(1)
        .unwrap()
        .split("\n# quit")
        .next()
        .unwrap()
        .replace(['#', '\n', '.'], " ");
    for name in list.split([',', ' ']).filter(|s| !s.is_empty()) {
        let text = format!("[keys]\n{name} = \"q\"\n");
        assert!(
            ConfigFile::parse(&text, "c").is_ok(),
            "{name} is documented but refused"
        );
    }
}
