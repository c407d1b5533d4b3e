"""The window remembers its size and dock layout between sessions."""

import pytest
from PySide6.QtCore import QSize

from claimline.filtering import Workspace

pytestmark = pytest.mark.gui


def test_window_geometry_is_restored(qtbot, sample_corpus, settings):
    from claimline.ui.main_window import MainWindow

    first = MainWindow(Workspace(sample_corpus), settings)
    qtbot.addWidget(first)
    first.resize(640, 480)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    settings.sync()

    second = MainWindow(Workspace(sample_corpus), settings)
    qtbot.addWidget(second)
    assert second.size() == QSize(640, 480)
