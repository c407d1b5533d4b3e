"""Turn a Report into dated claims and place mentions. Qt-free; one module per rule family."""

from __future__ import annotations

from claimline.model import Extraction, Report


def extract(report: Report) -> Extraction:
    """Placeholder until the extraction engine lands: finds nothing."""
    return Extraction(report=report, claims=(), places=())


__all__ = ["extract"]
