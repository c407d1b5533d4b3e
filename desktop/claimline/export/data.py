"""Data export for spreadsheets and other tools: the claims as CSV and as the claims JSON document. Qt-free."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from pathlib import Path

from claimline import jsontext
from claimline.corpus import Corpus
from claimline.export.files import write_text
from claimline.model import Claim, Report

CSV_COLUMNS = ("start", "end", "precision", "when_text", "provinces", "inferred_provinces", "source", "quote",
               "report_title", "outlet", "published", "url", "report_path", "id", "status", "grade", "tags",
               "note")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may run as a formula (OWASP's list)


def neutralised(cell: str) -> str:
    """``cell`` as a spreadsheet shows it but never runs it: a leading ``'`` before a formula start."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def write_claims_json(corpus: Corpus, out: Path, *, rejected: bool = True,
                      claims: Iterable[Claim] | None = None) -> None:
    """The claims JSON document (the README's contract); ``rejected``: with rejected claims; ``claims``: only
    these (the reports without any of them left out), for an export of what a filter shows."""
    document = corpus.to_json(rejected=rejected)
    if claims is not None:
        document = only_claims(document, {c.id for c in claims})
    write_text(out, jsontext.dumps(document, ensure_ascii=False) + "\n")


def only_claims(document: dict, ids: set[str]) -> dict:
    """The claims document with only the claims whose id is in ``ids``, and only the reports that have one."""
    reports = []
    for report in document["reports"]:
        kept = [c for c in report["claims"] if c["id"] in ids]
        if kept:
            reports.append({**report, "claims": kept})
    return {**document, "reports": reports}


def csv_row(claim: Claim, report: Report | None) -> list[str]:
    """One claim's cells, in CSV_COLUMNS order, as text."""
    when = claim.when
    return [
        when.start.isoformat() if when.start else "", when.end.isoformat() if when.end else "",
        when.precision, when.text,
        ";".join(p.code for p in claim.places if not p.inferred),
        ";".join(p.code for p in claim.places if p.inferred),
        claim.source, claim.quote,
        report.title if report else "", (report.outlet or "") if report else "",
        report.published.isoformat() if report and report.published else "",
        (report.url or "") if report else "", claim.report_path,
        claim.id, claim.status, claim.grade or "", ";".join(claim.tags), claim.note,
    ]


def write_claims_csv(claims: Iterable[Claim], report_of: Callable[[str], Report | None], out: Path) -> None:
    """One row per claim, for spreadsheets: UTF-8 with a BOM so that Excel reads Hangul correctly, and no
    cell that a spreadsheet would run as a formula (a quote may well start with "-" or "=")."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for claim in claims:
        writer.writerow([neutralised(cell) for cell in csv_row(claim, report_of(claim.report_path))])
    write_text(out, "\ufeff" + buffer.getvalue())
