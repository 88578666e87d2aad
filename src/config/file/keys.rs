//! The `[keys]` table: `action = "key"` or `action = ["key", "key"]`, action
//! names from [`ACTION_NAMES`]; the interface maps each name to its action.
//!
//! Keys are parsed into plain data ([`KeySpec`]): `q`, `G`, `ctrl-d`,
//! `alt-x`, `enter`, `esc`, `tab`, `backtab`, `space`, `backspace`, `delete`,
//! `insert`, `home`, `end`, `pageup`, `pagedown`, arrows, `f1`-`f12`. The TUI
//! maps them onto its own key events.

use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The names `[keys]` accepts, one per action of the interface a key can be
/// given to. The config file is read before (and without) the interface, so
/// the names live here; the interface maps each to its action and a test
/// there keeps the two lists the same.
pub const ACTION_NAMES: &[&str] = &[
    "quit",
    "help",
    "close",
    "next_screen",
    "previous_screen",
    "show_today",
    "show_week",
    "show_milestones",
    "show_review",
    "show_stats",
    "up",
    "down",
    "left",
    "right",
    "top",
    "bottom",
    "toggle_timer",
    "toggle_done",
    "mark_in_progress",
    "mark_skipped",
    "open",
    "add_task",
    "edit_task",
    "delete_task",
    "move_task_earlier",
    "move_task_later",
    "previous_week",
    "next_week",
    "edit_note",
    "carry_over",
    "confirm",
    "keep_time",
    "drop_time",
    "submit",
    "next_field",
    "new_line",
    "delete_to_line_start",
    "delete_word_before",
    "line_start",
    "line_end",
    "delete_to_line_end",
    "undo",
];

/// The `[keys]` table: the actions listed and the keys each gets, sorted by
/// action name (as a map would be), so equal tables compare equal and print
/// the same whatever the order of their lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyOverrides(pub Vec<(String, KeyList)>);

impl KeyOverrides {
    /// The keys the file gives the action named `action`, if it lists it.
    pub fn get(&self, action: &str) -> Option<&KeyList> {
        self.0.iter().find(|(a, _)| a == action).map(|(_, keys)| keys)
    }

    /// The actions and their keys, by action name.
    pub fn iter(&self) -> impl Iterator<Item = &(String, KeyList)> {
        self.0.iter()
    }

    /// True when the file rebinds nothing.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::ops::Index<&str> for KeyOverrides {
    type Output = KeyList;

    /// The keys of a listed action; like a map, panics when it is not listed.
    fn index(&self, action: &str) -> &KeyList {
        match self.get(action) {
            Some(keys) => keys,
            None => panic!("the [keys] table does not list {action:?}"),
        }
    }
}

impl<'de> Deserialize<'de> for KeyOverrides {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<KeyOverrides, D::Error> {
        deserializer.deserialize_map(KeyOverridesVisitor)
    }
}

struct KeyOverridesVisitor;

impl<'de> Visitor<'de> for KeyOverridesVisitor {
    type Value = KeyOverrides;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a table of `action = \"key\"` lines")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<KeyOverrides, A::Error> {
        let mut overrides = Vec::new();
        while let Some(NamedAction(action)) = map.next_key()? {
            overrides.push((action, map.next_value()?));
        }
        overrides.sort_by(|(a, _): &(String, KeyList), (b, _)| a.cmp(b));
        Ok(KeyOverrides(overrides))
    }
}

/// An action read by its config name; an unknown name is refused with the list of names.
struct NamedAction(String);

impl<'de> Deserialize<'de> for NamedAction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<NamedAction, D::Error> {
        let name = String::deserialize(deserializer)?;
        if ACTION_NAMES.contains(&name.as_str()) {
            Ok(NamedAction(name))
        } else {
            Err(de::Error::custom(format!(
                "unknown action `{name}`, expected one of {}",
                ACTION_NAMES.join(", ")
            )))
        }
    }
}

impl Serialize for KeyOverrides {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, keys) in &self.0 {
            map.serialize_entry(name, keys)?;
        }
        map.end()
    }
}

/// A key without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyName {
    /// A character key (`q`, `G`, `?`, ` `).
    Char(char),
    /// A function key, 1-12.
    F(u8),
    /// A named key, by its config spelling (`enter`, `pageup`...).
    Named(&'static str),
}

/// Named keys and the other spellings accepted for them.
const NAMED: &[(&str, &[&str])] = &[
    ("enter", &["return"]),
    ("esc", &["escape"]),
    ("tab", &[]),
    ("backtab", &["shift-tab"]),
    ("space", &[]),
    ("backspace", &[]),
    ("delete", &["del"]),
    ("insert", &["ins"]),
    ("home", &[]),
    ("end", &[]),
    ("pageup", &["pgup", "page-up"]),
    ("pagedown", &["pgdn", "page-down"]),
    ("up", &[]),
    ("down", &[]),
    ("left", &[]),
    ("right", &[]),
];

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeySpec {
    /// The key.
    pub key: KeyName,
    /// Control held.
    pub ctrl: bool,
    /// Alt held.
    pub alt: bool,
}

impl KeySpec {
    /// Reads `q`, `ctrl-d`, `Alt+x`, `PageDown`, `f5`...
    pub fn parse(text: &str) -> Result<KeySpec, String> {
        let mut rest = text;
        let (mut ctrl, mut alt) = (false, false);
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.len() > 5 && (lower.starts_with("ctrl-") || lower.starts_with("ctrl+")) {
                ctrl = true;
                rest = &rest[5..];
            } else if rest.len() > 4 && (lower.starts_with("alt-") || lower.starts_with("alt+")) {
                alt = true;
                rest = &rest[4..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let key = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => KeyName::Char(c),
            _ => named(rest).ok_or_else(|| {
                format!(
                    "`{text}` is not a key: give one character (`q`, `G`, `?`), a named key (enter, esc, tab, \
                     backtab, space, backspace, delete, insert, home, end, pageup, pagedown, up, down, left, \
                     right, f1-f12), optionally after ctrl- or alt-"
                )
            })?,
        };
        Ok(KeySpec { key, ctrl, alt })
    }
}

/// A named or function key, case-insensitive.
fn named(text: &str) -> Option<KeyName> {
    let lower = text.to_ascii_lowercase();
    if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
        return (1..=12).contains(&n).then_some(KeyName::F(n));
    }
    NAMED
        .iter()
        .find(|(name, other)| *name == lower || other.contains(&lower.as_str()))
        .map(|(name, _)| KeyName::Named(name))
}

impl fmt::Display for KeySpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        match self.key {
            KeyName::Char(' ') => f.write_str("space"),
            KeyName::Char(c) => write!(f, "{c}"),
            KeyName::F(n) => write!(f, "f{n}"),
            KeyName::Named(name) => f.write_str(name),
        }
    }
}

/// One key or several for an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyList(pub Vec<KeySpec>);

impl<'de> Deserialize<'de> for KeyList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<KeyList, D::Error> {
        deserializer.deserialize_any(KeyListVisitor)
    }
}

struct KeyListVisitor;

impl<'de> Visitor<'de> for KeyListVisitor {
    type Value = KeyList;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key such as \"q\" or a list of keys such as [\"q\", \"ctrl-c\"]")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<KeyList, E> {
        KeySpec::parse(text).map(|k| KeyList(vec![k])).map_err(E::custom)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<KeyList, A::Error> {
        let mut keys = Vec::new();
        while let Some(text) = seq.next_element::<String>()? {
            keys.push(KeySpec::parse(&text).map_err(de::Error::custom)?);
        }
        if keys.is_empty() {
            return Err(de::Error::custom(
                "an empty list binds no key; leave the action out instead",
            ));
        }
        Ok(KeyList(keys))
    }
}

impl Serialize for KeyList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [one] => serializer.collect_str(one),
            many => serializer.collect_seq(many.iter().map(ToString::to_string)),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn keys_read_with_modifiers_and_names_in_any_case() {
        let k = KeySpec::parse("Ctrl-d").unwrap();
        assert_eq!((k.key, k.ctrl, k.alt), (KeyName::Char('d'), true, false));
        assert_eq!(
            KeySpec::parse("alt+ctrl-PageDown").unwrap().to_string(),
            "ctrl-alt-pagedown"
        );
        assert_eq!(KeySpec::parse("G").unwrap().key, KeyName::Char('G'));
        assert_eq!(KeySpec::parse("-").unwrap().key, KeyName::Char('-'));
        assert_eq!(KeySpec::parse("ctrl--").unwrap().to_string(), "ctrl--");
        assert_eq!(KeySpec::parse("F12").unwrap().key, KeyName::F(12));
        assert_eq!(KeySpec::parse(" ").unwrap().to_string(), "space");
        assert!(KeySpec::parse("f13").is_err());
        assert!(KeySpec::parse("ctrl-").unwrap_err().contains("ctrl-"));
        assert!(KeySpec::parse("hyper-x").is_err());
    }
}
