//! Stable ids from titles: lowercase ASCII, dashes, unique in the file.
//!
//! The same title always gives the same id, so a learner who edits the
//! Markdown and drafts again keeps their progress on every item whose title
//! did not change. Long titles are cut at a word boundary, so editing the end
//! of a long deliverable keeps its id too.

use std::collections::{HashMap, HashSet};

/// Longest id made from a title; the format allows 64, the rest leaves room for a `-2`.
const MAX_SLUG: usize = 40;

/// The ids given out so far in one roadmap.
#[derive(Debug, Default, Clone)]
pub struct Ids {
    taken: HashSet<String>,
    /// The next suffix to try for each base: a thousand "Week 3"s cost a thousand tries, not half a million.
    next: HashMap<String, u32>,
}

impl Ids {
    /// A new id from `title`, or from `fallback` when the title has no ASCII letters or digits.
    pub fn make(&mut self, title: &str, fallback: &str) -> String {
        let mut base = slug(title);
        if base.is_empty() {
            base = slug(fallback);
        }
        if base.is_empty() {
            base = "item".to_owned();
        }
        let mut id = base.clone();
        let n = self.next.entry(base.clone()).or_insert(2);
        while !self.taken.insert(id.clone()) {
            id = format!("{base}-{n}");
            *n += 1;
        }
        id
    }
}

/// Lowercase ASCII letters and digits joined by single dashes, at most [`MAX_SLUG`] bytes.
pub fn slug(title: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in title.chars() {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            current.push(c.to_ascii_lowercase());
        } else if c != '\'' && c != '’' && !current.is_empty() {
            // Apostrophes join ("you'll" is "youll"); everything else separates.
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    let mut out = String::new();
    for word in words {
        let extra = word.len() + usize::from(!out.is_empty());
        if out.len() + extra > MAX_SLUG {
            if out.is_empty() {
                out.push_str(&word[..MAX_SLUG]);
            }
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word);
    }
    out
}

/// The plain letter of a common accented Latin letter (é is e), so French or
/// German titles keep readable ids.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_dashed_and_unique() {
        let mut ids = Ids::default();
        assert_eq!(
            ids.make("Weeks 1–4: Foundations Sprint", "phase"),
            "weeks-1-4-foundations-sprint"
        );
        assert_eq!(ids.make("What you'll learn", "x"), "what-youll-learn");
        assert_eq!(ids.make("Café", "x"), "cafe");
        assert_eq!(ids.make("Café", "x"), "cafe-2");
        assert_eq!(ids.make("🚀", "phase 3"), "phase-3");
        let long = ids.make(
            "End-to-end ML pipeline in Databricks with ingestion, feature engineering",
            "x",
        );
        assert_eq!(long, "end-to-end-ml-pipeline-in-databricks");
    }
}
