"""The gazetteer: every name the press uses for a place in North Korea, with its province code.

Read from ``geodata/gazetteer.csv`` (built by ``geodata/build.py``) with the csv module only. Qt-free.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import claimline

KINDS = ("province", "city", "county", "site")


@dataclass(frozen=True)
class GazetteerEntry:
    """One alias: the name as written, its province code, what it names and where it comes from."""

    name: str
    code: str
    kind: str
    source: str


@dataclass(frozen=True)
class Gazetteer:
    """All aliases, plus a lookup from a folded name to its province code."""

    entries: tuple[GazetteerEntry, ...]

    def codes_for(self, name: str) -> frozenset[str]:
        """Province codes a name may stand for (empty when unknown); case- and accent-insensitive."""
        return self._index().get(name_key(name), frozenset())

    def code_for(self, name: str) -> str | None:
        """The one province a name stands for, or None when unknown or ambiguous."""
        codes = self.codes_for(name)
        return next(iter(codes)) if len(codes) == 1 else None

    def _index(self) -> dict[str, frozenset[str]]:
        return _build_index(self.entries)


@cache
def _build_index(entries: tuple[GazetteerEntry, ...]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for entry in entries:
        index.setdefault(name_key(entry.name), set()).add(entry.code)
    return {key: frozenset(codes) for key, codes in index.items()}


@cache
def _fold_table() -> dict[int, str]:
    """Latin letters with diacritics to their base letter; apostrophe, hyphen and space variants to ASCII."""
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base.isascii() and base.isalpha():
            table[cp] = base
    table.update({ord(c): "'" for c in "’‘`ʼ´ʻ′"})
    table.update({ord(c): "-" for c in "‐‑–"})
    table[0xA0] = " "
    return table


@cache
def _fold_pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in _fold_table()) + "]")


def fold(text: str) -> str:
    """Fold romanization diacritics and apostrophe/hyphen variants, one char for one char.

    A regex finds the few characters to fold; ``str.translate`` with a dict would look up every one.
    """
    table = _fold_table()
    return _fold_pattern().sub(lambda m: table[ord(m.group())], text)


def name_key(name: str) -> str:
    """A lookup key: folded, lower case, without apostrophes, hyphens, dots or spaces."""
    plain = "".join(c for c in unicodedata.normalize("NFD", fold(name)) if not unicodedata.combining(c))
    return "".join(c for c in plain.lower() if c.isalnum())


def geodata_dir() -> Path:
    """The repository's ``geodata/`` folder (the package is installed editable from the repo)."""
    return Path(claimline.__file__).resolve().parents[2] / "geodata"


def read_gazetteer(path: Path) -> Gazetteer:
    """Read a gazetteer CSV with columns name, code, kind, source."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = [GazetteerEntry(r["name"], r["code"], r["kind"], r["source"]) for r in csv.DictReader(f)]
    return Gazetteer(tuple(dict.fromkeys(rows)))


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer from ``geodata/gazetteer.csv``, read once."""
    return read_gazetteer(geodata_dir() / "gazetteer.csv")
