//! Small text helpers over one heading's or item's text: tidy a title, split
//! "Label: value", split a comma list outside parentheses.

/// Trims decoration roadmaps put around titles: emoji, bullets, `#`, dashes,
/// colons and leading numbering such as `01.` is kept (it is part of the title).
pub fn tidy(text: &str) -> String {
    let trimmed = text.trim_matches(|c: char| {
        !(c.is_alphanumeric() || "([\"'`*_".contains(c) || c == ')' || c == '?' || c == '!' || c == '.')
    });
    let trimmed = trimmed.trim_end_matches([':', ' ']);
    let trimmed = trimmed.trim_start_matches(['.', ')']).trim();
    trimmed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits "Label: value" when the label is short (at most five words) and
/// ends at the first colon; returns the label without its colon.
pub fn split_label(text: &str) -> Option<(String, String)> {
    let colon = text.find(':')?;
    let (label, value) = (&text[..colon], &text[colon + 1..]);
    let label = tidy(label);
    // A colon inside a URL or a time (10:30) is not a label.
    if label.is_empty() || label.split_whitespace().count() > 5 || value.starts_with("//") {
        return None;
    }
    if label.chars().last().is_some_and(|c| c.is_ascii_digit())
        && value.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return None;
    }
    Some((label, value.trim().to_owned()))
}

/// Splits a list written in one line ("FastAPI, Docker (Ops), CI/CD") at commas
/// and semicolons outside parentheses; a trailing period goes.
pub fn split_list(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        if (c == ',' || c == ';') && depth <= 0 {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    parts
        .into_iter()
        .map(|p| p.trim().trim_end_matches('.').trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Lowercase text with only letters, digits and single spaces, for keyword tests.
pub fn plain(text: &str) -> String {
    let mapped: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect();
    format!(" {} ", mapped.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// True when the plain form of `text` holds any of the words or phrases.
pub fn mentions(text: &str, phrases: &[&str]) -> bool {
    let plain = plain(text);
    phrases.iter().any(|p| has_phrase(&plain, p))
}

/// True when `plain` (the output of [`plain`]) holds `phrase` as whole words.
/// No allocation: this runs for every heading and label of a file.
pub fn has_phrase(plain: &str, phrase: &str) -> bool {
    let bytes = plain.as_bytes();
    plain.match_indices(phrase).any(|(at, _)| {
        let end = at + phrase.len();
        at > 0 && bytes[at - 1] == b' ' && bytes.get(end) == Some(&b' ')
    })
}

/// Upper-cases the first letter.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Cuts text to at most `max` characters, ending with `…` when cut.
pub fn cap(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_lists_and_titles() {
        assert_eq!(
            split_label("Learning: A, B"),
            Some(("Learning".to_owned(), "A, B".to_owned()))
        );
        assert_eq!(split_label("see https://x.org"), None);
        assert_eq!(split_label("At 10:30 we meet"), None);
        assert_eq!(
            split_list("FastAPI, Docker (Ops, infra), CI/CD."),
            vec!["FastAPI", "Docker (Ops, infra)", "CI/CD"]
        );
        assert_eq!(tidy("🚀 — 03 — Learning Roadmap:"), "03 — Learning Roadmap");
        assert!(mentions("Weekly Structure (Use Every Week)", &["weekly structure"]));
    }
}
