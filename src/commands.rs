//! The command-line front end: one function per subcommand, grouped by topic.
//!
//! Every command parses and checks its arguments before it writes anything,
//! so a refused command leaves the database as it was. Output goes through
//! [`print`], which returns write errors (a closed pipe) instead of panicking.

pub mod args;
pub mod backup;
pub mod config;
pub mod demo;
pub mod draft;
pub mod entries;
pub mod export;
pub mod items;
pub mod progress;
pub mod roadmaps;
pub mod session;
pub mod shell;
pub mod tasks;
pub mod tui_entry;
pub mod weekly;

use std::io::Write;

use color_eyre::eyre::{Result, WrapErr};

use crate::cli::{Cli, Command, ExportCommand, ImportCommand, LogCommand, RoadmapCommand, TaskCommand, TimerCommand};
use crate::config::file::ConfigFile;
use crate::config::{Clock, Paths};
use crate::store::Store;
use crate::text::clean_line;

/// What every command needs: where the files are and what day it is.
#[derive(Debug, Clone)]
pub struct Context {
    /// Resolved file locations.
    pub paths: Paths,
    /// Today and now.
    pub clock: Clock,
    /// Whether the full-screen interface may capture the mouse.
    pub mouse: bool,
    /// The config file's settings (defaults when there is none).
    pub config: ConfigFile,
}

impl Context {
    /// Builds the context from the global flags.
    pub fn from_cli(cli: &Cli) -> Result<Context> {
        let global = &cli.global;
        let paths = Paths::resolve(global.db.as_deref(), global.config.as_deref())?;
        let config = ConfigFile::load(&paths.config_file)?;
        Ok(Context {
            clock: Clock::from_override(global.today.as_deref())?,
            // The flag beats the file.
            mouse: !global.no_mouse && config.mouse,
            paths,
            config,
        })
    }

    /// Opens the learner's database and brings the bundled roadmaps up to date.
    pub fn open_store(&self) -> Result<Store> {
        let mut store = Store::open(&self.paths.db)?;
        let updates = store
            .refresh_bundled()
            .wrap_err_with(|| format!("could not load the bundled roadmaps into {}", self.paths.db.display()))?;
        // A new studyplan may ship an edited bundled roadmap: say what lost its place.
        for update in updates.iter().filter(|u| !u.orphaned.is_empty()) {
            let ids: Vec<String> = update.orphaned.iter().map(|id| clean_line(id).into_owned()).collect();
            warn(&format!(
                "note: the bundled roadmap {} changed; these items with progress are no longer in it \
                 (their progress is kept): {}",
                clean_line(&update.roadmap_id),
                ids.join(", ")
            ));
        }
        Ok(store)
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    // These need no database, no home folder and no date: they work anywhere.
    match &cli.command {
        Some(Command::Completions { shell }) => return shell::completions(*shell),
        Some(Command::Man { dir }) => return shell::man(dir.as_deref()),
        Some(Command::Roadmap(RoadmapCommand::Validate { files })) => return roadmaps::validate(files),
        Some(Command::Roadmap(RoadmapCommand::Draft {
            file,
            output,
            force,
            track,
        })) => return draft::run(file, output.as_deref(), *force, track.as_deref()),
        // The config commands must work while the config file is broken: they are how it gets fixed.
        Some(Command::Config(command)) => return config::run(&cli.global, command),
        _ => {}
    }
    let ctx = Context::from_cli(&cli)?;
    let Some(command) = cli.command else {
        return tui_entry::open(&ctx);
    };
    match command {
        Command::Start {
            roadmap_id,
            on,
            daily_minutes,
            restart,
        } => session::start(
            &ctx,
            &roadmap_id,
            on.as_deref(),
            daily_minutes.or(ctx.config.daily_minutes),
            restart,
        ),
        Command::Today { json } => session::today(&ctx, json),
        Command::Week { week, date, next, json } => session::week(&ctx, week.as_deref(), date.as_deref(), next, json),
        Command::Log {
            entries: Some(LogCommand::List { week, json }),
            ..
        } => entries::list(&ctx, week.as_deref(), json),
        Command::Log {
            entries:
                Some(LogCommand::Edit {
                    id,
                    duration,
                    block,
                    on,
                    note,
                    yes,
                }),
            ..
        } => {
            let change = entries::EntryEdit {
                duration: duration.as_deref(),
                block: block.as_deref(),
                on: on.as_deref(),
                note: note.as_deref(),
                yes,
            };
            entries::edit(&ctx, id, &change)
        }
        Command::Log {
            entries: Some(LogCommand::Delete { id }),
            ..
        } => entries::delete(&ctx, id),
        Command::Log {
            block,
            duration,
            on,
            note,
            yes,
            entries: None,
        } => {
            let (Some(block), Some(duration)) = (block, duration) else {
                crate::refuse!("`studyplan log` needs a block and a duration: `studyplan log build 45m`");
            };
            progress::log(&ctx, &block, &duration, on.as_deref(), note.as_deref(), yes)
        }
        Command::Timer(TimerCommand::Start { block }) => progress::timer_start(&ctx, &block),
        Command::Timer(TimerCommand::Stop { discard, keep }) => progress::timer_stop(&ctx, discard, keep),
        Command::Timer(TimerCommand::Status) => progress::timer_status(&ctx),
        Command::Done { id } => items::set(&ctx, &id, items::Mark::Done),
        Command::Skip { id } => items::set(&ctx, &id, items::Mark::Skipped),
        Command::Undo { id } => items::set(&ctx, &id, items::Mark::Clear),
        Command::Task(TaskCommand::Add { title, on }) => tasks::add(&ctx, &title, on.as_deref()),
        Command::Task(TaskCommand::List { all }) => tasks::list(&ctx, all),
        Command::Task(TaskCommand::Done { id }) => tasks::set_done(&ctx, id, true),
        Command::Task(TaskCommand::Undo { id }) => tasks::set_done(&ctx, id, false),
        Command::Task(TaskCommand::Edit { id, title }) => tasks::edit(&ctx, id, &title),
        Command::Task(TaskCommand::Move { id, to }) => tasks::move_to(&ctx, id, &to),
        Command::Task(TaskCommand::Delete { id }) => tasks::delete(&ctx, id),
        Command::Task(TaskCommand::Carry { week }) => tasks::carry(&ctx, week.as_deref()),
        Command::Review { week, markdown, json } => weekly::review(&ctx, week.as_deref(), markdown, json),
        Command::Roadmap(RoadmapCommand::List { json }) => roadmaps::list(&ctx, json),
        Command::Roadmap(RoadmapCommand::Show { id }) => roadmaps::show(&ctx, &id),
        Command::Roadmap(RoadmapCommand::Validate { files }) => roadmaps::validate(&files),
        Command::Roadmap(RoadmapCommand::Import { file }) => roadmaps::import(&ctx, &file),
        Command::Roadmap(RoadmapCommand::Draft {
            file,
            output,
            force,
            track,
        }) => draft::run(&file, output.as_deref(), force, track.as_deref()),
        Command::Pause { week, yes } => weekly::pause(&ctx, week.as_deref(), true, yes),
        Command::Resume { week } => weekly::pause(&ctx, week.as_deref(), false, false),
        Command::Demo { years } => demo::run(&ctx, years),
        Command::Backup { file } => backup::backup(&ctx, file.as_deref()),
        Command::Restore { file, yes } => backup::restore(&ctx, &file, yes),
        Command::Export(ExportCommand::Ics {
            weeks,
            start_time,
            output,
        }) => export::ics(&ctx, weeks, &start_time, output.as_deref()),
        Command::Export(ExportCommand::Markdown { week, output }) => {
            export::markdown(&ctx, week.as_deref(), output.as_deref())
        }
        Command::Export(ExportCommand::Json { output }) => export::json(&ctx, output.as_deref()),
        Command::Import(ImportCommand::Json { file, replace }) => export::import_json(&ctx, &file, replace),
        Command::Config(command) => config::run(&cli.global, &command),
        Command::Completions { shell } => shell::completions(shell),
        Command::Man { dir } => shell::man(dir.as_deref()),
    }
}

/// Writes text to stdout; a closed pipe comes back as an error for `main` to treat as success.
pub fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .wrap_err("could not write to standard output")
}

/// Writes a line to stderr; a closed stderr is ignored (there is nowhere left to report it).
pub fn warn(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// True when the error is a write to a closed pipe (`studyplan man | head -1`).
pub fn is_broken_pipe(report: &color_eyre::eyre::Report) -> bool {
    report.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Marker error: the command already printed its problems (validate) and exits 1 quietly.
#[derive(Debug)]
pub struct AlreadyReported;

impl std::fmt::Display for AlreadyReported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("problems were reported above")
    }
}

impl std::error::Error for AlreadyReported {}
