"""Repair decoded text: CP949 Korean read as Latin-1 upstream, other mojibake (ftfy), line endings."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ftfy

# (ftfy itself, a fifth of a second to import, is imported only for a text it may change.)

# ftfy's explanation steps ("encode", "decode", "transcode") or applied fixers, in an analyst's words.
FTFY_FIXES = {
    "encode": "mojibake",
    "decode": "mojibake",
    "transcode": "mojibake",
    "decode_inconsistent_utf8": "mojibake",
    "restore_byte_a0": "mojibake",
    "replace_lossy_sequences": "mojibake",
    "fix_c1_controls": "control characters",
    "remove_control_chars": "control characters",
    "remove_terminal_escapes": "terminal escapes",
    "fix_surrogates": "broken surrogates",
    "fix_line_breaks": "line breaks",
    "normalize": "Unicode normalisation (NFC)",
}

# CP949 curly quotes (A1B0/A1B1, A1AE/A1AF) and ellipsis (A1A6) read as Latin-1: old Daily NK pages.
CP949_AS_LATIN1_SIGN = re.compile("\u00a1[\u00b0\u00b1\u00ae\u00af\u00a6]")
HIGH_LATIN1_RUN = re.compile("[\u00a1-\u00fe]{2,}")
# What a genuine re-decoded run may contain: Hangul, CJK symbols and punctuation, hanja, full-width forms.
KOREAN_RUN = re.compile(
    "[\u2010-\u206f\u3000-\u303f\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u4e00-\u9fff\uff00-\uffef]+"
)
LINE_BREAKS = re.compile(r"\r\n?")
# Every character one of ftfy's enabled fixers (``ftfy_config``) acts on, besides mojibake and NFC: C0 and C1
# controls and terminal escapes, line breaks other than \n, surrogates, and the invisible controls it strips.
FTFY_TOUCHES = re.compile("[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f\u2028\u2029\u206a-\u206f\ufeff\ufff9-\ufffc\ud800-\udfff]")
# What ftfy's mojibake test (``is_bad``: one search of its BADNESS_RE, slow on long text) needs to match at all.
# Every alternative of BADNESS_RE holds two neighbouring characters of its own non-ASCII classes and literals
# (MOJIBAKE_CHARS), or one of a few characters that are bad alone (C1 controls, Œ œ Â Ã); a text with neither
# cannot be bad. tests/ingest/test_repair_skip.py checks both against the installed ftfy's pattern.
MOJIBAKE_CHARS = (
    "\u0080-\u00fc\u0100-\u0107\u010c-\u0113\u0116-\u011b\u011e\u011f\u0122\u0123\u012a\u012b"
    "\u012f\u0130\u0136\u0137\u0139-\u013e\u0141-\u0143\u0145\u0147\u014c\u0150\u0152\u0153\u0155"
    "\u0158\u015a\u015b\u015e-\u0162\u0164\u0165\u016a\u016e\u0170\u0172\u0178-\u017e\u0192"
    "\u02c6\u02c7\u02d8\u02db-\u02dd\u0384-\u0386\u0388-\u038a\u038c\u038e\u038f\u0391-\u03c9"
    "\u0401-\u045f\u0490\u0491\u2013-\u2015\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u2044\u20a7\u20ac\u2116\u2122\u2202\u2206\u220f\u2211\u221a\u221e\u2229\u222b\u2248"
    "\u2260\u2261\u2264\u2265\u2310\u2502\u250c\u2510\u2518\u251c\u2524\u252c\u253c\u2550-\u256c"
    "\u2580\u2584\u2588\u258c\u2590-\u2593\u25ca\uf8ff\ufb01\ufb02\ufffd"
)
MOJIBAKE_ALONE = "\x80-\x9f\u0152\u0153\u00c2\u00c3"
# (One class first, so that the scan skips from candidate to candidate; then bad alone, or one more after it.)
MOJIBAKE_HINT = re.compile(f"[{MOJIBAKE_ALONE}{MOJIBAKE_CHARS}](?:(?<=[{MOJIBAKE_ALONE}])|(?=[{MOJIBAKE_CHARS}]))")


@dataclass(frozen=True)
class Repaired:
    """Repaired text and what was changed, for ``Report.notes``."""

    text: str
    notes: tuple[str, ...] = ()


def repair(text: str) -> Repaired:
    """Normalise line endings, re-decode CP949 mojibake, then let ftfy fix the rest."""
    notes: list[str] = []
    text = _normalise_line_endings(text, notes)
    text = _redecode_cp949(text, notes)
    text = _ftfy(text, notes)
    return Repaired(text, tuple(notes))


def repair_field(value: str | None) -> str | None:
    """Repair a short metadata value (title, author...) without recording notes."""
    return repair(value).text.strip() if value else value


def _normalise_line_endings(text: str, notes: list[str]) -> str:
    if "\r" not in text:
        return text
    notes.append("line endings normalised to \\n")
    return LINE_BREAKS.sub("\n", text)


def _redecode_cp949(text: str, notes: list[str]) -> str:
    if not CP949_AS_LATIN1_SIGN.search(text):
        return text
    count = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal count
        fixed = _cp949_run(match.group())
        count += fixed != match.group()
        return fixed

    text = HIGH_LATIN1_RUN.sub(fix, text)
    if count:
        runs = "run" if count == 1 else "runs"
        notes.append(f"re-decoded CP949 Korean that had been read as Latin-1 ({count} {runs})")
    return text


def _cp949_run(run: str) -> str:
    try:
        fixed = run.encode("latin-1").decode("cp949")
    except UnicodeError:
        return run
    return fixed if KOREAN_RUN.fullmatch(fixed) else run


@cache
def ftfy_config() -> ftfy.TextFixerConfig:
    """ftfy's settings: change only what is broken (curly quotes, full-width forms, ligatures and HTML entities
    are normal text)."""
    import ftfy

    return ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, fix_character_width=False,
                                fix_latin_ligatures=False, explain=True)


def _ftfy(text: str, notes: list[str]) -> str:
    if not _ftfy_would_change(text):
        return text
    import ftfy

    fixed, explanation = ftfy.fix_and_explain(text, config=ftfy_config())
    if fixed != text:
        kinds = sorted({_ftfy_fix(step, detail) for step, detail in explanation or ()})
        notes.append(f"repaired {', '.join(kinds) or 'damaged characters'} (ftfy)")
    return fixed


def _ftfy_would_change(text: str) -> bool:
    """Whether ftfy, as configured, could change ``text``: only when its own mojibake test (``is_bad``, the
    one it starts with, run only when MOJIBAKE_HINT finds what it needs) fires, a character one of its fixers
    acts on is there, or the text is not NFC. A few passes in C instead of ftfy's dozen in Python, on the many
    texts that have nothing to fix."""
    if FTFY_TOUCHES.search(text):
        return True
    if text.isascii():
        return False  # ftfy leaves ASCII to the fixers above, and ASCII is NFC
    return bool((MOJIBAKE_HINT.search(text) and _is_bad(text)) or not unicodedata.is_normalized("NFC", text))


def _is_bad(text: str) -> bool:
    from ftfy.badness import is_bad

    return is_bad(text)


def _ftfy_fix(step: str, detail: str) -> str:
    return FTFY_FIXES.get(detail if step == "apply" else step, "damaged characters")
