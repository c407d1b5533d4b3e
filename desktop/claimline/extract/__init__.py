"""Turn a Report into dated claims and place mentions. Qt-free; one module per rule family.

``times`` is the date grammar, ``quotes`` finds sentences, quotations and attributions, ``places``
the gazetteer matches and ``claims`` assembles them into claims.
"""

from __future__ import annotations

from claimline.extract.claims import find_claims
from claimline.extract.places import find_places
from claimline.extract.times import find_times
from claimline.model import Extraction, Report


def extract(report: Report) -> Extraction:
    """The claims and place mentions of one report; every offset points into ``report.text``."""
    places = find_places(report.text)
    claims = find_claims(report, places)
    return Extraction(report=report, claims=tuple(claims), places=tuple(places))


__all__ = ["extract", "find_claims", "find_places", "find_times"]
