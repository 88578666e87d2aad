//! The daily budget and its split, from the sentences roadmaps use:
//! "1.5–2 hours a day", "(If You Have 2 Hours)", "30/60/30", "30m: learning
//! (video/book)", "20 min theory · 30 min hands-on · 10 min notes".

use super::words::{capitalise, tidy};

/// An amount of time in one piece of text, in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount {
    /// Lower end (equal to `max` unless a range was written).
    pub min: u32,
    /// Upper end.
    pub max: u32,
    /// Byte range in the text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
}

/// One block of a daily split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitBlock {
    /// Display name (`Learning`).
    pub name: String,
    /// What to do in it, from a parenthesis (`video/book`).
    pub hint: Option<String>,
    /// Minutes, or a share when `ratio` is set on the split.
    pub amount: u32,
}

/// Reads a number with an optional decimal part at `i`; returns tenths and the end.
fn number_at(bytes: &[u8], i: usize) -> Option<(u32, usize)> {
    let mut end = i;
    let mut value: u32 = 0;
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        value = value.saturating_mul(10).saturating_add(u32::from(bytes[end] - b'0'));
        end += 1;
    }
    if end == i {
        return None;
    }
    let mut tenths = value.saturating_mul(10);
    if end + 1 < bytes.len() && (bytes[end] == b'.' || bytes[end] == b',') && bytes[end + 1].is_ascii_digit() {
        tenths = tenths.saturating_add(u32::from(bytes[end + 1] - b'0'));
        end += 2;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
    }
    Some((tenths, end))
}

/// Skips spaces and range dashes; returns the index after them and whether a dash was seen.
fn skip_range_sep(text: &str, mut i: usize) -> (usize, bool) {
    let mut dash = false;
    while let Some(c) = text[i..].chars().next() {
        match c {
            ' ' => {}
            '-' | '–' | '—' => dash = true,
            _ if text[i..].starts_with("to ") => {
                dash = true;
                i += 2;
                continue;
            }
            _ => break,
        }
        i += c.len_utf8();
    }
    (i, dash)
}

/// Minutes a unit word stands for, and its length, when `text[i..]` starts with one.
fn unit_at(text: &str, i: usize) -> Option<(u32, usize)> {
    let rest = &text[i..];
    let word_len = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
    let word = rest[..word_len].to_ascii_lowercase();
    let minutes = match word.as_str() {
        "h" | "hr" | "hrs" | "hour" | "hours" => 60,
        "m" | "min" | "mins" | "minute" | "minutes" => 1,
        _ => return None,
    };
    Some((minutes, word_len))
}

/// Every amount of time in the text ("2 hours", "1.5–2 hours", "30m", "1h30").
pub fn amounts(text: &str) -> Vec<Amount> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts_number = bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
        if !starts_number {
            i += 1;
            continue;
        }
        let Some((first, after_first)) = number_at(bytes, i) else {
            i += 1;
            continue;
        };
        let (mut at, dash) = skip_range_sep(text, after_first);
        let mut second = first;
        if dash {
            if let Some((value, after)) = number_at(bytes, at) {
                second = value;
                at = after;
            } else {
                at = after_first;
            }
        } else {
            at = after_first;
        }
        while at < bytes.len() && bytes[at] == b' ' {
            at += 1;
        }
        match unit_at(text, at) {
            Some((per, len)) => {
                let mut end = at + len;
                let mut extra = 0;
                // "1h30"
                if per == 60
                    && let Some((mins, after)) = number_at(bytes, end)
                {
                    extra = mins / 10;
                    end = after;
                    if let Some((_, l)) = unit_at(text, end).filter(|(p, _)| *p == 1) {
                        end += l;
                    }
                }
                let to_minutes = |tenths: u32| tenths.saturating_mul(per) / 10;
                found.push(Amount {
                    min: to_minutes(first.min(second)).saturating_add(extra),
                    max: to_minutes(first.max(second)).saturating_add(extra),
                    start: i,
                    end,
                });
                i = end;
            }
            None => i = at.max(i + 1),
        }
    }
    found
}

/// Phrases that make an amount a daily budget.
const PER_DAY: &[&str] = &[
    "a day",
    "per day",
    "/day",
    "daily",
    "each day",
    "every day",
    "/ day",
    "a night",
    "per weekday",
];

/// The daily budget a sentence gives ("~1.5–2 hours per day"): (min, max) minutes.
/// With `context` (a heading about the daily split), any amount counts.
pub fn daily_budget(text: &str, context: bool) -> Option<(u32, u32)> {
    let lower = text.to_lowercase();
    amounts(text).into_iter().find_map(|a| {
        let after = lower.get(a.end..).unwrap_or("");
        let before = lower.get(..a.start).unwrap_or("");
        let per_day = PER_DAY
            .iter()
            .any(|p| after.trim_start().starts_with(p.trim_start_matches(' ')) || after.starts_with(p))
            || before.trim_end().ends_with("daily")
            || before.contains("time commitment")
            || before.contains("daily budget");
        (per_day || context)
            .then_some((a.min, a.max))
            .filter(|&(_, max)| (5..=1440).contains(&max))
    })
}

/// A block from text holding one amount and a name: "30m: learning (video/book)",
/// "20 min theory", "Build: 60 min".
pub fn block_of(text: &str) -> Option<SplitBlock> {
    let found = amounts(text);
    let [amount] = found.as_slice() else { return None };
    let mut name_part = format!("{} {}", &text[..amount.start], &text[amount.end..]);
    let mut hint = None;
    if let (Some(open), Some(close)) = (name_part.find('('), name_part.rfind(')'))
        && open < close
    {
        hint = Some(name_part[open + 1..close].trim().to_owned()).filter(|h| !h.is_empty());
        name_part.replace_range(open..=close, " ");
    }
    let name = capitalise(&tidy(&name_part));
    (!name.is_empty() && name.split_whitespace().count() <= 5 && amount.max > 0).then_some(SplitBlock {
        name,
        hint,
        amount: amount.max,
    })
}

/// A split written on one line: "20 min theory · 30 min hands-on · 10 min notes".
pub fn inline_split(text: &str) -> Option<Vec<SplitBlock>> {
    let parts: Vec<&str> = text.split(['·', '•', '|', ';', ',', '+']).collect();
    if parts.len() < 2 {
        return None;
    }
    let blocks: Vec<SplitBlock> = parts.iter().filter_map(|p| block_of(p)).collect();
    (blocks.len() >= 2 && blocks.len() == parts.iter().filter(|p| !p.trim().is_empty()).count()).then_some(blocks)
}

/// A ratio such as "30/60/30" (with names when they follow: "30/60/30 learn/build/polish").
/// Returns the shares and any names.
pub fn ratio(text: &str) -> Option<(Vec<u32>, Vec<String>)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b'/') {
            let mut parts = Vec::new();
            let mut at = i;
            while let Some((tenths, after)) = number_at(bytes, at) {
                parts.push(tenths / 10);
                if after < bytes.len() && bytes[after] == b'/' {
                    at = after + 1;
                } else {
                    at = after;
                    break;
                }
            }
            // A date such as 1/2/2026 is not a split.
            if parts.len() >= 2
                && parts.len() <= 6
                && parts.iter().all(|&p| (1..=600).contains(&p))
                && !text[at..].starts_with('/')
            {
                let names = ratio_names(&text[at..], parts.len());
                return Some((parts, names));
            }
            i = at.max(i + 1);
        } else {
            i += 1;
        }
    }
    None
}

/// Names written after a ratio as `a/b/c`, if there are exactly `count`.
fn ratio_names(rest: &str, count: usize) -> Vec<String> {
    let candidate = rest
        .trim_start_matches(|c: char| c.is_whitespace() || "(:-–—".contains(c))
        .trim_start_matches("min ")
        .trim_start_matches("minutes ")
        .trim_start_matches("split ");
    let word_end = candidate
        .find(|c: char| c.is_whitespace() || c == ')' || c == ',' || c == '.')
        .unwrap_or(candidate.len());
    let names: Vec<String> = candidate[..word_end].split('/').map(|n| capitalise(n.trim())).collect();
    if names.len() == count
        && names
            .iter()
            .all(|n| !n.is_empty() && n.chars().all(|c| c.is_alphanumeric() || c == '-'))
    {
        names
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budgets_from_sentences() {
        assert_eq!(
            daily_budget("**Time commitment:** ~1.5–2 hours per day", false),
            Some((90, 120))
        );
        assert_eq!(
            daily_budget("Recommended Daily Split (If You Have 2 Hours)", true),
            Some((120, 120))
        );
        assert_eq!(daily_budget("I study 45 min a day", false), Some((45, 45)));
        assert_eq!(daily_budget("Each project takes 2 hours", false), None);
    }

    #[test]
    fn splits_from_lists_lines_and_ratios() {
        let block = block_of("30m: learning (video/book)").unwrap();
        assert_eq!(
            (block.name.as_str(), block.hint.as_deref(), block.amount),
            ("Learning", Some("video/book"), 30)
        );
        let blocks = inline_split("20 min theory · 30 min hands-on · 10 min notes").unwrap();
        assert_eq!(blocks.iter().map(|b| b.amount).collect::<Vec<_>>(), vec![20, 30, 10]);
        assert_eq!(ratio("a 30/60/30 split"), Some((vec![30, 60, 30], vec![])));
        let (_, names) = ratio("30/60/30 learn/build/polish").unwrap();
        assert_eq!(names, vec!["Learn", "Build", "Polish"]);
        assert_eq!(ratio("on 1/2/2026"), None);
    }
}
