//! `completions` and `man`: shell integration generated from the clap definitions.

use std::fs;
use std::path::Path;

use clap::CommandFactory;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, roman};
use color_eyre::eyre::{Result, WrapErr};

use super::print;
use crate::cli::Cli;

/// `studyplan completions SHELL`: the completion script on stdout.
pub fn completions(shell: clap_complete::Shell) -> Result<()> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "studyplan", &mut script);
    print(&String::from_utf8_lossy(&script))
}

/// `studyplan man`: the man page (roff) on stdout; with `--dir`, `studyplan.1`
/// and one page per subcommand (`studyplan-export-ics.1`, the pages the main
/// page's SUBCOMMANDS section names) written into that folder.
pub fn man(dir: Option<&Path>) -> Result<()> {
    let command = man_command();
    let Some(dir) = dir else {
        return print(&page(&command));
    };
    fs::create_dir_all(dir).wrap_err_with(|| format!("cannot create the folder {}", dir.display()))?;
    let mut written = 0;
    write_pages(&command, dir, &mut written)?;
    print(&format!("Wrote {written} man pages into {}\n", dir.display()))
}

/// The command tree the pages describe: built (so subcommands know their
/// `studyplan-export-ics` names) and without clap's `help` subcommand, which
/// has no page.
fn man_command() -> clap::Command {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    command
}

/// Writes the page of `command` and of every subcommand below it.
fn write_pages(command: &clap::Command, dir: &Path, written: &mut usize) -> Result<()> {
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(sub, dir, written)?;
    }
    let name = command.get_display_name().unwrap_or_else(|| command.get_name());
    let path = dir.join(format!("{name}.1"));
    fs::write(&path, page(command))
        .wrap_err_with(|| format!("cannot write {}: check that the folder is writable", path.display()))?;
    *written += 1;
    Ok(())
}

/// One page: clap_mangen's NAME, SYNOPSIS, DESCRIPTION, OPTIONS and
/// SUBCOMMANDS, then the `--help` epilogue as proper sections (EXIT STATUS,
/// ENVIRONMENT, EXAMPLES) instead of clap_mangen's one filled EXTRA section,
/// which runs example lines together.
fn page(command: &clap::Command) -> String {
    let epilogue = command.get_after_help().map(ToString::to_string);
    let version = command.get_version().map(ToOwned::to_owned);
    let bare = command
        .clone()
        .after_help(None::<&str>)
        .after_long_help(None::<&str>)
        .version(None::<&str>);
    let man = Man::new(bare).source(format!("studyplan {}", env!("CARGO_PKG_VERSION")));
    let mut out = Vec::new();
    // Rendering into a Vec cannot fail.
    let _ = man.render(&mut out);
    let mut roff = Roff::new();
    if let Some(text) = epilogue {
        epilogue_sections(&mut roff, &text);
    }
    if let Some(version) = version {
        roff.control("SH", ["VERSION"]).text([roman(format!("v{version}"))]);
    }
    // The page's preamble defines the Aq string: apostrophes stay straight.
    let mut page = String::from_utf8_lossy(&out).into_owned();
    page.push_str(&roff.to_roff().replace('\'', "\\*(Aq"));
    page
}

/// Turns a `--help` epilogue into roff. A line like `Examples:` that opens a
/// paragraph starts a section; `  TERM  meaning` lines become a tagged list;
/// other indented lines (commands) are kept line for line; the rest is prose.
fn epilogue_sections(roff: &mut Roff, text: &str) {
    let mut verbatim = false;
    let mut paragraph_start = true;
    let mut in_section = false;
    for line in text.lines() {
        let indented = line.starts_with(' ');
        let trimmed = line.trim();
        if trimmed.is_empty() {
            paragraph_start = true;
            continue;
        }
        let opens_section = !indented && paragraph_start && trimmed.ends_with(':');
        if !indented && verbatim {
            // Prose after commands is a new paragraph, not run into them.
            roff.control("fi", []);
            verbatim = false;
            paragraph_start = true;
        }
        if opens_section {
            roff.control("SH", [section_name(trimmed.trim_end_matches(':')).as_str()]);
            in_section = true;
        } else if let Some((term, meaning)) = indented.then(|| tagged(trimmed)).flatten() {
            if verbatim {
                roff.control("fi", []);
                verbatim = false;
            }
            roff.control("TP", []).text([roman(term)]).text([roman(meaning)]);
        } else if indented {
            if !verbatim {
                roff.control("PP", []).control("nf", []);
                verbatim = true;
            }
            roff.text([roman(format!("  {trimmed}"))]);
        } else {
            if !in_section {
                roff.control("SH", ["NOTES"]);
                in_section = true;
            }
            if paragraph_start {
                roff.control("PP", []);
            }
            roff.text([roman(trimmed)]);
        }
        paragraph_start = false;
    }
    if verbatim {
        roff.control("fi", []);
    }
}

/// `0  success` or `STUDYPLAN_DB      database file`: a term, two or more spaces, its meaning.
fn tagged(line: &str) -> Option<(&str, &str)> {
    let (term, meaning) = line.split_once("  ")?;
    (!term.contains(' ')).then_some((term, meaning.trim_start()))
}

/// The man-page name of an epilogue heading (`Exit codes` is `EXIT STATUS` by convention).
fn section_name(heading: &str) -> String {
    match heading {
        "Exit codes" => "EXIT STATUS".to_owned(),
        other => other.to_uppercase(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_epilogue_becomes_sections_with_commands_kept_line_for_line() {
        let mut roff = Roff::new();
        epilogue_sections(
            &mut roff,
            "Exit codes:\n  0  success\n  1  refused\n\nExamples:\n  studyplan today\n  studyplan week\nIds are shown by `studyplan today`.",
        );
        let text = roff.to_roff();
        assert!(
            text.starts_with(".SH \"EXIT STATUS\"\n.TP\n0\nsuccess\n.TP\n1\nrefused\n"),
            "{text}"
        );
        assert!(
            text.contains(".SH EXAMPLES\n.PP\n.nf\n  studyplan today\n  studyplan week\n.fi\n.PP\nIds are shown"),
            "{text}"
        );
    }

    #[test]
    fn prose_before_any_heading_goes_under_notes() {
        let mut roff = Roff::new();
        epilogue_sections(&mut roff, "Refuses a database that already holds progress.");
        assert_eq!(
            roff.to_roff(),
            ".SH NOTES\n.PP\nRefuses a database that already holds progress.\n"
        );
    }
}
