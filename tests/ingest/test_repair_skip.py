"""The cheap test for when ftfy has nothing to do must never skip a text ftfy would change."""

from __future__ import annotations

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimline.ingest.repair import FTFY_CONFIG, _ftfy_would_change

TRICKY = "\x00\x0b\x0c\r\x1b[31m\x85\x9d\u2028\u00c3\u00a9\u00e2\u20ac\u2122\ud800\ufeff\u206a\ufff9e\u0301 aé“”’–"


@pytest.mark.parametrize("text", ["plain ASCII text\n", "curly “quotes” and a dash – fine", "cafÃ©", "a\x1b[1mbold",
                                  "e\u0301", "line\u2028break", "Ã¢â‚¬â„¢", "tab\tand form\x0cfeed"])
def test_samples(text: str) -> None:
    changed = ftfy.fix_and_explain(text, config=FTFY_CONFIG)[0] != text
    assert _ftfy_would_change(text) or not changed


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY + "abc \n"), max_size=12))
def test_never_skips_a_change(text: str) -> None:
    changed = ftfy.fix_and_explain(text, config=FTFY_CONFIG)[0] != text
    assert _ftfy_would_change(text) or not changed
