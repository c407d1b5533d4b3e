"""Scale: how Claimline holds up with a large project, beside the targets of the scale issue.

    python bench/scale.py [--reports 10000] [--claims 100000] [--runs 3] [--project P.claimline]

Makes (once, cached in /tmp) a project of N synthetic reports (``claimline.demo``) imported with the CLI, then
prints, each the median of several runs:
- import + extraction into a project (reports/s, the CLI as a whole);
- reading the project back with ``claimline extract --format json`` (the CLI as a whole);
- opening the project in the window until every view is built;
- a province click, a date range and clearing the filter, until every view has updated, at the project's size
  and at ``--claims`` (the project's claims repeated under other report names);
- a timeline frame while panning and zooming, a map redraw, a timeline PNG export, and the peak memory;
- cold start to an interactive window on the sample corpus.
The figures are wall-clock on this machine; run it on a quiet one.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

TARGETS = {
    "cold start (s)": 1.5, "open project in the window (s)": 2.0, "read back with the CLI (s)": 3.0,
    "import + extraction (reports/s)": 200, "province click (ms)": 100, "date range (ms)": 100,
    "clear filter (ms)": 100, "timeline frame (ms)": 16, "timeline PNG export (s)": 2.0, "peak RSS (MB)": 800,
}


def median_of(runs: int, fn) -> float:
    return statistics.median(fn() for _ in range(runs))


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def ensure_project(reports: int, project: Path | None) -> tuple[Path, float | None]:
    """A project of ``reports`` synthetic reports, and the import rate if it was made now."""
    from claimline.demo import write_corpus

    path = project or Path(tempfile.gettempdir()) / f"claimline-bench-{reports}.claimline"
    if path.exists():
        return path, None
    folder = path.with_suffix(".reports")
    write_corpus(folder, reports)
    seconds = timed(lambda: subprocess.run([sys.executable, "-m", "claimline", "import", str(path), str(folder)],
                                           check=True, capture_output=True))
    return path, reports / seconds


def read_back(path: Path) -> float:
    return timed(lambda: subprocess.run([sys.executable, "-m", "claimline", "extract", "--format", "json", str(path)],
                                        check=True, capture_output=True))


COLD_START = """
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["claimline"])
from claimline.ui.main_window import MainWindow
from claimline import app as claimline_app
window = None
def check():
    w = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if w is None or w.runner.running or not w.workspace.corpus.extractions:
        QTimer.singleShot(5, check); return
    app.processEvents()
    print(time.perf_counter() - started); app.quit()
QTimer.singleShot(0, check)
claimline_app.run_app([])
"""


def cold_start() -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    home = tempfile.mkdtemp()
    env.update(XDG_DATA_HOME=home, XDG_CONFIG_HOME=home)
    subprocess.run([sys.executable, "-c", COLD_START], env=env, capture_output=True, text=True)  # first start
    run = subprocess.run([sys.executable, "-c", COLD_START], env=env, capture_output=True, text=True, check=True)
    return float(run.stdout.strip().splitlines()[-1])


def bigger(corpus, claims: int):
    """The corpus repeated under other report names until it holds about ``claims`` claims."""
    from claimline.corpus import Corpus

    extractions, copy = list(corpus.extractions), 0
    per_copy = max(1, len(corpus.claims))
    while len(extractions) * per_copy < claims * len(corpus.extractions):
        copy += 1
        for e in corpus.extractions:
            report = replace(e.report, path=f"{e.report.path}#copy{copy}")
            extractions.append(replace(e, report=report,
                                       claims=tuple(replace(c, report_path=report.path, id=f"{c.id}.{copy}")
                                                    for c in e.claims)))
    return Corpus(extractions)


def view_figures(window, app, runs: int) -> dict[str, float]:
    from claimline.filtering import Filter

    workspace = window.workspace

    def settle(fn):
        return timed(lambda: (fn(), app.processEvents())) * 1000

    figures = {
        "province click (ms)": median_of(runs, lambda: settle(lambda: (
            workspace.set_filter(Filter(provinces=frozenset({"KP-10"}))), workspace.set_filter(Filter())))) / 2,
    }
    days = [c.when.start for c in workspace.all_claims[:: max(1, len(workspace.all_claims) // 10)]]
    lo, hi = min(days), max(days)
    figures["date range (ms)"] = median_of(runs, lambda: settle(lambda: workspace.set_filter(
        Filter(date_range=(lo, hi)))))
    figures["clear filter (ms)"] = median_of(runs, lambda: settle(lambda: workspace.set_filter(Filter())))
    vb = window.timeline.getPlotItem().vb
    (x0, x1), _ = vb.viewRange()

    frames = iter(range(10**9))

    def frame():
        shift = (x1 - x0) * 0.01 * (1 if next(frames) % 2 else -1)
        vb.setXRange(x0 + shift, x1 + shift, padding=0)
        window.timeline.viewport().repaint()

    figures["timeline frame (ms)"] = median_of(max(runs, 10), lambda: timed(frame) * 1000)
    figures["map redraw (ms)"] = median_of(runs, lambda: timed(lambda: window.map.viewport().repaint()) * 1000)
    out = Path(tempfile.mkdtemp()) / "timeline.png"
    from claimline.export import export_workspace

    figures["timeline PNG export (s)"] = median_of(runs, lambda: timed(
        lambda: export_workspace("timeline", workspace, out)))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--project", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path, rate = ensure_project(args.reports, args.project)
    results: dict[str, float] = {}
    if rate is not None:
        results["import + extraction (reports/s)"] = rate
    results["read back with the CLI (s)"] = median_of(args.runs, lambda: read_back(path))
    results["cold start (s)"] = median_of(args.runs, cold_start)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["claimline"])
    from claimline.corpus import Corpus
    from claimline.store import Project
    from claimline.ui.main_window import MainWindow

    def open_in_window():
        window = MainWindow(settings=QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat))
        window.resize(1400, 860)
        window.show()
        project = Project.open_read_only(path)
        window._project_loaded(project, Corpus.from_project(project), [])
        app.processEvents()
        return window

    seconds = []
    for _ in range(args.runs):
        start = time.perf_counter()
        window = open_in_window()
        seconds.append(time.perf_counter() - start)
        window.session.close()
        window.close()
        window.deleteLater()
        app.processEvents()
    results["open project in the window (s)"] = statistics.median(seconds)
    window = open_in_window()
    claims = len(window.workspace.corpus.claims)
    print(f"project: {path} ({args.reports} reports, {claims} claims)")
    for name, value in view_figures(window, app, args.runs).items():
        results[f"{name} [{claims} claims]"] = value
    window.workspace.set_corpus(bigger(window.workspace.corpus, args.claims))
    app.processEvents()
    claims = len(window.workspace.corpus.claims)
    for name, value in view_figures(window, app, args.runs).items():
        results[f"{name} [{claims} claims]"] = value
    results["peak RSS (MB)"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'figure':58s} {'value':>10s} {'target':>8s}")
    for name, value in results.items():
        target = TARGETS.get(name.split(" [")[0])
        print(f"{name:58s} {value:10.2f} {'' if target is None else f'{target:8g}'}")


if __name__ == "__main__":
    main()
