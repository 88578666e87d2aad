//! Time as roadmaps write it, found in a heading's or an item's text: "Week 3",
//! "Weeks 1–4", "Block 1 (Weeks 1-4)", "Sprint 2", "Month 2", "February 2026",
//! "Feb – Aug 2026", "Q3", "Q1 2026", "Phase 1", "Day 1–7", "2026-03-02 to
//! 2026-03-29", and efforts such as "~2 weeks" or "(24 Weeks)".
//!
//! A small tokenizer over the text (words, numbers, punctuation with their
//! byte ranges) instead of regular expressions: each pattern is a few token
//! comparisons, and the whole scan is linear in the text.

use chrono::NaiveDate;

/// A point or stretch of time the text names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Weeks, inclusive, counted from 1.
    Weeks(u32, u32),
    /// Days, inclusive, counted from 1.
    Days(u32, u32),
    /// Months counted from the start ("Month 2"), inclusive.
    Months(u32, u32),
    /// Calendar months, inclusive; the year when the text gives one.
    Calendar {
        /// First month.
        from: YearMonth,
        /// Last month.
        to: YearMonth,
    },
    /// A quarter, 1 to 4, with its year when given.
    Quarter {
        /// 1 to 4.
        quarter: u32,
        /// The year, when given.
        year: Option<i32>,
    },
    /// A date range.
    Dates(NaiveDate, NaiveDate),
}

/// A month, and its year when the text gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearMonth {
    /// The year, if written.
    pub year: Option<i32>,
    /// 1 to 12.
    pub month: u32,
}

/// How long something takes ("~2 weeks", "1-2 days", "(24 Weeks)").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duration {
    /// Lower estimate.
    pub min: u32,
    /// Upper estimate.
    pub max: u32,
    /// Unit of both.
    pub unit: Unit,
}

/// A unit of effort.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Days.
    Days,
    /// Weeks.
    Weeks,
    /// Months.
    Months,
}

impl Duration {
    /// The upper estimate in whole weeks (a month counts 4, days round up), at least 1.
    pub fn max_weeks(&self) -> u32 {
        match self.unit {
            Unit::Days => self.max.div_ceil(7),
            Unit::Weeks => self.max,
            Unit::Months => self.max.saturating_mul(4),
        }
        .max(1)
    }
}

/// Everything about time found in one piece of text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// The first time expression.
    pub when: Option<When>,
    /// Byte range of `when` in the text, to cut it out of a title.
    pub when_range: Option<(usize, usize)>,
    /// A level word with a number ("Sprint 2" is `("sprint", 2)`).
    pub ordinal: Option<(&'static str, u32)>,
    /// An effort ("~2 weeks").
    pub duration: Option<Duration>,
    /// Byte range of `duration`.
    pub duration_range: Option<(usize, usize)>,
    /// A year written on its own (2026).
    pub year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok<'a> {
    Word(&'a str),
    Num(u32),
    /// A decimal such as 1.5, in tenths.
    Decimal(u32),
    Date(NaiveDate),
    Punct(char),
}

#[derive(Debug, Clone)]
struct Token<'a> {
    tok: Tok<'a>,
    start: usize,
    end: usize,
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            tokens.push(Token {
                tok: Tok::Word(&text[start..end]),
                start,
                end,
            });
        } else if c.is_ascii_digit() {
            let mut end = start + 1;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            // 2026-03-02 as one date token.
            if end - start == 4
                && bytes.len() >= start + 10
                && bytes[start + 4] == b'-'
                && bytes[start + 7] == b'-'
                && let Some(date) = text
                    .get(start..start + 10)
                    .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
            {
                tokens.push(Token {
                    tok: Tok::Date(date),
                    start,
                    end: start + 10,
                });
                skip_to(&mut chars, start + 10);
                continue;
            }
            let digits = &text[start..end];
            // 1.5 hours
            if end + 1 < bytes.len() && bytes[end] == b'.' && bytes[end + 1].is_ascii_digit() {
                let tenth = u32::from(bytes[end + 1] - b'0');
                let mut stop = end + 2;
                while stop < bytes.len() && bytes[stop].is_ascii_digit() {
                    stop += 1;
                }
                let whole: u32 = digits.parse().unwrap_or(u32::MAX / 20);
                tokens.push(Token {
                    tok: Tok::Decimal(whole.saturating_mul(10).saturating_add(tenth)),
                    start,
                    end: stop,
                });
                skip_to(&mut chars, stop);
                continue;
            }
            tokens.push(Token {
                tok: Tok::Num(digits.parse().unwrap_or(u32::MAX)),
                start,
                end,
            });
            skip_to(&mut chars, end);
        } else if !c.is_whitespace() {
            tokens.push(Token {
                tok: Tok::Punct(c),
                start,
                end: start + c.len_utf8(),
            });
        }
    }
    tokens
}

fn skip_to(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>, offset: usize) {
    while chars.peek().is_some_and(|&(i, _)| i < offset) {
        chars.next();
    }
}

/// A number written as digits or as a word up to twelve.
fn number(tok: &Tok<'_>) -> Option<u32> {
    match tok {
        Tok::Num(n) => Some(*n),
        Tok::Word(w) => {
            let words = [
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            ];
            let lower = w.to_ascii_lowercase();
            words.iter().position(|&x| x == lower).map(|i| i as u32 + 1)
        }
        _ => None,
    }
}

fn is_range_sep(tok: &Tok<'_>) -> bool {
    match tok {
        Tok::Punct(c) => matches!(c, '-' | '–' | '—' | '−' | '~'),
        Tok::Word(w) => matches!(
            w.to_ascii_lowercase().as_str(),
            "to" | "through" | "thru" | "until" | "till"
        ),
        _ => false,
    }
}

/// The month a word names (capitalised, as names are), 1 to 12.
pub fn month_of(word: &str) -> Option<u32> {
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let lower = word.to_lowercase();
    let names = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    names
        .iter()
        // Full names and the usual abbreviations (Feb, Sept); not any prefix ("Marc" is a name).
        .position(|&n| {
            n == lower || (lower.len() == 3 && n.starts_with(&lower)) || (lower == "sept" && n == "september")
        })
        .map(|i| i as u32 + 1)
}

/// Level words that number a stretch of a roadmap.
const LEVELS: &[&str] = &[
    "sprint",
    "phase",
    "block",
    "stage",
    "module",
    "unit",
    "part",
    "step",
    "level",
    "chapter",
    "lesson",
    "milestone",
    "quarter",
    "semester",
    "term",
    "cycle",
    "iteration",
    "track",
];

fn level_word(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    LEVELS.iter().copied().find(|&l| l == lower)
}

fn unit_word(word: &str) -> Option<Unit> {
    match word.to_lowercase().as_str() {
        "day" | "days" | "d" => Some(Unit::Days),
        "week" | "weeks" | "wk" | "wks" | "w" => Some(Unit::Weeks),
        "month" | "months" | "mo" | "mos" => Some(Unit::Months),
        _ => None,
    }
}

fn year_of(tok: &Tok<'_>) -> Option<i32> {
    match tok {
        Tok::Num(n) if (1990..=2100).contains(n) => Some(*n as i32),
        _ => None,
    }
}

/// Reads `N` or `N sep M` from `i`; returns the pair and the index after it.
fn range_at(tokens: &[Token<'_>], i: usize) -> Option<(u32, u32, usize)> {
    let first = number(&tokens.get(i)?.tok)?;
    if let (Some(sep), Some(next)) = (tokens.get(i + 1), tokens.get(i + 2))
        && is_range_sep(&sep.tok)
        && let Some(second) = number(&next.tok)
    {
        return Some((first, second, i + 3));
    }
    Some((first, first, i + 1))
}

/// Finds the time expressions in `text`.
pub fn find(text: &str) -> Found {
    let tokens = tokenize(text);
    let mut found = Found::default();
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let mut next = i + 1;
        match &token.tok {
            Tok::Word(word) => {
                let lower = word.to_lowercase();
                if let Some(unit) = unit_word(word).filter(|_| lower.len() > 2) {
                    if let Some((a, b, after)) = range_at(&tokens, i + 1)
                        && a >= 1
                        && a <= b
                    {
                        let when = match unit {
                            Unit::Weeks => When::Weeks(a, b),
                            Unit::Days => When::Days(a, b),
                            Unit::Months => When::Months(a, b),
                        };
                        set_when(&mut found, when, token.start, tokens[after - 1].end);
                        next = after;
                    }
                } else if (lower == "q" || lower == "quarter") && i + 1 < tokens.len() {
                    // "Q1" is a word and a number with no space between; "Quarter 2" has one.
                    let adjacent = lower == "quarter" || tokens[i + 1].start == token.end;
                    if let Some(q) = number(&tokens[i + 1].tok).filter(|q| (1..=4).contains(q) && adjacent) {
                        let year = tokens.get(i + 2).and_then(|t| year_of(&t.tok));
                        let end = if year.is_some() {
                            tokens[i + 2].end
                        } else {
                            tokens[i + 1].end
                        };
                        set_when(&mut found, When::Quarter { quarter: q, year }, token.start, end);
                        found.ordinal.get_or_insert(("quarter", q));
                        next = if year.is_some() { i + 3 } else { i + 2 };
                    }
                } else if let Some(month) = month_of(word) {
                    let (from, after) = year_month(&tokens, i, month);
                    let mut to = from;
                    let mut end = tokens[after - 1].end;
                    next = after;
                    if let (Some(sep), Some(Tok::Word(w2))) = (tokens.get(after), tokens.get(after + 1).map(|t| &t.tok))
                        && let Some(m2) = month_of(w2).filter(|_| is_range_sep(&sep.tok))
                    {
                        let (second, after2) = year_month(&tokens, after + 1, m2);
                        to = second;
                        end = tokens[after2 - 1].end;
                        next = after2;
                    }
                    // "Feb – Aug 2026": the year written once applies to both ends.
                    let from = YearMonth {
                        year: from
                            .year
                            .or(to.year.map(|y| if from.month > to.month { y - 1 } else { y })),
                        month: from.month,
                    };
                    // A lone "May" or "March" without a year in running text is too often a word.
                    if from.year.is_some() || to.month != from.month || token.start == 0 || word.len() > 5 {
                        set_when(&mut found, When::Calendar { from, to }, token.start, end);
                    }
                } else if let Some(level) = level_word(word)
                    && let Some(n) = tokens.get(i + 1).and_then(|t| number(&t.tok))
                {
                    found.ordinal.get_or_insert((level, n));
                    next = i + 2;
                }
            }
            Tok::Date(date) => {
                let mut to = *date;
                let mut end = token.end;
                if let (
                    Some(sep),
                    Some(Token {
                        tok: Tok::Date(second),
                        end: e,
                        ..
                    }),
                ) = (tokens.get(i + 1), tokens.get(i + 2))
                    && is_range_sep(&sep.tok)
                    && second >= date
                {
                    to = *second;
                    end = *e;
                    next = i + 3;
                }
                set_when(&mut found, When::Dates(*date, to), token.start, end);
            }
            Tok::Num(_) | Tok::Decimal(_) => {
                if let Some(year) = year_of(&token.tok) {
                    found.year.get_or_insert(year);
                }
                if let Some((duration, after)) = duration_at(&tokens, i) {
                    if found.duration.is_none() {
                        let start = if i > 0 && matches!(tokens[i - 1].tok, Tok::Punct('~' | '≈')) {
                            tokens[i - 1].start
                        } else {
                            token.start
                        };
                        found.duration = Some(duration);
                        found.duration_range = Some((start, tokens[after - 1].end));
                    }
                    next = after;
                }
            }
            Tok::Punct(_) => {}
        }
        i = next.max(i + 1);
    }
    found
}

fn set_when(found: &mut Found, when: When, start: usize, end: usize) {
    if found.when.is_none() {
        found.when = Some(when);
        found.when_range = Some((start, end));
    }
}

fn year_month(tokens: &[Token<'_>], i: usize, month: u32) -> (YearMonth, usize) {
    match tokens.get(i + 1).and_then(|t| year_of(&t.tok)) {
        Some(year) => (
            YearMonth {
                year: Some(year),
                month,
            },
            i + 2,
        ),
        None => (YearMonth { year: None, month }, i + 1),
    }
}

/// "2 weeks", "1-2 days", "6-Month", "3 months" starting at token `i` (a number).
fn duration_at(tokens: &[Token<'_>], i: usize) -> Option<(Duration, usize)> {
    let (min, max, after) = range_at(tokens, i)?;
    // "6-Month": a dash between the number and the unit.
    let mut at = after;
    if matches!(tokens.get(at).map(|t| &t.tok), Some(Tok::Punct('-'))) {
        at += 1;
    }
    let Tok::Word(word) = &tokens.get(at)?.tok else {
        return None;
    };
    let unit = unit_word(word).filter(|_| word.len() > 2 || word.eq_ignore_ascii_case("d"))?;
    (min >= 1 && min <= max).then_some((Duration { min, max, unit }, at + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_sprints_and_blocks() {
        assert_eq!(find("Weeks 1–4: Foundations Sprint").when, Some(When::Weeks(1, 4)));
        let block = find("Block 1: The Forge (Weeks 1-4)");
        assert_eq!(block.when, Some(When::Weeks(1, 4)));
        assert_eq!(block.ordinal, Some(("block", 1)));
        assert_eq!(find("Sprint 2").ordinal, Some(("sprint", 2)));
        assert_eq!(find("Week three: trees").when, Some(When::Weeks(3, 3)));
        assert_eq!(find("Day 1–7").when, Some(When::Days(1, 7)));
        assert_eq!(find("Month 2 — Models").when, Some(When::Months(2, 2)));
    }

    #[test]
    fn calendar_months_quarters_and_dates() {
        let feb = YearMonth {
            year: Some(2026),
            month: 2,
        };
        assert_eq!(
            find("February 2026 — ML").when,
            Some(When::Calendar { from: feb, to: feb })
        );
        let aug = YearMonth {
            year: Some(2026),
            month: 8,
        };
        assert_eq!(
            find("Roadmap (Feb 2026 – Aug 2026)").when,
            Some(When::Calendar { from: feb, to: aug })
        );
        assert_eq!(
            find("Roadmap (Feb – Aug 2026)").when,
            Some(When::Calendar { from: feb, to: aug })
        );
        assert_eq!(
            find("Q1 2026").when,
            Some(When::Quarter {
                quarter: 1,
                year: Some(2026)
            })
        );
        assert_eq!(
            find("Q3  Productionization").when,
            Some(When::Quarter { quarter: 3, year: None })
        );
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let dates = find("2026-03-02 to 2026-03-29").when;
        assert_eq!(
            dates,
            d("2026-03-02").zip(d("2026-03-29")).map(|(a, b)| When::Dates(a, b))
        );
        assert_eq!(find("we may start").when, None);
    }

    #[test]
    fn efforts() {
        let d = find("Python basics (~2 weeks)").duration;
        assert_eq!(
            d,
            Some(Duration {
                min: 2,
                max: 2,
                unit: Unit::Weeks
            })
        );
        assert_eq!(find("~1–2 days").duration.map(|d| d.max_weeks()), Some(1));
        assert_eq!(find("6-Month Fast-Track").duration.map(|d| d.max_weeks()), Some(24));
        assert_eq!(find("Track A (24 Weeks)").duration.map(|d| d.max_weeks()), Some(24));
    }
}
