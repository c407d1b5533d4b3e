"""The claims JSON document as text: exactly what ``json.dumps(doc, indent=1)`` writes, faster.

The standard library indents in pure Python (1.5 s for 1,000 reports); orjson writes the same document in C with
two-space indentation, which is then halved. Every line of indented JSON starts with its indentation (a string
never holds a raw line break), so halving the leading spaces gives the standard library's bytes. What orjson
cannot write the same way falls back to ``json.dumps``.
"""

from __future__ import annotations

import json
from typing import Any

try:
    import orjson
except ImportError:  # optional: the standard library writes the same text
    orjson = None

# Types orjson would write where the standard library raises (dataclasses, dates) or might write otherwise
# (subclasses of str, int, dict, list) are handed to ``_refuse``: the document then goes to ``json.dumps``.
_OPTIONS = 0 if orjson is None else (orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATACLASS
                                     | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_SUBCLASS)
_PLACEHOLDER = b"\x01"  # a control character: never raw in JSON text, so it can stand for a space meanwhile


def dumps(doc: Any, *, ensure_ascii: bool) -> str:
    """``json.dumps(doc, ensure_ascii=ensure_ascii, indent=1)``, byte for byte.

    ``doc`` holds str, int, bool, None, lists and dicts with str keys (what ``Corpus.to_json`` builds): orjson
    writes floats in a format of its own, so a document with floats must not come here."""
    if orjson is not None:
        try:
            data = orjson.dumps(doc, default=_refuse, option=_OPTIONS)
        except TypeError:  # a lone surrogate, an integer past 64 bits, a key that is not a str, ...
            data = None
        if data is not None and not (ensure_ascii and not _ascii_as_escaped(data)):
            return _halved(data).decode("utf-8")
    return json.dumps(doc, ensure_ascii=ensure_ascii, indent=1)


def _ascii_as_escaped(data: bytes) -> bool:
    """Whether orjson's text is already what ``ensure_ascii`` writes: ASCII, and no raw DEL (which it escapes)."""
    return data.isascii() and b"\x7f" not in data


def _refuse(value: Any) -> Any:
    raise TypeError(f"not written by orjson: {type(value).__name__}")


def _halved(data: bytes) -> bytes:
    """Two-space indentation made one-space: the deepest lines first, each turned into placeholders so that a
    shallower pass cannot match it again."""
    depth = 1
    while b"\n" + b"  " * depth in data:
        depth += 1
    for level in range(depth - 1, 0, -1):
        data = data.replace(b"\n" + b"  " * level, b"\n" + _PLACEHOLDER * level)
    return data.replace(_PLACEHOLDER, b" ")
