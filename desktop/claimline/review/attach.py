"""The claims the analyst sees: the extractor's claims with every decision laid over them.

A decision attaches to the extracted claim it was made on by that claim's id (same text, same quote
and time), else by its anchor: the same quote and time text elsewhere in the text, else the extracted
claim whose quote overlaps the anchor most and has the same time text (a rule that widened a quote).
A decision that finds no claim is still shown, as the analyst left it, flagged ``orphaned``; only
untouched extracted claims ever change when the extractor does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from claimline.model import Claim, Extraction
from claimline.review.decisions import Anchor, Decision, Review, source_key


@dataclass
class Reviewed:
    """Every claim as the analyst sees it, in report and text order, and the decisions that found no claim."""

    claims: list[Claim] = field(default_factory=list)
    orphans: list[Decision] = field(default_factory=list)


def reviewed_claims(extractions: Iterable[Extraction], review: Review) -> Reviewed:
    """Lay ``review``'s decisions over the extracted claims; source grades fill in each claim's reliability."""
    by_report: dict[str, list[Decision]] = defaultdict(list)
    for decision in review.decisions.values():
        by_report[decision.report_path].append(decision)
    result = Reviewed()
    for extraction in extractions:
        report = extraction.report
        claims, orphans = _one_report(report.text, extraction.claims, by_report.pop(report.path, []))
        result.claims += [_graded(c, report.outlet, review) for c in claims]
        result.orphans += orphans
    return result


def _graded(claim: Claim, outlet: str | None, review: Review) -> Claim:
    if not review.grades and claim.reliability is None:
        return claim
    reliability = review.grades.get(source_key(outlet, claim.source))
    return claim if reliability == claim.reliability else replace(claim, reliability=reliability)


def _one_report(text: str, extracted: Sequence[Claim], decisions: list[Decision]) -> tuple[list[Claim], list[Decision]]:
    if not decisions:
        return list(extracted), []
    matched = match_decisions(extracted, decisions)
    taken = {index for index in matched.values()}
    shown = [c for i, c in enumerate(extracted) if i not in taken]
    orphans = []
    for decision in decisions:
        claim = _in_text(decision.claim, text)
        if decision.id in matched:
            claim = _dated_as_extracted(claim, extracted[matched[decision.id]])
        elif decision.anchor is not None:
            orphans.append(decision)
            claim = replace(claim, orphaned=True)
        shown.append(claim)
    shown.sort(key=lambda c: (c.start, c.when.offset, c.end))
    return shown, orphans


def match_decisions(extracted: Sequence[Claim], decisions: Iterable[Decision]) -> dict[str, int]:
    """Decision id -> index of the extracted claim it was made on, each claim taken at most once."""
    by_id = {c.id: i for i, c in enumerate(extracted)}
    matched: dict[str, int] = {}
    pending = []
    for decision in decisions:
        if decision.anchor is None:
            continue
        i = by_id.get(decision.id)
        if i is not None:
            matched[decision.id] = i
        else:
            pending.append(decision)
    taken = set(matched.values())
    for test in (_same_quote, _overlapping_quote):
        for decision in list(pending):
            i = test(decision.anchor, extracted, taken)
            if i is not None:
                matched[decision.id] = i
                taken.add(i)
                pending.remove(decision)
    return matched


def _same_quote(anchor: Anchor, extracted: Sequence[Claim], taken: set[int]) -> int | None:
    """The untaken claim with the anchor's quote and time text, nearest to where the anchor was."""
    hits = [i for i, c in enumerate(extracted)
            if i not in taken and c.quote == anchor.quote and c.when.text == anchor.when_text]
    return min(hits, key=lambda i: abs(extracted[i].start - anchor.start), default=None)


def _overlapping_quote(anchor: Anchor, extracted: Sequence[Claim], taken: set[int]) -> int | None:
    """The untaken claim with the same time text at the same place whose quote overlaps the anchor's most."""
    best, best_overlap = None, 0
    for i, c in enumerate(extracted):
        if i in taken or c.when.text != anchor.when_text or c.when.offset != anchor.when_offset:
            continue
        overlap = min(c.end, anchor.end) - max(c.start, anchor.start)
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


def _dated_as_extracted(decided: Claim, extracted: Claim) -> Claim:
    """A decided claim whose date the analyst did not edit takes the extractor's reading of the same time words:
    setting a report's published date resolves "last month" in accepted claims too."""
    same_words = (decided.when.text, decided.when.offset) == (extracted.when.text, extracted.when.offset)
    if "when" in decided.edited or not same_words or decided.when == extracted.when:
        return decided
    return replace(decided, when=extracted.when, uncertain=extracted.uncertain)


def _in_text(claim: Claim, text: str) -> Claim:
    """The decided claim with its offsets moved to where its quote now is, if the report text changed."""
    if text[claim.start:claim.end] == claim.quote:
        return claim
    found = _nearest(text, claim.quote, claim.start)
    if found < 0:
        return replace(claim, orphaned=True)
    shift = found - claim.start
    when = claim.when
    moved_when = replace(when, offset=when.offset + shift) if when.offset >= 0 else when
    return replace(claim, start=found, end=found + len(claim.quote), when=moved_when)


def _nearest(text: str, quote: str, near: int) -> int:
    before = text.rfind(quote, 0, near + len(quote))
    after = text.find(quote, near)
    candidates = [p for p in (before, after) if p >= 0]
    return min(candidates, key=lambda p: abs(p - near), default=-1)
