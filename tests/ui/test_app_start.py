"""The app starts as a user starts it: `claimline` with no arguments opens the sample corpus."""

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
        print("STATUS", window.filter_label.text())
        print("TITLE", window.windowTitle())
        print("READER", window.reader.report_path)
        app.quit()

    QTimer.singleShot(500, report)
    sys.exit(main([]))
""")


def test_claimline_without_arguments_opens_the_sample_corpus(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in run.stdout.splitlines() if " " in line)
    assert lines["STATUS"] == "5 claims"
    assert lines["TITLE"].startswith("unsaved session")
    assert lines["READER"].endswith("seeds/000_8ad9c014334f4aa0.txt")
