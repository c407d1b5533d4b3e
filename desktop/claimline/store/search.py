"""Full-text search over report titles and text: an FTS5 index when SQLite has it, LIKE otherwise.

The index is derived data, like claims: it is not part of the schema version, and is created or
rebuilt when a project is opened by an SQLite that has FTS5 and finds it missing or stale.
"""

from __future__ import annotations

import re
import sqlite3

INDEX = "report_search"
TRIGGERS = {
    "report_search_insert": "AFTER INSERT ON reports BEGIN {insert} END",
    "report_search_delete": "AFTER DELETE ON reports BEGIN {delete} END",
    "report_search_update": "AFTER UPDATE OF title, text ON reports BEGIN {delete} {insert} END",
}
INSERT = f"INSERT INTO {INDEX}(rowid, title, text) VALUES (new.id, new.title, new.text);"
DELETE = f"INSERT INTO {INDEX}({INDEX}, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
WORD = re.compile(r"\w+")


def fts5_available() -> bool:
    """Whether this SQLite was built with FTS5."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()
    return True


def ensure_index(conn: sqlite3.Connection, fts5: bool) -> None:
    """Create the index and its triggers if missing (rebuilding it), or drop the triggers without FTS5."""
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if not fts5:
        for trigger in TRIGGERS.keys() & names:
            conn.execute(f"DROP TRIGGER {trigger}")  # without FTS5 they would fail every write
        return
    if INDEX not in names:
        conn.execute(
            f"CREATE VIRTUAL TABLE {INDEX} USING fts5(title, text, content='reports', content_rowid='id',"
            " tokenize='unicode61 remove_diacritics 2')"
        )
    if TRIGGERS.keys() <= names:
        return
    for trigger, body in TRIGGERS.items():
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.execute(f"CREATE TRIGGER {trigger} {body.format(insert=INSERT, delete=DELETE)}")
    conn.execute(f"INSERT INTO {INDEX}({INDEX}) VALUES ('rebuild')")


def has_index(conn: sqlite3.Connection) -> bool:
    """Whether the index exists and its triggers keep it current."""
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    return INDEX in names and TRIGGERS.keys() <= names


def words(query: str) -> list[str]:
    """The words of a query; punctuation and FTS5 operators are not syntax here."""
    return WORD.findall(query)


def match_paths(conn: sqlite3.Connection, terms: list[str]) -> list[str]:
    """Paths of reports holding every term as a word prefix, in import order."""
    expression = " ".join(f'"{term}"*' for term in terms)
    sql = (
        f"SELECT path FROM reports WHERE id IN (SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH ?) ORDER BY id"
    )
    return [row[0] for row in conn.execute(sql, (expression,))]


def like_paths(conn: sqlite3.Connection, terms: list[str]) -> list[str]:
    """Paths of reports holding every term as a substring (the fallback without FTS5), in import order."""
    condition = " AND ".join(["(title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')"] * len(terms))
    patterns = [p for term in terms for p in (_like_pattern(term),) * 2]
    return [
        row[0] for row in conn.execute(f"SELECT path FROM reports WHERE {condition} ORDER BY id", patterns)
    ]


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
