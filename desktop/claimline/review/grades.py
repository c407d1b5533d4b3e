"""Reliability grading as analysts do it (the Admiralty code): source reliability A-F, information
credibility 1-6, and the "B2 or better" filter."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimline.model import Claim

RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}
UNGRADED = 7  # ranks after the worst grade: an ungraded claim never passes "B2 or better"
GRADE = re.compile(r"^\s*([A-Fa-f])\s*([1-6])\s*$")


def reliability_rank(letter: str | None) -> int:
    return "ABCDEF".index(letter) + 1 if letter else UNGRADED


def credibility_rank(number: int | None) -> int:
    return number or UNGRADED


@dataclass(frozen=True)
class GradeFilter:
    """"B2 or better": the source at least B and the information at least 2."""

    reliability: str
    credibility: int

    @classmethod
    def parse(cls, text: str) -> GradeFilter:
        m = GRADE.match(text)
        if m is None:
            raise ValueError(f"not an Admiralty grade: {text!r} (a letter A-F and a number 1-6, such as B2)")
        return cls(m[1].upper(), int(m[2]))

    def passes(self, claim: Claim) -> bool:
        return (reliability_rank(claim.reliability) <= reliability_rank(self.reliability)
                and credibility_rank(claim.credibility) <= self.credibility)

    def __str__(self) -> str:
        return f"{self.reliability}{self.credibility} or better"
