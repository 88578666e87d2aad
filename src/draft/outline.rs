//! The block list as a tree of sections: each heading owns the blocks after it
//! and the deeper headings below it, as a reader sees the document.

use super::markdown::{Block, BlockKind, Inline};

/// A heading and what it owns. The root has no heading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    /// The heading, absent for the root.
    pub heading: Option<Heading>,
    /// The blocks between this heading and the next one.
    pub blocks: Vec<Block>,
    /// The deeper headings that follow.
    pub children: Vec<Section>,
}

/// A heading's level, text and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// Its text.
    pub inline: Inline,
    /// Its line.
    pub line: usize,
}

impl Section {
    /// The heading's text, or "" for the root.
    pub fn title(&self) -> &str {
        self.heading.as_ref().map_or("", |h| h.inline.text.as_str())
    }

    /// The heading's line, or 0 for the root.
    pub fn line(&self) -> usize {
        self.heading.as_ref().map_or(0, |h| h.line)
    }
}

/// Builds the section tree. Headings may skip levels; a heading closes every
/// open section of its level or deeper.
pub fn outline(blocks: Vec<Block>) -> Section {
    // Open sections from the root down; the root sits at level 0.
    let mut stack: Vec<(u8, Section)> = vec![(0, Section::default())];
    for block in blocks {
        if let BlockKind::Heading { level, inline } = &block.kind {
            let level = (*level).max(1);
            close_to(&mut stack, level);
            stack.push((
                level,
                Section {
                    heading: Some(Heading {
                        level,
                        inline: inline.clone(),
                        line: block.line,
                    }),
                    ..Section::default()
                },
            ));
        } else if let Some((_, open)) = stack.last_mut() {
            open.blocks.push(block);
        }
    }
    close_to(&mut stack, 1);
    stack.pop().map(|(_, root)| root).unwrap_or_default()
}

/// Closes open sections of `level` or deeper, attaching each to its parent.
fn close_to(stack: &mut Vec<(u8, Section)>, level: u8) {
    while stack.len() > 1 && stack.last().is_some_and(|(l, _)| *l >= level) {
        if let Some((_, done)) = stack.pop()
            && let Some((_, parent)) = stack.last_mut()
        {
            parent.children.push(done);
        }
    }
}
