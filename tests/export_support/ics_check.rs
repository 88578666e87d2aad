//! A strict, independent RFC 5545 reader for the tests: it checks what
//! calendar apps trip over (CRLF line ends, folding at 75 octets, balanced
//! BEGIN/END, TEXT escaping, required properties per VEVENT) and returns the
//! events as unfolded, unescaped properties. Written from the RFC, sharing
//! nothing with the `icalendar` crate that writes the file.

#![allow(dead_code)] // each test crate uses a different part

use std::collections::{BTreeMap, HashSet};

/// One property: its parameters (`VALUE=DATE`) and its value, TEXT unescaped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prop {
    /// `KEY=VALUE` parameters in order.
    pub params: Vec<String>,
    /// The value (TEXT values unescaped).
    pub value: String,
}

/// An event: property name to its values (most have one).
pub type Vevent = BTreeMap<String, Vec<Prop>>;

/// Properties whose value type is TEXT: commas and semicolons must be escaped.
const TEXT: &[&str] = &[
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "UID",
    "CATEGORIES",
    "TRANSP",
    "PRODID",
];

/// Checks `text` strictly; returns the calendar's own properties and its events, or what is wrong.
pub fn check(text: &str) -> Result<(Vevent, Vec<Vevent>), String> {
    if !text.ends_with("\r\n") {
        return Err("the file does not end with CRLF".into());
    }
    let physical: Vec<&str> = text[..text.len() - 2].split("\r\n").collect();
    let mut logical: Vec<String> = Vec::new();
    for (n, line) in physical.iter().enumerate() {
        if line.contains('\n') || line.contains('\r') {
            return Err(format!("line {}: a bare LF or CR", n + 1));
        }
        if line.len() > 75 {
            return Err(format!("line {}: {} octets, more than 75: {line:?}", n + 1, line.len()));
        }
        match line.strip_prefix([' ', '\t']) {
            Some(rest) => match logical.last_mut() {
                Some(last) => last.push_str(rest),
                None => return Err("the file starts with a continuation line".into()),
            },
            None => logical.push((*line).to_owned()),
        }
    }
    let mut stack: Vec<String> = Vec::new();
    let mut calendar = Vevent::new();
    let mut events = Vec::new();
    let mut current: Option<Vevent> = None;
    for (n, line) in logical.iter().enumerate() {
        let (name, params, raw) = split(line).ok_or_else(|| format!("content line {}: malformed: {line:?}", n + 1))?;
        if raw.chars().any(|c| c.is_control() && c != '\t') {
            return Err(format!("content line {}: a control character in {line:?}", n + 1));
        }
        match name.as_str() {
            "BEGIN" => {
                if stack.is_empty() && raw != "VCALENDAR" {
                    return Err(format!("the file starts with BEGIN:{raw}"));
                }
                if raw == "VEVENT" {
                    current = Some(Vevent::new());
                }
                stack.push(raw.to_owned());
            }
            "END" => {
                if stack.pop().as_deref() != Some(raw) {
                    return Err(format!(
                        "content line {}: END:{raw} does not close the open component",
                        n + 1
                    ));
                }
                if raw == "VEVENT" {
                    events.push(current.take().ok_or("END:VEVENT outside an event")?);
                }
                if stack.is_empty() && n + 1 != logical.len() {
                    return Err("content after END:VCALENDAR".into());
                }
            }
            _ => {
                let value = if TEXT.contains(&name.as_str()) {
                    unescape(raw).map_err(|e| format!("content line {}: {e}: {line:?}", n + 1))?
                } else {
                    raw.to_owned()
                };
                let target = match (&mut current, stack.len()) {
                    (Some(event), _) => event,
                    (None, 1) => &mut calendar,
                    _ => return Err(format!("content line {}: a property outside a component", n + 1)),
                };
                target.entry(name).or_default().push(Prop { params, value });
            }
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed components: {stack:?}"));
    }
    for key in ["VERSION", "PRODID"] {
        if calendar.get(key).map(Vec::len) != Some(1) {
            return Err(format!("VCALENDAR needs exactly one {key}"));
        }
    }
    let mut uids = HashSet::new();
    for event in &events {
        for key in ["UID", "DTSTAMP", "DTSTART"] {
            if event.get(key).map(Vec::len) != Some(1) {
                return Err(format!("a VEVENT needs exactly one {key}: {event:?}"));
            }
        }
        let stamp = &event["DTSTAMP"][0].value;
        if !(stamp.len() == 16 && stamp.ends_with('Z') && stamp.as_bytes()[8] == b'T') {
            return Err(format!("DTSTAMP is not a UTC date-time: {stamp}"));
        }
        if !uids.insert(event["UID"][0].value.clone()) {
            return Err(format!("UID {} appears twice", event["UID"][0].value));
        }
        if let Some(end) = event.get("DTEND")
            && end[0].value <= event["DTSTART"][0].value
        {
            return Err(format!("an event ends before it starts: {event:?}"));
        }
    }
    Ok((calendar, events))
}

/// `NAME;P=V;P2="V:2":value` into its parts; names are case-insensitive.
fn split(line: &str) -> Option<(String, Vec<String>, &str)> {
    let mut in_quotes = false;
    let mut cut = None;
    for (i, c) in line.char_indices() {
        match c {
            '"' => in_quotes = !in_quotes,
            ':' if !in_quotes => {
                cut = Some(i);
                break;
            }
            _ => {}
        }
    }
    let cut = cut?;
    let mut head = line[..cut].split(';');
    let name = head.next()?.to_ascii_uppercase();
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return None;
    }
    let params: Vec<String> = head.map(str::to_owned).collect();
    if params.iter().any(|p| !p.contains('=')) {
        return None;
    }
    Some((name, params, &line[cut + 1..]))
}

/// RFC 5545 3.3.11: `\\`, `\;`, `\,`, `\n` are the only escapes, and a bare `;` or `,` is not text.
fn unescape(raw: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\\') => out.push('\\'),
                Some(';') => out.push(';'),
                Some(',') => out.push(','),
                Some('n' | 'N') => out.push('\n'),
                other => return Err(format!("bad escape \\{other:?}")),
            },
            ';' | ',' => return Err(format!("unescaped `{c}` in TEXT")),
            c => out.push(c),
        }
    }
    Ok(out)
}
