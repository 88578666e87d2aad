//! `roadmap draft`: a Markdown roadmap (a blog post, a syllabus, a plan a chat
//! assistant wrote) turned into a TOML roadmap draft in the format of
//! `roadmaps/FORMAT.md`, with a report of what was found, what was guessed and
//! every line that could not be placed.
//!
//! Pure: text in, text out; no files, no clock. The Markdown is read as
//! CommonMark events (pulldown-cmark, in `markdown`), arranged under its
//! headings (`outline`), then interpreted section by section (`build` and the
//! files beside it) and written as TOML with comments where it guessed (`emit`).
//! A file that holds several tracks (a 6-month and a 9-month pacing) drafts
//! one of them, chosen by [`DraftOptions::track`].

pub mod apply;
pub mod budget;
pub mod build;
pub mod cadence;
pub mod calendar;
pub mod content;
pub mod emit;
pub mod fields;
pub mod finish;
pub mod headings;
pub mod ids;
pub mod input;
pub mod markdown;
pub mod months;
pub mod outline;
pub mod report;
pub mod spans;
pub mod special;
pub mod tables;
pub mod tracks;
pub mod weekdays;
pub mod when;
pub mod words;

use std::borrow::Cow;

use build::{Anchor, Builder};
use outline::Section;
pub use report::{Report, Unplaced};
pub use tracks::Track;

use crate::roadmap::{LoadError, Roadmap};

/// What the learner asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DraftOptions {
    /// Which track to draft when the file holds several (`a`, `b`, `6-month`...).
    pub track: Option<String>,
    /// The file's name, shown in the TOML header and used when it has no title.
    pub origin: String,
}

/// A drafted roadmap: its TOML text, the roadmap it parses to, and the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The TOML text, with comments where the drafter guessed.
    pub toml: String,
    /// The roadmap the TOML parses to (checked by the loader).
    pub roadmap: Roadmap,
    /// What was found, guessed and left out.
    pub report: Report,
}

/// Why no draft came out.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftError {
    /// `--track` named no track of the file.
    UnknownTrack {
        /// What was asked for.
        asked: String,
        /// The tracks the file holds.
        tracks: Vec<Track>,
    },
    /// The draft did not pass the loader: a bug in the drafter.
    Invalid(LoadError),
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DraftError::UnknownTrack { asked, tracks } => {
                let names: Vec<String> = tracks.iter().map(|t| format!("{} ({})", t.key, t.title)).collect();
                if names.is_empty() {
                    write!(
                        f,
                        "--track {}: the file holds a single roadmap; drop --track",
                        crate::text::clean_line(asked)
                    )
                } else {
                    write!(
                        f,
                        "--track {}: no such track; the file holds {}",
                        crate::text::clean_line(asked),
                        crate::text::clean_line(&names.join(", "))
                    )
                }
            }
            DraftError::Invalid(error) => write!(
                f,
                "the draft did not pass validation, which is a bug in the drafter (please report it with the file):\n{error}"
            ),
        }
    }
}

impl std::error::Error for DraftError {}

/// The tracks a Markdown roadmap holds (empty for a single roadmap).
pub fn tracks_in(text: &str) -> Vec<Track> {
    let prepared = input::prepare(text);
    let root = outline::outline(markdown::parse(&prepared.text));
    tracks::find(&root).into_iter().map(|(track, _)| track).collect()
}

/// Drafts a roadmap from Markdown text.
pub fn draft(text: &str, options: &DraftOptions) -> Result<Draft, DraftError> {
    let prepared = input::prepare(text);
    let root = outline::outline(markdown::parse(&prepared.text));
    let found_tracks = tracks::find(&root);
    let all_tracks: Vec<Track> = found_tracks.iter().map(|(t, _)| t.clone()).collect();
    let chosen = match &options.track {
        Some(asked) => match tracks::pick(&all_tracks, asked) {
            Some(index) => Some(index),
            None => {
                return Err(DraftError::UnknownTrack {
                    asked: asked.clone(),
                    tracks: all_tracks,
                });
            }
        },
        None => (!all_tracks.is_empty()).then_some(0),
    };
    let mut builder = Builder::default();
    // A single roadmap is read as it is; a track is read from a copy without the other tracks.
    let (tree, track) = match chosen {
        Some(index) => {
            let track = all_tracks[index].clone();
            builder.length_hint = track.weeks;
            (Cow::Owned(tracks::only(&root, &found_tracks, index)), Some(track))
        }
        None => (Cow::Borrowed(&root), None),
    };
    builder.document(&tree);
    if let (Some(track), true) = (&track, builder.rm.phases.is_empty()) {
        borrow_phases(&mut builder, &root, &found_tracks, track);
    }
    if let Some(track) = &track {
        let base = if builder.rm.title.is_empty() {
            options.origin.clone()
        } else {
            builder.rm.title.clone()
        };
        builder.rm.title = format!("{base}: {}", track.title);
    }
    builder.finish(&file_stem(&options.origin));
    let header = header_lines(options, &all_tracks, track.as_ref());
    let toml = emit::to_toml(&builder.rm, &header, &builder.guesses);
    let roadmap = crate::roadmap::parse_str(&toml, "draft").map_err(DraftError::Invalid)?;
    let report = Report::new(&builder, &roadmap, &prepared, all_tracks, track);
    Ok(Draft { toml, roadmap, report })
}

/// A track with no sprints of its own ("Same milestones, but each sprint
/// includes ...") takes the sprints of the first track that has some,
/// stretched to its own length.
fn borrow_phases(builder: &mut Builder, root: &Section, found: &[(Track, Vec<usize>)], track: &Track) {
    for (index, (other, _)) in found.iter().enumerate() {
        if other.key == track.key {
            continue;
        }
        let mut donor = Builder {
            length_hint: other.weeks,
            ..Builder::default()
        };
        donor.document(&tracks::only(root, found, index));
        let main = donor.main_level();
        let phases: Vec<_> = donor
            .rm
            .phases
            .into_iter()
            .filter(|p| Some(&p.level) == main.as_ref())
            .collect();
        if phases.is_empty() {
            continue;
        }
        let from_len = other
            .weeks
            .or_else(|| phases.iter().filter_map(|p| p.weeks).map(|w| w[1]).max())
            .unwrap_or(1)
            .max(1);
        let to_len = track.weeks.unwrap_or(from_len);
        for mut phase in phases {
            if let Some([a, b]) = phase.weeks {
                let first = (a - 1) * to_len / from_len + 1;
                let last = (b * to_len / from_len).max(first);
                phase.weeks = Some([first, last]);
            }
            phase.id = builder.ids.make(&phase.id, "phase");
            for d in &mut phase.deliverables {
                d.id = builder.ids.make(&d.id, "deliverable");
                d.week = None;
            }
            let index = builder.rm.phases.len();
            builder.guess(
                Anchor::Phase(index),
                format!(
                    "{} has no sprints of its own: this one is {}'s, stretched to {to_len} weeks",
                    track.title, other.title
                ),
            );
            builder.cursor = builder.cursor.max(phase.weeks.map_or(0, |w| w[1]));
            builder.rm.phases.push(phase);
        }
        return;
    }
}

fn file_stem(origin: &str) -> String {
    let name = origin.rsplit(['/', '\\']).next().unwrap_or(origin);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem).to_owned()
}

/// The comment at the top of the TOML: where it came from and what to check.
fn header_lines(options: &DraftOptions, tracks: &[Track], track: Option<&Track>) -> Vec<String> {
    let origin = if options.origin.is_empty() {
        "standard input"
    } else {
        options.origin.as_str()
    };
    let mut lines = vec![
        format!("Drafted by `studyplan roadmap draft` from {origin}."),
        "Check the comments marked \"Guessed\", edit freely, then `studyplan roadmap validate` and `roadmap import`."
            .to_owned(),
        "Ids come from titles: keep them when you edit a title, and progress stays attached.".to_owned(),
    ];
    if let Some(track) = track {
        let others: Vec<String> = tracks
            .iter()
            .filter(|t| t.key != track.key)
            .map(|t| format!("--track {}", t.key))
            .collect();
        lines.push(format!(
            "The file holds {} tracks; this is {} (others: {}).",
            tracks.len(),
            track.title,
            others.join(", ")
        ));
    }
    lines
        .into_iter()
        .map(|l| crate::text::clean_line(&l).into_owned())
        .collect()
}
