"""Exports for briefs and for other tools: images of the views, the claims as data, and briefs.

Every export shows what the filter shows, never a rejected claim, and no selection: ``export`` works on a
snapshot of the workspace made for it. The file type follows the file's extension (see ``FORMATS``).
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

from claimline.corpus import Corpus
from claimline.export.captions import in_range
from claimline.export.files import ExportError
from claimline.export.options import FORMATS, ImageOptions, format_of
from claimline.filtering import Filter, Workspace
from claimline.model import Claim

__all__ = ["FORMATS", "ExportError", "ImageOptions", "NothingToExport", "export", "export_view", "without_rejected"]


class NothingToExport(ExportError):
    """The filter leaves no claim to export: nothing is written (the CLI exits with status 1)."""


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


def snapshot(workspace: Workspace) -> Workspace:
    """A workspace for one export: the same corpus and filter, rejected claims left out, nothing selected."""
    flt = workspace.filter
    copy = Workspace(workspace.corpus)
    copy.set_filter(replace(flt, show_rejected=False, statuses=flt.statuses - {"rejected"}))
    return copy


def exported_claims(what: str, workspace: Workspace, options: ImageOptions) -> list[Claim]:
    """The claims an export holds: data every claim in the filter, a timeline those in its time range."""
    if what == "claims":
        return workspace.filtered_claims()
    if what == "timeline":
        return in_range(workspace.visible_claims(), options.days)
    return workspace.filtered_claims() if what == "brief" else workspace.visible_claims()


def export(what: str, workspace: Workspace, out: Path, options: ImageOptions | None = None) -> int:
    """Write the ``what`` export ("timeline", "map", "claims" or "brief") of what ``workspace`` shows to ``out``,
    in the format its extension names; returns how many claims it holds. Raises ExportError in words."""
    out = Path(out)
    options = options or ImageOptions()
    suffix = format_of(what, out)
    shown = snapshot(workspace)
    claims = exported_claims(what, shown, options)
    if not claims:
        raise NothingToExport(_nothing_message(shown, what))
    if what in ("timeline", "map"):
        _write_image(what, shown, out, options)
    elif what == "brief":
        _write_brief(suffix, shown, out, options)
    else:
        _write_claims(suffix, shown, claims, out, options)
    return len(claims)


def _nothing_message(workspace: Workspace, what: str) -> str:
    total = len(workspace.corpus.claims)
    if not total:
        return "no claims to export: the reports given have none"
    described = workspace.filter.describe() or "every claim is rejected"
    place = "in the time range shown" if what == "timeline" else "in the filter"
    return f"no claims to export {place} ({described}); nothing was written"


def _write_image(what: str, workspace: Workspace, out: Path, options: ImageOptions) -> None:
    from claimline.export.images import write_image

    ensure_app()
    write_image(what, workspace, out, options)


def _write_brief(suffix: str, workspace: Workspace, out: Path, options: ImageOptions) -> None:
    ensure_app()
    if suffix == ".html":
        from claimline.export.brief_html import write_brief_html

        write_brief_html(workspace, out, options)
    else:
        from claimline.export.brief import write_brief

        write_brief(workspace, out, options)


def _write_claims(suffix: str, workspace: Workspace, claims: list[Claim], out: Path, options: ImageOptions) -> None:
    from claimline.export.data import write_claims_csv, write_claims_json
    from claimline.export.gis import write_claims_geojson, write_claims_kml

    if suffix == ".csv":
        write_claims_csv(claims, workspace.report, out)
    elif suffix == ".geojson":
        write_claims_geojson(claims, workspace.report, out)
    elif suffix == ".kml":
        write_claims_kml(claims, workspace.report, out, name=options.title or "Claimline claims")
    else:
        # unfiltered: the whole document (reports without claims keep their places); else what passes
        write_claims_json(workspace.corpus, out, rejected=False, claims=None if workspace.filter.is_empty else claims)


def export_view(what: str, corpus: Corpus, out: Path, *, provinces: frozenset[str] = frozenset(),
                size: tuple[int, int] = (1600, 900)) -> int:
    """Export ``what`` of ``corpus`` filtered to ``provinces``, at ``size`` pixels (tests and scripts)."""
    workspace = Workspace(corpus)
    workspace.set_filter(Filter(provinces=frozenset(provinces)))
    return export(what, workspace, out, ImageOptions(width=size[0], height=size[1]))
