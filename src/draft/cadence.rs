//! How often: "every 4 weeks", "weekly", "every Sunday", "every other week",
//! "monthly", and how many: "2 people a week", "1 paper/week".

use super::words::plain;

/// The cadence a text names, in weeks.
pub fn every_weeks(text: &str) -> Option<u32> {
    let p = plain(text);
    let words: Vec<&str> = p.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        if *w == "every" || *w == "each" {
            let next = words.get(i + 1).copied().unwrap_or("");
            let after = words.get(i + 2).copied().unwrap_or("");
            if let Some(n) = count_word(next) {
                return match after {
                    "week" | "weeks" => Some(n),
                    "month" | "months" => Some(n.saturating_mul(4)),
                    "days" | "day" => Some(n.div_ceil(7)),
                    "sprints" | "sprint" | "blocks" | "phases" => None,
                    _ => None,
                };
            }
            match next {
                "week" | "weekend" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday"
                | "sunday" => return Some(1),
                "other" if after == "week" => return Some(2),
                "month" => return Some(4),
                "fortnight" => return Some(2),
                _ => {}
            }
        }
    }
    if [" biweekly ", " bi weekly ", " fortnightly "]
        .iter()
        .any(|x| p.contains(x))
    {
        return Some(2);
    }
    if [
        " weekly ",
        " per week ",
        " a week ",
        " week ",
        " sundays ",
        " on sundays ",
    ]
    .iter()
    .any(|x| p.contains(x) && (x.trim() != "week" || text.contains("/week") || text.contains("/ week")))
    {
        return Some(1);
    }
    if p.contains(" monthly ") || p.contains(" a month ") || p.contains(" per month ") {
        return Some(4);
    }
    None
}

/// A number written as digits or as a word up to twelve.
pub fn count_word(word: &str) -> Option<u32> {
    if let Ok(n) = word.parse::<u32>() {
        return Some(n);
    }
    let words = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ];
    words.iter().position(|&w| w == word).map(|i| i as u32 + 1)
}

/// "Network with 2 people/week": the count per occurrence (2) and the text without it
/// and without the cadence ("Network with people").
pub fn count_and_title(text: &str) -> (u32, String) {
    let mut count = 1;
    let mut words: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
    let cadence_tail = |w: &str| w.contains("/week") || w.contains("/month");
    // "2 people/week", "2 people a week", "2 people per week"
    for i in 0..words.len() {
        let Some(n) = count_word(&words[i]) else { continue };
        let noun = words.get(i + 1).cloned().unwrap_or_default();
        let after = words.get(i + 2).map(|w| w.to_lowercase()).unwrap_or_default();
        let per_week = cadence_tail(&noun) || after == "a" || after == "per" || after == "each";
        if per_week && n > 1 {
            count = n;
            words.remove(i);
            break;
        }
    }
    let joined = words.join(" ");
    let title = strip_cadence(&joined);
    (count, title)
}

/// Removes the cadence phrase from a task title.
fn strip_cadence(text: &str) -> String {
    let mut out = text.replace("/week", "").replace("/ week", "").replace("/month", "");
    for phrase in [
        " every other week",
        " every week",
        " each week",
        " per week",
        " a week",
        " weekly",
        " every month",
        " monthly",
        " biweekly",
        " bi-weekly",
        " fortnightly",
    ] {
        if let Some(at) = out.to_lowercase().find(phrase) {
            out.replace_range(at..at + phrase.len(), "");
        }
    }
    // "every 2 weeks"
    let lower = out.to_lowercase();
    if let Some(at) = lower.find(" every ") {
        let rest: Vec<&str> = lower[at + 7..].splitn(3, ' ').collect();
        if rest.len() >= 2 && count_word(rest[0]).is_some() && rest[1].starts_with("week") {
            let end = at + 7 + rest[0].len() + 1 + rest[1].len();
            out.replace_range(at..end.min(out.len()), "");
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`count_word`] for text in any case.
pub fn count_word_any(word: &str) -> Option<u32> {
    count_word(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cadences() {
        assert_eq!(every_weeks("Every 4 weeks, answer:"), Some(4));
        assert_eq!(every_weeks("Update LinkedIn weekly"), Some(1));
        assert_eq!(every_weeks("Post 1 project update every 2 weeks"), Some(2));
        assert_eq!(every_weeks("Network with 2 people/week"), Some(1));
        assert_eq!(every_weeks("every Sunday evening"), Some(1));
        assert_eq!(every_weeks("monthly retro"), Some(4));
        assert_eq!(every_weeks("Track jobs to learn requirements early"), None);
    }

    #[test]
    fn counts_and_titles() {
        assert_eq!(
            count_and_title("Network with 2 people/week (meetups)"),
            (2, "Network with people (meetups)".to_owned())
        );
        assert_eq!(
            count_and_title("Post 1 project update every 2 weeks"),
            (1, "Post 1 project update".to_owned())
        );
        assert_eq!(
            count_and_title("Update LinkedIn weekly"),
            (1, "Update LinkedIn".to_owned())
        );
    }
}
