//! The `studyplan` binary: parse the command line, install error reporting,
//! run the command, and turn the outcome into an exit code.
//!
//! Exit codes: 0 success (a closed output pipe included), 1 a refused or
//! failed command, 2 a command line clap cannot parse (clap exits itself),
//! 70 a bug in studyplan (an error of that kind, or a panic).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use color_eyre::config::{HookBuilder, Theme};
use studyplan::cli::Cli;
use studyplan::commands::{self, AlreadyReported};
use studyplan::error::{BUG_EXIT_CODE, ErrorKind, kind_of};
use studyplan::text::clean_block;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // Help and version go out as clap writes them (with their styling).
        Err(e) if !e.use_stderr() => e.exit(),
        Err(e) => {
            // The message quotes the argument as given: never let it drive the terminal.
            let text = e.render().to_string();
            let _ = std::io::stderr().write_all(clean_block(&text).as_bytes());
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    install_error_reporting();
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(report) if commands::is_broken_pipe(&report) => ExitCode::SUCCESS,
        Err(report) if report.downcast_ref::<AlreadyReported>().is_some() => ExitCode::from(1),
        Err(report) => {
            let kind = kind_of(&report);
            report_error(&report, kind);
            ExitCode::from(kind.exit_code())
        }
    }
}

/// Panic reports through color-eyre, with no colour unless stderr is a
/// terminal and NO_COLOR is unset (color-eyre ignores NO_COLOR by itself).
fn install_error_reporting() {
    let plain = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) || !std::io::stderr().is_terminal();
    let builder = HookBuilder::default().display_env_section(false);
    let builder = if plain { builder.theme(Theme::new()) } else { builder };
    // A second install (never expected) would only keep the first hook.
    if builder.install().is_ok() {
        // A panic is a bug: after color-eyre's report, exit with the bug code (not 101).
        let report_panic = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            report_panic(info);
            let _ = std::io::stderr()
                .write_all(b"This is a bug in studyplan; please report it with the command you ran.\n");
            std::process::exit(i32::from(BUG_EXIT_CODE));
        }));
    }
}

/// One clear message: what happened first, then each cause on its own line.
/// A refusal reads as advice about the input; a failure of the machine as an
/// error with its causes; a bug says it is one.
fn report_error(report: &color_eyre::eyre::Report, kind: ErrorKind) {
    let label = match kind {
        ErrorKind::Refused => "refused",
        ErrorKind::Environment => "error",
        ErrorKind::Bug => "bug",
    };
    let mut text = format!("{label}: {report}\n");
    for cause in report.chain().skip(1) {
        text.push_str(&format!("  cause: {cause}\n"));
    }
    // Messages quote ids and file contents: never let them drive the terminal.
    let _ = std::io::stderr().write_all(clean_block(&text).as_bytes());
}
