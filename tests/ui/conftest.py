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
def window(qtbot, sample_corpus, settings):
    from claimline.ui.main_window import MainWindow

    win = MainWindow(Workspace(sample_corpus), settings)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.runner.wait(5000)
