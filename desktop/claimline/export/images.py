"""Render a view widget to PNG (QImage) or SVG (QSvgGenerator; pyqtgraph's SVGExporter fails on Qt >= 6.11)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from claimline.filtering import Workspace


def _lay_out(widget: QWidget, size: tuple[int, int]) -> None:
    """Give the widget its final size off screen and let its graphics layouts settle."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(*size)
    widget.show()
    QCoreApplication.sendPostedEvents()
    widget.scene().update()


def _render(widget, out: Path, size: tuple[int, int], title: str) -> None:
    width, height = size
    target = QRectF(0, 0, width, height)
    if out.suffix.lower() == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(out))
        generator.setSize(QSize(width, height))
        generator.setViewBox(target)
        # The views lay themselves out at the screen's dpi; at QSvgGenerator's default 72 dpi pyqtgraph's
        # plot contents come out scaled 96/72 against their axes.
        generator.setResolution(widget.logicalDpiX())
        generator.setTitle(title)
        generator.setDescription("Exported by Claimline")
        painter = QPainter(generator)
    else:
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, widget.backgroundBrush())  # the view's background (the sea, on the map)
    source = widget.mapToScene(widget.viewport().rect()).boundingRect()
    widget.scene().render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    if out.suffix.lower() != ".svg" and not image.save(str(out)):
        raise OSError(f"could not write {out}")


def _title(workspace: Workspace, what: str) -> str:
    """"Claimline timeline: 3 of 5 claims, North Pyongan · Jul 2018 – Oct 2018": the image says what it shows."""
    claims = workspace.visible_claims()
    span = ""
    if claims:
        first, last = min(c.when.start for c in claims), max(c.when.end for c in claims)
        span = f" · {first:%b %Y}" + ("" if (first.year, first.month) == (last.year, last.month) else f" – {last:%b %Y}")
    return f"Claimline {what}: {workspace.status()}{span}"


def render_view(what: str, workspace: Workspace, out: Path, size: tuple[int, int], *, titled: bool = True) -> None:
    """Build the window's own view of ``workspace`` off screen, title it, and render it to ``out``."""
    from claimline.ui.map_view import MapView
    from claimline.ui.timeline import TimelineView

    view = {"timeline": TimelineView, "map": MapView}[what](workspace)
    title = _title(workspace, what)
    if titled:
        view.getPlotItem().setTitle(title, color="#222", size="12pt")
    _lay_out(view, size)
    _render(view, out, size, title)
    view.close()
    view.deleteLater()
