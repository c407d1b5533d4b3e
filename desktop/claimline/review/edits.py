"""Edits: each changes one claim's decision or one source's grade from ``before`` to ``after``, and knows its
inverse, so that undo is the inverse edit applied the same way (glue's and Orange's commands do the same).

The functions below build the edit for an analyst's gesture from the claim as it is shown now; they never
touch a store: ``Session.apply`` writes the edit to the project and to the workspace.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from claimline.model import Claim, ClaimPlace, TimeSpan
from claimline.review.decisions import Anchor, Decision, Review, SourceKey
from claimline.review.grades import CREDIBILITY, RELIABILITY

EDITABLE = ("when", "places", "source", "quote")


def now() -> str:
    """The time an edit is recorded at: UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ClaimEdit:
    """One claim's decision changed; None is "no decision" (as extracted, or an added claim removed)."""

    claim_id: str
    before: Decision | None
    after: Decision | None
    label: str

    def inverse(self) -> ClaimEdit:
        return ClaimEdit(self.claim_id, self.after, self.before, self.label)

    def applied(self, review: Review) -> Review:
        return review.with_decision(self.claim_id, self.after)


@dataclass(frozen=True)
class GradeEdit:
    """One source's reliability (A-F) changed; None is ungraded."""

    source: SourceKey
    before: str | None
    after: str | None
    label: str

    def inverse(self) -> GradeEdit:
        return GradeEdit(self.source, self.after, self.before, self.label)

    def applied(self, review: Review) -> Review:
        return review.with_grade(self.source, self.after)


@dataclass(frozen=True)
class EditBatch:
    """Several edits made by one gesture: saved in one transaction, undone in one step."""

    edits: tuple[ClaimEdit | GradeEdit, ...]
    label: str

    def inverse(self) -> EditBatch:
        return EditBatch(tuple(e.inverse() for e in reversed(self.edits)), self.label)

    def applied(self, review: Review) -> Review:
        for edit in self.edits:
            review = edit.applied(review)
        return review


Edit = ClaimEdit | GradeEdit | EditBatch


def _decided(review: Review, claim: Claim, decided: Claim, at: str) -> Decision:
    """The decision that leaves ``claim`` as ``decided``: a new one keeps the extracted claim as its anchor."""
    before = review.decision(claim.id)
    if before is not None:
        return replace(before, claim=replace(decided, edited_at=at))
    anchor = None if _added(review, claim) else Anchor.of(claim)
    return Decision(replace(decided, edited_at=at), anchor, at)


def _edit(review: Review, claim: Claim, decided: Claim, label: str, at: str | None) -> ClaimEdit:
    at = at or now()
    return ClaimEdit(claim.id, review.decision(claim.id), _decided(review, claim, decided, at), label)


def set_status(review: Review, claim: Claim, status: str, *, at: str | None = None) -> ClaimEdit | None:
    """Accept or reject a claim; None when it already has that status.

    An edited or added claim is already accepted: accepting it again (after a rejection) restores that status."""
    if status not in ("accepted", "rejected"):
        raise ValueError(f"a claim can be accepted or rejected, not {status!r}")
    if status == "accepted":
        status = "added" if _added(review, claim) else "edited" if claim.edited else "accepted"
    if status == claim.status:
        return None
    verb = "Reject" if status == "rejected" else "Accept"
    return _edit(review, claim, replace(claim, status=status), f"{verb} claim", at)


def _added(review: Review, claim: Claim) -> bool:
    decision = review.decision(claim.id)
    return claim.status == "added" or (decision is not None and decision.anchor is None)


def revert(review: Review, claim: Claim) -> ClaimEdit | None:
    """Back to what the extractor proposed: the decision goes (an added claim cannot be reverted)."""
    before = review.decision(claim.id)
    if before is None or before.anchor is None:
        return None
    return ClaimEdit(claim.id, before, None, "Revert claim to extracted")


def change(review: Review, claim: Claim, *, at: str | None = None, when: TimeSpan | None = None,
           places: tuple[ClaimPlace, ...] | None = None, source: str | None = None,
           quote: tuple[int, int, str] | None = None) -> ClaimEdit | None:
    """Edit a claim's date, provinces, source or quote span (start, end, text); None when nothing changes."""
    changes: dict[str, object] = {}
    if when is not None and when != claim.when:
        changes["when"] = when
    if places is not None and places != claim.places:
        changes["places"] = places
    if source is not None and source != claim.source:
        changes["source"] = source
    if quote is not None and quote != (claim.start, claim.end, claim.quote):
        changes.update(start=quote[0], end=quote[1], quote=quote[2])
    if not changes:
        return None
    fields = [f for f in EDITABLE if f in changes or (f == "quote" and "start" in changes)]
    edited = tuple(dict.fromkeys((*claim.edited, *fields)))
    status = "added" if _added(review, claim) else "rejected" if claim.status == "rejected" else "edited"
    label = f"Edit claim {', '.join(fields)}"
    return _edit(review, claim, replace(claim, **changes, edited=edited, status=status), label, at)


def annotate(review: Review, claim: Claim, *, at: str | None = None, credibility: int | None | str = "",
             tags: tuple[str, ...] | None = None, note: str | None = None) -> ClaimEdit | None:
    """Set a claim's credibility (1-6, None to clear), tags or note; its status stays as it is."""
    changes: dict[str, object] = {}
    if credibility != "" and credibility != claim.credibility:
        if credibility is not None and credibility not in CREDIBILITY:
            raise ValueError(f"credibility is 1 to 6, not {credibility!r}")
        changes["credibility"] = credibility
    if tags is not None:
        tags = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
        if tags != claim.tags:
            changes["tags"] = tags
    if note is not None and note != claim.note:
        changes["note"] = note
    if not changes:
        return None
    what = "credibility" if "credibility" in changes else "tags" if "tags" in changes else "note"
    return _edit(review, claim, replace(claim, **changes), f"Set claim {what}", at)


def add(claim: Claim, *, at: str | None = None) -> ClaimEdit:
    """A claim the analyst made from a selection in the reader."""
    at = at or now()
    added = replace(claim, status="added", edited=(), edited_at=at, orphaned=False)
    return ClaimEdit(claim.id, None, Decision(added, None, at), "New claim from selection")


def delete(review: Review, claim: Claim) -> ClaimEdit:
    """Remove a claim the analyst added (an extracted claim is rejected instead)."""
    before = review.decision(claim.id)
    if before is None or before.anchor is not None:
        raise ValueError("only a claim you added can be deleted; reject an extracted claim instead")
    return ClaimEdit(claim.id, before, None, "Delete added claim")


def grade_source(review: Review, key: SourceKey, reliability: str | None) -> GradeEdit | None:
    """Set a source's reliability, A-F (None: ungraded), for every claim of that outlet and source."""
    if reliability is not None and reliability not in RELIABILITY:
        raise ValueError(f"source reliability is A to F, not {reliability!r}")
    before = review.grades.get(key)
    if before == reliability:
        return None
    return GradeEdit(key, before, reliability, f"Grade source {reliability or 'ungraded'}")
