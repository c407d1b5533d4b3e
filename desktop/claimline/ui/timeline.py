"""The timeline: one lane per province (plus one for claims with no place), a day as a point,
a period as a bar, on a zoomable date axis. The same view renders exported images."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from claimline.filtering import Workspace, provinces_of
from claimline.model import Claim
from claimline.ui.date_axis import DayAxisItem, from_x, to_x
from claimline.ui.style import (
    REJECTED_COLOR,
    SELECTED_COLOR,
    claim_tooltip,
    grade_alpha,
    lane_label,
    province_color,
)

DAY = 1.0  # x is in days (see date_axis)
LEGEND_ROOM_PX = 64  # above the first lane: the legend box, its offset and half a marker
FIT_MARGIN_PX = 22  # room at each end of a fitted timeline for a selected marker and its ring
BAR_HEIGHT = 0.16  # in lanes
SUBROW_STEP = 0.2
MIN_BAR_PX = 6.0  # the narrowest a period is drawn, in pixels
MAX_BAR_PX = 16.0  # the tallest a bar is drawn, in pixels
DIAMOND_PX = 13.0  # a day's diamond, in pixels  # vertical offset between stacked markers in one lane




@dataclass(frozen=True)
class Marker:
    """Where one claim sits on the timeline: a point (one day) or a bar (a period)."""

    claim: Claim
    x0: float
    x1: float
    y: float
    color: str

    @property
    def is_point(self) -> bool:
        return self.x1 - self.x0 <= DAY

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


def layout_markers(claims: list[Claim]) -> tuple[list[str], list[Marker]]:
    """Lanes (province codes, top to bottom) and one marker per claim, stacked where they overlap."""
    lanes = provinces_of(claims)
    markers: list[Marker] = []
    for lane_index, code in enumerate(lanes):
        in_lane = [c for c in claims if code in c.province_codes or (not code and not c.places)]
        rows_end: list[float] = []  # right edge of the last marker in each stacked sub-row
        for claim in sorted(in_lane, key=lambda c: (c.when.start, c.when.end)):
            x0, x1 = to_x(claim.when.start), to_x(claim.when.end) + DAY
            row = next((r for r, end in enumerate(rows_end) if end <= x0), len(rows_end))
            rows_end[row:row + 1] = [x1]
            slot = row % 5  # 0, above, below, further above, further below; then round again
            offset = ((slot + 1) // 2) * SUBROW_STEP * (1 if slot % 2 else -1)
            markers.append(Marker(claim, x0, x1, -lane_index + offset, province_color(code)))
    return lanes, markers


class MarkersItem(pg.GraphicsObject):
    """Every claim's marker: a diamond for a day, a bar for a period. Clicking one emits its claim key;
    hovering shows the quote.

    Markers are drawn in device pixels, so their outlines keep their width in any SVG or PDF viewer;
    a bar is never narrower than MIN_BAR_PX, so "early March" stays visible and clickable across ten years.
    """

    sigClicked = Signal(str)

    def __init__(self, markers: list[Marker], tooltip) -> None:
        super().__init__()
        self._markers = sorted(markers, key=lambda m: (not m.is_point, m.x0 - m.x1))  # long bars first
        self._tooltip = tooltip
        self._selected: str | None = None
        self._bounds = QRectF()
        for marker in markers:
            self._bounds = self._bounds.united(QRectF(marker.x0, marker.y - 0.5, marker.x1 - marker.x0, 1.0))
        self.setAcceptHoverEvents(True)

    def set_selected(self, key: str | None) -> None:
        self._selected = key
        self.update()

    def _rect(self, marker: Marker) -> QRectF:
        """The marker's box in data coordinates at the current zoom."""
        px_w, px_h = self.pixelWidth() or 0.0, self.pixelHeight() or 0.0
        if marker.is_point:
            width, height = DIAMOND_PX * px_w, DIAMOND_PX * px_h
        else:
            width = max(marker.x1 - marker.x0, MIN_BAR_PX * px_w)
            height = min(BAR_HEIGHT, MAX_BAR_PX * px_h) if px_h else BAR_HEIGHT
        return QRectF(marker.center - width / 2, marker.y - height / 2, width, height)

    def boundingRect(self) -> QRectF:
        pad_x, pad_y = DIAMOND_PX * (self.pixelWidth() or 0.0), DIAMOND_PX * (self.pixelHeight() or 0.0)
        return self._bounds.adjusted(-pad_x, -pad_y, pad_x, pad_y)

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()

    def paint(self, painter: QPainter, *args) -> None:
        to_device = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for marker in self._markers:
            self._paint_marker(painter, marker, to_device.mapRect(self._rect(marker)))
        painter.restore()

    def _paint_marker(self, painter: QPainter, marker: Marker, box: QRectF) -> None:
        claim = marker.claim
        color = QColor(marker.color)
        selected = claim.key == self._selected
        fill = QColor(color)
        base = 255 if marker.is_point else 230 if selected else 170
        fill.setAlpha(base * grade_alpha(claim) // 255)  # a poorly graded claim is fainter
        pen = QPen(QColor(SELECTED_COLOR) if selected else color.darker(140), 3 if selected else 1)
        if claim.status in ("edited", "added"):  # the analyst's own claims: a dashed outline, darker
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setColor(QColor(SELECTED_COLOR))
            pen.setWidthF(max(pen.widthF(), 1.6))
        if claim.status == "rejected":  # shown only on request: hollow and grey
            pen = QPen(QColor(REJECTED_COLOR), 3 if selected else 1.2, Qt.PenStyle.DotLine)
            fill = QColor(0, 0, 0, 0)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        if not marker.is_point:
            painter.drawRect(box)
            return
        c = box.center()
        half = box.width() / 2
        painter.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - half), QPointF(c.x() + half, c.y()),
                                       QPointF(c.x(), c.y() + half), QPointF(c.x() - half, c.y())]))
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(c, half + 5, half + 5)

    def marker_at(self, pos: QPointF) -> Marker | None:
        """The marker under ``pos``: a day before a period, a short period before a long one."""
        hits = [m for m in self._markers if self._rect(m).contains(pos)]
        return min(hits, key=lambda m: (not m.is_point, m.x1 - m.x0)) if hits else None

    def mouseClickEvent(self, ev) -> None:
        marker = self.marker_at(ev.pos())
        if marker is None or ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        self.sigClicked.emit(marker.claim.key)

    def hoverEvent(self, ev) -> None:
        marker = None if ev.isExit() else self.marker_at(ev.pos())
        self.setToolTip(self._tooltip(marker.claim) if marker else "")


class TimelineView(pg.PlotWidget):
    """The timeline of the workspace's visible claims; a click on a marker selects its claim."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        axis = DayAxisItem()
        super().__init__(parent, background="w", axisItems={"bottom": axis})
        self.setObjectName("timeline")
        self._workspace = workspace
        self._markers: list[Marker] = []
        self._lanes: list[str] = []
        self._items: MarkersItem | None = None
        plot = self.getPlotItem()
        plot.setMouseEnabled(x=True, y=False)
        plot.showGrid(x=True, y=False, alpha=0.25)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        for name in ("left", "bottom"):
            plot.getAxis(name).setTextPen("#333")
            plot.getAxis(name).setPen("#999")
        plot.getAxis("left").setWidth(130)
        self._legend = self._make_legend()
        self._empty_notice = pg.TextItem("", color="#666", anchor=(0.5, 0.5))
        self._empty_notice.setParentItem(plot.vb)
        plot.vb.sigResized.connect(lambda vb: self._empty_notice.setPos(vb.rect().center()))
        plot.vb.sigResized.connect(lambda vb: self._fit_lanes())
        workspace.corpus_changed.connect(self._rebuild)
        workspace.filter_changed.connect(self._rebuild)
        workspace.selection_changed.connect(self._show_selection)
        self._rebuild()

    # -- building ---------------------------------------------------------------------------
    def _make_legend(self) -> pg.LegendItem:
        legend = pg.LegendItem(colCount=3, labelTextSize="8pt", labelTextColor="#333", horSpacing=12,
                               brush=pg.mkBrush(255, 255, 255, 220), pen=pg.mkPen("#ccc"))
        legend.setParentItem(self.getPlotItem().vb)
        legend.anchor((1, 0), (1, 0), offset=(-8, 6))
        legend.addItem(pg.ScatterPlotItem(symbol="d", size=11, brush="#777", pen=None), "a day")
        legend.addItem(pg.PlotDataItem(pen=pg.mkPen("#999", width=8)), "a period")
        legend.addItem(pg.ScatterPlotItem(symbol="d", size=11, brush="#ddd",
                                          pen=pg.mkPen(SELECTED_COLOR, width=1.6, style=Qt.PenStyle.DashLine)),
                       "edited or added")
        return legend

    def _tooltip(self, claim: Claim) -> str:
        report = self._workspace.report(claim.report_path)
        return claim_tooltip(claim, report.title if report else "")

    def _rebuild(self, *_) -> None:
        plot = self.getPlotItem()
        if self._items is not None and self._items.scene() is not None:
            plot.removeItem(self._items)
        self._lanes, self._markers = layout_markers(self._workspace.visible_claims())
        self._items = MarkersItem(self._markers, self._tooltip)
        self._items.sigClicked.connect(self._workspace.select)
        self._items.setZValue(10)
        plot.addItem(self._items)
        plot.getAxis("left").setTicks([[(-i, lane_label(code)) for i, code in enumerate(self._lanes)], []])
        self._fit()
        self._show_empty_notice()
        self._show_selection(self._workspace.selected_key)

    def _show_empty_notice(self) -> None:
        """Say why the timeline is empty rather than show a blank plot."""
        if self._markers:
            self._empty_notice.setText("")
            return
        if self._workspace.all_claims:
            self._empty_notice.setText(f"No dated claims match the filter ({self._workspace.filter.describe()})")
        else:
            self._empty_notice.setText("No dated claims yet: import reports with File › Import, or drop them here")
        rect = self.getPlotItem().vb.rect()
        self._empty_notice.setPos(rect.center())

    def _fit_lanes(self) -> None:
        """Every lane in view (the analyst zooms time, not lanes), with room above the first for the legend."""
        plot = self.getPlotItem()
        n = max(len(self._lanes), 1)
        below = n - 1 + 0.6
        top = max([0.0, *(m.y for m in self._markers)])  # the first lane's highest stacked row
        height = plot.vb.height()
        # the legend's pixels as lane units; a view not yet laid out gets one lane and a bit
        span = below + top
        room = LEGEND_ROOM_PX * span / (height - LEGEND_ROOM_PX) if height > 2 * LEGEND_ROOM_PX else 1.1
        plot.setYRange(-below, top + max(room, 0.6), padding=0)

    def _fit(self) -> None:
        plot = self.getPlotItem()
        self._fit_lanes()
        if self._markers:
            x0 = min(m.x0 for m in self._markers)
            x1 = max(m.x1 for m in self._markers)
            # 6% on each side, and never less than a selected diamond's ring needs in a narrow view
            share = max(0.06, FIT_MARGIN_PX / max(plot.vb.width(), 100.0))
            pad = max((x1 - x0) * share, 5 * DAY)
            plot.setXRange(x0 - pad, x1 + pad, padding=0)

    def fit(self) -> None:
        """Show every visible claim (View › Fit timeline)."""
        self._fit()

    def visible_dates(self) -> tuple[date, date]:
        """The first and last calendar day the timeline now shows."""
        x0, x1 = self.getPlotItem().vb.viewRange()[0]
        return (from_x(x0), from_x(x1))

    # -- selection --------------------------------------------------------------------------
    def _show_selection(self, key: str | None) -> None:
        if self._items is not None:
            self._items.set_selected(key)

    # -- for tests and export ---------------------------------------------------------------
    @property
    def markers(self) -> list[Marker]:
        return list(self._markers)

    @property
    def lanes(self) -> list[str]:
        return list(self._lanes)

    def marker_view_pos(self, key: str) -> QPointF:
        """Where the marker of claim ``key`` is, in view (widget) coordinates: what a user clicks."""
        marker = next(m for m in self._markers if m.claim.key == key)
        scene_pos = self.getPlotItem().vb.mapViewToScene(QPointF(marker.center, marker.y))
        return self.mapFromScene(scene_pos)
