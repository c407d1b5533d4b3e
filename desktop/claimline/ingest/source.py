"""What a format reader gets (one file's bytes and names) and gives back (reports and per-record errors)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimline.model import ReadError, Report

Outcome = Report | ReadError


@dataclass(frozen=True)
class Source:
    """One file to read: where it is, the path to show the analyst, and its bytes."""

    path: Path
    shown: str
    raw: bytes

    def record_path(self, number: int) -> str:
        """The path of record ``number`` (from 1) in a bundle: ``FILE#N``."""
        return f"{self.shown}#{number}"
