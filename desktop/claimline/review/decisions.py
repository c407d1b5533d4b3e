"""Decisions and source grades: the values the review layer keeps, and the review state that holds them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from claimline.model import Claim

SourceKey = tuple[str, str]  # (outlet, attributed source), both normalised


def source_key(outlet: str | None, source: str) -> SourceKey:
    """The key a source is graded under: its outlet and its attribution, case and spacing folded."""
    return (" ".join((outlet or "").split()).casefold(), " ".join(source.split()).casefold())


@dataclass(frozen=True)
class Anchor:
    """Where an extracted claim sat when the analyst decided on it: enough to find it again after the
    extractor changed (its quote, offsets and time text), never a row number."""

    quote: str
    start: int
    end: int
    when_text: str
    when_offset: int

    @classmethod
    def of(cls, claim: Claim) -> Anchor:
        return cls(claim.quote, claim.start, claim.end, claim.when.text, claim.when.offset)


@dataclass(frozen=True)
class Decision:
    """One claim as the analyst left it (``claim.status`` says what they did) and the extracted claim it was
    made on (None for a claim the analyst added). ``claim.id`` is kept for the decision's whole life."""

    claim: Claim
    anchor: Anchor | None
    created_at: str

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def report_path(self) -> str:
        return self.claim.report_path


@dataclass(frozen=True)
class Review:
    """Every decision by claim id and every source grade (A-F) by source key."""

    decisions: Mapping[str, Decision] = field(default_factory=dict)
    grades: Mapping[SourceKey, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "decisions", MappingProxyType(dict(self.decisions)))
        object.__setattr__(self, "grades", MappingProxyType(dict(self.grades)))

    def decision(self, claim_id: str) -> Decision | None:
        return self.decisions.get(claim_id)

    def grade_of(self, outlet: str | None, source: str) -> str | None:
        return self.grades.get(source_key(outlet, source))

    def with_decision(self, claim_id: str, decision: Decision | None) -> Review:
        decisions = dict(self.decisions)
        if decision is None:
            decisions.pop(claim_id, None)
        else:
            decisions[claim_id] = decision
        return Review(decisions, self.grades)

    def with_grade(self, key: SourceKey, grade: str | None) -> Review:
        grades = dict(self.grades)
        if grade is None:
            grades.pop(key, None)
        else:
            grades[key] = grade
        return Review(self.decisions, grades)

    @property
    def tags(self) -> list[str]:
        """Every tag in use, sorted."""
        return sorted({t for d in self.decisions.values() for t in d.claim.tags}, key=str.casefold)
