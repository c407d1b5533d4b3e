"""The timeline: one lane per province (plus one for claims with no place), a day as a point,
a period as a bar, on a zoomable date axis. The same view renders exported images."""

from __future__ import annotations

import heapq
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from claimline.filtering import NO_PLACE, Workspace, provinces_of
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
LEGEND_SYMBOL_PX = 11
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
    """Lanes (province codes, top to bottom) and one marker per claim, stacked where they overlap.

    Each lane is laid out by interval partitioning in O(n log n): claims in start order take the lowest
    stacked row that is free by their start."""
    lanes = provinces_of(claims)
    by_lane: dict[str, list[Claim]] = {code: [] for code in lanes}
    for claim in claims:
        for code in claim.province_codes or {NO_PLACE}:
            by_lane[code].append(claim)
    markers: list[Marker] = []
    for lane_index, code in enumerate(lanes):
        busy: list[tuple[float, int]] = []  # (right edge, row) of the rows in use
        free: list[int] = []  # rows free again, lowest first
        rows = 0
        for claim in sorted(by_lane[code], key=lambda c: (c.when.start, c.when.end)):
            x0, x1 = to_x(claim.when.start), to_x(claim.when.end) + DAY
            while busy and busy[0][0] <= x0:
                heapq.heappush(free, heapq.heappop(busy)[1])
            if free:
                row = heapq.heappop(free)
            else:
                row, rows = rows, rows + 1
            heapq.heappush(busy, (x1, row))
            slot = row % 5  # 0, above, below, further above, further below; then round again
            offset = ((slot + 1) // 2) * SUBROW_STEP * (1 if slot % 2 else -1)
            markers.append(Marker(claim, x0, x1, -lane_index + offset, province_color(code)))
    return lanes, markers


@dataclass(frozen=True)
class _Style:
    """How a group of markers is drawn: one pen and brush for all of them, set once per paint."""

    color: str
    alpha: int
    status: str


class MarkersItem(pg.GraphicsObject):
    """Every claim's marker: a diamond for a day, a bar for a period. Clicking one emits its claim key;
    hovering shows the quote.

    Markers are drawn in device pixels, so their outlines keep their width in any SVG or PDF viewer;
    a bar is never narrower than MIN_BAR_PX, so "early March" stays visible and clickable across ten years.
    Positions are numpy arrays: a paint computes every box at once, draws only those in the exposed
    area, and sets each pen and brush once per group of markers that look alike.
    """

    sigClicked = Signal(str)

    def __init__(self, markers: list[Marker], tooltip) -> None:
        super().__init__()
        # long bars first, then shorter ones, then days on top
        self._markers = sorted(markers, key=lambda m: (m.is_point, m.x0 - m.x1))
        self._tooltip = tooltip
        self._selected: str | None = None
        self._x0 = np.array([m.x0 for m in self._markers], dtype=float)
        self._x1 = np.array([m.x1 for m in self._markers], dtype=float)
        self._y = np.array([m.y for m in self._markers], dtype=float)
        self._point = np.array([m.is_point for m in self._markers], dtype=bool)
        self._keys = [m.claim.key for m in self._markers]
        styles = [_Style(m.color, grade_alpha(m.claim), m.claim.status) for m in self._markers]
        self._styles = list(dict.fromkeys(styles))
        index = {style: i for i, style in enumerate(self._styles)}
        self._style = np.array([index[s] for s in styles], dtype=np.int64)
        self._bounds = QRectF()
        if self._markers:
            self._bounds = QRectF(self._x0.min(), self._y.min() - 0.5, self._x1.max() - self._x0.min(),
                                  self._y.max() - self._y.min() + 1.0)
        self.setAcceptHoverEvents(True)

    def set_selected(self, key: str | None) -> None:
        before = self._selected
        self._selected = key
        for changed in {before, key} - {None}:  # repaint only around the marker that changed
            i = self._index_of(changed)
            if i is not None:
                self.update(self._data_rect(i).adjusted(-1, -1, 1, 1))

    def _index_of(self, key: str | None) -> int | None:
        try:
            return self._keys.index(key) if key is not None else None
        except ValueError:
            return None

    def _sizes(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Every marker's box in data coordinates at the current zoom: left, top, width, height."""
        px_w, px_h = self.pixelWidth() or 0.0, self.pixelHeight() or 0.0
        width = np.where(self._point, DIAMOND_PX * px_w, np.maximum(self._x1 - self._x0, MIN_BAR_PX * px_w))
        bar_height = min(BAR_HEIGHT, MAX_BAR_PX * px_h) if px_h else BAR_HEIGHT
        height = np.where(self._point, DIAMOND_PX * px_h, bar_height)
        center = (self._x0 + self._x1) / 2
        return center - width / 2, self._y - height / 2, width, height

    def _data_rect(self, i: int) -> QRectF:
        left, top, width, height = (a[i] for a in self._sizes())
        pad_x, pad_y = 8 * (self.pixelWidth() or 0.0), 8 * (self.pixelHeight() or 0.0)  # the selection ring
        return QRectF(left - pad_x, top - pad_y, width + 2 * pad_x, height + 2 * pad_y)

    def _rect(self, marker: Marker) -> QRectF:
        """The marker's box in data coordinates at the current zoom."""
        i = self._markers.index(marker)
        return QRectF(*(float(a[i]) for a in self._sizes()))

    def boundingRect(self) -> QRectF:
        pad_x, pad_y = DIAMOND_PX * (self.pixelWidth() or 0.0), DIAMOND_PX * (self.pixelHeight() or 0.0)
        return self._bounds.adjusted(-pad_x, -pad_y, pad_x, pad_y)

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()

    def paint(self, painter: QPainter, option, *args) -> None:
        if not self._markers:
            return
        to_device = painter.transform()
        left, top, width, height = self._sizes()
        # device boxes, by the transform's scale and offset (the view neither rotates nor shears)
        sx, sy, dx, dy = to_device.m11(), to_device.m22(), to_device.dx(), to_device.dy()
        x_a, x_b = left * sx + dx, (left + width) * sx + dx
        y_a, y_b = top * sy + dy, (top + height) * sy + dy
        dev_left, dev_top = np.minimum(x_a, x_b), np.minimum(y_a, y_b)
        dev_w, dev_h = np.abs(x_b - x_a), np.abs(y_b - y_a)
        exposed = to_device.mapRect(option.exposedRect) if option is not None else None
        shown = np.ones(len(self._markers), dtype=bool)
        if exposed is not None and not exposed.isEmpty():
            shown = ((dev_left + dev_w >= exposed.left() - 2) & (dev_left <= exposed.right() + 2)
                     & (dev_top + dev_h >= exposed.top() - 2) & (dev_top <= exposed.bottom() + 2))
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        boxes = np.stack([dev_left, dev_top, dev_w, dev_h], axis=1)
        for point in (False, True):  # bars beneath days
            for group, style in enumerate(self._styles):
                rows = np.flatnonzero(shown & (self._point == point) & (self._style == group))
                if len(rows):
                    self._paint_group(painter, style, point, boxes[rows])
        selected = self._index_of(self._selected)
        if selected is not None:
            self._paint_selected(painter, self._markers[selected], QRectF(*boxes[selected]))
        painter.restore()

    def _pen_and_brush(self, style: _Style, point: bool, selected: bool = False) -> tuple[QPen, QBrush]:
        color = QColor(style.color)
        fill = QColor(color)
        base = 255 if point else 230 if selected else 170
        fill.setAlpha(base * style.alpha // 255)  # a poorly graded claim is fainter
        pen = QPen(QColor(SELECTED_COLOR) if selected else color.darker(140), 3 if selected else 1)
        if style.status in ("edited", "added"):  # the analyst's own claims: a dashed outline, darker
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setColor(QColor(SELECTED_COLOR))
            pen.setWidthF(max(pen.widthF(), 1.6))
        if style.status == "rejected":  # shown only on request: hollow and grey
            pen = QPen(QColor(REJECTED_COLOR), 3 if selected else 1.2, Qt.PenStyle.DotLine)
            fill = QColor(0, 0, 0, 0)
        return pen, QBrush(fill)

    def _paint_group(self, painter: QPainter, style: _Style, point: bool, boxes: np.ndarray) -> None:
        pen, brush = self._pen_and_brush(style, point)
        painter.setPen(pen)
        painter.setBrush(brush)
        if not point:
            painter.drawRects([QRectF(*box) for box in boxes])
            return
        for left, top, width, _height in boxes:
            painter.drawPolygon(_diamond(left + width / 2, top + width / 2, width / 2))

    def _paint_selected(self, painter: QPainter, marker: Marker, box: QRectF) -> None:
        style = _Style(marker.color, grade_alpha(marker.claim), marker.claim.status)
        pen, brush = self._pen_and_brush(style, marker.is_point, selected=True)
        painter.setPen(pen)
        painter.setBrush(brush)
        if not marker.is_point:
            painter.drawRect(box)
            return
        c, half = box.center(), box.width() / 2
        painter.drawPolygon(_diamond(c.x(), c.y(), half))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(c, half + 5, half + 5)

    def marker_at(self, pos: QPointF) -> Marker | None:
        """The marker under ``pos``: a day before a period, a short period before a long one."""
        if not self._markers:
            return None
        left, top, width, height = self._sizes()
        hit = ((left <= pos.x()) & (pos.x() <= left + width) & (top <= pos.y()) & (pos.y() <= top + height))
        rows = np.flatnonzero(hit)
        if not len(rows):
            return None
        best = min(rows, key=lambda i: (not self._point[i], self._x1[i] - self._x0[i]))
        return self._markers[best]

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


def _same_place(before: Claim, after: Claim) -> bool:
    """Whether a claim's marker stays where it was: same days, same lanes."""
    return (before.when.start, before.when.end, before.province_codes) == (
        after.when.start, after.when.end, after.province_codes)


def _diamond(x: float, y: float, half: float) -> QPolygonF:
    return QPolygonF([QPointF(x, y - half), QPointF(x + half, y), QPointF(x, y + half), QPointF(x - half, y)])


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
        self._subscriptions = ((workspace.corpus_changed, self._rebuild), (workspace.filter_changed, self._rebuild),
                               (workspace.claims_changed, self._claims_changed),
                               (workspace.selection_changed, self._show_selection))
        for signal, slot in self._subscriptions:
            signal.connect(slot)
        self._rebuild()

    def close(self) -> bool:
        """Stop following the workspace first: a closed plot has no plot item to redraw (an exported copy of
        the view is closed while the window's workspace goes on)."""
        for signal, slot in self._subscriptions:
            signal.disconnect(slot)
        self._subscriptions = ()
        return super().close()

    # -- building ---------------------------------------------------------------------------
    def _make_legend(self) -> pg.LegendItem:
        legend = pg.LegendItem(colCount=3, labelTextSize="8pt", labelTextColor="#333", horSpacing=12,
                               brush=pg.mkBrush(255, 255, 255, 220), pen=pg.mkPen("#ccc"))
        legend.setParentItem(self.getPlotItem().vb)
        legend.anchor((1, 0), (1, 0), offset=(-8, 6))
        legend.addItem(pg.ScatterPlotItem(symbol="d", size=11, brush="#777", pen=None), "a day")
        legend.addItem(pg.PlotDataItem(pen=pg.mkPen("#999", width=8)), "a period")
        # a pen in symbol units, not a cosmetic one: SVG readers that ignore non-scaling strokes (rsvg,
        # LibreOffice) would draw a cosmetic 1.6 px outline 11 times wider and black out the symbol
        outline = pg.mkPen(SELECTED_COLOR, width=1.6 / LEGEND_SYMBOL_PX, style=Qt.PenStyle.DashLine, cosmetic=False)
        legend.addItem(pg.ScatterPlotItem(symbol="d", size=LEGEND_SYMBOL_PX, brush="#ddd", pen=outline),
                       "edited or added")
        return legend

    def _tooltip(self, claim: Claim) -> str:
        report = self._workspace.report(claim.report_path)
        return claim_tooltip(claim, report.title if report else "")

    def _claims_changed(self, keys: set[str]) -> None:
        """Decisions on some claims: redraw those where they are, or lay the lanes out again (keeping the zoom
        the analyst chose) when one appears, disappears or moves."""
        visible = {c.key: c for c in self._workspace.visible_claims()}
        shown = {m.claim.key: m.claim for m in self._markers}
        if visible.keys() == shown.keys() and all(_same_place(shown[k], visible[k]) for k in keys & shown.keys()):
            self._markers = [replace(m, claim=visible[m.claim.key]) for m in self._markers]
            self._replace_items()
        else:
            self._rebuild(fit=False)

    def _replace_items(self) -> None:
        plot = self.getPlotItem()
        if self._items is not None and self._items.scene() is not None:
            plot.removeItem(self._items)
        self._items = MarkersItem(self._markers, self._tooltip)
        self._items.sigClicked.connect(self._workspace.select)
        self._items.setZValue(10)
        plot.addItem(self._items)
        self._show_selection(self._workspace.selected_key)

    def _rebuild(self, *_, fit: bool = True) -> None:
        plot = self.getPlotItem()
        if self._items is not None and self._items.scene() is not None:
            plot.removeItem(self._items)
        self._lanes, self._markers = layout_markers(self._workspace.visible_claims())
        self._items = MarkersItem(self._markers, self._tooltip)
        self._items.sigClicked.connect(self._workspace.select)
        self._items.setZValue(10)
        plot.addItem(self._items)
        plot.getAxis("left").setTicks([[(-i, lane_label(code)) for i, code in enumerate(self._lanes)], []])
        if fit:
            self._fit()
        else:
            self._fit_lanes()
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

    def show_dates(self, first: date, last: date) -> None:
        """Show ``first`` to ``last`` as ``visible_dates`` names them: the range the analyst was looking at, again
        (an export of what the window shows)."""
        self.getPlotItem().setXRange(to_x(first), to_x(last), padding=0)

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
