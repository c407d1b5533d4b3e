"""'claimline extract' of plain-text reports starts quickly: it imports none of the heavy libraries that only
other formats, the views or the exports need."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
HEAVY = ("PySide6", "shiboken6", "pyqtgraph", "geopandas", "pandas", "pyproj", "shapely", "trafilatura", "htmldate",
         "numpy", "psygnal", "ftfy")
PROBE = """
import contextlib, io, json, sys
from claimline.cli import run
with contextlib.redirect_stdout(io.StringIO()):
    run(["extract", "--format", "json", sys.argv[1]])
print(json.dumps(sorted(sys.modules)))
"""


def test_extracting_text_reports_imports_no_heavy_library() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, str(SEEDS)], capture_output=True, text=True, check=True)
    modules = json.loads(done.stdout.splitlines()[-1])
    assert [m for m in modules if m.split(".")[0] in HEAVY] == []
