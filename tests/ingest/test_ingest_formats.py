"""Each format and encoding in tests/data/import reads into the right title, date, outlet, URL and body."""

from datetime import date
from pathlib import Path

import pytest

from claimline.ingest import read_paths, read_report
from claimline.model import Report

IMPORT = Path(__file__).resolve().parents[1] / "data" / "import"

# file or FILE#N -> (title, published ISO, precision, outlet, url, a phrase in the body)
EXPECTED = {
    "utf8.txt": (
        "Rice prices rise in Sinuiju",
        "2018-10-04",
        "day",
        "Daily NK",
        "https://www.dailynk.com/english/rice-prices-rise-sinuiju/",
        "rose on October 1",
    ),
    "utf8_bom.txt": ("Border guards reinforced in Hyesan", None, None, None, None, "patrols doubled"),
    "utf16.txt": (
        "Market hours cut in Chongjin",
        "2019-09",
        "month",
        "Radio Free Asia",
        None,
        "early September",
    ),
    "cp949.txt": ("평양 쌀값 급등", "2019-03-14", "day", "데일리NK", None, "평양에서 3월 초 쌀값이"),
    "cp1252.txt": (
        "Café owners in Rason fined",
        "2018-10-04",
        "day",
        "NK News",
        None,
        "The café’s owner in Rason said “inspectors came on October 2” and fined three shops – a",
    ),
    "dailynk_mojibake.txt": (
        "Residents react to purge",
        "2013-12-10",
        "day",
        "Daily NK",
        "http://www.dailynk.com/english/read.php?num=11251",
        "everyone in “평양”,”",
    ),
    "report.md": (
        "Flood damage in North Hamgyong",
        "2016-09-12",
        "day",
        "Asia Press",
        "https://www.asiapress.org/english/2016/09/flood/",
        "Floods hit **Hoeryong**",
    ),
    "heading.md": ("Sanctions hit Sinuiju traders", None, None, None, None, "in March 2016"),
    "sidecar.txt": (
        "Electricity shortages in Kanggye",
        "2017-02",
        "month",
        "Daily NK",
        None,
        "most of January",
    ),
    "page.html": (
        "Rice prices soar in Hyesan",
        "2019-03-14",
        "day",
        "Daily NK",
        "https://www.dailynk.com/english/rice-prices-soar-hyesan/",
        "“People are worried,” the source",
    ),
    "single.json": (
        "Soldiers loot farms in South Hwanghae",
        "2018-10-04",
        "day",
        "Radio Free Asia",
        "https://www.rfa.org/english/news/korea/looting-10042018.html",
        "late September",
    ),
    "array.json#1": (
        "Wonsan tourism zone workers unpaid",
        "2018-10",
        "month",
        "Daily NK",
        None,
        "since July",
    ),
    "array.json#2": (
        "Hamhung factory restarts",
        "2018-10-25",
        "day",
        None,
        "https://www.dailynk.com/english/hamhung-factory/",
        "mid-October",
    ),
    "reports.jsonl#1": ("Nampo port quiet", "2020-07-02", "day", "NK News", None, "first half of 2020"),
    "reports.jsonl#2": (
        "개성 시장 단속",
        "2020-12-01",
        "day",
        "데일리NK",
        "https://www.dailynk.com/kaesong-market/",
        "11월 단속",
    ),
    "reports.csv#1": (
        "Haeju fishermen idle",
        "2021-06",
        "month",
        "Asia Press",
        "https://www.asiapress.org/english/2021/06/haeju/",
        "a source said.\n\nThe source said fuel",
    ),
    "reports.csv#2": ("Kimchaek steel output, says source", "2021", "year", "Daily NK", None, "fell in 2020"),
}


@pytest.fixture(scope="module")
def imported() -> dict[str, Report]:
    result = read_paths([IMPORT])
    assert result.errors == []
    return {Path(r.path).name: r for r in result.reports}


def test_the_folder_gives_exactly_the_expected_reports(imported: dict[str, Report]) -> None:
    assert sorted(imported) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_report_fields(imported: dict[str, Report], name: str) -> None:
    title, published, precision, outlet, url, phrase = EXPECTED[name]
    report = imported[name]
    assert report.title == title
    assert (report.published.isoformat() if report.published else None) == published
    assert (report.published.precision if report.published else None) == precision
    assert report.outlet == outlet
    assert report.url == url
    assert phrase in report.text
    assert "\r" not in report.text


def test_no_front_matter_keeps_the_title_line_in_the_body(imported: dict[str, Report]) -> None:
    assert imported["utf8_bom.txt"].text.startswith("Border guards reinforced in Hyesan\n\nA source")
    assert imported["heading.md"].text.startswith("# Sanctions hit Sinuiju traders\n")


def test_front_matter_is_not_in_the_body(imported: dict[str, Report]) -> None:
    assert imported["utf8.txt"].text.startswith("Rice prices rise in Sinuiju\n\nRice prices")
    assert imported["utf8.txt"].author == "Kim Ji Yeon"


def test_cp949_and_mojibake_show_hangul_and_say_what_was_done(imported: dict[str, Report]) -> None:
    cp949, mojibake = imported["cp949.txt"], imported["dailynk_mojibake.txt"]
    assert "평양" in cp949.text and "decoded as CP949 (detected)" in cp949.notes
    assert "“평양”" in mojibake.text and "¡" not in mojibake.text
    assert "People called it ‘a storm’." in mojibake.text
    assert any("re-decoded CP949" in note for note in mojibake.notes)


def test_raw_keeps_the_original_bytes(imported: dict[str, Report]) -> None:
    assert imported["utf16.txt"].raw == (IMPORT / "utf16.txt").read_bytes()
    assert imported["dailynk_mojibake.txt"].raw == (IMPORT / "dailynk_mojibake.txt").read_bytes()
    assert b"Nampo port quiet" in imported["reports.jsonl#1"].raw


def test_html_body_has_paragraphs_and_no_page_furniture(imported: dict[str, Report]) -> None:
    page = imported["page.html"]
    assert page.author == "Kang Mi Jin"
    assert "a source told Daily NK on March 12.\n\n“People are worried,”" in page.text
    assert "Home" not in page.text and "Copyright" not in page.text and "changed by a script" not in page.text


def test_bundle_records_carry_file_hash_n_paths(imported: dict[str, Report]) -> None:
    paths = [r.path for r in imported.values() if "#" in r.path]
    assert all(p.startswith(str(IMPORT)) for p in paths)
    assert imported["single.json"].path == str(IMPORT / "single.json")


def test_read_report_reads_one_file() -> None:
    reports = read_report(IMPORT / "array.json", "array.json")
    assert [r.path for r in reports] == ["array.json#1", "array.json#2"]
    assert reports[0].published is not None and reports[0].published.value == date(2018, 10, 1)
