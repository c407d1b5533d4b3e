"""Start the desktop application: ``claimline [PATH...]`` (no paths: the sample corpus)."""

from __future__ import annotations

import sys

from claimline.paths import shipped

RESOURCES = shipped("resources")


def run_app(argv: list[str]) -> int:
    import pyqtgraph as pg
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from claimline.ui.main_window import MainWindow

    if any(a in ("-h", "--help") for a in argv):
        print("usage: claimline [PATH... | PROJECT.claimline | --demo]\n"  # noqa: T201
              "       claimline extract --format json PATH... | PROJECT.claimline\n"
              "       claimline export timeline|map|brief OUT [--province CODE] [PATH... | PROJECT.claimline]\n"
              "       claimline import PROJECT.claimline PATH...\n       claimline install-desktop")
        return 0
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Claimline")
    app.setOrganizationName("Claimline")
    app.setApplicationDisplayName("Claimline")
    app.setDesktopFileName("claimline")
    icon = RESOURCES / "claimline.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    pg.setConfigOptions(antialias=True)
    window = MainWindow()
    window.show()
    if "--demo" in argv:
        window.open_demo()
    else:
        window.open_start(argv)
    return app.exec()
