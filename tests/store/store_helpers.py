"""Helpers for the project-file tests: small reports and a raw look at the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from claimline.model import Published, Report


def make_report(path: str, text: str = "Rice prices rose in Hyesan last week.", **fields: object) -> Report:
    """A report with every field filled unless overridden."""
    values: dict[str, object] = {
        "title": f"Report {path}",
        "outlet": "Daily NK",
        "url": f"https://example.org/{path}",
        "published": Published.parse("2018-10"),
        "author": "Kim",
        "raw": text.encode("utf-8"),
        "notes": ("re-decoded CP949 mojibake",),
    }
    values.update(fields)
    return Report(path=path, text=text, **values)  # type: ignore[arg-type]


def raw_sql(path: Path, *statements: str) -> list[tuple]:
    """Run SQL on the file outside Project; the last statement's rows."""
    conn = sqlite3.connect(path)
    try:
        rows: list[tuple] = []
        for statement in statements:
            rows = conn.execute(statement).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()
