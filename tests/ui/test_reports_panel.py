"""Reports without a published date are listed under "Needs a date"; setting one resolves their claims."""

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from claimline.corpus import Corpus
from claimline.ui.reports_panel import PublishedDialog

pytestmark = pytest.mark.gui

UNDATED = """Rice prices jump in Hyesan

Rice prices rose sharply last month, a source in Ryanggang Province told Daily NK on Tuesday.

"Merchants were arrested on March 3," the source said.
"""


@pytest.fixture
def window_with_undated(make_window, tmp_path, sample_corpus):
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    undated = Corpus.load([tmp_path / "undated.txt"])
    return make_window(sample_corpus.merged(undated))


def test_undated_reports_are_listed_and_setting_a_date_resolves_their_claims(qtbot, window_with_undated):
    win = window_with_undated
    panel = win.reports
    before = len(win.workspace.all_claims)
    assert panel.undated_only.text() == "Needs a date (1)"
    qtbot.mouseClick(panel.undated_only, Qt.MouseButton.LeftButton)
    table = panel.table
    assert table.model().rowCount() == 1
    table.selectionModel().select(table.model().index(0, 0),
                                  QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    path = panel.selected_paths()[0]
    assert path.endswith("undated.txt")

    from claimline.model import Published

    panel.set_published([path], Published.parse("2019-03-20"))

    undated_claims = [c for c in win.workspace.all_claims if c.report_path == path]
    assert [(c.when.start.isoformat(), c.when.end.isoformat()) for c in undated_claims] == [
        ("2019-02-01", "2019-02-28"), ("2019-03-03", "2019-03-03")]
    assert len(win.workspace.all_claims) == before + 2
    assert panel.undated_only.text() == "Needs a date (0)"
    assert win.table.claims_model.rowCount() == len(win.workspace.all_claims)

    win.undo_stack.undo()
    assert len(win.workspace.all_claims) == before
    assert panel.undated_only.text() == "Needs a date (1)"


def test_the_date_dialog_accepts_only_dates(qtbot):
    dialog = PublishedDialog(2)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.edit, "October")
    assert not ok.isEnabled() and "Not a date" in dialog.error.text()
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, "2018-10")
    assert ok.isEnabled()
    assert dialog.published().isoformat() == "2018-10"
