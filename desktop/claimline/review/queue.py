"""The review queue: undecided claims, the ones the extractor was least sure of first."""

from __future__ import annotations

from collections.abc import Iterable

from claimline.model import Claim, Doubt


def review_queue(claims: Iterable[Claim]) -> list[Claim]:
    """Claims still as extracted, by descending doubt (``Doubt.weight``), then in report and text order."""
    pending = [(i, c) for i, c in enumerate(claims) if c.status == "extracted"]
    pending.sort(key=lambda ic: (-Doubt.weight(ic[1].uncertain), ic[0]))
    return [c for _, c in pending]
