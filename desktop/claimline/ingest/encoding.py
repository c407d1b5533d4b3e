"""Bytes to text: BOMs, strict UTF-8 first, then charset-normalizer for legacy encodings (CP949, CP1252...)."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer
from charset_normalizer.utils import is_multi_byte_encoding

from claimline.ingest.errors import IngestError

BINARY = "not a text file (binary data)"

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

# Detected names mapped to the superset that decodes the same bytes plus more (smart quotes, extra Hangul).
# Keys are Python's canonical codec names (``codecs.lookup(name).name``).
SUPERSETS = {"euc_kr": "cp949", "ascii": "utf-8", "iso8859-1": "cp1252"}

# Most legacy Western files are CP1252; detection often names a sibling code page that happens to fit too.
WESTERN_DEFAULT = "cp1252"

# Old pages often declare Latin-1 over bytes that are really CP949: such a declaration is no evidence.
UNRELIABLE_DECLARATIONS = {"iso8859-1", "cp1252", "ascii"}

CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.05
CHARSET_DECLARATION = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, and how."""

    text: str
    encoding: str
    note: str = ""


def decode(raw: bytes, declared: str | None = None) -> Decoded:
    """Decode ``raw``; raise IngestError for binary or undecodable data."""
    decoded = _decode_bom(raw) or _decode_strict(raw, "utf-8", "") or _decode_legacy(raw, declared)
    if _looks_binary(decoded.text):
        raise IngestError(BINARY)
    return decoded


def declared_html_charset(raw: bytes) -> str | None:
    """The charset a saved page declares in a ``<meta>`` tag, if any."""
    match = CHARSET_DECLARATION.search(raw[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _decode_bom(raw: bytes) -> Decoded | None:
    for bom, codec, label in BOMS:
        if raw.startswith(bom):
            text = _strict(raw, codec)
            if text is None:
                raise IngestError(f"not valid {label} text despite its byte-order mark")
            return Decoded(
                text.lstrip("\ufeff"), label.lower(), "" if label == "UTF-8" else f"decoded as {label} (BOM)"
            )
    return None


def _decode_strict(raw: bytes, codec: str, note: str) -> Decoded | None:
    text = _strict(raw, codec)
    return Decoded(text, codec, note) if text is not None else None


def _decode_legacy(raw: bytes, declared: str | None) -> Decoded:
    if b"\x00" in raw:
        raise IngestError(BINARY)
    trusted = _trusted(declared)
    if trusted and (
        found := _decode_strict(raw, trusted, f"decoded as {trusted.upper()} (declared by the page)")
    ):
        return found
    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        raise IngestError(BINARY)
    codec = _preferred(best.encoding)
    if not is_multi_byte_encoding(codec) and _strict(raw, WESTERN_DEFAULT) is not None:
        codec = WESTERN_DEFAULT
    found = _decode_strict(raw, codec, f"decoded as {codec.upper()} (detected)")
    return found or Decoded(str(best), best.encoding, f"decoded as {best.encoding.upper()} (detected)")


def _trusted(declared: str | None) -> str | None:
    if not declared or _canonical(declared) in UNRELIABLE_DECLARATIONS:
        return None
    return _preferred(declared)


def _canonical(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def _preferred(name: str) -> str:
    canonical = _canonical(name)
    return SUPERSETS.get(canonical, canonical)


def _strict(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    return bool(text) and len(CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text)
