"""The timeline's legend never hides the first lane, however many lanes the corpus fills."""

from pathlib import Path

import pytest

from claimline.corpus import Corpus

pytestmark = pytest.mark.gui

MANY_PROVINCES = Path(__file__).resolve().parents[1] / "heldout_c"  # reports from every province


@pytest.mark.parametrize("size", [(1400, 860), (1000, 640)])
def test_legend_stays_clear_of_the_first_lane(make_window, qtbot, size):
    corpus = Corpus.load([MANY_PROVINCES])
    window = make_window(corpus, size=size)
    timeline = window.timeline
    assert len(timeline.lanes) >= 10
    legend_bottom = timeline.mapFromScene(timeline._legend.sceneBoundingRect().bottomLeft()).y()
    first_lane = [m for m in timeline.markers if m.y > -0.5]  # the first lane, every stacked row
    assert first_lane
    for marker in first_lane:
        top_of_marker = timeline.marker_view_pos(marker.claim.key).y() - 6  # half a diamond
        assert top_of_marker > legend_bottom, (marker.claim.quote[:40], top_of_marker, legend_bottom)
