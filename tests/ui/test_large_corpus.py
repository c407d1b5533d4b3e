"""Views on a large corpus: map classes that scale with it, a claims table sorted by date."""

from pathlib import Path

import pytest

from claimline.corpus import Corpus
from claimline.ui.map_view import bin_labels, claim_bins, count_color

pytestmark = pytest.mark.gui

TESTS = Path(__file__).resolve().parents[1]


def test_small_corpora_keep_the_fixed_classes():
    assert bin_labels(claim_bins(3)) == ["1 claim", "2 claims", "3–4 claims", "5–9 claims", "10–19 claims",
                                         "20+ claims"]


def test_classes_grow_with_the_busiest_province():
    assert bin_labels(claim_bins(95))[-1] == "40+ claims"
    assert bin_labels(claim_bins(1200))[-1] == "400+ claims"
    bins = claim_bins(95)
    assert count_color(25, bins) != count_color(95, bins), "a province with 25 claims is lighter than one with 95"


def test_a_large_corpus_spreads_over_the_classes(make_window):
    corpus = Corpus.load([TESTS / name for name in ("heldout_b", "heldout_c", "heldout_d", "heldout_e", "heldout_f")])
    window = make_window(corpus, size=(1400, 860))
    counts = window.workspace.counts_by_province()
    assert max(counts.values()) >= 40
    used = {count_color(n, window.map.bins) for n in counts.values() if n}
    assert len(used) >= 3, "the provinces fall into several classes, not all into the darkest"
    legend_labels = [label.text for _, label in window.map._legend.items]
    assert legend_labels == bin_labels(window.map.bins)


def test_claims_table_lists_claims_by_date_and_the_header_reverses_them(make_window, qtbot):
    from PySide6.QtCore import QPoint, Qt

    window = make_window(Corpus.load([TESTS / "heldout_c"]), size=(1400, 860))
    table = window.table
    model = table.model()

    def starts():
        return [model.index(r, 0).data()[:10] for r in range(model.rowCount())]

    assert starts() == sorted(starts()), "oldest claim first"
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2))
    assert starts() == sorted(starts(), reverse=True), "newest first after a click on the Date header"
