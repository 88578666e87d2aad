//! Tables: a row per week or day (concept / code / deliverable columns), a
//! topic map (topic / description / label), a weekday table, or a two-column
//! detail table (Level, Effort, Complexity).

use super::build::{Builder, Target};
use super::fields::{Field, field_of};
use super::markdown::{Block, BlockKind, Inline};
use super::weekdays;
use super::when::{self, When};
use super::words::{plain, tidy};
use crate::roadmap::{Deliverable, Topic};

/// What each column of a table holds.
#[derive(Debug, Default)]
struct Columns {
    time: Option<usize>,
    /// What a bare number in the time column counts: "Week", "Day" or "Month".
    unit: &'static str,
    title: Option<usize>,
    description: Option<usize>,
    label: Option<usize>,
    concept: Option<usize>,
    code: Option<usize>,
    deliverable: Option<usize>,
}

fn columns(header: &[Inline]) -> Columns {
    let mut cols = Columns::default();
    for (i, cell) in header.iter().enumerate() {
        let p = plain(&cell.text);
        let has = |words: &[&str]| words.iter().any(|w| super::words::has_phrase(&p, w));
        let slot = if has(&[
            "week", "weeks", "day", "days", "month", "date", "dates", "when", "sprint", "period",
        ]) {
            if cols.time.is_none() {
                cols.unit = if has(&["day", "days"]) {
                    "Day"
                } else if has(&["month"]) {
                    "Month"
                } else {
                    "Week"
                };
            }
            &mut cols.time
        } else if has(&["label", "tag", "category", "type"]) {
            &mut cols.label
        } else if has(&["description", "details", "covers", "what", "notes"]) {
            &mut cols.description
        } else if has(&["concept", "concepts", "learn", "theory", "reading"]) {
            &mut cols.concept
        } else if has(&["code", "files", "practice", "exercise", "lab"]) {
            &mut cols.code
        } else if has(&[
            "deliverable",
            "deliverables",
            "ship",
            "output",
            "project",
            "build",
            "milestone",
            "assignment",
            "assignments",
            "homework",
            "hw",
            "task",
            "tasks",
            "due",
        ]) {
            &mut cols.deliverable
        } else {
            &mut cols.title
        };
        slot.get_or_insert(i);
    }
    cols
}

fn cell(row: &[Inline], col: Option<usize>) -> String {
    col.and_then(|c| row.get(c)).map(|c| tidy(&c.text)).unwrap_or_default()
}

impl Builder {
    /// Reads a table into a target.
    pub fn table(&mut self, block: &Block, header: &[Inline], rows: &[(usize, Vec<Inline>)], target: Target) {
        self.place(block);
        // A weekday table is a weekly structure wherever it sits.
        let first_col_days = !rows.is_empty()
            && rows
                .iter()
                .all(|(_, r)| r.first().is_some_and(|c| !weekdays::days(&c.text).is_empty()));
        if first_col_days {
            self.weekly_line(block);
            return;
        }
        // A two-column detail table: "| **Effort** | ~1–2 days |".
        if header.len() == 2 && rows.iter().all(|(_, r)| r.len() == 2) {
            let known = rows
                .iter()
                .filter(|(_, r)| !matches!(field_of(&r[0].text), Field::Section(_)))
                .count();
            if known * 2 >= rows.len() && !rows.is_empty() {
                for (line, row) in rows {
                    let row_block = Block {
                        line: *line,
                        end_line: *line,
                        kind: BlockKind::Paragraph(row[1].clone()),
                    };
                    self.apply(target, &field_of(&row[0].text), &row[1].text, &row_block);
                }
                return;
            }
        }
        let cols = columns(header);
        if cols.time.is_some() {
            self.timed_rows(rows, &cols, target);
        } else if let Target::Phase(p) = target {
            self.topic_rows(rows, &cols, p);
        } else {
            for (line, row) in rows {
                let text: Vec<String> = row.iter().map(|c| tidy(&c.text)).collect();
                let row_block = Block {
                    line: *line,
                    end_line: *line,
                    kind: BlockKind::Paragraph(Inline {
                        text: text.join(" | "),
                        ..Inline::default()
                    }),
                };
                self.content(std::slice::from_ref(&row_block), target);
            }
        }
    }

    /// Rows that are topics of the phase (a topic map).
    fn topic_rows(&mut self, rows: &[(usize, Vec<Inline>)], cols: &Columns, p: usize) {
        let phase_title = self.rm.phases.get(p).map(|ph| ph.title.clone()).unwrap_or_default();
        for (line, row) in rows {
            let title = cell(row, cols.title.or(Some(0)));
            if title.is_empty() || !self.room() {
                self.unplaced.insert(*line);
                continue;
            }
            let description = Some(cell(row, cols.description)).filter(|d| !d.is_empty());
            let label = Some(cell(row, cols.label))
                .map(|l| {
                    l.chars()
                        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect::<String>()
                })
                .filter(|l| !l.is_empty() && l.len() <= 64);
            if let Some(label) = &label
                && !self.label_titles.iter().any(|(id, _)| id == label)
            {
                self.label_titles.push((label.clone(), phase_title.clone()));
            }
            let id = self.ids.make(&title, "topic");
            if let Some(phase) = self.rm.phases.get_mut(p) {
                phase.topics.push(Topic {
                    id,
                    title,
                    description,
                    label,
                });
            }
            self.placed.insert(*line);
        }
    }

    /// Rows with a time column: each a week detail (inside a phase) or a phase.
    fn timed_rows(&mut self, rows: &[(usize, Vec<Inline>)], cols: &Columns, target: Target) {
        for (line, row) in rows {
            let time_text = cell(row, cols.time);
            let found = when::find(&time_text);
            let found = if found.when.is_none() {
                // A bare number in a "Week" or "Day" column.
                when::find(&format!("{} {time_text}", cols.unit))
            } else {
                found
            };
            let title = [cell(row, cols.title), cell(row, cols.concept)]
                .into_iter()
                .find(|t| !t.is_empty())
                .unwrap_or_default();
            let heading = format!("{time_text}: {title}");
            let row_found = when::Found {
                when_range: Some((0, time_text.len())),
                ..found.clone()
            };
            let parent_span = match target {
                Target::Phase(p) => self.rm.phases.get(p).and_then(|ph| ph.weeks),
                _ => None,
            };
            let Some(When::Weeks(a, b) | When::Days(a, b)) = found.when.map(|w| match w {
                When::Days(x, y) => When::Days(x.div_ceil(7), y.div_ceil(7)),
                other => other,
            }) else {
                self.unplaced.insert(*line);
                continue;
            };
            if !self.room() || b > super::build::MAX_WEEKS || a == 0 {
                self.unplaced.insert(*line);
                continue;
            }
            let deliverable = cell(row, cols.deliverable);
            if let (None, Some(When::Days(x, y))) = (parent_span, found.when)
                && x == y
            {
                // A row per day: the days of a week share its phase.
                let index = self.day_phase(&heading, &row_found, a);
                self.cursor = self.cursor.max(a);
                let id = (!deliverable.is_empty()).then(|| self.ids.make(&deliverable, "deliverable"));
                if let (Some(phase), Some(id)) = (self.rm.phases.get_mut(index), id) {
                    phase.deliverables.push(Deliverable {
                        id,
                        title: deliverable,
                        week: None,
                        month: None,
                        date: None,
                        day: None,
                    });
                }
                self.placed.insert(*line);
                continue;
            }
            if let (Some(_), true) = (parent_span, a == b) {
                let index = self.week_detail(&heading, &row_found, a);
                let concept = cell(row, cols.concept);
                let code = cell(row, cols.code);
                let id = (!deliverable.is_empty()).then(|| self.ids.make(&deliverable, "deliverable"));
                if let Some(week) = self.rm.week_details.get_mut(index) {
                    if !concept.is_empty() && concept != week.title {
                        week.concept = Some(concept);
                    }
                    if !code.is_empty() {
                        week.code = super::words::split_list(&code);
                    }
                    if let Some(id) = id {
                        week.deliverables.push(Deliverable {
                            id,
                            title: deliverable,
                            week: None,
                            month: None,
                            date: None,
                            day: None,
                        });
                    }
                }
            } else {
                let index = self.phase(&heading, &row_found, (a, b));
                // Rows of a Week column are weeks, whatever their heading words say, so they
                // never collide with the sprints or phases around them.
                if let Some(phase) = self.rm.phases.get_mut(index) {
                    phase.level = cols.unit.to_lowercase();
                }
                self.cursor = self.cursor.max(b);
                let concept = cell(row, cols.concept);
                let id = (!deliverable.is_empty()).then(|| self.ids.make(&deliverable, "deliverable"));
                if let Some(phase) = self.rm.phases.get_mut(index) {
                    if !concept.is_empty() && concept != phase.title {
                        phase.learn.push(concept);
                    }
                    let description = cell(row, cols.description);
                    if !description.is_empty() {
                        phase.focus.get_or_insert(description);
                    }
                    if let Some(id) = id {
                        phase.deliverables.push(Deliverable {
                            id,
                            title: deliverable,
                            week: None,
                            month: None,
                            date: None,
                            day: None,
                        });
                    }
                }
            }
            self.placed.insert(*line);
        }
    }
}
