"""Turn a Report into dated claims and place mentions. Qt-free; one module per rule family.

``times`` is the date grammar, ``quotes`` finds sentences, quotations and attributions, ``places``
the gazetteer matches and ``claims`` assembles them into claims.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import cache
from importlib import resources

from claimline.extract.claims import find_claims
from claimline.extract.places import find_places
from claimline.extract.times import find_times
from claimline.extract.uncertainty import doubts
from claimline.geo.gazetteer import geodata_dir
from claimline.model import Claim, Doubt, Extraction, Report, claim_id


def extract(report: Report) -> Extraction:
    """The claims and place mentions of one report; every offset points into ``report.text``.

    Each claim carries its stable id and the reasons the extractor is unsure of it."""
    places = find_places(report.text)
    report_hash = report.content_hash
    claims = tuple(_finished(c, report, report_hash) for c in find_claims(report, places))
    return Extraction(report=report, claims=claims, places=tuple(places))


@cache
def extractor_version() -> str:
    """A fingerprint of the rules and the gazetteer: stored claims made by another version are made again.

    Computed from the files themselves, so that no rule change can forget to bump a number."""
    digest = hashlib.sha256()
    package = resources.files("claimline.extract")
    files = sorted((f for f in _files(package) if f.name.endswith((".py", ".txt", ".csv", ".json", ".yaml"))),
                   key=lambda f: str(f))
    gazetteer = [geodata_dir() / name for name in ("gazetteer.csv", "aliases.csv", "stopnames.txt", "spellings.csv")]
    for file in [*files, *(g for g in gazetteer if g.is_file())]:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _files(folder):
    for entry in folder.iterdir():
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _files(entry)
        else:
            yield entry


def _finished(claim: Claim, report: Report, report_hash: str) -> Claim:
    reasons = claim.uncertain + tuple(d for d in doubts(claim, report) if d not in claim.uncertain)
    return replace(claim, id=claim_id(report_hash, claim.start, claim.end, claim.when),
                   uncertain=tuple(sorted(reasons, key=lambda r: -Doubt.WEIGHTS.get(r, 1))))


__all__ = ["extract", "extractor_version", "find_claims", "find_places", "find_times"]
