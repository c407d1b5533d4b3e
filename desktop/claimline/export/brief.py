"""A PDF brief: the timeline and the map as vector drawings on page one, then every shown claim with its citation.

The views are the window's own classes laid out at a screen size and scaled into the page, so their text
keeps its proportions whatever the PDF's resolution (the pitfall of rendering at 300 dpi with default fonts).
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from claimline.export.images import _title, render_view
from claimline.filtering import Workspace
from claimline.ui.style import citation, places_label, when_label

RESOLUTION = 96  # the PDF coordinate space at the screen dpi the views lay themselves out for
VIEW_SIZES = {"timeline": (1050, 960), "map": (600, 900)}  # the logical size each view is laid out at


def write_brief(workspace: Workspace, out: Path) -> None:
    """Write the brief of what the workspace shows now (the filter applies) to ``out``."""
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setTitle(_title(workspace, "brief"))
    writer.setCreator("Claimline")
    painter = QPainter(writer)
    if not painter.isActive():
        raise OSError(f"cannot write {out}")
    try:
        page = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
        page.moveTo(0, 0)
        _first_page(painter, page, workspace)
        _claims_pages(painter, writer, page, workspace)
    finally:
        painter.end()


def _first_page(painter: QPainter, page: QRectF, workspace: Workspace) -> None:
    title_font = QFont()
    title_font.setPointSizeF(14)
    painter.setFont(title_font)
    title_height = page.height() * 0.06
    painter.drawText(QRectF(page.left(), page.top(), page.width(), title_height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _title(workspace, "brief"))
    body = QRectF(page.left(), page.top() + title_height, page.width(), page.height() - title_height)
    split = body.width() * 0.66
    _draw_view("timeline", workspace, painter, QRectF(body.left(), body.top(), split - 10, body.height()))
    _draw_view("map", workspace, painter, QRectF(body.left() + split, body.top(), body.width() - split, body.height()))


def _draw_view(what: str, workspace: Workspace, painter: QPainter, target: QRectF) -> None:
    """Draw the view, as vectors and keeping its aspect, into ``target``.

    The view goes through the SVG export and back (QSvgRenderer), the path the SVG export's tests check.
    """
    width, height = VIEW_SIZES[what]
    with tempfile.TemporaryDirectory() as folder:
        svg = Path(folder) / f"{what}.svg"
        render_view(what, workspace, svg, (width, height), titled=False)
        renderer = QSvgRenderer(str(svg))
        scale = min(target.width() / width, target.height() / height)
        fitted = QRectF(target.left(), target.top(), width * scale, height * scale)
        painter.save()
        painter.setClipRect(fitted)  # the SVG holds the whole scene; the view shows only its part
        renderer.render(painter, fitted)
        painter.restore()


def _claims_document(workspace: Workspace, width: float) -> QTextDocument:
    rows = []
    for claim in workspace.visible_claims():
        report = workspace.report(claim.report_path)
        rows.append(
            "<tr><td width='18%'><b>{when}</b><br>{places}</td><td>{cite}</td></tr>".format(
                when=html.escape(when_label(claim)), places=html.escape(places_label(claim) or "no place named"),
                cite=html.escape(citation(claim, report)))
        )
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    document.setHtml(f"<h3>Claims ({len(rows)})</h3><table cellspacing='0' cellpadding='4' width='100%'>"
                     + "".join(rows) + "</table>")
    document.setPageSize(QSizeF(width, 1e9))
    return document


def _claims_pages(painter: QPainter, writer: QPdfWriter, page: QRectF, workspace: Workspace) -> None:
    """Every shown claim with its citation, paginated by hand under the same painter."""
    document = _claims_document(workspace, page.width())
    document.setPageSize(page.size())
    pages = document.pageCount()
    for number in range(pages):
        writer.newPage()
        painter.save()
        painter.translate(page.left(), page.top() - number * page.height())
        document.drawContents(painter, QRectF(0, number * page.height(), page.width(), page.height()))
        painter.restore()
