//! Files that hold several tracks: "## Track A — 6-Month Fast-Track (24
//! Weeks)" and "## Track B — 9-Month Standard (36 Weeks)". A track is drafted
//! with the shared sections (milestones, weekly structure, daily split) and
//! without the other tracks.

use super::ids::slug;
use super::outline::Section;
use super::when;
use super::words::{plain, tidy};

/// One track of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Track {
    /// What `--track` takes: the letter or number after "Track", else an id from the title.
    pub key: String,
    /// Its name ("6-Month Fast-Track").
    pub title: String,
    /// Its length in weeks, when the heading says it ("(24 Weeks)", "9-Month").
    pub weeks: Option<u32>,
}

/// The tracks of a document, each with its path of child indices from the
/// root; empty unless there are at least two.
pub fn find(root: &Section) -> Vec<(Track, Vec<usize>)> {
    let mut found = Vec::new();
    walk(root, &mut Vec::new(), &mut found);
    if found.len() < 2 {
        found.clear();
    }
    found
}

fn walk(section: &Section, path: &mut Vec<usize>, found: &mut Vec<(Track, Vec<usize>)>) {
    if path.len() > 3 {
        return;
    }
    for (i, child) in section.children.iter().enumerate().take(512) {
        path.push(i);
        match track_of(child.title()) {
            Some(track) => found.push((track, path.clone())),
            None => walk(child, path, found),
        }
        path.pop();
    }
}

/// A track heading: "Track A — ...", or a heading naming a track with its length.
pub fn track_of(title: &str) -> Option<Track> {
    let p = plain(title);
    let words: Vec<&str> = p.split_whitespace().collect();
    let found = when::find(title);
    let weeks = found.duration.map(|d| d.max_weeks());
    if words.first() == Some(&"track") && words.len() >= 2 && words[1].len() <= 2 {
        let key = words[1].to_owned();
        // The name is what follows "Track A" and its dash or colon.
        let after = title
            .char_indices()
            .filter(|(_, c)| matches!(c, '—' | '–' | ':' | '-'))
            .map(|(i, c)| i + c.len_utf8())
            .next()
            .map_or("", |i| &title[i..]);
        let name = after.split('(').next().unwrap_or(after);
        let name = if tidy(name).is_empty() { tidy(title) } else { tidy(name) };
        return Some(Track {
            key,
            title: name,
            weeks,
        });
    }
    if words.contains(&"track") && weeks.is_some() && !words.contains(&"parallel") {
        let name = tidy(title.split('(').next().unwrap_or(title));
        return Some(Track {
            key: slug(&name),
            title: name,
            weeks,
        });
    }
    None
}

/// The track `asked` names: its key, its number (1, 2), or words of its title.
pub fn pick(tracks: &[Track], asked: &str) -> Option<usize> {
    let asked_lower = asked.trim().to_lowercase();
    if let Some(i) = tracks.iter().position(|t| t.key == asked_lower) {
        return Some(i);
    }
    if let Ok(n) = asked_lower.parse::<usize>()
        && (1..=tracks.len()).contains(&n)
    {
        return Some(n - 1);
    }
    let wanted = slug(asked);
    if wanted.is_empty() {
        return None;
    }
    // Whole words only: "c" must not pick "Fast-Track".
    let wanted: Vec<&str> = wanted.split('-').collect();
    tracks.iter().position(|t| {
        let title = slug(&t.title);
        let words: Vec<&str> = title.split('-').collect();
        words.windows(wanted.len()).any(|w| w == wanted.as_slice())
    })
}

/// The document without the tracks other than `keep`.
pub fn only(root: &Section, found: &[(Track, Vec<usize>)], keep: usize) -> Section {
    let mut tree = root.clone();
    // Remove deepest-last paths from the end so earlier indices stay valid.
    let mut drop: Vec<&Vec<usize>> = found
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != keep)
        .map(|(_, (_, p))| p)
        .collect();
    drop.sort();
    for path in drop.into_iter().rev() {
        remove(&mut tree, path);
    }
    tree
}

fn remove(section: &mut Section, path: &[usize]) {
    match path {
        [] => {}
        [last] => {
            if *last < section.children.len() {
                section.children.remove(*last);
            }
        }
        [first, rest @ ..] => {
            if let Some(child) = section.children.get_mut(*first) {
                remove(child, rest);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn track_headings() {
        let a = track_of("Track A — 6-Month Fast-Track (24 Weeks)").unwrap();
        assert_eq!(
            (a.key.as_str(), a.title.as_str(), a.weeks),
            ("a", "6-Month Fast-Track", Some(24))
        );
        assert!(track_of("Optional \"Career Parallel Track\" (Start Week 6)").is_none());
        let tracks = vec![a, track_of("Track B — 9-Month Standard (36 Weeks)").unwrap()];
        assert_eq!(pick(&tracks, "B"), Some(1));
        assert_eq!(pick(&tracks, "9-month"), Some(1));
        assert_eq!(pick(&tracks, "2"), Some(1));
        assert_eq!(pick(&tracks, "c"), None);
    }
}
