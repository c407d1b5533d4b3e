"""The window remembers its size and dock layout between sessions."""

import pytest
from PySide6.QtCore import QSize

pytestmark = pytest.mark.gui


def test_window_geometry_is_restored(make_window, sample_corpus, settings):
    first = make_window(sample_corpus, size=(640, 480))
    first.close()
    settings.sync()

    second = make_window(sample_corpus, show=False)
    assert second.size() == QSize(640, 480)


def test_first_window_fits_a_small_screen(make_window, sample_corpus):
    win = make_window(sample_corpus)
    available = win.screen().availableGeometry()
    assert available.contains(win.geometry()), (available, win.geometry())
    assert win.width() <= 1400 and win.height() <= 860
