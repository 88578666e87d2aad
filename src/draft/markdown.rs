//! Markdown to a small block tree with line numbers, read from pulldown-cmark's events.
//!
//! Only what the drafter looks at is kept: headings, paragraphs, list items
//! (with their task box and nested blocks), tables, block quotes and where
//! HTML sat. Inline markup is flattened to text, except a bold or italic
//! lead-in at the start of a paragraph or item (`**Focus:** ...`), which is
//! how roadmaps label their lines. Nesting deeper than [`MAX_DEPTH`] is
//! flattened, so hostile input cannot make the later passes recurse deeply.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Containers nested deeper than this are read as part of their parent.
pub const MAX_DEPTH: usize = 24;

/// A run of inline text: what it says, and its emphasised lead-in if it starts with one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline {
    /// The text with markup removed and whitespace collapsed.
    pub text: String,
    /// The text of a bold or italic span the run starts with (`Focus:`).
    pub lead: Option<String>,
    /// Inline code spans, in order (`src/core/ml.py`).
    pub code: Vec<String>,
    /// The text split at its soft line breaks ("**Focus:** a" and "**Goal:** b" on two lines).
    pub lines: Vec<String>,
}

/// One block of the document, with the 1-based lines it spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// First line.
    pub line: usize,
    /// Last line.
    pub end_line: usize,
    /// What it is.
    pub kind: BlockKind,
}

/// The kinds of block the drafter reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    /// `#` to `######`.
    Heading {
        /// 1 to 6.
        level: u8,
        /// Its text.
        inline: Inline,
    },
    /// A paragraph (also a code block's text, read as plain lines).
    Paragraph(Inline),
    /// A list item: its own text, its task box (`Some(done)` for `- [ ]`), its nested blocks.
    Item {
        /// The item's first paragraph.
        inline: Inline,
        /// `Some(checked)` for a task list item.
        task: Option<bool>,
        /// Number of an ordered list item.
        number: Option<u64>,
        /// Nested lists and paragraphs.
        children: Vec<Block>,
    },
    /// A table: header cells and body rows.
    Table {
        /// Header cells.
        header: Vec<Inline>,
        /// Body rows with their line.
        rows: Vec<(usize, Vec<Inline>)>,
    },
    /// A block quote's blocks.
    Quote(Vec<Block>),
    /// HTML; comments are marked so they are not reported as unplaced.
    Html {
        /// True for `<!-- ... -->`.
        comment: bool,
        /// The text between the tags (`<p><b>Ship weekly</b></p>` is "Ship weekly").
        text: String,
    },
    /// A thematic break (`---`).
    Rule,
}

/// Parses Markdown into blocks. Front matter (`---` YAML or `+++` TOML) is skipped.
pub fn parse(text: &str) -> Vec<Block> {
    let lines = LineIndex::new(text);
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut builder = Builder::default();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let line = lines.line_of(range.start);
        let end_line = lines.line_of(range.end.saturating_sub(1).max(range.start));
        builder.event(event, line, end_line);
    }
    builder.finish()
}

/// Byte offset to 1-based line number.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// An open container while events stream in.
#[derive(Debug)]
enum Open {
    Heading(u8),
    Paragraph,
    Item {
        task: Option<bool>,
        number: Option<u64>,
    },
    List {
        next: Option<u64>,
    },
    Quote,
    Table,
    Row,
    Cell,
    /// A code block: its text is read as a paragraph.
    Code,
    /// An HTML block.
    Html {
        comment: bool,
        started: bool,
    },
    /// Front matter and footnote definitions: skipped.
    Ignored,
}

#[derive(Debug)]
struct Frame {
    open: Open,
    line: usize,
    end_line: usize,
    inline: Inline,
    /// Whether a lead-in span has already been decided for `inline`.
    lead_done: bool,
    /// Depth of emphasis currently open in this frame, and the text it collected.
    emphasis: usize,
    lead_text: String,
    children: Vec<Block>,
    cells: Vec<Inline>,
    rows: Vec<(usize, Vec<Inline>)>,
    header: Vec<Inline>,
    in_head: bool,
}

impl Frame {
    fn new(open: Open, line: usize) -> Frame {
        Frame {
            open,
            line,
            end_line: line,
            inline: Inline::default(),
            lead_done: false,
            emphasis: 0,
            lead_text: String::new(),
            children: Vec::new(),
            cells: Vec::new(),
            rows: Vec::new(),
            header: Vec::new(),
            in_head: false,
        }
    }
}

#[derive(Debug, Default)]
struct Builder {
    stack: Vec<Frame>,
    done: Vec<Block>,
    metadata: usize,
    /// Containers opened past [`MAX_DEPTH`] and not yet closed: they get no
    /// frame, and their text flows into the innermost open one. A counter, so a
    /// million nested quotes cost a million increments, not a million frames.
    flattened: usize,
}

impl Builder {
    /// The frame inline text goes to: the innermost one that holds text.
    fn text_frame(&mut self) -> Option<&mut Frame> {
        self.stack.iter_mut().rev().find(|f| {
            matches!(
                f.open,
                Open::Heading(_) | Open::Paragraph | Open::Item { .. } | Open::Cell | Open::Code | Open::Ignored
            )
        })
    }

    fn event(&mut self, event: Event<'_>, line: usize, end_line: usize) {
        if let Some(top) = self.stack.last_mut() {
            top.end_line = top.end_line.max(end_line);
        }
        match event {
            Event::Start(tag) => self.start(tag, line),
            Event::End(tag) => self.end(tag, end_line),
            Event::Text(text) | Event::InlineMath(text) | Event::DisplayMath(text) => {
                if self.metadata == 0 {
                    self.push_text(&text)
                }
            }
            Event::Code(text) => {
                self.push_text(&text);
                if let Some(frame) = self.text_frame() {
                    frame.inline.code.push(text.to_string());
                }
            }
            // A separator that survives whitespace collapsing; `finish_inline` splits lines at it.
            Event::SoftBreak | Event::HardBreak => self.push_text(LINE_BREAK),
            Event::TaskListMarker(checked) => {
                if let Some(Frame {
                    open: Open::Item { task, .. },
                    ..
                }) = self
                    .stack
                    .iter_mut()
                    .rev()
                    .find(|f| matches!(f.open, Open::Item { .. }))
                {
                    *task = Some(checked);
                }
            }
            Event::Html(html) => {
                // Only a block's first chunk says whether it is a comment.
                if let Some(Frame {
                    open: Open::Html { comment, started },
                    ..
                }) = self.stack.last_mut()
                    && !*started
                {
                    *started = true;
                    *comment = html.trim_start().starts_with("<!--");
                }
                if let Some(frame) = self.stack.last_mut()
                    && matches!(frame.open, Open::Html { .. })
                    && frame.inline.text.len() < 64 * 1024
                {
                    frame.inline.text.push_str(&html);
                }
            }
            // Inline tags (`<br>`, `<b>`) are markup, not text.
            Event::InlineHtml(_) => {}
            Event::Rule => self.emit(Block {
                line,
                end_line,
                kind: BlockKind::Rule,
            }),
            Event::FootnoteReference(_) => {}
        }
    }

    fn push_text(&mut self, text: &str) {
        if let Some(frame) = self.text_frame() {
            if frame.emphasis > 0 && !frame.lead_done {
                frame.lead_text.push_str(text);
            }
            if text.chars().any(char::is_alphanumeric) && frame.emphasis == 0 && !frame.lead_done {
                // Plain text came first: there is no lead-in.
                frame.lead_done = true;
            }
            frame.inline.text.push_str(text);
        }
    }

    fn start(&mut self, tag: Tag<'_>, line: usize) {
        if let Tag::MetadataBlock(_) = tag {
            self.metadata += 1;
        }
        let open = match tag {
            Tag::Heading { level, .. } => Open::Heading(level as u8),
            Tag::Paragraph => {
                // A paragraph inside an item whose own text is still empty is the item's text.
                if let (
                    0,
                    Some(Frame {
                        open: Open::Item { .. },
                        inline,
                        children,
                        ..
                    }),
                ) = (self.flattened, self.stack.last())
                    && inline.text.trim().is_empty()
                    && children.is_empty()
                {
                    return;
                }
                Open::Paragraph
            }
            Tag::Item => {
                let number = match self.stack.last_mut() {
                    Some(Frame {
                        open: Open::List { next },
                        ..
                    }) => {
                        let number = *next;
                        *next = next.map(|n| n.saturating_add(1));
                        number
                    }
                    _ => None,
                };
                Open::Item { task: None, number }
            }
            Tag::List(first) => Open::List { next: first },
            Tag::BlockQuote(_) => Open::Quote,
            Tag::Table(_) => Open::Table,
            Tag::TableHead => {
                if let Some(frame) = self.stack.iter_mut().rev().find(|f| matches!(f.open, Open::Table)) {
                    frame.in_head = true;
                }
                Open::Row
            }
            Tag::TableRow => Open::Row,
            Tag::TableCell => Open::Cell,
            Tag::Emphasis | Tag::Strong => {
                if let Some(frame) = self.text_frame() {
                    frame.emphasis += 1;
                }
                return;
            }
            Tag::CodeBlock(_) => Open::Code,
            Tag::HtmlBlock => Open::Html {
                comment: false,
                started: false,
            },
            Tag::MetadataBlock(_) | Tag::FootnoteDefinition(_) => Open::Ignored,
            // Links, images, strikethrough and the rest are inline: their text flows on.
            _ => return,
        };
        if self.flattened > 0 || (self.stack.len() >= MAX_DEPTH && !matches!(open, Open::Row | Open::Cell)) {
            self.flattened += 1;
            return;
        }
        self.stack.push(Frame::new(open, line));
    }

    fn end(&mut self, tag: TagEnd, end_line: usize) {
        match tag {
            TagEnd::Emphasis | TagEnd::Strong => {
                if let Some(frame) = self.text_frame() {
                    frame.emphasis = frame.emphasis.saturating_sub(1);
                    if frame.emphasis == 0 && !frame.lead_done {
                        frame.lead_done = true;
                        let lead = collapse(&frame.lead_text);
                        if !lead.is_empty() {
                            frame.inline.lead = Some(lead);
                        }
                    }
                }
                return;
            }
            TagEnd::Paragraph if self.flattened == 0 => {
                if !matches!(self.stack.last().map(|f| &f.open), Some(Open::Paragraph)) {
                    return;
                }
            }
            TagEnd::Paragraph => {}
            TagEnd::MetadataBlock(_) => self.metadata = self.metadata.saturating_sub(1),
            TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::List(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::TableCell
            | TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::FootnoteDefinition => {}
            _ => return,
        }
        if self.flattened > 0 {
            self.flattened -= 1;
            return;
        }
        let Some(mut frame) = self.stack.pop() else { return };
        frame.end_line = frame.end_line.max(end_line);
        let (line, end) = (frame.line, frame.end_line);
        let block = |kind| Block {
            line,
            end_line: end,
            kind,
        };
        match frame.open {
            Open::Heading(level) => self.emit(block(BlockKind::Heading {
                level,
                inline: finish_inline(frame.inline),
            })),
            Open::Paragraph => self.emit(block(BlockKind::Paragraph(finish_inline(frame.inline)))),
            Open::Item { task, number } => self.emit(block(BlockKind::Item {
                inline: finish_inline(frame.inline),
                task,
                number,
                children: frame.children,
            })),
            Open::List { .. } => {
                for child in frame.children {
                    self.emit(child);
                }
            }
            Open::Quote => self.emit(block(BlockKind::Quote(frame.children))),
            Open::Table => self.emit(block(BlockKind::Table {
                header: frame.header,
                rows: frame.rows,
            })),
            Open::Row => {
                let cells = frame.cells;
                if let Some(table) = self.stack.iter_mut().rev().find(|f| matches!(f.open, Open::Table)) {
                    if table.in_head {
                        table.in_head = false;
                        table.header = cells;
                    } else {
                        table.rows.push((line, cells));
                    }
                }
            }
            Open::Cell => {
                let inline = finish_inline(frame.inline);
                if let Some(row) = self.stack.iter_mut().rev().find(|f| matches!(f.open, Open::Row)) {
                    row.cells.push(inline);
                }
            }
            Open::Code => {
                // A code block's text is kept as a paragraph: roadmaps put plans in them too.
                let inline = finish_inline(frame.inline);
                if !inline.text.is_empty() {
                    self.emit(block(BlockKind::Paragraph(inline)));
                }
            }
            Open::Html { comment, .. } => {
                let text = if comment {
                    String::new()
                } else {
                    strip_tags(&frame.inline.text)
                };
                self.emit(block(BlockKind::Html { comment, text }))
            }
            Open::Ignored => {}
        }
    }

    /// Hands a finished block to the innermost container that holds blocks.
    fn emit(&mut self, block: Block) {
        let holder = self
            .stack
            .iter_mut()
            .rev()
            .find(|f| matches!(f.open, Open::Item { .. } | Open::List { .. } | Open::Quote));
        match holder {
            Some(frame) => frame.children.push(block),
            None => self.done.push(block),
        }
    }

    fn finish(mut self) -> Vec<Block> {
        // Unclosed containers (cannot happen with pulldown-cmark, but cheap to be safe).
        while let Some(frame) = self.stack.pop() {
            self.done.extend(frame.children);
        }
        self.done
    }
}

/// The text of HTML without its tags, whitespace collapsed.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    collapse(&out)
}

/// Collapses whitespace runs to one space and trims.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Marks a line break inside a paragraph until `finish_inline` (a control character never in text we keep).
const LINE_BREAK: &str = "\u{1f}";

fn finish_inline(inline: Inline) -> Inline {
    let lines: Vec<String> = inline
        .text
        .split(LINE_BREAK)
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect();
    Inline {
        text: lines.join(" "),
        lead: inline.lead.map(|l| collapse(&l.replace(LINE_BREAK, " "))),
        code: inline.code,
        lines,
    }
}
