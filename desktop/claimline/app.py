"""Start the desktop application: ``claimline [PATH...]`` (no paths: the sample corpus)."""

from __future__ import annotations

import os
import sys

from claimline.paths import shipped

RESOURCES = shipped("resources")


def no_display() -> bool:
    """True on Linux with no X or Wayland display and no Qt platform chosen: Qt would abort with a cryptic
    message about xcb, so Claimline says what to do instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


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
    if no_display():
        print("claimline: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).\n"  # noqa: T201
              "  On a machine without a screen, run it on a virtual display: xvfb-run claimline\n"
              "  or with Qt's offscreen platform (nothing is shown): QT_QPA_PLATFORM=offscreen claimline\n"
              "  The commands extract, export and import need no display.", file=sys.stderr)
        return 2
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
