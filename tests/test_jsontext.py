"""The claims JSON written through orjson is byte for byte what ``json.dumps(doc, indent=1)`` writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimline import jsontext
from claimline.corpus import Corpus, default_corpus_paths

IMPORT = Path(__file__).parent / "data" / "import"

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from("\x00\x1f\x7f\"\\\n\u2028 "))
SCALARS = TEXT | st.integers(min_value=-(2**70), max_value=2**70) | st.booleans() | st.none()
DOCS = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
                    max_leaves=30)


@pytest.mark.parametrize("ensure_ascii", [False, True])
def test_every_character_is_escaped_as_the_standard_library_does(ensure_ascii: bool) -> None:
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    doc = {"chunks": ["".join(chars[i:i + 4096]) for i in range(0, len(chars), 4096)], "one": chars[:300]}
    assert jsontext.dumps(doc, ensure_ascii=ensure_ascii) == json.dumps(doc, ensure_ascii=ensure_ascii, indent=1)


@settings(max_examples=300, deadline=None)
@given(DOCS, st.booleans())
def test_any_document_of_json_values_is_written_the_same(doc, ensure_ascii: bool) -> None:
    assert jsontext.dumps(doc, ensure_ascii=ensure_ascii) == json.dumps(doc, ensure_ascii=ensure_ascii, indent=1)


@pytest.mark.parametrize("doc", [{"a": "\ud800"}, {"deep": [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]}, {1: 2},
                                 (1, [2, (3,)]), {"big": 2**64}])
def test_what_orjson_refuses_or_writes_otherwise_goes_to_the_standard_library(doc) -> None:
    for ensure_ascii in (False, True):
        assert jsontext.dumps(doc, ensure_ascii=ensure_ascii) == json.dumps(doc, ensure_ascii=ensure_ascii, indent=1)


def test_the_claims_document_holds_no_float() -> None:
    """orjson writes floats in its own format: the claims document must hold none (see jsontext.dumps)."""
    def values(node):
        if isinstance(node, dict):
            for v in node.values():
                yield from values(v)
        elif isinstance(node, list):
            for v in node:
                yield from values(v)
        else:
            yield node

    doc = Corpus.load([*default_corpus_paths(), IMPORT]).to_json()
    assert doc["reports"] and not any(isinstance(v, float) for v in values(doc))
    assert jsontext.dumps(doc, ensure_ascii=False) == json.dumps(doc, ensure_ascii=False, indent=1)
