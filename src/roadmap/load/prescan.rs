//! A cheap single pass over roadmap text that refuses what would make the
//! parser slow or deep: brackets nested past [`MAX_NESTING`] and more than
//! [`MAX_ITEMS`] tables. It knows just enough TOML to skip strings and
//! comments, so a `[` inside a title does not count.

/// Deepest nesting of `[` and `{` accepted; real roadmaps need three or four.
pub const MAX_NESTING: usize = 64;

/// Most tables (items) accepted in one file; the largest bundled roadmap has a few hundred.
pub const MAX_ITEMS: usize = 20_000;

/// Why the text was refused, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// Byte offset of the bracket that went over a limit.
    pub offset: usize,
    /// What was found and what is accepted.
    pub message: String,
}

/// Where the scanner is: ordinary TOML, or inside something whose brackets do not count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Normal,
    Comment,
    Basic,
    Literal,
    MultiBasic,
    MultiLiteral,
}

/// Refuses text nested deeper than [`MAX_NESTING`] or holding more than [`MAX_ITEMS`] tables.
pub fn check(text: &str) -> Result<(), Refusal> {
    let bytes = text.as_bytes();
    let mut state = State::Normal;
    let mut depth = 0usize;
    let mut tables = 0usize;
    // True from a newline until the first non-blank byte: a `[` there opens a table header.
    let mut line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let rest = &bytes[i..];
        match state {
            State::Normal => {
                match b {
                    b'#' => state = State::Comment,
                    b'"' if rest.starts_with(b"\"\"\"") => {
                        state = State::MultiBasic;
                        i += 2;
                    }
                    b'"' => state = State::Basic,
                    b'\'' if rest.starts_with(b"'''") => {
                        state = State::MultiLiteral;
                        i += 2;
                    }
                    b'\'' => state = State::Literal,
                    b'[' | b'{' => {
                        if b == b'{' || (depth == 0 && line_start) {
                            tables += 1;
                            if tables > MAX_ITEMS {
                                return Err(Refusal {
                                    offset: i,
                                    message: format!(
                                        "too many items: more than {MAX_ITEMS} tables; a roadmap may hold at most \
                                         {MAX_ITEMS} items (phases, weeks, tasks, projects...)"
                                    ),
                                });
                            }
                        }
                        depth += 1;
                        if depth > MAX_NESTING {
                            return Err(Refusal {
                                offset: i,
                                message: format!(
                                    "nesting too deep: more than {MAX_NESTING} levels of `[` and `{{`; \
                                     expected at most {MAX_NESTING} (a roadmap needs three or four)"
                                ),
                            });
                        }
                    }
                    b']' | b'}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                if b == b'\n' {
                    line_start = true;
                } else if b != b' ' && b != b'\t' && b != b'\r' {
                    line_start = false;
                }
            }
            State::Comment => {
                if b == b'\n' {
                    state = State::Normal;
                    line_start = true;
                }
            }
            State::Basic => match b {
                b'\\' => i += 1,
                b'"' => state = State::Normal,
                // An unterminated string is the parser's error to report; keep scanning.
                b'\n' => {
                    state = State::Normal;
                    line_start = true;
                }
                _ => {}
            },
            State::Literal => match b {
                b'\'' => state = State::Normal,
                b'\n' => {
                    state = State::Normal;
                    line_start = true;
                }
                _ => {}
            },
            State::MultiBasic => match b {
                b'\\' => i += 1,
                b'"' if rest.starts_with(b"\"\"\"") => {
                    state = State::Normal;
                    i += 2;
                }
                _ => {}
            },
            State::MultiLiteral => {
                if rest.starts_with(b"'''") {
                    state = State::Normal;
                    i += 2;
                }
            }
        }
        i += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_inside_strings_and_comments_do_not_count() {
        let deep = "[".repeat(MAX_NESTING + 5);
        let text = format!("a = \"{deep}\"\nb = '{deep}'\nc = \"\"\"{deep}\"\"\"\n# {deep}\nd = '''{deep}'''\n");
        assert_eq!(check(&text), Ok(()));
    }

    #[test]
    fn nesting_past_the_limit_is_refused_at_the_bracket() {
        let ok = format!("a = {}{}", "[".repeat(MAX_NESTING), "]".repeat(MAX_NESTING));
        assert_eq!(check(&ok), Ok(()));
        let deep = format!("a = {}", "[".repeat(MAX_NESTING + 1));
        let Err(refusal) = check(&deep) else {
            panic!("{} nested brackets were accepted", MAX_NESTING + 1)
        };
        assert_eq!(refusal.offset, 4 + MAX_NESTING);
        assert!(refusal.message.contains("nesting too deep"), "{}", refusal.message);
    }

    #[test]
    fn table_headers_and_inline_tables_count_as_items_but_arrays_do_not() {
        let headers = "[[phases]]\n".repeat(MAX_ITEMS);
        assert_eq!(check(&headers), Ok(()));
        assert!(check(&format!("{headers}x = {{}}\n")).is_err());
        let arrays = "a = [1]\n".repeat(MAX_ITEMS + 1);
        assert_eq!(check(&arrays), Ok(()));
    }
}
