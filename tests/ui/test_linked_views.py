"""The four views stay in sync through the workspace: a user clicks, every view follows."""

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def click(qtbot, view, pos, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, pos)


def table_claims(window):
    model = window.table.claims_model
    return [window.workspace.claim(model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1))
            for r in range(model.rowCount())]


def test_all_four_views_show_the_sample_corpus(window, sample_corpus):
    dated = [c for c in sample_corpus.claims if c.when.resolved]
    assert window.table.claims_model.rowCount() == len(dated)
    assert len(window.timeline.markers) == len(dated)
    assert window.reader.report_path == sample_corpus.extractions[0].report.path
    from PySide6.QtGui import QColor

    from claimline.ui.style import HIGHLIGHT_COLOR

    selections = window.reader.text.extraSelections()
    quotes = [s for s in selections if s.format.background().color() == QColor(HIGHLIGHT_COLOR)]
    underlined = [s.cursor.selectedText() for s in selections if s.format.underlineStyle() != s.format.underlineStyle().NoUnderline]
    assert len(quotes) == len(dated), "every dated claim's quote is highlighted"
    assert underlined == [p.text for p in sample_corpus.extractions[0].places], "every place name is marked"
    assert window.map.fill_of("KP-03") != window.map.fill_of("KP-04"), "North Pyongan is shaded, Chagang is not"
    assert window.filter_label.text() == f"{len(dated)} claims"


def test_clicking_a_province_filters_the_table_and_the_timeline(qtbot, window, sample_corpus):
    total = len([c for c in sample_corpus.claims if c.when.resolved])
    north_pyongan = [c for c in sample_corpus.claims if c.when.resolved and "KP-03" in c.province_codes]
    assert 0 < len(north_pyongan) < total

    click(qtbot, window.map, window.map.province_view_pos("KP-03"))

    assert window.workspace.filter.provinces == {"KP-03"}
    assert {c.key for c in table_claims(window)} == {c.key for c in north_pyongan}
    assert {m.claim.key for m in window.timeline.markers} == {c.key for c in north_pyongan}
    assert window.timeline.lanes == ["KP-03"]
    assert window.filter_label.text() == f"{len(north_pyongan)} of {total} claims, North Pyongan"
    assert window.clear_button.isEnabled()


def test_ctrl_click_adds_a_province_and_escape_clears(qtbot, window):
    click(qtbot, window.map, window.map.province_view_pos("KP-03"))
    click(qtbot, window.map, window.map.province_view_pos("KP-02"), Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.filter.provinces == {"KP-02", "KP-03"}
    assert {code for c in table_claims(window) for code in c.province_codes} <= {"KP-02", "KP-03"}
    assert "North Pyongan" in window.filter_label.text() and "South Pyongan" in window.filter_label.text()

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.workspace.filter.is_empty
    assert window.table.claims_model.rowCount() == len(window.workspace.all_claims)


def test_clicking_the_filtered_province_again_clears_the_filter(qtbot, window):
    click(qtbot, window.map, window.map.province_view_pos("KP-03"))
    click(qtbot, window.map, window.map.province_view_pos("KP-03"))
    assert window.workspace.filter.is_empty


def test_clear_filter_button_and_undo(qtbot, window):
    click(qtbot, window.map, window.map.province_view_pos("KP-03"))
    qtbot.mouseClick(window.clear_button, Qt.MouseButton.LeftButton)
    assert window.workspace.filter.is_empty
    window.undo_stack.undo()
    assert window.workspace.filter.provinces == {"KP-03"}
    window.undo_stack.undo()
    assert window.workspace.filter.is_empty
    window.undo_stack.redo()
    assert window.workspace.filter.provinces == {"KP-03"}


def test_clicking_a_timeline_marker_highlights_its_quote_in_the_reader(qtbot, window):
    marker = next(m for m in window.timeline.markers if m.is_point)
    click(qtbot, window.timeline, window.timeline.marker_view_pos(marker.claim.key))

    assert window.workspace.selected_key == marker.claim.key
    assert window.reader.selected_text() == marker.claim.quote
    current = window.table.currentIndex()
    assert current.isValid() and current.data(Qt.ItemDataRole.UserRole + 1) == marker.claim.key


def test_clicking_a_period_bar_selects_its_claim(qtbot, window):
    marker = next(m for m in window.timeline.markers if not m.is_point)
    click(qtbot, window.timeline, window.timeline.marker_view_pos(marker.claim.key))
    assert window.workspace.selected_key == marker.claim.key
    assert window.reader.selected_text() == marker.claim.quote


def test_clicking_a_table_row_selects_the_claim_everywhere(qtbot, window):
    table = window.table
    click(qtbot, table, table.row_rect_center(1))
    key = table.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    claim = window.workspace.claim(key)
    assert window.workspace.selected_key == key
    assert window.reader.selected_text() == claim.quote


def test_search_narrows_every_view(qtbot, window):
    target = window.workspace.all_claims[0]
    word = max(target.quote.split(), key=len).strip("“”\",.")
    qtbot.keyClicks(window.search, word)
    qtbot.waitUntil(lambda: window.workspace.filter.query == word, timeout=2000)
    assert all(word.casefold() in (c.quote + c.source).casefold() for c in table_claims(window))
    assert target.key in {c.key for c in table_claims(window)}


def test_ctrl_c_in_the_table_copies_the_quote_with_its_citation(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    table = window.table
    click(qtbot, table, table.row_rect_center(0))
    claim = window.workspace.selected_claim
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert " ".join(claim.quote.split()) in copied
    assert claim.source in copied and "Daily NK" in copied and "2018-10" in copied


def test_zooming_the_timeline_and_filtering_to_its_range(qtbot, window):
    from datetime import date

    from claimline.ui.date_axis import to_x

    window.timeline.getPlotItem().setXRange(to_x(date(2018, 8, 25)), to_x(date(2018, 10, 5)), padding=0)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    start, end = window.workspace.filter.date_range
    assert (start, end) == (date(2018, 8, 25), date(2018, 10, 5))
    shown = table_claims(window)
    assert shown and all(c.when.end >= start and c.when.start <= end for c in shown)
    assert "2018-08-25 to 2018-10-05" in window.filter_label.text()
