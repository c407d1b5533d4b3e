"""A project: one SQLite file (``.claimline``) with the analyst's reports, the extractor's claims and the review.

Every write is one transaction with a rollback journal and full sync: once a write returns, it is on disk,
and the file is complete on its own (copy it at any idle moment). One window at a time may write to a
project: it holds a lock beside the file, released by the system if the app dies. A file that is not ours,
is from a newer version, or is an empty file that nobody said to take over, is refused untouched.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from claimline.model import Claim, Extraction, PlaceMention, Published, Report
from claimline.paths import backups_dir
from claimline.review import ClaimEdit, Decision, Edit, EditBatch, GradeEdit, Review
from claimline.store import search
from claimline.store.lock import LockHeld, ProjectLock
from claimline.store.rows import (
    COLUMNS,
    anchor_from_json,
    anchor_json,
    claim_from_json,
    claim_json,
    extracted_from_json,
    extracted_json,
    mentions_from_json,
    mentions_json,
    published_from,
    published_key,
    published_values,
    report_from,
    report_row,
)
from claimline.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
UPSERT = (
    f"INSERT INTO reports ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    f" ON CONFLICT(path) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in COLUMNS[1:])}"
)
EDITED_COLUMNS = {  # the analyst's published date, where they set one, over the imported one
    "published": "CASE WHEN e.report_id IS NULL THEN r.published ELSE e.published END",
    "published_precision": "CASE WHEN e.report_id IS NULL THEN r.published_precision ELSE e.published_precision END",
}


def _select_reports(*, with_edits: bool, raw: bool) -> str:
    """The reports in COLUMNS order; ``raw`` False reads empty original bytes (the views never need them)."""
    columns = [EDITED_COLUMNS.get(c, f"r.{c}") if with_edits else f"r.{c}" for c in COLUMNS]
    if not raw:
        columns[COLUMNS.index("raw")] = "x''"
    join = " LEFT JOIN published_edits e ON e.report_id = r.id" if with_edits else ""
    return f"SELECT {', '.join(columns)} FROM reports r{join} ORDER BY r.id"
SELECT_EXTRACTIONS = """
    SELECT r.path, x.extractor, x.published, x.claims, x.places FROM extractions x JOIN reports r ON r.id = x.report_id"""
UPSERT_EXTRACTION = """
    INSERT OR REPLACE INTO extractions (report_id, extractor, published, claims, places)
    SELECT id, ?, ?, ?, ? FROM reports WHERE path = ?"""
UPSERT_DECISION = """
    INSERT OR REPLACE INTO decisions (id, report_path, status, anchor, claim, created_at, edited_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)"""
BACKUPS_KEPT = 5


class ProjectError(Exception):
    """A project file that cannot be opened or written, said in words an analyst understands."""


class ProjectLocked(ProjectError):
    """The project is open for writing in another Claimline window."""


class EmptyProjectFile(ProjectError):
    """An existing empty file: made a project only when the analyst says so (``adopt_empty``)."""


@dataclass(frozen=True)
class StoredExtraction:
    """A report's claims as stored, with the extractor version and the published date that made them."""

    extractor: str
    published: str | None
    claims: tuple[Claim, ...]
    places: tuple[PlaceMention, ...]


class Project:
    """An open project file; use ``Project.open(path)``, and close it (or use it as a context manager)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool = False,
                 file_lock: ProjectLock | None = None) -> None:
        self.path = path
        self.read_only = read_only
        self._conn = conn
        self._file_lock = file_lock
        self._lock = threading.RLock()  # the connection serves the GUI thread and one worker
        self._indexed = search.has_index(conn)

    @classmethod
    def open(cls, path: str | Path, *, adopt_empty: bool = False, backup: bool = True) -> Project:
        """Open the project at ``path`` for writing, creating it if missing and migrating an older one.

        Refused when another window has it open (ProjectLocked), or when it is an existing empty file and
        ``adopt_empty`` is False (EmptyProjectFile). A file with content is backed up first (``backup``)."""
        path = Path(path)
        new = _is_new(path)
        if new and path.exists() and not adopt_empty:
            raise EmptyProjectFile(f"{path.name} is an empty file, not a Claimline project yet")
        file_lock = _acquire(path)
        created = new and not path.exists()
        try:
            if backup and not new:
                make_backup(path)
            conn = _connect(path)
        except BaseException:
            file_lock.release()
            raise
        try:
            _prepare(conn, path)
        except BaseException:
            conn.close()
            file_lock.release()
            if created:
                _remove_new_file(path)
            raise
        return cls(path, conn, file_lock=file_lock)

    @classmethod
    def open_read_only(cls, path: str | Path) -> Project:
        """Open an existing project to read it, even while a window has it open; nothing is ever written.

        An older project is migrated in memory, never on disk."""
        path = Path(path)
        if _is_new(path):
            raise ProjectError(f"{path.name} is not a Claimline project" + ("" if path.exists() else " (no such file)"))
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False)
            with _errors_as_project_errors(f"cannot read {path.name}"):
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                _check_version(path, version)
                _check_integrity(conn, path)
                if version < SCHEMA_VERSION:
                    conn = _migrated_in_memory(conn, version)
        except sqlite3.Error as exc:
            raise ProjectError(f"cannot read {path.name}: {exc}") from exc
        return cls(path, conn, read_only=True)

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

    def reports(self, *, with_edits: bool = True, raw: bool = True) -> list[Report]:
        """The reports in import order, with the analyst's edits applied unless ``with_edits`` is False, and
        their original bytes unless ``raw`` is False (the views never need them; they stay in the file)."""
        with self._reading() as conn:
            return [report_from(row) for row in conn.execute(_select_reports(with_edits=with_edits, raw=raw))]

    # -- the extractor's claims ---------------------------------------------------------------
    def stored_extractions(self, texts: dict[str, str]) -> dict[str, StoredExtraction]:
        """The stored claims and place mentions of the reports whose bodies ``texts`` gives, by report path."""
        stored = {}
        with self._reading() as conn:
            for path, extractor, published, claims, places in conn.execute(SELECT_EXTRACTIONS):
                if path in texts:
                    try:
                        found = (extracted_from_json(claims, path, texts[path]), mentions_from_json(places))
                    except (ValueError, TypeError):  # unreadable (an older layout, a damaged row): made again
                        continue
                    stored[path] = StoredExtraction(extractor, published, *found)
        return stored

    def put_extractions(self, extractions: Iterable[Extraction], extractor: str) -> None:
        """Store what the extractor found in these reports (replacing what an older version found)."""
        rows = [
            (extractor, published_key(e.report.published),
             extracted_json(e.claims), mentions_json(e.places),
             e.report.path)
            for e in extractions
        ]
        if rows:
            with self._writing("store the claims") as conn:
                conn.executemany(UPSERT_EXTRACTION, rows)

    # -- the review ---------------------------------------------------------------------------
    def review(self) -> Review:
        """Every decision and source grade in the project."""
        with self._reading() as conn:
            decisions = {
                decision_id: Decision(claim_from_json(json.loads(claim), report_path), anchor_from_json(anchor), created)
                for decision_id, report_path, anchor, claim, created in conn.execute(
                    "SELECT id, report_path, anchor, claim, created_at FROM decisions")
            }
            grades = {(outlet, source): grade for outlet, source, grade in conn.execute(
                "SELECT outlet, source, reliability FROM source_grades")}
        return Review(decisions, grades)

    def write_edit(self, edit: Edit, *, at: str) -> None:
        """Apply one edit (a batch in one transaction) to the stored review, with a line in the review log."""
        with self._writing(f"save “{edit.label}”") as conn:
            for single in edit.edits if isinstance(edit, EditBatch) else (edit,):
                if isinstance(single, ClaimEdit):
                    _write_decision(conn, single, at)
                elif isinstance(single, GradeEdit):
                    _write_grade(conn, single, at)

    def move_decisions(self, old_path: str, new_path: str) -> None:
        """A report replaced by a newer version keeps its decisions: they re-attach by quote and time text."""
        with self._writing("keep the review of a replaced report") as conn:
            rows = conn.execute("SELECT id, claim FROM decisions WHERE report_path = ?", (old_path,)).fetchall()
            for decision_id, claim in rows:
                data = json.loads(claim)
                conn.execute("UPDATE decisions SET report_path = ?, claim = ? WHERE id = ?",
                             (new_path, json.dumps(data, ensure_ascii=False), decision_id))

    def review_log(self) -> list[tuple[str, str, str]]:
        """(when, what, target) of every edit, oldest first."""
        with self._reading() as conn:
            return conn.execute("SELECT at, label, target FROM review_log ORDER BY id").fetchall()

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
        file_lock = _acquire(path)
        partial = path.with_name(f".{path.name}.partial")
        _remove_new_file(partial)
        try:
            with self._lock:
                _backup_to(self._conn, path)
            conn = _connect(path)
            _prepare(conn, path)
        except (OSError, sqlite3.Error, ProjectError) as exc:
            file_lock.release()
            _remove_new_file(partial)
            raise ProjectError(f"could not save a copy as {path}: {exc}") from exc
        return Project(path, conn, file_lock=file_lock)

    def close(self) -> None:
        """Close the file and release its lock. Closing twice is harmless."""
        with self._lock:
            self._conn.close()
            if self._file_lock is not None:
                self._file_lock.release()
                self._file_lock = None

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
        if self.read_only:
            raise ProjectError(f"could not {what}: {self.path.name} is open read-only")
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
        if version > 0:
            _check_integrity(conn, path)
        if version < SCHEMA_VERSION:
            with _transaction(conn):
                migrate(conn, version)
        # A rollback journal (not WAL): after every commit the file alone holds the whole project.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        fts5 = search.fts5_available()
        if fts5 != search.has_index(conn):
            with _transaction(conn):
                search.ensure_index(conn, fts5)


def _acquire(path: Path) -> ProjectLock:
    """Take the project's write lock, or say who has it; the system drops it if the holder dies."""
    lock = ProjectLock(path)
    try:
        lock.acquire()
    except LockHeld as held:
        raise ProjectLocked(
            f"{path.name} is open in another Claimline window ({held.holder}). Close it there first; to read it "
            f"meanwhile, use claimline extract or export, which open it read-only."
        ) from None
    except FileNotFoundError as exc:
        raise ProjectError(f"cannot open {path}: the folder {path.parent} does not exist") from exc
    except OSError as exc:
        raise ProjectError(f"cannot open {path} for writing: {exc.strerror or exc}") from exc
    return lock


def make_backup(path: Path) -> Path | None:
    """Copy the project into its backups folder (the newest BACKUPS_KEPT are kept); None when there is nothing
    to back up. A copy that fails is not a reason to refuse the project: the file itself is untouched."""
    folder = backups_dir(path)
    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    target = folder / f"{path.stem} {stamp}.claimline"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _backup_to(source, target)
        finally:
            source.close()
    except (OSError, sqlite3.Error):
        target.unlink(missing_ok=True)
        return None
    for old in sorted(folder.glob("*.claimline"))[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return target


def backups(path: Path) -> list[Path]:
    """The project's backups, newest first."""
    return sorted(backups_dir(path).glob("*.claimline"), reverse=True)


def _backup_to(source: sqlite3.Connection, target: Path) -> None:
    partial = target.with_name(f".{target.name}.partial")
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    os.replace(partial, target)


def _migrated_in_memory(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.backup(memory)
    conn.close()
    with _transaction(memory):
        migrate(memory, version)
    return memory


def _write_decision(conn: sqlite3.Connection, edit: ClaimEdit, at: str) -> None:
    after = edit.after
    if after is None:
        conn.execute("DELETE FROM decisions WHERE id = ?", (edit.claim_id,))
    else:
        conn.execute(UPSERT_DECISION, (
            edit.claim_id, after.report_path, after.claim.status, anchor_json(after.anchor),
            json.dumps(claim_json(after.claim), ensure_ascii=False), after.created_at, after.claim.edited_at or at))
    conn.execute("INSERT INTO review_log (at, label, target, before, after) VALUES (?, ?, ?, ?, ?)",
                 (at, edit.label, edit.claim_id, _decision_log(edit.before), _decision_log(after)))


def _decision_log(decision: Decision | None) -> str | None:
    return None if decision is None else json.dumps(claim_json(decision.claim), ensure_ascii=False)


def _write_grade(conn: sqlite3.Connection, edit: GradeEdit, at: str) -> None:
    outlet, source = edit.source
    if edit.after is None:
        conn.execute("DELETE FROM source_grades WHERE outlet = ? AND source = ?", (outlet, source))
    else:
        conn.execute("INSERT OR REPLACE INTO source_grades (outlet, source, reliability, edited_at) "
                     "VALUES (?, ?, ?, ?)", (outlet, source, edit.after, at))
    conn.execute("INSERT INTO review_log (at, label, target, before, after) VALUES (?, ?, ?, ?, ?)",
                 (at, edit.label, f"source:{outlet}|{source}", edit.before, edit.after))


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged file before anything is written to it (a quick check reads every page once)."""
    problems = [line for row in conn.execute("PRAGMA quick_check(3)") for line in row[0].splitlines()
                if line.strip() and not line.startswith("***")]
    if problems != ["ok"]:
        raise ProjectError(
            f"{path.name} is damaged (SQLite's check: {problems[0].strip()}); it was left as it is. Open one of "
            f"its backups instead (File › Open a backup…)."
        )


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
