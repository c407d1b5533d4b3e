"""The cheap test for when ftfy has nothing to do must never skip a text ftfy would change."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse

import ftfy
import pytest
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.ingest.repair import (
    MOJIBAKE_ALONE,
    MOJIBAKE_CHARS,
    MOJIBAKE_HINT,
    _ftfy_would_change,
    ftfy_config,
)

TRICKY = "\x00\x0b\x0c\r\x1b[31m\x85\x9d\u2028\u00c3\u00a9\u00e2\u20ac\u2122\ud800\ufeff\u206a\ufff9e\u0301 aé“”’–"


@pytest.mark.parametrize("text", ["plain ASCII text\n", "curly “quotes” and a dash – fine", "cafÃ©", "a\x1b[1mbold",
                                  "e\u0301", "line\u2028break", "Ã¢â‚¬â„¢", "tab\tand form\x0cfeed"])
def test_samples(text: str) -> None:
    changed = ftfy.fix_and_explain(text, config=ftfy_config())[0] != text
    assert _ftfy_would_change(text) or not changed


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY + "abc \n"), max_size=12))
def test_never_skips_a_change(text: str) -> None:
    changed = ftfy.fix_and_explain(text, config=ftfy_config())[0] != text
    assert _ftfy_would_change(text) or not changed


def _chars(item: tuple) -> set[str] | None:
    """The characters one item of a parsed regex matches, when it is a literal or a plain class; else None."""
    op, arg = item
    if op == sre.LITERAL:
        return {chr(arg)}
    if op != sre.IN or any(kind not in (sre.LITERAL, sre.RANGE) for kind, _ in arg):
        return None
    return {chr(c) for kind, value in arg
            for c in ([value] if kind == sre.LITERAL else range(value[0], value[1] + 1))}


def test_mojibake_hint_is_needed_by_every_alternative_of_ftfys_test() -> None:
    """is_bad runs only where MOJIBAKE_HINT matches: each alternative of BADNESS_RE must hold one character bad
    alone, or two neighbouring characters of MOJIBAKE_CHARS, so that no text it flags is skipped."""
    alone = re.compile(f"[{MOJIBAKE_ALONE}]")
    pair_char = re.compile(f"[{MOJIBAKE_CHARS}]")
    (branch_op, (_, branches)), = sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags).data
    assert branch_op == sre.BRANCH and len(branches) > 30
    for branch in branches:
        sets = [_chars(item) for item in branch.data]
        single = any(s and all(alone.fullmatch(c) for c in s) for s in sets)
        pair = any(a and b and all(pair_char.fullmatch(c) for c in a | b) for a, b in zip(sets, sets[1:], strict=False))
        assert single or pair, branch


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ÃÂ©®°’“”–—…éà€™¢£¥´×²³ØÙœŒ\x85 aZ.\n"), max_size=10))
def test_mojibake_hint_never_hides_a_bad_text(text: str) -> None:
    assert MOJIBAKE_HINT.search(text) or not is_bad(text)


def test_mojibake_chars_are_the_non_ascii_characters_of_ftfys_pattern() -> None:
    """MOJIBAKE_CHARS is written out (so that ftfy need not be imported for clean text): it must be exactly the
    characters of the installed ftfy's categories and the literals of its pattern."""
    derived = re.compile("[" + "".join(MOJIBAKE_CATEGORIES.values())
                         + "".join({re.escape(c) for c in BADNESS_RE.pattern if not c.isascii()}) + "]")
    written = re.compile(f"[{MOJIBAKE_CHARS}]")
    chars = [chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF]
    assert [c for c in chars if derived.fullmatch(c)] == [c for c in chars if written.fullmatch(c)]
