"""Review: what the analyst decided about claims, kept apart from what the extractor proposed.

Qt-free and store-free; imports only ``claimline.model``. A decision is the claim as the analyst left it
plus an anchor to the extracted claim it was made on, so that a newer extractor's claims can be matched
to it again (``attach``); an edit is a change of one claim's decision, or of one source's grade, that knows
its inverse (``edits``); the queue orders undecided claims by how unsure the extractor was (``queue``).
"""

from claimline.review.attach import Reviewed, reviewed_claims
from claimline.review.decisions import Anchor, Decision, Review, SourceKey, source_key
from claimline.review.edits import ClaimEdit, Edit, EditBatch, GradeEdit
from claimline.review.grades import CREDIBILITY, RELIABILITY, GradeFilter

__all__ = [
    "CREDIBILITY",
    "RELIABILITY",
    "Anchor",
    "ClaimEdit",
    "Decision",
    "Edit",
    "EditBatch",
    "GradeEdit",
    "GradeFilter",
    "Review",
    "Reviewed",
    "SourceKey",
    "reviewed_claims",
    "source_key",
]
