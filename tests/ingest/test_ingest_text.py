"""Decoding and repair: BOMs, strict UTF-8 first, legacy encodings, mojibake, line endings."""

import codecs

import pytest

from claimline.ingest.encoding import decode
from claimline.ingest.errors import IngestError
from claimline.ingest.repair import repair

KOREAN = "평양에서 쌀값이 크게 올랐다고 소식통이 전했다. “사람들이 걱정한다”고 그는 말했다."
WESTERN = "The café’s owner said “prices rose” in Hyesan – a source in Ryanggang Province said."


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (WESTERN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + WESTERN.encode("utf-8"), "utf-8"),
        (WESTERN.encode("utf-16"), "utf-16"),
        (KOREAN.encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]), "utf-16"),
        (KOREAN.encode("cp949"), "cp949"),
        (KOREAN.encode("euc-kr"), "cp949"),
        (WESTERN.encode("cp1252"), "cp1252"),
        ("Café in Pyongyang".encode("latin-1"), "cp1252"),
    ],
)
def test_decode(raw: bytes, encoding: str) -> None:
    decoded = decode(raw)
    assert decoded.encoding == encoding
    assert decoded.text in (WESTERN, KOREAN, "Café in Pyongyang")


@pytest.mark.parametrize("raw", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(0, 32)) * 4])
def test_binary_is_refused(raw: bytes) -> None:
    with pytest.raises(IngestError, match="binary"):
        decode(raw)


def test_mojibake_runs_are_redecoded_as_cp949() -> None:
    broken = "“평양”".encode("cp949").decode("latin-1")
    assert broken == "¡°Æò¾ç¡±"
    repaired = repair(f"He said {broken} twice.")
    assert repaired.text == "He said “평양” twice."
    assert repaired.notes == ("re-decoded CP949 Korean that had been read as Latin-1 (1 run)",)


def test_latin1_text_without_the_sign_is_left_alone() -> None:
    text = "Señor Müller’s café: “Ñé” — ﬁne, ＡＢ, &amp; ½."
    assert repair(text).text == text
    assert repair(text).notes == ()


def test_utf8_mojibake_is_fixed_by_ftfy_and_noted() -> None:
    repaired = repair("The source said â€œwe have no riceâ€\x9d.")
    assert repaired.text == "The source said “we have no rice”."
    assert any("ftfy" in note for note in repaired.notes)


def test_mixed_line_endings_become_newlines() -> None:
    repaired = repair("one\r\ntwo\rthree\nfour")
    assert repaired.text == "one\ntwo\nthree\nfour"
    assert "line endings normalised to \\n" in repaired.notes


def test_gold_quote_words_survive_repair() -> None:
    raw_body = "¡°We have no rice,¡± said a source in Hyesan on the 8th."
    words = {w for w in raw_body.replace("¡°", " ").replace("¡±", " ").split()}
    assert words <= set(repair(raw_body).text.replace("“", " ").replace("”", " ").split())
