//! Importing roadmaps: one transaction each, idempotent, progress kept across edits.
//!
//! A roadmap is stored whole (as JSON, so `roadmap(id)` needs no file) with
//! a content hash, plus one row per item id (for id checks and orphan
//! reports). Statuses are not tied to item rows, so an item that disappears
//! from an edited roadmap leaves its status in place, reported as orphaned,
//! and an item that comes back finds its status again.

use color_eyre::eyre::{WrapErr, eyre};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::hash::{fnv1a, fnv1a_hex, hex};
use super::{ImportReport, StoreResult, StoredRoadmap};
use crate::roadmap::bundled::BUNDLED;
use crate::roadmap::{Roadmap, parse_str};
use crate::text::clean_line;

/// The `source` recorded for roadmaps compiled into the binary.
pub const BUNDLED_SOURCE: &str = "bundled";

/// One id-carrying item of a roadmap.
struct Item<'a> {
    id: &'a str,
    kind: &'static str,
    title: &'a str,
    week: Option<u32>,
}

/// Imports `roadmap` in its own transaction; `text_hash` is the hash of the
/// bundled text it was parsed from.
pub fn import_roadmap(
    conn: &mut Connection,
    roadmap: &Roadmap,
    source: &str,
    text_hash: Option<&str>,
) -> StoreResult<ImportReport> {
    let shown = clean_line(&roadmap.id);
    let tx = conn
        .transaction()
        .wrap_err_with(|| format!("cannot start importing roadmap {shown}"))?;
    let report = write_roadmap(&tx, roadmap, source, text_hash)?;
    tx.commit()
        .wrap_err_with(|| format!("cannot commit the import of roadmap {shown}"))?;
    Ok(report)
}

/// Imports `roadmap` inside the caller's transaction (a state import writes
/// roadmaps and learner data all at once).
pub fn write_roadmap(
    tx: &rusqlite::Transaction<'_>,
    roadmap: &Roadmap,
    source: &str,
    text_hash: Option<&str>,
) -> StoreResult<ImportReport> {
    let id = roadmap.id.as_str();
    let shown = clean_line(id);
    let body =
        serde_json::to_string(roadmap).wrap_err_with(|| format!("cannot serialize roadmap {}", clean_line(id)))?;
    let content_hash = fnv1a_hex(&[body.as_bytes()]);
    let stored: Option<String> = tx
        .query_row("SELECT content_hash FROM roadmap WHERE id = ?1", [id], |r| r.get(0))
        .optional()
        .wrap_err_with(|| format!("cannot read the stored roadmap {shown}"))?;
    let changed = stored.as_deref() != Some(content_hash.as_str());
    tx.execute(
        "INSERT INTO roadmap (id, title, summary, weeks, source, content_hash, text_hash, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, summary = excluded.summary,
             weeks = excluded.weeks, source = excluded.source, content_hash = excluded.content_hash,
             text_hash = excluded.text_hash, body = excluded.body",
        params![
            id,
            roadmap.title,
            roadmap.summary,
            roadmap.length_weeks(),
            source,
            content_hash,
            text_hash,
            body
        ],
    )
    .wrap_err_with(|| format!("cannot store roadmap {shown}"))?;
    if changed {
        replace_items(tx, roadmap)?;
    }
    let orphaned = orphaned_ids(tx, id)?;
    Ok(ImportReport {
        roadmap_id: id.to_owned(),
        changed,
        orphaned,
    })
}

/// Replaces the item rows of a roadmap with the ids it has now.
fn replace_items(tx: &Transaction<'_>, roadmap: &Roadmap) -> StoreResult<()> {
    let id = roadmap.id.as_str();
    let shown = clean_line(id);
    tx.execute("DELETE FROM roadmap_item WHERE roadmap_id = ?1", [id])
        .wrap_err_with(|| format!("cannot clear the items of roadmap {shown}"))?;
    let mut insert = tx
        .prepare_cached(
            "INSERT INTO roadmap_item (roadmap_id, item_id, kind, title, week) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT DO NOTHING",
        )
        .wrap_err("cannot prepare the item insert")?;
    for item in items(roadmap) {
        insert
            .execute(params![id, item.id, item.kind, item.title, item.week])
            .wrap_err_with(|| format!("cannot store item {} of roadmap {shown}", clean_line(item.id)))?;
    }
    Ok(())
}

/// Ids with a status that the roadmap no longer has, sorted.
pub fn orphaned_ids(conn: &Connection, roadmap_id: &str) -> StoreResult<Vec<String>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT s.item_id FROM item_status s WHERE s.roadmap_id = ?1 AND NOT EXISTS {KNOWN_ITEM}
                 ORDER BY s.item_id"
        ))
        .wrap_err("cannot prepare the orphan query")?;
    stmt.query_map([roadmap_id], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .wrap_err_with(|| format!("cannot list orphaned progress of roadmap {roadmap_id}"))
}

/// The condition, on an `item_status s` row, that its item is in its
/// roadmap: the item itself, or a week's occurrence (`mock-exam@w3`) of one
/// of its recurring tasks.
pub const KNOWN_ITEM: &str =
    "(SELECT 1 FROM roadmap_item i WHERE i.roadmap_id = s.roadmap_id AND (i.item_id = s.item_id
     OR (i.kind = 'recurring_task' AND s.item_id GLOB i.item_id || '@w[1-9]*')))";

/// Every item that carries a stable id, with its kind and due week.
fn items(roadmap: &Roadmap) -> Vec<Item<'_>> {
    let last_week = roadmap.length_weeks();
    let mut out = Vec::new();
    for phase in &roadmap.phases {
        let end = phase.weeks.map(|w| w[1]);
        out.push(Item {
            id: &phase.id,
            kind: "phase",
            title: &phase.title,
            week: end,
        });
        for d in &phase.deliverables {
            out.push(Item {
                id: &d.id,
                kind: "deliverable",
                title: &d.title,
                week: d.week.or(end),
            });
        }
        for t in &phase.topics {
            out.push(Item {
                id: &t.id,
                kind: "topic",
                title: &t.title,
                week: end,
            });
        }
    }
    for w in &roadmap.week_details {
        out.push(Item {
            id: &w.id,
            kind: "week",
            title: &w.title,
            week: Some(w.week),
        });
        for d in &w.deliverables {
            out.push(Item {
                id: &d.id,
                kind: "deliverable",
                title: &d.title,
                week: d.week.or(Some(w.week)),
            });
        }
    }
    for m in &roadmap.milestones {
        out.push(Item {
            id: &m.id,
            kind: "milestone",
            title: &m.title,
            week: m.week.or(Some(last_week)),
        });
    }
    for c in &roadmap.checkpoints {
        out.push(Item {
            id: &c.id,
            kind: "checkpoint",
            title: &c.title,
            week: None,
        });
    }
    for t in &roadmap.parallel_tracks {
        out.push(Item {
            id: &t.id,
            kind: "track",
            title: &t.title,
            week: None,
        });
        for task in &t.tasks {
            out.push(Item {
                id: &task.id,
                kind: "recurring_task",
                title: &task.title,
                week: None,
            });
        }
    }
    for p in &roadmap.projects {
        out.push(Item {
            id: &p.id,
            kind: "project",
            title: &p.title,
            week: None,
        });
    }
    out
}

/// Imports each bundled roadmap whose text (or this binary's version) changed
/// since it was last imported; unchanged ones are not even parsed. A roadmap
/// the learner imported from a file under a bundled id is theirs: left alone.
/// Returns the reports of the roadmaps imported by this call.
/// All of them are imported in one transaction: one commit instead of one per roadmap.
pub fn ensure_bundled(conn: &mut Connection) -> StoreResult<Vec<ImportReport>> {
    let stale = stale_bundled(conn)?;
    // The usual case: nothing changed, no write lock taken.
    if stale.is_empty() {
        return Ok(Vec::new());
    }
    let tx = conn
        .transaction()
        .wrap_err("cannot start importing the bundled roadmaps")?;
    let mut reports = Vec::new();
    for (roadmap, hash) in stale {
        reports.push(write_roadmap(&tx, &roadmap, BUNDLED_SOURCE, Some(&hash))?);
    }
    tx.commit()
        .wrap_err("cannot commit the import of the bundled roadmaps")?;
    Ok(reports)
}

/// [`ensure_bundled`] inside the caller's transaction.
pub fn ensure_bundled_in(tx: &rusqlite::Transaction<'_>) -> StoreResult<()> {
    for (roadmap, hash) in stale_bundled(tx)? {
        write_roadmap(tx, &roadmap, BUNDLED_SOURCE, Some(&hash))?;
    }
    Ok(())
}

/// The hash of each bundled roadmap's text, in `BUNDLED` order, computed at
/// build time. The binary's version is hashed too: a new studyplan may
/// serialize roadmaps differently, so it imports them again.
const BUNDLED_HASHES: [u64; BUNDLED.len()] = {
    let mut hashes = [0; BUNDLED.len()];
    let mut i = 0;
    while i < BUNDLED.len() {
        hashes[i] = fnv1a(&[
            env!("CARGO_PKG_VERSION").as_bytes(),
            b"\0",
            BUNDLED[i].source.as_bytes(),
        ]);
        i += 1;
    }
    hashes
};

/// The bundled roadmaps missing from the database or stored from another
/// text, parsed, each with the hash of its text.
fn stale_bundled(conn: &Connection) -> StoreResult<Vec<(Roadmap, String)>> {
    let stored: Vec<(String, String, Option<String>)> = {
        let mut stmt = conn
            .prepare_cached("SELECT id, source, text_hash FROM roadmap")
            .wrap_err("cannot prepare the bundled roadmap query")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .and_then(|rows| rows.collect::<Result<_, _>>())
            .wrap_err("cannot list the roadmaps in the database")?
    };
    let mut stale = Vec::new();
    for (bundled, hash) in BUNDLED.iter().zip(BUNDLED_HASHES) {
        let hash = hex(hash);
        let skip = stored.iter().any(|(id, source, text_hash)| {
            id == bundled.id && (source != BUNDLED_SOURCE || text_hash.as_deref() == Some(hash.as_str()))
        });
        if skip {
            continue;
        }
        let origin = format!("bundled:{}", bundled.file_name);
        let roadmap = parse_str(bundled.source, &origin).map_err(|e| {
            crate::error::StudyError::bug(format!("the bundled roadmap {} does not load:\n{e}", bundled.file_name))
        })?;
        stale.push((roadmap, hash));
    }
    Ok(stale)
}

/// All stored roadmaps, by id.
pub fn roadmaps(conn: &Connection) -> StoreResult<Vec<StoredRoadmap>> {
    let mut stmt = conn
        .prepare_cached("SELECT id, title, summary, weeks, source FROM roadmap ORDER BY id")
        .wrap_err("cannot prepare the roadmap list")?;
    stmt.query_map([], |r| {
        Ok(StoredRoadmap {
            id: r.get(0)?,
            title: r.get(1)?,
            summary: r.get(2)?,
            weeks: r.get(3)?,
            source: r.get(4)?,
        })
    })
    .and_then(|rows| rows.collect())
    .wrap_err("cannot list the roadmaps in the database")
}

/// The stored roadmap `id`, rebuilt from its JSON.
pub fn roadmap(conn: &Connection, id: &str) -> StoreResult<Roadmap> {
    let shown = clean_line(id);
    let row: Option<(String, String)> = conn
        .query_row("SELECT body, source FROM roadmap WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()
        .wrap_err_with(|| format!("cannot read roadmap {shown}"))?;
    let Some((body, source)) = row else {
        return Err(unknown_roadmap(conn, id));
    };
    match serde_json::from_str::<Roadmap>(&body) {
        Ok(roadmap) => Ok(roadmap),
        // Stored by another studyplan version: a bundled roadmap can be read from the binary.
        Err(e) => match crate::roadmap::bundled::find(id).filter(|_| source == BUNDLED_SOURCE) {
            Some(b) => parse_str(b.source, &format!("bundled:{}", b.file_name)).map_err(|le| {
                crate::error::StudyError::bug(format!("the bundled roadmap {} does not load:\n{le}", b.file_name))
                    .into()
            }),
            None => Err(eyre!(
                "the stored copy of roadmap {shown} cannot be read ({}); re-import it with \
                 `studyplan roadmap import {}`",
                clean_line(&e.to_string()),
                clean_line(&source)
            )),
        },
    }
}

/// "unknown roadmap" with the list of known ids.
pub fn unknown_roadmap(conn: &Connection, id: &str) -> color_eyre::Report {
    let id = clean_line(id);
    let known = roadmaps(conn)
        .map(|list| {
            list.iter()
                .map(|r| clean_line(&r.id).into_owned())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    if known.is_empty() {
        crate::refusal!("unknown roadmap `{id}`: no roadmap is imported yet")
    } else {
        crate::refusal!("unknown roadmap `{id}`; known roadmaps: {known}")
    }
}
