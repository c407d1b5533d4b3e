"""The project file's schema: an ordered list of migrations, numbered by ``PRAGMA user_version``.

Migration ``n`` (1-based) turns a version ``n - 1`` file into a version ``n`` file. Version 0 is an
empty file. Never edit a released migration: add a new one, so every older file can still be read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SUFFIX = ".claimline"
APPLICATION_ID = int.from_bytes(b"Clmn", "big")  # in the SQLite header: tells our files from others

Migration = Callable[[sqlite3.Connection], None]


def create_reports(conn: sqlite3.Connection) -> None:
    """Version 1: the imported reports, one row each; ``id`` is the import order."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(
        """CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            outlet TEXT,
            url TEXT,
            published TEXT,             -- ISO day of Published.value
            published_precision TEXT,   -- Published.precision
            author TEXT,
            raw BLOB NOT NULL,          -- the original bytes, kept as supplied
            notes TEXT NOT NULL         -- JSON array: what ingest repaired or guessed
        )"""
    )


def create_published_edits(conn: sqlite3.Connection) -> None:
    """Version 2: published dates the analyst set by hand, kept apart from the imported ones."""
    conn.execute(
        """CREATE TABLE published_edits (
            report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
            published TEXT,             -- NULL with a row present: the analyst said "no date"
            published_precision TEXT,
            edited_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
        )"""
    )


def create_review(conn: sqlite3.Connection) -> None:
    """Version 3: the extractor's claims, stored with the version that made them, and the analyst's review.

    Decisions name their report by path, not by row: a decision outlives a removed or replaced report."""
    conn.execute(
        """CREATE TABLE extractions (
            report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
            extractor TEXT NOT NULL,    -- claimline.extract.extractor_version() of the rules that made them
            published TEXT,             -- the published date they were resolved against: "ISO day/precision"
            claims TEXT NOT NULL,       -- JSON array of claims (store.rows.extracted_json)
            places TEXT NOT NULL        -- JSON array of place mentions
        )"""
    )
    conn.execute(
        """CREATE TABLE decisions (
            id TEXT PRIMARY KEY,        -- the claim's id when first decided, kept for good
            report_path TEXT NOT NULL,
            status TEXT NOT NULL,       -- accepted | rejected | edited | added | extracted (only annotated)
            anchor TEXT,                -- JSON: the extracted claim it was made on; NULL for an added claim
            claim TEXT NOT NULL,        -- JSON: the claim as the analyst left it
            created_at TEXT NOT NULL,
            edited_at TEXT NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX decisions_by_report ON decisions(report_path)")
    conn.execute(
        """CREATE TABLE source_grades (
            outlet TEXT NOT NULL,       -- both folded: review.source_key
            source TEXT NOT NULL,
            reliability TEXT NOT NULL,  -- Admiralty A-F
            edited_at TEXT NOT NULL,
            PRIMARY KEY (outlet, source)
        )"""
    )
    conn.execute(
        """CREATE TABLE review_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,           -- when the edit was made (UTC)
            label TEXT NOT NULL,        -- what the analyst did, in words ("Reject claim")
            target TEXT NOT NULL,       -- a claim id, or "source:OUTLET|SOURCE"
            before TEXT,                -- JSON of the decision or grade before, NULL for none
            after TEXT
        )"""
    )


MIGRATIONS: tuple[Migration, ...] = (create_reports, create_published_edits, create_review)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring a version ``version`` file to SCHEMA_VERSION; the caller holds the transaction."""
    for number, migration in enumerate(MIGRATIONS[version:], version + 1):
        migration(conn)
        conn.execute(f"PRAGMA user_version = {number}")
