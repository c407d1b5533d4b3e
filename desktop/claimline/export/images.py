"""Images of the views for briefs and slides: the window's own view classes laid out off screen, framed with
a title, the dates shown and a footer naming the sources (and, on maps, the boundaries' credit).

One painting serves every format: a PNG (QImage with a device pixel ratio of dpi/96, so that text, lines and
markers keep their size in points), an SVG (QSvgGenerator; pyqtgraph's SVGExporter fails on Qt >= 6.11) and
a PDF (QPdfWriter at the screen's resolution, the pitfall of 300 dpi with default fonts avoided).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from claimline.export.captions import Captions, captions_for
from claimline.export.files import ExportError, atomic_output
from claimline.export.options import SCREEN_DPI, ImageOptions
from claimline.filtering import Workspace

MARGIN = 14.0  # around the figure, in screen pixels
GAP = 6.0  # between the header, the view and the footer
TEXT_COLOR, MUTED_COLOR = "#1a1a1a", "#5a5a5a"
HANGUL_FAMILIES = ("NanumGothic", "NanumBarunGothic", "Noto Sans CJK KR", "Noto Sans KR", "Source Han Sans K",
                   "UnDotum", "Baekmuk Gulim")  # the first installed one sets Korean text in every export
WRAP = Qt.TextFlag.TextWordWrap
FONT_FAMILY = re.compile(r'font-family="([^"]*)"')


@dataclass(frozen=True)
class Line:
    """One block of caption text and how it is set."""

    text: str
    points: float
    color: str = TEXT_COLOR
    bold: bool = False


@cache
def hangul_family() -> str | None:
    """An installed font family with Hangul (fonts-nanum on Debian), or None when there is none."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    return next((f for f in HANGUL_FAMILIES if f in families), families[0] if families else None)


def caption_font(points: float, bold: bool = False) -> QFont:
    """The default sans-serif face with a Hangul face behind it, so Korean titles and quotes never show boxes
    (an SVG names both families; a PDF embeds the glyphs of the one used)."""
    font = QFont()
    base = QFontInfo(font).family()
    korean = hangul_family()
    font.setFamilies([base, korean] if korean and korean != base else [base])
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _lay_out(widget: QWidget, size: tuple[int, int]) -> None:
    """Give the widget its final size off screen and let its graphics layouts settle."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(*size)
    widget.show()
    QCoreApplication.sendPostedEvents()
    widget.scene().update()


def build_view(what: str, workspace: Workspace, size: tuple[int, int], days: tuple[date, date] | None):
    """The window's own view of ``workspace`` laid out at ``size``: a timeline showing ``days`` (None: fitted
    to its claims) or the map, without its in-view credit (the footer gives it)."""
    from claimline.ui.map_view import MapView
    from claimline.ui.timeline import TimelineView

    if what == "timeline":
        view = TimelineView(workspace)
        _lay_out(view, size)
        view.show_dates(*days) if days else view.fit()
    else:
        view = MapView(workspace)
        view.set_credit_shown(False)
        _lay_out(view, size)
    return view


def render_view_into(painter: QPainter, view, target: QRectF) -> None:
    """Paint what the view's viewport shows, and only that, into ``target`` (the view's own size)."""
    painter.save()
    painter.setClipRect(target)
    painter.fillRect(target, view.backgroundBrush())  # the view's background (the sea, on the map)
    source = view.mapToScene(view.viewport().rect()).boundingRect()
    view.scene().render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.restore()


def _height(line: Line, width: float, device: QPaintDevice) -> float:
    metrics = QFontMetricsF(caption_font(line.points, line.bold), device)
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAP, line.text).height()


def _draw(painter: QPainter, line: Line, rect: QRectF, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
    painter.setFont(caption_font(line.points, line.bold))
    painter.setPen(QColor(line.color))
    painter.drawText(rect, int(align | WRAP), line.text)


def header_lines(captions: Captions) -> list[Line]:
    lines = [Line(captions.title, 15, bold=True)] if captions.title else []
    lines += [Line(captions.subtitle, 11)] if captions.subtitle else []
    return lines + [Line(captions.shown, 9, MUTED_COLOR)]


def header_height(captions: Captions, width: float, device: QPaintDevice) -> float:
    return sum(_height(line, width, device) + 2 for line in header_lines(captions))


def paint_header(painter: QPainter, captions: Captions, rect: QRectF) -> None:
    """The title, subtitle and dates shown, from the top of ``rect``."""
    y = rect.top()
    for line in header_lines(captions):
        height = _height(line, rect.width(), painter.device())
        _draw(painter, line, QRectF(rect.left(), y, rect.width(), height))
        y += height + 2


def footer_height(captions: Captions, width: float, device: QPaintDevice) -> float:
    sources, credit = Line(captions.sources, 8, MUTED_COLOR), Line(captions.credit, 8, MUTED_COLOR)
    metrics = QFontMetricsF(caption_font(8), device)
    if metrics.horizontalAdvance(f"{captions.sources}    {captions.credit}") <= width:
        return _height(sources, width, device)
    return _height(sources, width, device) + _height(credit, width, device)


def paint_footer(painter: QPainter, captions: Captions, rect: QRectF) -> None:
    """Sources on the left and the credit on the right, or one above the other when they do not fit a line."""
    sources, credit = Line(captions.sources, 8, MUTED_COLOR), Line(captions.credit, 8, MUTED_COLOR)
    one_line = _height(sources, rect.width(), painter.device())
    if rect.height() <= one_line + 0.5:
        _draw(painter, sources, rect)
        _draw(painter, credit, rect, Qt.AlignmentFlag.AlignRight)
        return
    _draw(painter, sources, QRectF(rect.left(), rect.top(), rect.width(), one_line))
    _draw(painter, credit, QRectF(rect.left(), rect.top() + one_line, rect.width(), rect.height() - one_line))


def paint_figure(painter: QPainter, rect: QRectF, panels: tuple[tuple[str, float], ...], workspace: Workspace,
                 captions: Captions, days: tuple[date, date] | None = None) -> None:
    """The whole figure in ``rect`` (screen pixels): the header, then the views side by side, each laid out
    at the room it gets (``panels``: view and share of the width), then the footer."""
    inner = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    top = inner.top() + header_height(captions, inner.width(), painter.device()) + GAP
    footer = footer_height(captions, inner.width(), painter.device())
    height = inner.bottom() - footer - GAP - top
    if height < 80:
        raise ExportError("the title and footer leave no room for the view: make the image taller")
    left, room = inner.left(), inner.width() - GAP * (len(panels) - 1)
    shown = []
    for what, share in panels:
        shown.append(_paint_panel(painter, QRectF(left, top, room * share, height), what, workspace, days))
        left += room * share + GAP
    _mask_outside(painter, rect, shown)
    paint_header(painter, captions, inner)
    paint_footer(painter, captions, QRectF(inner.left(), inner.bottom() - footer, inner.width(), footer))


def _mask_outside(painter: QPainter, rect: QRectF, shown: list[QRectF]) -> None:
    """Paper over whatever a view drew beyond its frame: an SVG keeps the whole scene, since QSvgGenerator
    writes no clipping, and the map's neighbours reach far past its viewport."""
    paper = QPainterPath()
    paper.addRect(rect)
    for frame in shown:
        hole = QPainterPath()
        hole.addRect(frame)
        paper = paper.subtracted(hole)
    painter.fillPath(paper, QColor("white"))


def _paint_panel(painter: QPainter, rect: QRectF, what: str, workspace: Workspace,
                 days: tuple[date, date] | None) -> QRectF:
    """Build the view at the size of ``rect``, paint it there, and return the frame it took."""
    view = build_view(what, workspace, (round(rect.width()), round(rect.height())), days)
    try:
        frame = QRectF(rect.topLeft(), QSizeF(view.width(), view.height()))
        render_view_into(painter, view, frame)
    finally:
        view.close()
        view.deleteLater()
    return frame


def begin(painter: QPainter, device: QPaintDevice, out: Path) -> None:
    if not painter.begin(device):
        raise ExportError(f"cannot write {out}")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)


def _write_png(out: Path, tmp: Path, options: ImageOptions, paint) -> None:
    image = QImage(options.width, options.height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    image.setDevicePixelRatio(options.scale)  # painted in screen pixels, stored at the chosen dpi
    painter = QPainter()
    begin(painter, image, out)
    try:
        paint(painter, QRectF(0, 0, options.width / options.scale, options.height / options.scale))
    finally:
        painter.end()
    dots_per_metre = round(options.dpi / 0.0254)  # set after painting: fonts would scale by it twice
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    if not image.save(str(tmp), "PNG"):
        raise ExportError(f"could not write {out}")


def _write_svg(out: Path, tmp: Path, options: ImageOptions, title: str, paint) -> None:
    width, height = options.logical_size
    generator = QSvgGenerator()
    generator.setFileName(str(tmp))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(SCREEN_DPI)  # the views' own; at 72 dpi their contents scale 96/72 against axes
    generator.setTitle(title)
    generator.setDescription("Exported by Claimline")
    painter = QPainter()
    begin(painter, generator, out)
    try:
        paint(painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    tmp.write_text(with_font_fallbacks(tmp.read_text(encoding="utf-8")), encoding="utf-8")


def with_font_fallbacks(svg: str) -> str:
    """Every font list in an SVG ends in a Hangul face and the generic sans-serif: Qt writes its own alias
    ("Sans Serif") that browsers do not know and set in a serif face."""
    real = QFontInfo(QFont()).family()
    korean = hangul_family()

    def fallback(match: re.Match) -> str:
        families = [real if f.strip() == "Sans Serif" else f.strip() for f in match.group(1).split(",")]
        families += [f for f in (korean, "sans-serif") if f and f not in families]
        return 'font-family="' + ",".join(families) + '"'

    return FONT_FAMILY.sub(fallback, svg)


def _write_pdf(out: Path, tmp: Path, options: ImageOptions, title: str, paint) -> None:
    width, height = options.logical_size
    writer = QPdfWriter(str(tmp))
    writer.setResolution(SCREEN_DPI)
    page = QPageSize(QSizeF(width * 72 / SCREEN_DPI, height * 72 / SCREEN_DPI), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator("Claimline")
    painter = QPainter()
    begin(painter, writer, out)
    try:
        paint(painter, QRectF(0, 0, width, height))
    finally:
        painter.end()


def write_image(what: str, workspace: Workspace, out: Path, options: ImageOptions) -> None:
    """The ``what`` view of ``workspace`` ("timeline" or "map") as a PNG, SVG or PDF file, whole or not at all."""
    options.check()
    captions = captions_for(what, workspace, title=options.title, subtitle=options.subtitle,
                            days=options.days if what == "timeline" else None)
    days = options.days if what == "timeline" else None

    def paint(painter: QPainter, rect: QRectF) -> None:
        paint_figure(painter, rect, ((what, 1.0),), workspace, captions, days)

    suffix = Path(out).suffix.lower()
    title = captions.title or f"Claimline {what}"
    with atomic_output(out) as tmp:
        if suffix == ".png":
            _write_png(out, tmp, options, paint)
        elif suffix == ".svg":
            _write_svg(out, tmp, options, title, paint)
        else:
            _write_pdf(out, tmp, options, title, paint)
