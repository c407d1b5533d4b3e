"""Rules of a grammar compiled from their resource form (``rules.toml``) into regexes and group bindings.

A rule's patterns name word lists (``@{month}``) and fragments (``%{day}``); compiling expands them and
remembers which list each named group holds, so that the engine can turn a group's text into a frame
field's value by looking it up there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from claimline.extract.grammar.frame import UNITS, Part
from claimline.extract.grammar.words import REFERENCE, WordList, key, phrases_of, render

FRAGMENT = re.compile(r"%\{(?P<name>\w+)\}")
FRAME_FIELDS = frozenset({"unit", "year", "year_end", "month", "day", "day_end", "season", "weekday", "part",
                          "shift", "year_shift", "month_shift"})
BASES = ("anchor", "event")
KINDS = ("absolute", "relative", "relative-day")


@dataclass(frozen=True)
class Reject:
    """A context that unmakes a match: words before it (within ``reach`` characters) and/or after it,
    when the match has all the groups ``with`` and none of ``without``."""

    before: re.Pattern[str] | None = None
    reach: int = 0
    after: re.Pattern[str] | None = None
    with_groups: tuple[str, ...] = ()
    without_groups: tuple[str, ...] = ()


class Binding(NamedTuple):
    """A named group that gives a frame field: the field, the sign of its value, and the values of the
    words the group holds (None when it holds only digits), by every form the rule writes them in."""

    group: str
    field: str
    sign: int
    words: dict[str, object] | None


@dataclass(frozen=True)
class Rule:
    """One family of time expressions: a core regex, the modifiers read before and after it, and how its
    groups become frame fields."""

    name: str
    core: re.Pattern[str]
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    unit: str
    kind: str
    base: str  # "event": the frame counts from the time before it in the sentence ("five days later")
    require: tuple[tuple[str, ...], ...]
    hints: tuple[str, ...]  # one of these words must be in the lower-cased text
    bindings: tuple[Binding, ...]  # the groups that are frame fields
    rejects: tuple[Reject, ...]
    final_dot: tuple[str, frozenset[str]] | None  # (group, words that keep a full stop after them)
    examples: tuple[dict[str, Any], ...] = field(default=(), compare=False)


def expand(pattern: str, lists: dict[str, WordList], fragments: dict[str, str]) -> str:
    """``pattern`` with its fragments inlined and its word-list references rendered as alternations."""
    pattern = inline(pattern, fragments)
    return REFERENCE.sub(lambda m: render([p for p, _ in phrases_of(m["names"], lists)], m["mode"] or "i"), pattern)


def inline(pattern: str, fragments: dict[str, str]) -> str:
    """``pattern`` with every ``%{name}`` replaced by its fragment (fragments may use fragments)."""
    while FRAGMENT.search(pattern):
        pattern = FRAGMENT.sub(lambda m: fragments[m["name"]], pattern)
    return pattern


def group_lists(pattern: str) -> dict[str, list[str]]:
    """For each named group of an (inlined, unrendered) pattern, the word-list references inside it."""
    out: dict[str, list[str]] = {}
    stack: list[str | None] = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern[i + 1:i + 2] in ("]", "^") else 1  # "[]...]" and "[^]...]"
            continue
        elif c == "(":
            named = re.match(r"\(\?P<(\w+)>", pattern[i:])
            stack.append(named[1] if named else None)
        elif c == ")":
            stack.pop()
        elif c == "@" and (ref := REFERENCE.match(pattern, i)):
            owner = next((g for g in reversed(stack) if g), None)
            if owner:
                out.setdefault(owner, []).append(ref["names"])
            i = ref.end()
            continue
        i += 1
    return out


def compile_rule(spec: dict[str, Any], lists: dict[str, WordList], fragments: dict[str, str],
                 global_rejects: tuple[Reject, ...]) -> Rule:
    """One rule from its resource table."""
    name = spec["name"]
    patterns = {part: inline(spec[part], fragments) for part in ("core", "before", "after") if part in spec}
    bindings = _bindings(patterns, _fields(spec.get("fields", {})), lists)
    unit = spec.get("unit", "")
    if unit and unit not in UNITS:
        raise ValueError(f"rule {name}: unknown unit {unit!r}")
    kind = spec.get("kind", "absolute")
    if kind not in KINDS:
        raise ValueError(f"rule {name}: unknown kind {kind!r}")
    base = spec.get("base", "anchor")
    if base not in BASES:
        raise ValueError(f"rule {name}: unknown base {base!r}")
    before = patterns.get("before")
    after = patterns.get("after")
    dot = spec.get("final_dot")
    return Rule(
        name=name,
        core=re.compile(expand(patterns["core"], lists, fragments)),
        before=re.compile(rf"(?<!\w)(?:{expand(before, lists, fragments)})$") if before else None,
        after=re.compile(expand(after, lists, fragments)) if after else None,
        unit=unit,
        kind=kind,
        base=base,
        require=tuple(tuple(alt.split("+")) for alt in spec.get("require", ())),
        hints=_hints(spec.get("hints", ()), lists),
        bindings=bindings,
        rejects=global_rejects + tuple(compile_reject(r, lists, fragments) for r in spec.get("reject", ())),
        final_dot=(dot["group"], frozenset(key(p) for p in lists[dot["kept_by"]].phrases)) if dot else None,
        examples=tuple(spec.get("examples", ())),
    )


def compile_reject(spec: dict[str, Any], lists: dict[str, WordList], fragments: dict[str, str]) -> Reject:
    """A reject context from its resource table."""
    before, after = spec.get("before"), spec.get("after")
    return Reject(
        before=re.compile(expand(before, lists, fragments)) if before else None,
        reach=int(spec.get("reach", 0)),
        after=re.compile(expand(after, lists, fragments)) if after else None,
        with_groups=tuple(spec.get("with", ())),
        without_groups=tuple(spec.get("without", ())),
    )


def _bindings(patterns: dict[str, str], fields: dict[str, tuple[str, int]],
              lists: dict[str, WordList]) -> tuple[Binding, ...]:
    """The named groups of a rule's patterns that give frame fields, with the words each holds."""
    out: dict[str, Binding] = {}
    for source in patterns.values():
        refs = group_lists(source)
        for group in _group_names(source):
            target, sign = fields.get(group, (group, 1))
            if target in FRAME_FIELDS:
                words = _lookup(refs[group], lists, target) if group in refs else None
                out[group] = Binding(group, target, sign, words)
    return tuple(out.values())


def _group_names(pattern: str) -> list[str]:
    """The names of a pattern's named groups, in order."""
    return re.findall(r"\(\?P<(\w+)>", pattern)


def _fields(spec: dict[str, str]) -> dict[str, tuple[str, int]]:
    """``{"number": "-shift"}`` as ``{"number": ("shift", -1)}``."""
    out = {}
    for group, target in spec.items():
        sign = -1 if target.startswith("-") else 1
        target = target.lstrip("-")
        if target not in FRAME_FIELDS:
            raise ValueError(f"group {group}: {target!r} is no frame field")
        out[group] = (target, sign)
    return out


def _lookup(refs: list[str], lists: dict[str, WordList], target: str) -> dict[str, object]:
    """The values of the phrases a group's references name (the first list winning a shared phrase), by
    their looked-up form and by the forms a pattern writes them in, so that most matches need no folding.
    A part's value is its ``Part``."""
    table: dict[str, object] = {}
    for names in refs:
        for phrase, words in phrases_of(names, lists):
            word = key(phrase)
            value = words.values[word]
            if target == "part":
                value = Part(word, **value) if isinstance(value, dict) else Part(word)
            for form in (word, phrase, phrase[:1].upper() + phrase[1:], phrase.upper()):
                table.setdefault(form, value)
    return table


def _hints(spec: tuple[str, ...] | list[str], lists: dict[str, WordList]) -> tuple[str, ...]:
    """Hint words, a ``@list`` standing for all its phrases, lower-cased."""
    out: list[str] = []
    for hint in spec:
        out += [p.lower() for p in lists[hint[1:]].phrases] if hint.startswith("@") else [hint.lower()]
    return tuple(dict.fromkeys(out))


def prefix_words(specs: list[dict[str, Any]], lists: dict[str, WordList], fragments: dict[str, str]) -> frozenset[str]:
    """Every word a modifier before a core can be made of: the words of the lists the ``before`` patterns
    name and the literal words in them. Anything else before a core means there is no modifier to read."""
    words: set[str] = set()
    for spec in specs:
        if "before" not in spec:
            continue
        pattern = inline(spec["before"], fragments)
        for ref in REFERENCE.finditer(pattern):
            words |= {w.lower() for p, _ in phrases_of(ref["names"], lists) for w in p.split()}
        literal = re.sub(r"\\.|\(\?P?<\w+>|\(\?P=\w+\)|\(\?[a-zA-Z]+:", " ", REFERENCE.sub(" ", pattern))
        words |= {w.lower() for w in re.findall(r"[A-Za-z]+", literal)}
    return frozenset(words)
