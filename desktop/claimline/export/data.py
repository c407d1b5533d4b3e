"""Data export: the claims JSON document, for other tools."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from claimline.corpus import Corpus
from claimline.model import Claim, Report

CSV_COLUMNS = ("start", "end", "precision", "when_text", "provinces", "inferred_provinces", "source", "quote",
               "report_title", "outlet", "published", "url", "report_path")


def _write_atomically(out: Path, text: str) -> None:
    """Write ``text`` to ``out`` through a temporary file: a failed write never leaves half a file behind."""
    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=out.name, suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_claims_json(corpus: Corpus, out: Path, *, rejected: bool = True) -> None:
    """The claims JSON document (the README's contract) for every open report (``rejected``: with them)."""
    _write_atomically(out, json.dumps(corpus.to_json(rejected=rejected), ensure_ascii=False, indent=1))


def write_claims_csv(claims: Iterable[Claim], report_of: Callable[[str], Report | None], out: Path) -> None:
    """One row per claim, for spreadsheets; UTF-8 with a BOM so that Excel reads Hangul correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for claim in claims:
        report = report_of(claim.report_path)
        when = claim.when
        writer.writerow([
            when.start.isoformat() if when.start else "", when.end.isoformat() if when.end else "",
            when.precision, when.text,
            ";".join(p.code for p in claim.places if not p.inferred),
            ";".join(p.code for p in claim.places if p.inferred),
            claim.source, claim.quote,
            report.title if report else "", (report.outlet or "") if report else "",
            report.published.isoformat() if report and report.published else "",
            (report.url or "") if report else "", claim.report_path,
        ])
    _write_atomically(out, "\ufeff" + buffer.getvalue())
