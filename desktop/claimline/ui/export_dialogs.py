"""File › Export: the timeline, the map, a brief and the claims, in every format, from what the window shows.

An image asks for its words, size and dpi first (and, for the timeline, whether to export the time range
shown or every claim in the filter), then where to save; each kind of export remembers its own last folder,
and a name typed without an extension gets the one of the chosen format.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMenu,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from claimline.export import ExportError, NothingToExport, export
from claimline.export.captions import DEFAULT_TITLES, span_label
from claimline.export.options import FORMAT_NAMES, FORMATS, MAX_PIXELS, ImageOptions, with_suffix_for
from claimline.filtering import Workspace

PRESETS = (  # name, width, height, dpi
    ("Screen or slide: 1600 × 900 pixels, 96 dpi", 1600, 900, 96),
    ("Large slide: 1920 × 1080 pixels, 144 dpi", 1920, 1080, 144),
    ("Print, half a page: 2400 × 1500 pixels, 300 dpi", 2400, 1500, 300),
    ("Print, full page: 3300 × 2100 pixels, 300 dpi", 3300, 2100, 300),
)
MAP_PRESETS = (("Screen or slide: 1000 × 1100 pixels, 96 dpi", 1000, 1100, 96),
               ("Print: 2400 × 2640 pixels, 300 dpi", 2400, 2640, 300))
CLAIM_FORMATS = {".csv": "Claims as &CSV (spreadsheet)…", ".geojson": "Claims as &GeoJSON (QGIS)…",
                 ".kml": "Claims as &KML (Google Earth)…", ".json": "Claims as &JSON…"}
SUFFIX_IN_FILTER = re.compile(r"\*(\.\w+)")


def file_filters(what: str) -> str:
    """"PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)": the save dialog's choice of formats."""
    return ";;".join(f"{FORMAT_NAMES[s]} (*{s})" for s in FORMATS[what])


class ImageExportDialog(QDialog):
    """What the analyst asks of an exported image or brief: title, subtitle, size, dpi, time range."""

    def __init__(self, what: str, shown: tuple[date, date] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"export-{what}")
        self.setWindowTitle(f"Export the {what}")
        self._what = what
        self.title = QLineEdit(DEFAULT_TITLES[what])
        self.title.setPlaceholderText("no title")
        self.subtitle = QLineEdit()
        self.subtitle.setPlaceholderText("optional: a line under the title")
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("Subtitle", self.subtitle)
        self.preset = QComboBox()
        self.width_box, self.height_box, self.dpi_box = (self._spin(1, MAX_PIXELS), self._spin(1, MAX_PIXELS),
                                                         self._spin(72, 1200))
        if what != "brief":
            self._size_rows(form, MAP_PRESETS if what == "map" else PRESETS)
        self.shown_range = QRadioButton(f"The time range shown ({span_label(*shown)})" if shown else "")
        self.whole_filter = QRadioButton("Every claim in the filter (the timeline fitted to them)")
        if what == "timeline" and shown:
            self.shown_range.setChecked(True)
            form.addRow("Time range", self.shown_range)
            form.addRow("", self.whole_filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Choose file…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._shown = shown

    @staticmethod
    def _spin(low: int, high: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        return box

    def _size_rows(self, form: QFormLayout, presets: tuple) -> None:
        for name, *_ in presets:
            self.preset.addItem(name)
        self.preset.addItem("Custom")
        self._presets = presets
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self._apply_preset(0)
        for box in (self.width_box, self.height_box, self.dpi_box):
            box.valueChanged.connect(self._name_preset)
        self.dpi_box.setSuffix(" dpi")
        form.addRow("Size", self.preset)
        form.addRow("Width (pixels)", self.width_box)
        form.addRow("Height (pixels)", self.height_box)
        form.addRow("Resolution", self.dpi_box)

    def _apply_preset(self, index: int) -> None:
        if 0 <= index < len(self._presets):
            _, width, height, dpi = self._presets[index]
            self.width_box.setValue(width)
            self.height_box.setValue(height)
            self.dpi_box.setValue(dpi)

    def _name_preset(self) -> None:
        """Show the preset the size now matches, or "Custom"."""
        values = (self.width_box.value(), self.height_box.value(), self.dpi_box.value())
        index = next((i for i, (_, *size) in enumerate(self._presets) if tuple(size) == values), len(self._presets))
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(index)
        self.preset.blockSignals(False)

    def options(self) -> ImageOptions:
        """The image options as the dialog now stands; an emptied title means no title."""
        days = self._shown if self._what == "timeline" and self.shown_range.isChecked() else None
        return ImageOptions(width=self.width_box.value(), height=self.height_box.value(), dpi=self.dpi_box.value(),
                            title=self.title.text().strip(), subtitle=self.subtitle.text().strip(), days=days)


class ExportActions(QObject):
    """The Export submenu and its dialogs, over the window's workspace and its timeline's visible range."""

    def __init__(self, workspace: Workspace, visible_dates: Callable[[], tuple[date, date]], settings: QSettings,
                 warn: Callable[[str, str], object], tell: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._workspace, self._visible_dates, self._settings = workspace, visible_dates, settings
        self._warn, self._tell, self._window = warn, tell, parent
        self.menu = QMenu("&Export", parent)
        self.menu.setObjectName("export-menu")
        self.timeline = self._add("&Timeline (PNG, SVG or PDF)…", lambda: self.export_image("timeline"), "Ctrl+E")
        self.map = self._add("&Map (PNG, SVG or PDF)…", lambda: self.export_image("map"), "Ctrl+Shift+E")
        self.brief = self._add("&Brief (HTML or PDF)…", self.export_brief, "Ctrl+P")
        self.menu.addSeparator()
        self.claims = {suffix: self._add(text, lambda _=False, s=suffix: self.export_claims(s))
                       for suffix, text in CLAIM_FORMATS.items()}

    def _add(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    # -- the dialogs ------------------------------------------------------------------------
    def export_image(self, what: str) -> None:
        """Ask for the image's options, then where to save it, and export what the view shows."""
        shown = self._visible_dates() if what == "timeline" and self._workspace.visible_claims() else None
        dialog = ImageExportDialog(what, shown, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = self.ask_path(what, what)
        if path is not None:
            self._export(what, path, dialog.options())

    def export_brief(self) -> None:
        dialog = ImageExportDialog("brief", None, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = self.ask_path("brief", "brief")
        if path is not None:
            self._export("brief", path, dialog.options())

    def export_claims(self, suffix: str) -> None:
        """Every claim the filter shows, in one data format."""
        path = self.ask_path("claims", f"claims{suffix}", f"{FORMAT_NAMES[suffix]} (*{suffix})")
        if path is not None:
            self._export("claims", path, ImageOptions())

    def ask_path(self, what: str, name: str, filters: str | None = None) -> Path | None:
        """The save dialog in the folder this kind of export last used; the chosen format's extension is
        added to a name typed without one."""
        key = f"export/{Path(name).stem}{Path(name).suffix or ''}-folder"
        folder = str(self._settings.value(key, self._settings.value("paths/last_dir", str(Path.home()))))
        default = name if Path(name).suffix else name + FORMATS[what][0]
        chosen, selected = QFileDialog.getSaveFileName(self._window, f"Export the {what}", str(Path(folder) / default),
                                                       filters or file_filters(what))
        if not chosen:
            return None
        found = SUFFIX_IN_FILTER.search(selected or filters or "")
        path = with_suffix_for(Path(chosen), what, found.group(1) if found else FORMATS[what][0])
        self._settings.setValue(key, str(path.parent))
        return path

    def _export(self, what: str, path: Path, options: ImageOptions) -> None:
        try:
            count = export(what, self._workspace, path, options)
        except NothingToExport as exc:
            self._warn("Nothing to export", str(exc).capitalize() + ".")
            return
        except (ExportError, OSError) as exc:
            self._warn("Export failed", f"Could not write {path}:\n{exc}")
            return
        self._tell(f"Exported the {what} ({count} claim{'s' if count != 1 else ''}) to {path}")
