"""Time grammars as resources: per-language word lists and rules, one engine, one calendar.

``<lang>/words/*.txt`` hold the words (one phrase a line, with its value), ``<lang>/rules.toml`` the rules
that refer to them by name, each with its examples; ``engine`` runs any language's rules and produces
frames, ``calendar`` resolves a frame against the publication date. The resources are package data, read
through ``importlib.resources``, so an installed wheel carries them.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Any

from claimline.extract.grammar.engine import Compose, Found, Grammar
from claimline.extract.grammar.rules import compile_reject, compile_rule, expand, prefix_words
from claimline.extract.grammar.words import WordList, parse_list

DEFAULT_PREFIX_REACH = 48


@functools.cache
def load(language: str = "en") -> Grammar:
    """The compiled grammar of ``language`` (read once per process: the resources never change while it runs)."""
    root = resources.files(__package__).joinpath(language)
    lists = _lists(root.joinpath("words"))
    spec = tomllib.loads(root.joinpath("rules.toml").read_text(encoding="utf-8"))
    return build(spec, lists)


@functools.cache
def word_list(language: str, name: str) -> WordList:
    """One word list of ``language``'s grammar (for rules outside the grammar that read the same words)."""
    source = resources.files(__package__).joinpath(language, "words", f"{name}.txt").read_text(encoding="utf-8")
    return parse_list(name, source)


def build(spec: dict[str, Any], lists: dict[str, WordList]) -> Grammar:
    """A grammar from a parsed rules table and its word lists."""
    settings = spec.get("grammar", {})
    fragments = spec.get("fragments", {})
    rejects = tuple(compile_reject(r, lists, fragments) for r in settings.get("reject", ()))
    specs = spec.get("rules", [])
    return Grammar(
        language=settings.get("language", ""),
        rules=tuple(compile_rule(r, lists, fragments, rejects) for r in specs),
        compose=_compose(spec.get("compose", {}), lists, fragments),
        bounded=bool(settings.get("bounded", True)),
        prefix_words=prefix_words(specs, lists, fragments),
        prefix_reach=int(settings.get("prefix_reach", DEFAULT_PREFIX_REACH)),
    )


def _lists(folder: Any) -> dict[str, WordList]:
    """Every ``NAME.txt`` of a words folder, by NAME."""
    out = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".txt"):
            name = entry.name.removesuffix(".txt")
            out[name] = parse_list(name, entry.read_text(encoding="utf-8"))
    return out


NEVER = "(?!)"  # a composition pattern a grammar does not give matches nothing


def _compose(spec: dict[str, Any], lists: dict[str, WordList], fragments: dict[str, str]) -> Compose:
    """The patterns by which neighbouring times combine."""
    def pattern(name: str) -> re.Pattern[str]:
        return re.compile(expand(spec.get(name, NEVER), lists, fragments))

    links = spec.get("range_link", {})
    return Compose(
        clarify_gap=pattern("clarify_gap"),
        clarify_close=pattern("clarify_close"),
        range_open_before=pattern("range_open_before"),
        range_open_inside=pattern("range_open_inside"),
        range_link={word: re.compile(expand(p, lists, fragments)) for word, p in links.items()},
        day_part_after=pattern("day_part_after"),
        year_written=pattern("year_written"),
        since_before=pattern("since_before"),
        since_inside=pattern("since_inside"),
        since_reach=int(spec.get("since_reach", 40)),
        sentence_break=pattern("sentence_break"),
        event_reach=int(spec.get("event_reach", 200)),
        pair_inside=pattern("pair_inside"),
        duration_before=pattern("duration_before"),
        duration_reach=int(spec.get("duration_reach", 60)),
        period_end_inside=pattern("period_end_inside"),
        numbers={word: value for word, value in lists["number"].values.items() if isinstance(value, int)}
        if "number" in lists else {},
    )


__all__ = ["Found", "Grammar", "build", "load", "word_list"]
