"""Why the extractor is unsure of a claim: the reasons the review queue shows and ranks by (``model.Doubt``).

Each test reads only the finished claim and its report, so that a rule family need not know about review;
a rule that knows more (an ambiguous name, say) can add its reason when it builds the claim.
"""

from __future__ import annotations

import re

from claimline.model import Claim, Doubt, Report, TimeSpan

YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|[’']\d\d\b")
RELATIVE = re.compile(
    r"\b(?:last|this|next|past|previous|yesterday|today|tonight|ago|earlier|later|recent|since|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|night|week)\b",
    re.IGNORECASE,
)
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them"})
LONG_QUOTE_WORDS = 60


# What the calendar tells of a time (``TimeSpan.basis``) beats reading its words.
BASIS_DOUBTS = {"event": Doubt.FROM_EVENT, "relative": Doubt.RELATIVE, "year-inferred": Doubt.YEAR_GUESSED}


def _date_doubt(when: TimeSpan) -> str:
    """Why a date without a written year may be wrong: how the calendar got it, else what its words say."""
    if when.basis in BASIS_DOUBTS:
        return BASIS_DOUBTS[when.basis]
    return Doubt.RELATIVE if RELATIVE.search(when.text) else Doubt.YEAR_GUESSED


def doubts(claim: Claim, report: Report) -> tuple[str, ...]:
    """The reasons to look at ``claim`` again, most serious first (see ``Doubt.WEIGHTS``)."""
    when = claim.when
    reasons: list[str] = []
    if not when.resolved:
        reasons.append(Doubt.UNRESOLVED)
    elif when.basis in BASIS_DOUBTS or not YEAR.search(when.text):
        reasons.append(_date_doubt(when))
        if report.published is not None and report.published.precision != "day":
            reasons.append(Doubt.PUBLISHED_VAGUE)
    if claim.source.strip().lower() in PRONOUNS:
        reasons.append(Doubt.PRONOUN_SOURCE)
    if any(p.inferred for p in claim.places):
        if not Doubt.INFERRED_PLACE & set(claim.uncertain):
            reasons.append(Doubt.PLACE_INFERRED)
    elif not claim.places:
        reasons.append(Doubt.NO_PLACE)
    if not claim.source.strip():
        reasons.append(Doubt.NO_SOURCE)
    if len(claim.quote.split()) > LONG_QUOTE_WORDS:
        reasons.append(Doubt.LONG_QUOTE)
    return tuple(sorted(reasons, key=lambda r: -Doubt.WEIGHTS.get(r, 1)))
