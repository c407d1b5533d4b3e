"""The province map: provinces shaded by their number of claims, neighbours and sea for context.

Clicking a province filters every view to it; Ctrl-click adds or removes a province; clicking
the only filtered province again, or the sea, clears the filter.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from claimline.filtering import Workspace
from claimline.geo.layers import Shape, neighbour_shapes, province_shapes
from claimline.ui.style import BORDER_COLOR, LAND_COLOR, NEIGHBOUR_COLOR, SEA_COLOR, SELECTED_COLOR

# ColorBrewer "Blues", light to dark, for 1, 2, 3-4, 5-9, 10-19, 20+ claims; scaled up for large corpora.
BLUES = ("#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c")
STEPS = (1, 2, 3, 5, 10, 20)
CLAIM_BINS = tuple(zip(STEPS, BLUES, strict=True))
NICE = (1, 2, 5)


def claim_bins(most: int) -> tuple[tuple[int, str], ...]:
    """The classes for a map whose busiest province has ``most`` claims: 1, 2, 3-4, 5-9, 10-19, 20+ up to 40
    claims, then the same steps times 2, 5, 10, 20 ... so that the busiest provinces still stand apart
    (1-3, 4-5, 6-9, 10-19, 20-39, 40+ for a corpus whose busiest province has 95)."""
    scale = 1
    for power in range(7):
        for nice in NICE:
            if nice * 10**power * STEPS[-1] * 2 <= most:
                scale = nice * 10**power
    thresholds = (1, *(step * scale for step in STEPS[1:])) if scale > 1 else STEPS
    return tuple(zip(thresholds, BLUES, strict=True))


def count_color(count: int, bins: tuple[tuple[int, str], ...] = CLAIM_BINS) -> str:
    """The fill for a province with ``count`` claims; land colour for none."""
    color = LAND_COLOR
    for threshold, fill in bins:
        if count >= threshold:
            color = fill
    return color


def bin_labels(bins: tuple[tuple[int, str], ...]) -> list[str]:
    """"1 claim", "2 claims", "3–4 claims" ... "20+ claims" for the legend."""
    labels = []
    highs = [threshold for threshold, _ in bins[1:]] + [None]
    for (low, _), high in zip(bins, highs, strict=True):
        label = f"{low}+" if high is None else (str(low) if high == low + 1 else f"{low}–{high - 1}")
        labels.append(label + (" claim" if label == "1" else " claims"))
    return labels


def rings_path(rings: tuple[np.ndarray, ...]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        path.closeSubpath()
    return path


class AreaItem(pg.GraphicsObject):
    """One filled area (a province or a neighbour) with picking by its exact outline."""

    sigClicked = Signal(str, object)  # code, Qt.KeyboardModifiers

    def __init__(self, shape: Shape, fill: str, clickable: bool) -> None:
        super().__init__()
        self.code = shape.code
        self._path = rings_path(shape.rings)
        self._fill = QColor(fill)
        self._pen = QPen(QColor(BORDER_COLOR), 1)
        self._pen.setCosmetic(True)
        self._clickable = clickable
        self.setAcceptHoverEvents(clickable)

    def set_style(self, fill: str, selected: bool) -> None:
        self._fill = QColor(fill)
        self._pen = QPen(QColor(SELECTED_COLOR if selected else BORDER_COLOR), 3 if selected else 1)
        self._pen.setCosmetic(True)
        self.setZValue(5 if selected else 1)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect()

    def shape(self) -> QPainterPath:
        return self._path

    def paint(self, painter: QPainter, *args) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen)
        painter.setBrush(QBrush(self._fill))
        painter.drawPath(self._path)

    def mouseClickEvent(self, ev) -> None:
        if not self._clickable or ev.button() != Qt.MouseButton.LeftButton or not self._path.contains(ev.pos()):
            ev.ignore()
            return
        ev.accept()
        self.sigClicked.emit(self.code, ev.modifiers())


class MapView(pg.PlotWidget):
    """The workspace's provinces; clicks write the province filter, redraws follow the workspace."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent, background=SEA_COLOR)
        self.setObjectName("map")
        self._workspace = workspace
        self._provinces: dict[str, AreaItem] = {}
        self._labels: dict[str, pg.TextItem] = {}
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setAspectLocked(True)
        try:
            self._draw_context()
            self._draw_provinces()
        except (OSError, ImportError, ValueError) as exc:  # geodata missing or unreadable: say so, don't crash
            notice = pg.TextItem(f"The province map could not be loaded:\n{exc}", color="#a00", anchor=(0.5, 0.5))
            self.addItem(notice)
        self._fit()
        self._legend = self._make_legend()
        self._bins: tuple[tuple[int, str], ...] = ()
        plot.scene().sigMouseClicked.connect(self._scene_clicked)
        self._subscriptions = tuple((signal, self._restyle) for signal in (
            workspace.corpus_changed, workspace.claims_changed, workspace.filter_changed))
        for signal, slot in self._subscriptions:
            signal.connect(slot)
        self._restyle()

    def close(self) -> bool:
        """Stop following the workspace first: a closed plot has no plot item to restyle."""
        for signal, slot in self._subscriptions:
            signal.disconnect(slot)
        self._subscriptions = ()
        return super().close()

    def _draw_context(self) -> None:
        for shape in neighbour_shapes():
            item = AreaItem(shape, NEIGHBOUR_COLOR, clickable=False)
            item.setZValue(-10)
            self.getPlotItem().vb.addItem(item, ignoreBounds=True)  # context only: the view fits the provinces
            if not shape.labelled:
                continue
            label = pg.TextItem(shape.name.upper(), color="#9a9a90", anchor=(0.5, 0.5))
            label.setPos(*shape.label)
            label.setZValue(-5)
            self.getPlotItem().vb.addItem(label, ignoreBounds=True)

    def _draw_provinces(self) -> None:
        for shape in province_shapes():
            item = AreaItem(shape, LAND_COLOR, clickable=True)
            item.sigClicked.connect(self._province_clicked)
            self.addItem(item)
            self._provinces[shape.code] = item
            label = pg.TextItem("", color="#222", anchor=(0.5, 0.5))
            label.setPos(*shape.label)
            label.setZValue(20)
            self.getPlotItem().vb.addItem(label, ignoreBounds=True)
            self._labels[shape.code] = label

    def _make_legend(self) -> pg.LegendItem:
        """The count scale, over China (context only) in the top-left corner, and the boundaries' attribution."""
        legend = pg.LegendItem(brush=pg.mkBrush(255, 255, 255, 200), pen=pg.mkPen("#bbb"), labelTextSize="7.5pt",
                               labelTextColor="#333", verSpacing=-6)
        legend.setParentItem(self.getPlotItem().vb)
        legend.anchor((0, 0), (0, 0), offset=(6, 6))
        legend.setToolTip("Claims per province")
        # on a light box, so that a country name drawn beneath it at small sizes stays legible
        credit = pg.TextItem("Boundaries: Natural Earth", color="#777", anchor=(1, 1), fill=pg.mkBrush(255, 255, 255, 215))
        credit.setParentItem(self.getPlotItem().vb)
        self.getPlotItem().vb.sigResized.connect(lambda vb: credit.setPos(vb.rect().bottomRight()))
        self._credit = credit
        return legend

    def set_credit_shown(self, shown: bool) -> None:
        """Show or hide the boundaries' credit in the corner (an export puts it in its footer instead)."""
        self._credit.setVisible(shown)

    def _fit(self) -> None:
        """Fit the provinces, and keep fitting them as the view is resized until the analyst zooms or pans."""
        vb = self.getPlotItem().vb
        vb.setDefaultPadding(0.03)
        vb.enableAutoRange(enable=True)
        rect = vb.childrenBoundingRect()
        if not rect.isEmpty():
            margin = max(rect.width(), rect.height())
            vb.setLimits(xMin=rect.left() - margin, xMax=rect.right() + margin,
                         yMin=rect.top() - margin, yMax=rect.bottom() + margin)

    def _set_bins(self, bins: tuple[tuple[int, str], ...]) -> None:
        """Show ``bins`` in the legend (rebuilt only when the classes change)."""
        if bins == self._bins:
            return
        self._bins = bins
        self._legend.clear()
        for (_, fill), label in zip(bins, bin_labels(bins), strict=True):
            # no outline: SVG viewers that ignore non-scaling strokes would fill the swatch with it
            self._legend.addItem(pg.ScatterPlotItem(symbol="s", size=10, brush=fill, pen=None), label)

    @property
    def bins(self) -> tuple[tuple[int, str], ...]:
        """The classes the map and its legend now use."""
        return self._bins

    def _restyle(self, *_) -> None:
        counts = self._workspace.counts_for_map()
        self._set_bins(claim_bins(max(counts.values(), default=0)))
        chosen = self._workspace.filter.provinces
        names = {s.code: s.name for s in province_shapes()} if self._provinces else {}
        for code, item in self._provinces.items():
            count = counts.get(code, 0)
            item.set_style(count_color(count, self._bins), selected=code in chosen)
            name = f"<span style='font-size:7.5pt;color:{'#111' if count else '#555'}'>{names[code]}</span>"
            badge = f"<br><b style='font-size:8pt'>{count}</b>" if count else ""
            self._labels[code].setHtml(f"<div style='text-align:center'>{name}{badge}</div>")
            item.setToolTip(self._tooltip(names[code], count, code))

    def _tooltip(self, name: str, count: int, code: str) -> str:
        """The province's count and, once claims are graded, how many have each grade."""
        text = f"{name}: {count} claim{'s' if count != 1 else ''}"
        grades = self._workspace.graded_counts(code) if count else {}
        if any(g != "ungraded" for g in grades):
            text += "\n" + ", ".join(f"{g}: {n}" for g, n in grades.items())
        return text + "\nClick to filter every view; Ctrl-click to add it"

    def _province_clicked(self, code: str, modifiers) -> None:
        additive = bool(modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))
        self._workspace.set_filter(self._workspace.filter.toggled(code, additive=additive))

    def _scene_clicked(self, ev) -> None:
        """A click on the sea or a neighbour clears the province filter."""
        if ev.isAccepted() or ev.button() != Qt.MouseButton.LeftButton:
            return
        flt = self._workspace.filter
        if flt.provinces:
            self._workspace.set_filter(replace(flt, provinces=frozenset()))

    # -- for tests ----------------------------------------------------------------------------
    def province_view_pos(self, code: str):
        """A point inside province ``code`` in widget coordinates: where a user clicks it."""
        shape = next(s for s in province_shapes() if s.code == code)
        scene_pos = self.getPlotItem().vb.mapViewToScene(QPointF(*shape.label))
        return self.mapFromScene(scene_pos)

    def fill_of(self, code: str) -> str:
        return self._provinces[code]._fill.name()
