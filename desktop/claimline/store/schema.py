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


MIGRATIONS: tuple[Migration, ...] = (create_reports, create_published_edits)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring a version ``version`` file to SCHEMA_VERSION; the caller holds the transaction."""
    for number, migration in enumerate(MIGRATIONS[version:], version + 1):
        migration(conn)
        conn.execute(f"PRAGMA user_version = {number}")
