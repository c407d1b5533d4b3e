"""A project: one SQLite file (``.claimline``) with the analyst's imported reports and edits.

Every write is one transaction in a WAL journal, so a failure leaves the previous state. A file that
is not ours, or is from a newer version, is refused before anything is written to it.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from claimline.corpus import Corpus
from claimline.extract import extract
from claimline.model import Published, Report
from claimline.store import search
from claimline.store.rows import COLUMNS, published_from, published_values, report_from, report_row
from claimline.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate
from claimline.tasks import TaskState

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
UPSERT = (
    f"INSERT INTO reports ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    f" ON CONFLICT(path) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in COLUMNS[1:])}"
)
SELECT_REPORTS = """
    SELECT r.path, r.title, r.text, r.outlet, r.url,
        CASE WHEN e.report_id IS NULL THEN r.published ELSE e.published END,
        CASE WHEN e.report_id IS NULL THEN r.published_precision ELSE e.published_precision END,
        r.author, r.raw, r.notes
    FROM reports r LEFT JOIN published_edits e ON e.report_id = r.id ORDER BY r.id"""
SELECT_IMPORTED = f"SELECT {', '.join(COLUMNS)} FROM reports ORDER BY id"


class ProjectError(Exception):
    """A project file that cannot be opened or written, said in words an analyst understands."""


class Project:
    """An open project file; use ``Project.open(path)``, and close it (or use it as a context manager)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()  # the connection serves the GUI thread and one worker
        self._indexed = search.has_index(conn)

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open the project at ``path``, creating it if missing and migrating an older one."""
        path = Path(path)
        created = _is_new(path) and not path.exists()
        conn = _connect(path)
        try:
            _prepare(conn, path)
        except BaseException:
            conn.close()
            if created:
                _remove_new_file(path)
            raise
        return cls(path, conn)

    def add_reports(self, reports: Iterable[Report]) -> None:
        """Add reports, replacing any with the same path in place (the analyst's edits stay)."""
        rows = [report_row(r) for r in reports]
        with self._writing("save the reports") as conn:
            conn.executemany(UPSERT, rows)

    def remove_reports(self, paths: Iterable[str]) -> None:
        """Remove the reports at ``paths`` with their edits; unknown paths are ignored."""
        chosen = _path_list(paths)
        with self._writing("remove the reports") as conn:
            conn.executemany("DELETE FROM reports WHERE path = ?", [(p,) for p in chosen])

    def set_published(self, paths: Iterable[str], published: Published | None) -> None:
        """The analyst's published date for ``paths`` (None: "no date"); the imported one is kept apart."""
        chosen, value = _path_list(paths), published_values(published)
        with self._writing("set the published date") as conn:
            for path in chosen:
                _set_published_edit(conn, path, value)

    def clear_published(self, paths: Iterable[str]) -> None:
        """Drop the analyst's published date for ``paths``, so the imported one applies again."""
        chosen = _path_list(paths)
        with self._writing("clear the published date") as conn:
            conn.executemany(
                "DELETE FROM published_edits WHERE report_id = (SELECT id FROM reports WHERE path = ?)",
                [(p,) for p in chosen],
            )

    def published_edits(self) -> dict[str, Published | None]:
        """The published dates the analyst set by hand, by report path."""
        sql = (
            "SELECT r.path, e.published, e.published_precision FROM published_edits e"
            " JOIN reports r ON r.id = e.report_id ORDER BY r.id"
        )
        with self._reading() as conn:
            return {path: published_from(value, precision) for path, value, precision in conn.execute(sql)}

    def reports(self, *, with_edits: bool = True) -> list[Report]:
        """The reports in import order, with the analyst's edits applied unless ``with_edits`` is False."""
        with self._reading() as conn:
            return [
                report_from(row) for row in conn.execute(SELECT_REPORTS if with_edits else SELECT_IMPORTED)
            ]

    def load_corpus(self, state: TaskState | None = None) -> Corpus:
        """The reports with their claims extracted anew; progress and cancellation through ``state``."""
        state = state or TaskState()
        reports = self.reports()
        extractions = []
        for done, report in enumerate(reports):
            state.check()
            state.set_progress(done, len(reports), f"extracting {report.title}")
            extractions.append(extract(report))
        state.set_progress(len(reports), len(reports), "")
        return Corpus(extractions)

    def search(self, query: str) -> list[str]:
        """Paths of reports whose title or text holds every word of ``query``, in import order.

        A blank query matches every report. With FTS5 words match as prefixes ("market" finds
        "markets"); the LIKE fallback matches them anywhere in a word.
        """
        terms = search.words(query)
        with self._reading() as conn:
            if not query.strip():
                return [row[0] for row in conn.execute("SELECT path FROM reports ORDER BY id")]
            if not terms:
                return []
            return search.match_paths(conn, terms) if self._indexed else search.like_paths(conn, terms)

    def save_as(self, path: str | Path) -> Project:
        """Copy this project to ``path`` (replacing any file there only once the copy is whole) and open it."""
        path = Path(path)
        if path.resolve() == self.path.resolve():
            raise ProjectError(f"{path} is this project's own file: it is already saved")
        partial = path.with_name(f".{path.name}.partial")
        _remove_new_file(partial)
        try:
            target = sqlite3.connect(partial)
            try:
                with self._lock:
                    self._conn.backup(target)
            finally:
                target.close()
            os.replace(partial, path)
        except (OSError, sqlite3.Error) as exc:
            _remove_new_file(partial)
            raise ProjectError(f"could not save a copy as {path}: {exc}") from exc
        return Project.open(path)

    def close(self) -> None:
        """Close the file; the WAL is checkpointed into it. Closing twice is harmless."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock, _errors_as_project_errors(f"could not read {self.path.name}"):
            yield self._conn

    @contextmanager
    def _writing(self, what: str) -> Iterator[sqlite3.Connection]:
        errors = _errors_as_project_errors(f"could not {what} in {self.path.name}")
        with self._lock, errors, _transaction(self._conn):
            yield self._conn


def _is_new(path: Path) -> bool:
    """True for a missing or empty file; raise ProjectError for anything but one of our projects."""
    if path.is_dir():
        raise ProjectError(f"{path} is a folder, not a Claimline project")
    try:
        with path.open("rb") as file:
            header = file.read(HEADER_SIZE)
    except FileNotFoundError:
        return True
    except OSError as exc:
        raise ProjectError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if header:
        _check_header(path, header)
    return not header


def _check_header(path: Path, header: bytes) -> None:
    """Refuse a file whose SQLite header is not ours or names a newer schema version."""
    application_id = int.from_bytes(header[68:72], "big") if len(header) == HEADER_SIZE else None
    if not header.startswith(SQLITE_MAGIC) or application_id != APPLICATION_ID:
        raise ProjectError(f"{path} is not a Claimline project")
    _check_version(path, int.from_bytes(header[60:64], "big", signed=True))


def _check_version(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise ProjectError(
            f"{path} was saved by a newer version of Claimline (project format {version}; this version "
            f"reads formats up to {SCHEMA_VERSION}). Update Claimline to open it."
        )


def _connect(path: Path) -> sqlite3.Connection:
    try:
        # Autocommit: transactions are explicit (see _transaction); a worker thread may load the corpus.
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise ProjectError(f"cannot open {path}: {exc}") from exc


def _prepare(conn: sqlite3.Connection, path: Path) -> None:
    """Migrate to the current schema, then switch to WAL and make sure the search index is current."""
    with _errors_as_project_errors(f"cannot open {path}"):
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        _check_version(path, version)  # the header may be stale while a WAL holds newer pages
        if version < SCHEMA_VERSION:
            with _transaction(conn):
                migrate(conn, version)
        # After the first commit, so a new file's header names it ours even if we crash before a checkpoint.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        fts5 = search.fts5_available()
        if fts5 != search.has_index(conn):
            with _transaction(conn):
                search.ensure_index(conn, fts5)


def _remove_new_file(path: Path) -> None:
    """Remove a project file we created and failed to set up, with its journal files."""
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))):
        leftover.unlink(missing_ok=True)


def _set_published_edit(conn: sqlite3.Connection, path: str, value: tuple[str | None, str | None]) -> None:
    """Record an edit, or drop it when it says what was imported anyway."""
    row = conn.execute(
        "SELECT id, published, published_precision FROM reports WHERE path = ?", (path,)
    ).fetchone()
    if row is None:
        return
    report_id, imported = row[0], tuple(row[1:])
    if imported == value:
        conn.execute("DELETE FROM published_edits WHERE report_id = ?", (report_id,))
        return
    conn.execute(
        "INSERT OR REPLACE INTO published_edits (report_id, published, published_precision) VALUES (?, ?, ?)",
        (report_id, *value),
    )


def _path_list(paths: Iterable[str]) -> list[str]:
    if isinstance(paths, str):
        raise TypeError("pass a list of report paths, not one path as a string")
    return list(paths)


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction: everything inside commits together or not at all."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextmanager
def _errors_as_project_errors(message: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise ProjectError(f"{message}: {exc}") from exc
