"""Saved pages: legacy charsets, pages with nothing to extract, and no network access ever."""

import socket
from pathlib import Path

import pytest

from claimline.ingest import read_paths

PAGE = Path(__file__).resolve().parents[1] / "data" / "import" / "page.html"
KOREAN_PARAGRAPH = (
    "<p>“평양에서 3월 초 쌀값이 크게 올랐다”고 양강도 소식통이 12일 전했다. 소식통은 걱정한다고 말했다.</p>"
)


def _page(charset: str, title: str) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    return f"<html><head>{meta}<title>{title}</title></head><body><div>{KOREAN_PARAGRAPH * 3}</div></body></html>"


@pytest.mark.parametrize("charset", ["euc-kr", "ks_c_5601-1987", "iso-8859-1"])
def test_korean_page_in_cp949_whatever_it_declares(tmp_path: Path, charset: str) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(_page(charset, "평양 쌀값").encode("cp949"))
    (report,) = read_paths([path]).reports
    assert report.title == "평양 쌀값"
    assert "“평양에서 3월 초 쌀값이" in report.text
    assert "\n\n" in report.text


def test_daily_nk_mojibake_saved_as_utf8_is_repaired(tmp_path: Path) -> None:
    broken = "“평양”".encode("cp949").decode("latin-1")
    path = tmp_path / "old.html"
    paragraph = f"<p>{broken} residents were told on the 8th to attend a meeting, a source said.</p>"
    path.write_text(f"<html><body><article>{paragraph * 3}</article></body></html>", encoding="utf-8")
    (report,) = read_paths([path]).reports
    assert report.text.startswith("“평양” residents")
    assert any("CP949" in note for note in report.notes)


@pytest.mark.parametrize(
    "content",
    [
        b"https://www.dailynk.com/english/",
        b"<html><head><title>Only a title</title></head><body></body></html>",
    ],
)
def test_nothing_to_extract(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(content)
    assert [e.error for e in read_paths([path]).errors] == ["no article text found in the page"]


def test_reading_a_page_opens_no_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("ingest tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    (report,) = read_paths([PAGE]).reports
    assert report.url == "https://www.dailynk.com/english/rice-prices-soar-hyesan/"
