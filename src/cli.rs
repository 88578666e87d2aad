//! Command-line definitions (clap derive): every subcommand, its flags and its `--help` examples.
//!
//! Dates, weeks and durations are taken as text here and parsed by the
//! commands, so a bad value gets a message that says what was expected and
//! exits 1 like every other refused command; exit 2 is kept for a command
//! line clap cannot parse at all (unknown flag, missing argument).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Exit codes, shown at the end of `studyplan --help` and in the man page.
const EXIT_CODES: &str = "\
Exit codes:
  0  success (also when the reader of a pipe closes it early)
  1  the command was refused (\"refused: ...\", what to give instead) or the
     machine failed (\"error: ...\", the file or resource); nothing was written
  2  the command line could not be parsed (unknown flag, missing argument)
  70 a bug in studyplan (\"bug: ...\", where it happened); please report it

Environment:
  STUDYPLAN_DB      database file (like --db)
  STUDYPLAN_CONFIG  config file (like --config)
  STUDYPLAN_TODAY   what \"today\" is, YYYY-MM-DD (like --today)
  NO_COLOR          any value turns colour off

Examples:
  studyplan roadmap list
  studyplan start fast-track-6-month
  studyplan today
  studyplan log build 1h30m --note \"baseline classifier\"
  studyplan week
  studyplan review";

/// A terminal study planner: turns a learning roadmap into a dated daily, weekly and
/// Sunday-review plan. Run with no command to open the full-screen interface.
#[derive(Debug, Parser)]
#[command(name = "studyplan", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// What to do; none opens the full-screen interface.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command takes.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Database file [default: studyplan.db in the data folder]
    #[arg(long, global = true, env = "STUDYPLAN_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Config file [default: config.toml in the config folder]
    #[arg(long, global = true, env = "STUDYPLAN_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// What "today" is (YYYY-MM-DD), for planning ahead or replaying a day
    #[arg(long, global = true, env = "STUDYPLAN_TODAY", value_name = "DATE")]
    pub today: Option<String>,
    /// Full-screen interface without mouse capture (given before any subcommand:
    /// only the interface, and `config show`, read it)
    #[arg(long)]
    pub no_mouse: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start following a roadmap (it becomes the active one)
    #[command(after_help = "Examples:
  studyplan start fast-track-6-month
  studyplan start quarterly-2026 --on 2026-01-05
  studyplan start standard-9-month --daily-minutes 90

Without --on, a calendar-dated roadmap starts on its own date, any other on the next Monday.")]
    Start {
        /// Roadmap id (see `studyplan roadmap list`)
        roadmap_id: String,
        /// First day (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// Study minutes a day [default: the roadmap's]
        #[arg(long, value_name = "N")]
        daily_minutes: Option<u32>,
        /// Start the roadmap you already follow again, from --on (or its default start)
        #[arg(long)]
        restart: bool,
    },
    /// Today's session: week, phase, day role, time blocks, tasks, pace, streak
    #[command(after_help = "Examples:
  studyplan today
  studyplan today --json | jq .blocks
  studyplan today --today 2026-12-01")]
    Today {
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// One Monday-to-Sunday week: each day's role, tasks, planned and logged minutes
    #[command(after_help = "Examples:
  studyplan week
  studyplan week --next
  studyplan week --week 2026-W48
  studyplan week --date 2026-12-03 --json")]
    Week {
        /// ISO week (2026-W48)
        #[arg(long, value_name = "WEEK", conflicts_with = "date")]
        week: Option<String>,
        /// Any day of the week (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// The week after the one asked for (this week's, by default): on a Sunday, the coming week
        #[arg(long)]
        next: bool,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Log study time on one of the day's blocks; list, edit or delete entries
    #[command(
        args_conflicts_with_subcommands = true,
        subcommand_negates_reqs = true,
        after_help = "Examples:
  studyplan log learn 30m
  studyplan log build 1h30m --note \"baseline classifier\"
  studyplan log polish 45m --on 2026-11-23
  studyplan log build 6h --yes
  studyplan log list
  studyplan log edit 12 --duration 45m
  studyplan log delete 12"
    )]
    Log {
        /// List, edit or delete time entries
        #[command(subcommand)]
        entries: Option<LogCommand>,
        /// Block id (learn, build, polish... see `studyplan today`)
        #[arg(required = true)]
        block: Option<String>,
        /// How long: 45m, 1h30m, 2h
        #[arg(required = true)]
        duration: Option<String>,
        /// The day it counts for (YYYY-MM-DD) [default: today]; not in the future
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// A short note
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// Log it even when it is far more than the block plans that day
        #[arg(long)]
        yes: bool,
    },
    /// A focus timer on a block; stopping it logs the time
    #[command(
        subcommand,
        after_help = "Examples:
  studyplan timer start build
  studyplan timer status
  studyplan timer stop"
    )]
    Timer(TimerCommand),
    /// Mark a deliverable, milestone, project, phase, week or topic done
    #[command(after_help = "Examples:
  studyplan done sprint-1-sql-queries
Item ids are shown by `studyplan today`, `studyplan week` and `studyplan roadmap show ID`.")]
    Done {
        /// Item id
        id: String,
    },
    /// Mark an item skipped (settled without doing it)
    #[command(after_help = "Examples:
  studyplan skip sprint-2-report-template")]
    Skip {
        /// Item id
        id: String,
    },
    /// Clear an item's status (done or skipped by mistake)
    #[command(after_help = "Examples:
  studyplan undo sprint-1-sql-queries")]
    Undo {
        /// Item id
        id: String,
    },
    /// Your own tasks, on a day
    #[command(
        subcommand,
        after_help = "Examples:
  studyplan task add \"read the attention paper\"
  studyplan task list
  studyplan task done 3"
    )]
    Task(TaskCommand),
    /// The week in review: time per block, streak, deliverables, pace, checkpoint questions
    #[command(after_help = "Examples:
  studyplan review
  studyplan review --week 2026-W48 --markdown > review.md
  studyplan review --json")]
    Review {
        /// ISO week (2026-W48) [default: this week]
        #[arg(long, value_name = "WEEK")]
        week: Option<String>,
        /// Markdown, for a journal or a blog post
        #[arg(long, conflicts_with = "json")]
        markdown: bool,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Roadmaps: list, show, validate, import, draft from Markdown
    #[command(
        subcommand,
        after_help = "Examples:
  studyplan roadmap list
  studyplan roadmap show fast-track-6-month
  studyplan roadmap validate my-roadmap.toml
  studyplan roadmap draft my-plan.md -o my-plan.toml"
    )]
    Roadmap(RoadmapCommand),
    /// Take a week off (a holiday); the rest of the plan shifts by a week
    #[command(after_help = "Examples:
  studyplan pause
  studyplan pause --week 2026-W52")]
    Pause {
        /// ISO week (2026-W52) [default: this week]
        #[arg(long, value_name = "WEEK")]
        week: Option<String>,
        /// Pause it even though time is logged in it
        #[arg(long)]
        yes: bool,
    },
    /// Undo a pause
    #[command(after_help = "Examples:
  studyplan resume --week 2026-W52")]
    Resume {
        /// ISO week (2026-W52) [default: this week]
        #[arg(long, value_name = "WEEK")]
        week: Option<String>,
    },
    /// Fill an empty database with a started track and realistic history, to try the app
    #[command(after_help = "Examples:
  studyplan --db /tmp/demo.db demo
  studyplan --db /tmp/demo.db demo --years 3
Refuses a database that already holds progress.")]
    Demo {
        /// Years of history
        #[arg(long, default_value_t = 1, value_name = "N")]
        years: u32,
    },
    /// Save a consistent copy of the database (safe while studyplan runs elsewhere)
    #[command(after_help = "Examples:
  studyplan backup
  studyplan backup ~/studyplan-2026-11-24.db
Without FILE, the copy goes to backups/ beside the database, named by date and time.")]
    Backup {
        /// Where to write the copy (must not exist yet)
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Replace the database with a backup (checked first; the current data is backed up before)
    #[command(after_help = "Examples:
  studyplan restore ~/studyplan-2026-11-24.db --yes
A damaged or foreign file is refused and nothing changes. Without --yes, a database
that already holds your progress is not replaced.")]
    Restore {
        /// The backup file
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Replace the current data without asking
        #[arg(long)]
        yes: bool,
    },
    /// Write the plan as a calendar, a week's review as Markdown, or everything as JSON
    #[command(
        subcommand,
        after_help = "Examples:
  studyplan export ics -o studyplan.ics
  studyplan export markdown --week 2026-W48
  studyplan export json -o studyplan-state.json"
    )]
    Export(ExportCommand),
    /// Read back a JSON export (`studyplan export json`) into the database
    #[command(
        subcommand,
        after_help = "Examples:
  studyplan --db ~/new.db import json studyplan-state.json"
    )]
    Import(ImportCommand),
    /// The config file: where it is, what is in force, a commented default
    #[command(
        subcommand,
        after_help = "Examples:
  studyplan config init
  studyplan config show
  $EDITOR \"$(studyplan config path)\""
    )]
    Config(ConfigCommand),
    /// Print a shell completion script
    #[command(after_help = "Examples:
  studyplan completions bash > ~/.local/share/bash-completion/completions/studyplan
  studyplan completions zsh > ~/.zfunc/_studyplan
  studyplan completions fish > ~/.config/fish/completions/studyplan.fish")]
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to stdout, or write every page into a folder
    #[command(after_help = "Examples:
  studyplan man | man -l -
  studyplan man --dir ~/.local/share/man/man1

With --dir, each subcommand gets its own page too (studyplan-export-ics.1 and
so on), the pages that studyplan(1) lists under SUBCOMMANDS.")]
    Man {
        /// Write studyplan.1 and one page per subcommand into this folder
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// `studyplan timer ...`
#[derive(Debug, Subcommand)]
pub enum TimerCommand {
    /// Start timing a block (the timer survives closing the terminal)
    #[command(after_help = "Examples:
  studyplan timer start build")]
    Start {
        /// Block id (learn, build, polish...)
        block: String,
    },
    /// Stop the timer and log its minutes
    #[command(after_help = "Examples:
  studyplan timer stop
  studyplan timer stop --discard
  studyplan timer stop --keep
A timer left running for more than 24 hours is not logged until you choose
--keep (log all its time) or --discard (drop it).")]
    Stop {
        /// Drop the time instead of logging it
        #[arg(long, conflicts_with = "keep")]
        discard: bool,
        /// Log the time even when the timer ran for more than 24 hours
        #[arg(long)]
        keep: bool,
    },
    /// Show the running timer
    #[command(after_help = "Examples:
  studyplan timer status")]
    Status,
}

/// `studyplan log list|edit|delete`: the time entries themselves.
#[derive(Debug, Subcommand)]
pub enum LogCommand {
    /// List a week's time entries with their ids
    #[command(after_help = "Examples:
  studyplan log list
  studyplan log list --week 2026-W48
  studyplan log list --json")]
    List {
        /// The week: an ISO week (2026-W48) or any day of it (YYYY-MM-DD) [default: this week]
        #[arg(long, value_name = "WEEK")]
        week: Option<String>,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Change a time entry: its duration, block, day or note
    #[command(after_help = "Examples:
  studyplan log edit 12 --duration 45m
  studyplan log edit 12 --block build --on 2026-11-23
  studyplan log edit 12 --note \"\"")]
    Edit {
        /// Entry id (see `studyplan log list`)
        id: i64,
        /// The new duration: 45m, 1h30m, 2h
        #[arg(long, value_name = "DURATION")]
        duration: Option<String>,
        /// The new block
        #[arg(long, value_name = "BLOCK")]
        block: Option<String>,
        /// The new day (YYYY-MM-DD); not in the future
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// The new note ("" removes it)
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// Save it even when it is far more than the block plans that day
        #[arg(long)]
        yes: bool,
    },
    /// Delete a time entry
    #[command(after_help = "Examples:
  studyplan log delete 12")]
    Delete {
        /// Entry id (see `studyplan log list`)
        id: i64,
    },
}

/// `studyplan task ...`
#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// Add a task to a day
    #[command(after_help = "Examples:
  studyplan task add \"read the attention paper\"
  studyplan task add \"mock interview\" --on 2026-12-05")]
    Add {
        /// What to do
        title: String,
        /// The day (YYYY-MM-DD) [default: today]
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// List this week's tasks (or all of them)
    #[command(after_help = "Examples:
  studyplan task list
  studyplan task list --all")]
    List {
        /// Every task, not only this week's
        #[arg(long)]
        all: bool,
    },
    /// Mark a task done
    #[command(after_help = "Examples:
  studyplan task done 3")]
    Done {
        /// Task id (see `studyplan task list`)
        id: i64,
    },
    /// Mark a task not done again
    #[command(after_help = "Examples:
  studyplan task undo 3")]
    Undo {
        /// Task id (see `studyplan task list`)
        id: i64,
    },
    /// Change a task's title
    #[command(after_help = "Examples:
  studyplan task edit 3 \"read the attention paper, sections 1-3\"")]
    Edit {
        /// Task id (see `studyplan task list`)
        id: i64,
        /// The new title
        title: String,
    },
    /// Move a task to another day
    #[command(after_help = "Examples:
  studyplan task move 3 2026-12-02")]
    Move {
        /// Task id (see `studyplan task list`)
        id: i64,
        /// The day (YYYY-MM-DD)
        #[arg(value_name = "DATE")]
        to: String,
    },
    /// Delete a task
    #[command(
        visible_alias = "rm",
        after_help = "Examples:
  studyplan task delete 3"
    )]
    Delete {
        /// Task id (see `studyplan task list`)
        id: i64,
    },
    /// Move a week's unfinished tasks to the next Monday (what the Sunday review suggests)
    #[command(after_help = "Examples:
  studyplan task carry
  studyplan task carry --week 2026-W48")]
    Carry {
        /// ISO week (2026-W48) [default: this week]
        #[arg(long, value_name = "WEEK")]
        week: Option<String>,
    },
}

/// `studyplan roadmap ...`
#[derive(Debug, Subcommand)]
pub enum RoadmapCommand {
    /// List bundled and imported roadmaps
    #[command(after_help = "Examples:
  studyplan roadmap list
  studyplan roadmap list --json")]
    List {
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Show a whole roadmap as readable text
    #[command(after_help = "Examples:
  studyplan roadmap show fast-track-6-month
  studyplan roadmap show q1-2026-white-box | less")]
    Show {
        /// Roadmap id
        id: String,
    },
    /// Check roadmap files; each problem is printed as path:line:column: message
    #[command(after_help = "Examples:
  studyplan roadmap validate my-roadmap.toml
  studyplan roadmap validate roadmaps/*.toml
Exits 0 when every file is valid, 1 otherwise.")]
    Validate {
        /// Roadmap files
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Draft a roadmap from your own Markdown roadmap: TOML out, a report of what was found on stderr
    #[command(after_help = "Examples:
  studyplan roadmap draft my-plan.md > my-plan.toml
  studyplan roadmap draft my-plan.md -o my-plan.toml
  studyplan roadmap draft roadmap.md --track b -o standard.toml
  cat notes.md | studyplan roadmap draft - -o notes.toml
The draft has # comments where it guessed; the report lists every line it could not place, by
line number. Check it, then `studyplan roadmap validate` and `studyplan roadmap import` it.
A file with several tracks (Track A, Track B) drafts the first unless --track names another.")]
    Draft {
        /// Markdown file, or - for standard input
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Write the TOML to this file instead of standard output
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Replace OUT when it exists
        #[arg(long, requires = "output")]
        force: bool,
        /// The track to draft when the file holds several: its letter, number or name
        #[arg(long, value_name = "NAME")]
        track: Option<String>,
    },
    /// Import (or re-import) a roadmap file; progress on ids that still exist is kept
    #[command(after_help = "Examples:
  studyplan roadmap import my-roadmap.toml
Files in the config folder's roadmaps/ are listed and can be started without importing.")]
    Import {
        /// Roadmap file
        file: PathBuf,
    },
}

/// `studyplan export ...`
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The study blocks and due dates of the next weeks as an iCalendar (.ics) file
    #[command(after_help = "Examples:
  studyplan export ics -o studyplan.ics
  studyplan export ics --weeks 12 --start-time 07:30 -o ~/calendar/study.ics

Each study block is an event at a local (floating) time from --start-time; each
deliverable, milestone and project due is an all-day event. Events keep their
UIDs across exports, so importing a newer file updates the calendar instead of
adding copies.")]
    Ics {
        /// How many weeks from today (1-520)
        #[arg(long, default_value_t = crate::export::ics::DEFAULT_WEEKS, value_name = "N")]
        weeks: u32,
        /// Local time the first block of a study day starts (HH:MM)
        #[arg(long, default_value = "19:00", value_name = "HH:MM")]
        start_time: String,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// A week's review as Markdown, for a journal or a blog post
    #[command(after_help = "Examples:
  studyplan export markdown
  studyplan export markdown --week 2026-W48 -o journal/2026-W48.md

Text from roadmaps and your notes is escaped, so it never turns into headings,
lists or tables.")]
    Markdown {
        /// ISO week (2026-W48) [default: this week]
        #[arg(long, value_name = "WEEK")]
        week: Option<String>,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Everything you recorded (enrollments, statuses, tasks, logs, timer, reviews, notes) as JSON
    #[command(after_help = "Examples:
  studyplan export json -o studyplan-state.json
  studyplan export json | jq '.time_log | length'

The format is documented in docs/state-format.md; `studyplan import json FILE`
reads it back.")]
    Json {
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// `studyplan import ...`
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Read a JSON export into the database, all or nothing
    #[command(after_help = "Examples:
  studyplan --db ~/new.db import json studyplan-state.json
  studyplan import json studyplan-state.json --replace

Refuses a file from a newer studyplan, and a database that already holds your
data unless --replace is given (make a backup first: `studyplan backup`). On
any error nothing is written.")]
    Json {
        /// The file written by `studyplan export json`
        file: PathBuf,
        /// Delete the data already in the database and put the file's in its place
        #[arg(long)]
        replace: bool,
    },
}

/// `studyplan config ...`
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the config file's path (it may not exist yet)
    #[command(after_help = "Examples:
  studyplan config path
  $EDITOR \"$(studyplan config path)\"")]
    Path,
    /// Print the settings in force, defaults included, as TOML
    #[command(after_help = "Examples:
  studyplan config show
  studyplan --config ./test.toml config show")]
    Show,
    /// Write a commented config file with every default (never overwrites)
    #[command(after_help = "Examples:
  studyplan config init
  studyplan --config ./studyplan.toml config init")]
    Init,
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn definitions_are_consistent() {
        Cli::command().debug_assert();
    }
}
