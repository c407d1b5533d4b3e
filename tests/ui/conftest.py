"""Fixtures for GUI tests: a main window on the sample corpus, with settings in a temporary file."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from claimline.corpus import Corpus, default_corpus_paths
from claimline.filtering import Workspace

SEEDS = Path(default_corpus_paths()[0])


@pytest.fixture(scope="session")
def sample_corpus() -> Corpus:
    corpus = Corpus.load([SEEDS])
    assert corpus.claims, "the sample report gives claims"
    return corpus


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "claimline.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings):
    """Build and show a main window on ``corpus`` (none: empty) with the test's settings."""
    from claimline.ui.main_window import MainWindow

    made = []

    def make(corpus=None, size=None, show=True):
        win = MainWindow(Workspace(corpus), settings)
        qtbot.addWidget(win)
        if size is not None:
            win.resize(*size)
        if show:
            win.show()
            qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.runner.wait(5000)


@pytest.fixture
def window(make_window, sample_corpus):
    return make_window(sample_corpus, size=(1400, 860))
