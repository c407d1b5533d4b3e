"""A PDF brief: the timeline and the map on page one, then every claim in the filter in date order, each with
its date, place, source, grade, quote and citation.

The views are laid out at the size they get on the A4 page, at the screen's resolution, so that their text
keeps its size in points (the pitfall of rendering at 300 dpi with default fonts); they are drawn as vectors.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from claimline.export.captions import Captions, Entry, brief_entries, captions_for
from claimline.export.files import atomic_output
from claimline.export.images import MUTED_COLOR, begin, caption_font, paint_figure
from claimline.export.options import DEFAULT_OPTIONS, SCREEN_DPI, ImageOptions
from claimline.filtering import Workspace

PANELS = (("timeline", 0.63), ("map", 0.37))
PAGE_NUMBER_ROOM = 18.0  # below the claims on each page, in screen pixels


def write_brief(workspace: Workspace, out: Path, options: ImageOptions = DEFAULT_OPTIONS) -> None:
    """Write the brief of what the workspace shows (the filter applies) to ``out``, whole or not at all."""
    captions = captions_for("brief", workspace, title=options.title, subtitle=options.subtitle)
    with atomic_output(out) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(SCREEN_DPI)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                         QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
        writer.setTitle(captions.title or "Claimline brief")
        writer.setCreator("Claimline")
        painter = QPainter()
        begin(painter, writer, out)
        try:
            page = QRectF(writer.pageLayout().paintRectPixels(SCREEN_DPI))
            page.moveTo(0, 0)
            paint_figure(painter, page, PANELS, workspace, captions)
            _claims_pages(painter, writer, page, brief_entries(workspace), captions)
        finally:
            painter.end()


def _row(entry: Entry) -> str:
    url = f"<br><span style='color:#1f5fa8'>{html.escape(entry.url)}</span>" if entry.url else ""
    source = f"<i>{html.escape(entry.source)}</i><br>" if entry.source else ""
    grade = f"<br>grade {html.escape(entry.grade)}" if entry.grade else ""
    return (f"<tr><td width='17%'><b>{html.escape(entry.when)}</b><br>{html.escape(entry.places)}{grade}</td>"
            f"<td>{source}{html.escape(entry.quote)}<br><span style='color:#555'>{html.escape(entry.reference)}"
            f"</span>{url}</td></tr>")


def claims_document(entries: list[Entry], width: float) -> QTextDocument:
    """The claims as one rich-text table, set in the caption font (with Hangul) at 9 pt."""
    document = QTextDocument()
    document.setDefaultFont(caption_font(9))
    document.setHtml(f"<h3>Claims ({len(entries)}), by date</h3>"
                     "<table cellspacing='0' cellpadding='4' width='100%' style='border-collapse:collapse'>"
                     + "".join(_row(e) for e in entries) + "</table>")
    document.setPageSize(QSizeF(width, 1e9))
    return document


def _claims_pages(painter: QPainter, writer: QPdfWriter, page: QRectF, entries: list[Entry],
                  captions: Captions) -> None:
    """Every claim with its citation, paginated by QTextDocument and drawn page by page under one painter."""
    body = QRectF(page.left(), page.top(), page.width(), page.height() - PAGE_NUMBER_ROOM)
    document = claims_document(entries, body.width())
    document.setPageSize(body.size())
    pages = document.pageCount()
    for number in range(pages):
        writer.newPage()
        painter.save()
        painter.translate(body.left(), body.top() - number * body.height())
        document.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
        painter.restore()
        painter.setFont(caption_font(7.5))
        painter.setPen(QColor(MUTED_COLOR))
        painter.drawText(QRectF(page.left(), page.bottom() - PAGE_NUMBER_ROOM + 4, page.width(), PAGE_NUMBER_ROOM),
                         int(Qt.AlignmentFlag.AlignRight), f"{captions.title or 'Claimline brief'} · page "
                         f"{number + 2} of {pages + 1}")
