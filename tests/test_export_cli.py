"""``claimline export`` as a new user types it: options before or after paths, several provinces after one
flag, names in any spelling, unknown ones refused with the list, no overwriting without --force, an empty
selection told and not written, the format from the extension, and files with the usual mode."""

import csv
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SYNTHETIC = [Path(__file__).resolve().parents[1] / "tests" / f"heldout{suffix}" for suffix in
             ("", "_b", "_c", "_d", "_e", "_f", "_g", "_h")]  # the repository's own synthetic reports
SEEDS = ROOT / "seeds"


def claimline(*args: str, umask: int | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, "-m", "claimline", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=180, env=env, preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)


def provinces_in(path: Path) -> set[str]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return {code for row in csv.DictReader(fh) for code in (row["provinces"] + ";" + row["inferred_provinces"])
                .split(";") if code}


def test_the_readmes_example_takes_the_folder_after_the_province(tmp_path):
    out = tmp_path / "out.csv"
    run = claimline("export", "claims", str(out), "--province", "KP-09", *map(str, SYNTHETIC))
    assert run.returncode == 0, run.stderr
    assert provinces_in(out) >= {"KP-09"}
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all("KP-09" in (r["provinces"] + r["inferred_provinces"]) for r in rows)
    assert "wrote" in run.stderr and "North Hamgyong" in run.stderr


def test_several_provinces_after_one_flag_or_repeated_and_in_any_spelling(tmp_path):
    one_flag, repeated = tmp_path / "a.json", tmp_path / "b.json"
    first = claimline("export", "claims", str(one_flag), *map(str, SYNTHETIC), "--province", "North", "Hamgyong", "량강도")
    second = claimline("export", "claims", str(repeated), "--province", "kp-09", "--province", "Hyesan", *map(str, SYNTHETIC))
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr

    def ids(path):
        return sorted(c["id"] for r in json.loads(path.read_text(encoding="utf-8"))["reports"] for c in r["claims"])

    assert ids(one_flag) == ids(repeated) != []
    codes = {p["code"] for r in json.loads(one_flag.read_text(encoding="utf-8"))["reports"] for c in r["claims"]
             for p in c["places"]}
    assert codes & {"KP-09", "KP-10"} and "KP-10" in codes


@pytest.mark.parametrize("bad", ["KP-99", "Nowhere"])
def test_an_unknown_province_is_refused_with_the_valid_ones(tmp_path, bad):
    out = tmp_path / "brief.html"
    run = claimline("export", "brief", str(out), str(SEEDS), "--province", bad)
    assert run.returncode == 2
    assert f"'{bad}' is not a province" in run.stderr and "KP-09 North Hamgyong" in run.stderr
    assert "Error" not in run.stderr and not out.exists()


def test_an_existing_file_is_kept_unless_forced(tmp_path):
    out = tmp_path / "claims.csv"
    out.write_text("mine", encoding="utf-8")
    run = claimline("export", "claims", str(out), str(SEEDS))
    assert run.returncode == 2 and "already exists" in run.stderr and "--force" in run.stderr
    assert out.read_text(encoding="utf-8") == "mine"
    forced = claimline("export", "claims", str(out), str(SEEDS), "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_text(encoding="utf-8-sig").startswith("start,end")


def test_an_empty_selection_is_told_and_nothing_is_written(tmp_path):
    out = tmp_path / "timeline.png"
    run = claimline("export", "timeline", str(out), str(SEEDS), "--from", "2030")
    assert run.returncode == 1
    assert "no claims to export" in run.stderr and "from 2030-01-01" in run.stderr
    assert not out.exists()


def test_dates_and_query_filter_the_export(tmp_path):
    out = tmp_path / "claims.csv"
    run = claimline("export", "claims", str(out), *map(str, SYNTHETIC), "--from", "2019-01", "--to", "2019", "--query", "hyesan")
    assert run.returncode == 0, run.stderr
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["end"] >= "2019-01-01" and r["start"] <= "2019-12-31" for r in rows)
    assert all("hyesan" in (r["quote"] + r["source"]).lower() for r in rows)
    refused = claimline("export", "claims", str(tmp_path / "x.csv"), "--from", "2021-06", "--to", "2021-01")
    assert refused.returncode == 2 and "after --to" in refused.stderr


def test_the_format_follows_the_extension_and_files_get_the_usual_mode(tmp_path):
    for what, name in (("map", "map.svg"), ("claims", "c.kml"), ("brief", "b.pdf"), ("timeline", "t.png")):
        run = claimline("export", what, str(tmp_path / name), str(SEEDS), "--title", "Sinuiju", umask=0o022)
        assert run.returncode == 0, run.stderr
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o644, "like any new file, not 0600"
    ET.parse(tmp_path / "map.svg")
    assert ET.parse(tmp_path / "c.kml").getroot().find(".//{http://www.opengis.net/kml/2.2}TimeSpan") is not None
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF") and (tmp_path / "t.png").read_bytes()[1:4] == b"PNG"
    wrong = claimline("export", "claims", str(tmp_path / "c.png"), str(SEEDS))
    assert wrong.returncode == 2 and "use .csv, .geojson, .kml or .json" in wrong.stderr
    bare = claimline("export", "timeline", str(tmp_path / "timeline"), str(SEEDS))
    assert bare.returncode == 2 and "a file without extension" in bare.stderr


def test_size_and_dpi_are_checked_and_used(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "print.png"
    run = claimline("export", "map", str(out), str(SEEDS), "--dpi", "300")
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (3125, 3438), "the default map size, at 300 dpi"
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    small = claimline("export", "map", str(tmp_path / "s.png"), str(SEEDS), "--width", "300", "--height", "200")
    assert small.returncode == 2 and "too small to read" in small.stderr
    zero = claimline("export", "map", str(tmp_path / "z.png"), "--width", "0")
    assert zero.returncode == 2 and "greater than 0" in zero.stderr


def test_the_help_names_every_format():
    run = claimline("export", "--help")
    assert run.returncode == 0
    for word in (".geojson", ".kml", ".html", "--force", "--dpi", "--query", "--from", "--subtitle"):
        assert word in run.stdout


def test_a_missing_folder_after_a_province_is_named_as_such(tmp_path):
    run = claimline("export", "claims", str(tmp_path / "c.csv"), "--province", "KP-09", str(tmp_path / "reportz"))
    assert run.returncode == 2
    assert "reportz' is not a province of North Korea, nor a file or folder that exists" in run.stderr
