"""An installed Claimline is whole: the wheel carries the map data, the sample corpus and the icons, and the
installed CLI works from any folder (not only from a clone)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The wheel built from this clone, installed (without its dependencies, which this venv has) in a folder."""
    work = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work), str(ROOT)],
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = work.glob("claimline-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for shipped in ("claimline/data/geodata/provinces.geojson", "claimline/data/geodata/gazetteer.csv",
                    "claimline/data/seeds/000_8ad9c014334f4aa0.txt", "claimline/data/resources/claimline.svg"):
        assert shipped in names
    site = work / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
                              str(wheel)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr[-3000:]
    return site


def run_installed(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "claimline", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=180)


def test_the_installed_cli_extracts_and_exports_the_sample_corpus_from_any_folder(installed, tmp_path):
    where = run_installed(installed, tmp_path, "extract", "--format", "json",
                          str(installed / "claimline" / "data" / "seeds"))
    assert where.returncode == 0, where.stderr[-2000:]
    claims = [c for r in json.loads(where.stdout)["reports"] for c in r["claims"]]
    assert len(claims) >= 5 and all(c["places"] is not None for c in claims)
    out = tmp_path / "timeline.png"
    export = run_installed(installed, tmp_path, "export", "timeline", str(out))  # no paths: the sample corpus
    assert export.returncode == 0, export.stderr[-2000:]
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() >= 1000
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20, "the timeline has its markers, lanes and labels, not a blank plot"
    probe = subprocess.run([sys.executable, "-c", "import claimline.paths as p; print(p.shipped('geodata'))"],
                           capture_output=True, text=True, cwd=tmp_path,
                           env={**os.environ, "PYTHONPATH": str(installed)})
    assert probe.stdout.strip().startswith(str(installed)), "the data comes from the installed package"


def test_the_desktop_entry_installs_for_this_user(installed, tmp_path):
    data = tmp_path / "share"
    env_home = {"XDG_DATA_HOME": str(data)}
    run = subprocess.run([sys.executable, "-m", "claimline", "install-desktop"], capture_output=True, text=True,
                         env={**os.environ, **env_home, "PYTHONPATH": str(installed)}, cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr
    entry = (data / "applications" / "claimline.desktop").read_text(encoding="utf-8")
    assert "Exec=" in entry and "Icon=claimline" in entry
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "claimline.svg").is_file()
