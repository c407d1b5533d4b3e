"""Word lists of a grammar: one phrase a line with an optional value, and their rendering as regex alternations.

A line is ``phrase`` or ``phrase = value``; ``#`` starts a comment. A value is a number (``3``), a span of
numbers (``3..5``, ``21..end``), a word (``month``), or named parts separated by commas
(``days 1..10, months 1..4``). Phrases are looked up lower-cased with their spaces collapsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

Scalar = int | str | tuple[int, int | None] | None
Value = Scalar | dict[str, Scalar]

REFERENCE = re.compile(r"@\{(?P<names>[\w.+]+)(?::(?P<mode>[\w>,]+))?\}")
MODES = ("i", "exact", "title", "upper", "either")


@dataclass(frozen=True)
class WordList:
    """One list file: its phrases as written, in file order, and the value of each."""

    name: str
    phrases: tuple[str, ...]
    values: dict[str, Value]

    def having(self, attr: str) -> tuple[str, ...]:
        """The phrases whose value names ``attr`` ("part.days": the parts that are parts of a month)."""
        return tuple(p for p in self.phrases if isinstance(self.values[key(p)], dict) and attr in self.values[key(p)])


def key(phrase: str) -> str:
    """The form a phrase is looked up by: lower case, single spaces."""
    return " ".join(phrase.lower().split())


def parse_list(name: str, source: str) -> WordList:
    """A word list from the text of its file."""
    phrases: list[str] = []
    values: dict[str, Value] = {}
    for raw in source.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        phrase, _, value = (part.strip() for part in line.partition(" = "))
        phrases.append(phrase)
        values.setdefault(key(phrase), parse_value(value) if value else None)
    return WordList(name, tuple(phrases), values)


def parse_value(text: str) -> Value:
    """``3``, ``3..5``, ``month`` or ``days 1..10, months 1..4``."""
    items = [item.split() for item in text.split(",")]
    if len(items) == 1 and len(items[0]) == 1:
        return _scalar(items[0][0])
    return {item[0]: _scalar(item[1]) for item in items}


def _scalar(token: str) -> Scalar:
    """A number, a span ``a..b`` (``end``: open), or the word itself."""
    if re.fullmatch(r"-?\d+", token):
        return int(token)
    first, dots, last = token.partition("..")
    if dots and re.fullmatch(r"-?\d+", first):
        return int(first), None if last == "end" else int(last)
    return token


def phrases_of(names: str, lists: dict[str, WordList]) -> list[tuple[str, WordList]]:
    """The phrases a reference names ("month+month_abbreviation", "part.days"), each with its list."""
    out: list[tuple[str, WordList]] = []
    for name in names.split("+"):
        list_name, _, attr = name.partition(".")
        words = lists[list_name]
        out += [(p, words) for p in (words.having(attr) if attr else words.phrases)]
    return out


def render(phrases: list[str], modes: str) -> str:
    """An alternation of ``phrases``, longest first, each space matching any run of whitespace.

    Modes (several, comma-separated, make one alternation): ``i`` case-insensitive; ``exact`` as written;
    ``title`` and ``upper`` in that case (``upper>4``: only phrases longer than four letters); ``either``
    title case or as written. Cased modes give one alternation of plain literals, so that a scan for a
    core skips fast to the characters they can start with."""
    forms: list[str] = []
    for mode in modes.split(","):
        forms += _forms(phrases, mode)
    unique = sorted(dict.fromkeys(forms), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique)
    return f"(?i:{body})" if modes == "i" else f"(?:{body})"


def _forms(phrases: list[str], mode: str) -> list[str]:
    """The written forms of ``phrases`` in one mode."""
    mode, _, longer = mode.partition(">")
    if mode not in MODES or mode == "i" and longer:
        raise ValueError(f"unknown word-list mode {mode!r}")
    forms: list[str] = []
    for p in phrases:
        if longer and len(p) <= int(longer):
            continue
        if mode in ("title", "either"):
            forms.append(p[:1].upper() + p[1:])
        if mode == "upper":
            forms.append(p.upper())
        if mode in ("i", "exact", "either"):
            forms.append(p)
    return forms
