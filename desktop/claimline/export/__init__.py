"""Images of the views for briefs and papers: the same view classes as the window, rendered off screen."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

from claimline.corpus import Corpus
from claimline.filtering import Filter, Workspace


def ensure_app():
    """A QApplication for rendering; with no display, Qt's offscreen platform."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["claimline"])


def without_rejected(workspace: Workspace) -> Workspace:
    """The workspace itself, or a copy with the same filter but rejected claims left out when it shows them."""
    flt = workspace.filter
    if not flt.show_rejected and "rejected" not in flt.statuses:
        return workspace
    copy = Workspace(workspace.corpus)
    copy.set_filter(replace(flt, show_rejected=False, statuses=flt.statuses - {"rejected"}))
    copy.select(workspace.selected_key)
    return copy


def export_view(what: str, corpus: Corpus, out: Path, *, provinces: frozenset[str] = frozenset(),
                size: tuple[int, int] = (1600, 900)) -> None:
    """Render the timeline or the map of ``corpus`` (filtered to ``provinces``) to a PNG or SVG file."""
    ensure_app()
    workspace = Workspace(corpus)
    workspace.set_filter(Filter(provinces=frozenset(provinces)))
    export_workspace(what, workspace, out, size=size)


def export_workspace(what: str, workspace: Workspace, out: Path, *, size: tuple[int, int] = (1600, 900)) -> None:
    """Render a view of ``workspace`` as it is filtered now; rejected claims never go into an export."""
    workspace = without_rejected(workspace)
    if what == "brief":
        from claimline.export.brief import write_brief

        if out.suffix.lower() != ".pdf":
            raise ValueError("a brief is a PDF: use .pdf")
        write_brief(workspace, out)
        return
    from claimline.export.images import render_view

    if what not in ("timeline", "map"):
        raise ValueError(f"cannot export {what!r}: choose timeline, map or brief")
    if out.suffix.lower() not in (".png", ".svg"):
        raise ValueError(f"cannot export to {out.suffix or 'a file without extension'}: use .png or .svg")
    render_view(what, workspace, out, size)
