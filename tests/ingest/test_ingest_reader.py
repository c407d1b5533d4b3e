"""read_paths: folders, bad input as one ReadError each, duplicates, dates given at import, progress, cancel."""

import json
from datetime import date
from pathlib import Path

import pytest

from claimline.ingest import read_paths
from claimline.ingest.formats import READERS
from claimline.model import Published
from claimline.tasks import Cancelled, TaskState

DATA = Path(__file__).resolve().parents[1] / "data"

BAD_REASONS = {
    "empty.txt": "empty file",
    "binary.txt": "not a text file (binary data)",
    "bad_front_matter.txt": "front matter: YAML error at line 4: expected ',' or ']', but got ':'",
    "malformed.json": "JSON error at line 2 column 1: Expecting ',' delimiter",
    "no_body.csv": "CSV has no 'body' or 'text' column (columns: title, published, url)",
    "no_text.html": "no article text found in the page",
}


def _report(folder: Path, name: str, body: str, **meta: str) -> Path:
    front = "".join(f"{k}: {v}\n" for k, v in meta.items())
    path = folder / name
    path.write_text(f"---\n{front}---\n{body}\n" if meta else f"{body}\n", encoding="utf-8")
    return path


def test_whole_data_folder_imports_the_good_and_errors_exactly_the_bad() -> None:
    result = read_paths([DATA])
    assert {Path(e.path).name: e.error for e in result.errors} == BAD_REASONS
    assert all("/bad/" not in r.path for r in result.reports)
    assert len(result.reports) == 17
    assert result.duplicates == [] and result.replaced == []


def test_each_bad_file_named_explicitly_gives_one_error() -> None:
    paths = sorted((DATA / "bad").iterdir())
    result = read_paths(paths)
    assert [(Path(e.path).name, e.error) for e in result.errors] == sorted(BAD_REASONS.items())
    assert result.reports == []


def test_missing_path_and_unknown_format_named_explicitly(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    result = read_paths([tmp_path / "nope.txt", tmp_path / "scan.pdf", DATA / "import" / "utf8.txt"])
    assert [e.error for e in result.errors] == [
        "no such file or directory",
        "not a report format (.pdf): expected .txt, .md, .html, .htm, .json, .jsonl or .csv",
    ]
    assert [r.title for r in result.reports] == ["Rice prices rise in Sinuiju"]


def test_folder_skips_hidden_sidecars_gold_and_unknown_files(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _report(tmp_path / ".git", "inside.txt", "Hidden folder")
    _report(tmp_path, ".draft.txt", "Hidden file")
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "a.meta.yaml").write_text("title: A\n", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "sub").mkdir()
    _report(tmp_path / "sub", "a.txt", "Nested report")
    result = read_paths([tmp_path])
    assert [r.title for r in result.reports] == ["Nested report"]
    assert result.errors == []


def test_folder_skips_its_readme_but_a_readme_named_explicitly_is_read(tmp_path: Path) -> None:
    _report(tmp_path, "README.md", "About this folder")
    _report(tmp_path, "LICENSE.txt", "Licence")
    _report(tmp_path, "a.txt", "A report")
    assert [r.title for r in read_paths([tmp_path]).reports] == ["A report"]
    assert [r.title for r in read_paths([tmp_path / "README.md"]).reports] == ["About this folder"]


def test_over_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (3 * 1024 * 1024 + 200_000))
    result = read_paths([big], max_bytes=2 * 1024 * 1024)
    assert [e.error for e in result.errors] == ["file is 3.2 MB, over the 2 MB limit"]


def test_default_limit_is_20_mb(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(int(31.2 * 1024 * 1024))
    assert [e.error for e in read_paths([big]).errors] == ["file is 31.2 MB, over the 20 MB limit"]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = _report(tmp_path, "locked.txt", "Secret")
    good = _report(tmp_path, "good.txt", "Readable")
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = read_paths([locked, good])
    assert [(e.path, e.error) for e in result.errors] == [
        (str(locked), "permission denied: cannot read the file")
    ]
    assert [r.title for r in result.reports] == ["Readable"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("---\ntitle: A\nNo closing fence\n", "front matter: no closing '---' line"),
        ("---\n- a\n- b\n---\nBody\n", "front matter: expected 'key: value' lines, found list"),
        ("---\ntitle: Only metadata\n---\n\n", "no report text after the front matter"),
        ("\n \n\t\n", "empty file (only blank space)"),
    ],
)
def test_malformed_text_reports(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    assert [e.error for e in read_paths([path]).errors] == [reason]


def test_bad_records_in_a_bundle_are_errors_of_their_own(tmp_path: Path) -> None:
    bundle = tmp_path / "feed.jsonl"
    lines = ['{"title": "One", "body": "First report."}', "{broken", '{"title": "No body"}', '["a list"]']
    bundle.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_paths([bundle])
    assert [r.path for r in result.reports] == [f"{bundle}#1"]
    assert [(e.path, e.error) for e in result.errors] == [
        (f"{bundle}#2", "JSON error at line 1 column 2: Expecting property name enclosed in double quotes"),
        (f"{bundle}#3", "no report text (no 'body' or 'text' field)"),
        (f"{bundle}#4", "not a report object (list)"),
    ]


def test_csv_with_semicolons_and_odd_header_case(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("TEXT;Date;Site_Name\nA report body.;4 October 2018;Daily NK\n", encoding="utf-8")
    (report,) = read_paths([sheet]).reports
    assert (report.path, report.title, report.outlet) == (f"{sheet}#1", "A report body.", "Daily NK")
    assert report.published == Published(date(2018, 10, 4), "day")


def test_same_text_twice_is_imported_once(tmp_path: Path) -> None:
    first = _report(tmp_path, "a.txt", "Same words here.", title="A")
    second = _report(tmp_path, "b.md", "Same   words\nhere.", title="B")
    result = read_paths([first, second])
    assert [r.path for r in result.reports] == [str(first)]
    assert result.duplicates == [f"{second}: same text as {first}, not imported again"]


def test_same_url_with_new_text_replaces_the_older_version(tmp_path: Path) -> None:
    url = "https://www.dailynk.com/english/story/"
    newer = _report(tmp_path, "new.txt", "Updated text.", title="New", url=url, published="2018-10-05")
    older = _report(
        tmp_path,
        "old.txt",
        "First text.",
        title="Old",
        url="http://dailynk.com/english/story",
        published="2018-10-04",
    )
    result = read_paths([newer, older])
    assert [r.title for r in result.reports] == ["New"]
    assert result.replaced == [f"{older}: replaced by {newer} (same URL {url}, newer version)"]


def test_same_url_without_dates_keeps_the_later_read(tmp_path: Path) -> None:
    bundle = tmp_path / "feed.json"
    records = [
        {"body": "Version one.", "url": "https://x.org/a"},
        {"body": "Version two.", "url": "https://x.org/a#top"},
    ]
    bundle.write_text(json.dumps(records), encoding="utf-8")
    result = read_paths([bundle])
    assert [r.text for r in result.reports] == ["Version two."]
    assert len(result.replaced) == 1


def test_published_given_at_import_fills_only_reports_without_one() -> None:
    given = Published(date(2020, 1, 1), "month")
    result = read_paths([DATA / "import" / "utf8_bom.txt", DATA / "import" / "utf8.txt"], published=given)
    dated = {Path(r.path).name: r for r in result.reports}
    assert dated["utf8_bom.txt"].published == given
    assert "published date given at import" in dated["utf8_bom.txt"].notes
    assert dated["utf8.txt"].published == Published(date(2018, 10, 4), "day")


def test_progress_per_file() -> None:
    calls: list[tuple[int, int, str]] = []
    read_paths([DATA / "bad"], state=TaskState(on_progress=lambda d, t, m: calls.append((d, t, m))))
    assert [(d, t) for d, t, _ in calls] == [(i, 6) for i in range(7)]
    assert calls[0][2].endswith("bad_front_matter.txt")


def test_cancel_between_files() -> None:
    state = TaskState()
    seen: list[str] = []

    def on_progress(done: int, total: int, message: str) -> None:
        seen.append(message)
        if done == 2:
            state.request_interruption()

    state.on_progress = on_progress
    with pytest.raises(Cancelled):
        read_paths([DATA / "import"], state=state)
    assert len(seen) == 3


def test_a_reader_failing_unexpectedly_is_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(source: object) -> list:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setitem(READERS, ".json", explode)
    result = read_paths([DATA / "import"])
    assert [(Path(e.path).name, e.error) for e in result.errors] == [
        ("array.json", "could not be read (RecursionError: maximum recursion depth exceeded)"),
        ("single.json", "could not be read (RecursionError: maximum recursion depth exceeded)"),
    ]
    assert len(result.reports) == 14
