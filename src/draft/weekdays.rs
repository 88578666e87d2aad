//! Weekday names and ranges: "Monday", "Tue", "Tuesday–Thursday", "Mon-Fri",
//! "Weekends", "Day 7" (inside a weekly structure).

use super::words::plain;

const NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The weekday (0 = Monday) a word names.
fn day_of(word: &str) -> Option<usize> {
    if word.len() < 3 {
        return None;
    }
    let word = word.trim_end_matches('s');
    NAMES
        .iter()
        .position(|n| *n == word || (word.len() <= 4 && n.starts_with(word) && word.len() >= 3))
}

/// The weekdays a label names, in order; empty when it names none.
pub fn days(label: &str) -> Vec<usize> {
    let p = plain(label);
    let words: Vec<&str> = p.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return Vec::new();
    }
    if words.contains(&"weekdays") {
        return (0..5).collect();
    }
    if words.iter().any(|w| *w == "weekend" || *w == "weekends") {
        return vec![5, 6];
    }
    if let (Some(&"day"), Some(n)) = (words.first(), words.get(1).and_then(|w| w.parse::<usize>().ok())) {
        return if (1..=7).contains(&n) { vec![n - 1] } else { Vec::new() };
    }
    let found: Vec<usize> = words.iter().filter_map(|w| day_of(w)).collect();
    match found.as_slice() {
        [] => Vec::new(),
        // "Tuesday–Thursday" (the dash became a space) but not "Tuesday and Thursday".
        [a, b] if a < b && !words.iter().any(|w| *w == "and" || *w == "or") => (*a..=*b).collect(),
        _ => {
            let mut days = found;
            days.dedup();
            days
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_labels() {
        assert_eq!(days("Monday"), vec![0]);
        assert_eq!(days("Tuesday–Thursday"), vec![1, 2, 3]);
        assert_eq!(days("Mon-Fri"), vec![0, 1, 2, 3, 4]);
        assert_eq!(days("Saturday and Sunday"), vec![5, 6]);
        assert_eq!(days("Weekends"), vec![5, 6]);
        assert_eq!(days("Day 7"), vec![6]);
        assert_eq!(days("Foundations"), Vec::<usize>::new());
    }
}
