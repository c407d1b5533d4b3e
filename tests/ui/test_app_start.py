"""The app starts as a user starts it: `claimline` with no arguments opens the default project, which the
first start fills with the sample corpus; nothing the analyst imports is ever outside a project."""

import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.gui

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from claimline.__main__ import main
    from claimline.ui.main_window import MainWindow

    app = QApplication(["claimline"])

    def report():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        if window.runner.running:
            QTimer.singleShot(200, report)
            return
        if not window.workspace.corpus.extractions:
            QTimer.singleShot(200, report)  # the import into the new project is still to come
            return
        print("STATUS", window.filter_label.text())
        print("PROJECT", window.project.path)
        print("TITLE", window.windowTitle())
        print("READER", window.reader.report_path)
        app.quit()

    QTimer.singleShot(500, report)
    sys.exit(main([]))
""")


def test_claimline_without_arguments_opens_the_default_project_with_the_sample_corpus(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    for start in ("first", "second"):
        run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
        assert run.returncode == 0, run.stderr[-3000:]
        lines = dict(line.split(" ", 1) for line in run.stdout.splitlines() if " " in line)
        assert lines["STATUS"] == "5 claims", start
        assert lines["TITLE"].startswith("My project.claimline")
        assert lines["PROJECT"] == str(tmp_path / "data" / "Claimline" / "My project.claimline")
        assert lines["READER"].endswith("seeds/000_8ad9c014334f4aa0.txt")


def test_without_a_display_claimline_says_what_to_do_instead_of_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    run = subprocess.run([sys.executable, "-m", "claimline"], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 2
    assert "no display" in run.stderr and "xvfb-run" in run.stderr and "QT_QPA_PLATFORM=offscreen" in run.stderr
    assert "Aborted" not in run.stderr and "Traceback" not in run.stderr
