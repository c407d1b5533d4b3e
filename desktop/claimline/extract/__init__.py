"""Turn a Report into dated claims and place mentions. Qt-free; one module per rule family.

``times`` is the date grammar, ``quotes`` finds sentences, quotations and attributions, ``places``
the gazetteer matches and ``claims`` assembles them into claims.
"""

from __future__ import annotations

from dataclasses import replace

from claimline.extract.claims import find_claims
from claimline.extract.places import find_places
from claimline.extract.times import find_times
from claimline.extract.uncertainty import doubts
from claimline.model import Claim, Extraction, Report, claim_id


def extract(report: Report) -> Extraction:
    """The claims and place mentions of one report; every offset points into ``report.text``.

    Each claim carries its stable id and the reasons the extractor is unsure of it."""
    places = find_places(report.text)
    report_hash = report.content_hash
    claims = tuple(_finished(c, report, report_hash) for c in find_claims(report, places))
    return Extraction(report=report, claims=claims, places=tuple(places))


def _finished(claim: Claim, report: Report, report_hash: str) -> Claim:
    return replace(claim, id=claim_id(report_hash, claim.start, claim.end, claim.when),
                   uncertain=claim.uncertain + tuple(d for d in doubts(claim, report) if d not in claim.uncertain))


__all__ = ["extract", "find_claims", "find_places", "find_times"]
