"""What an export is asked to be: its kind, format, size and words. Qt-free, shared by the CLI and the window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from claimline.export.files import ExportError

SCREEN_DPI = 96  # the resolution the views lay themselves out at
FORMATS: dict[str, tuple[str, ...]] = {  # what can be exported, and to which file types (the first: default)
    "timeline": (".png", ".svg", ".pdf"),
    "map": (".png", ".svg", ".pdf"),
    "claims": (".csv", ".geojson", ".kml", ".json"),
    "brief": (".html", ".pdf"),
}
FORMAT_NAMES = {".png": "PNG image", ".svg": "SVG drawing", ".pdf": "PDF", ".csv": "CSV for spreadsheets",
                ".geojson": "GeoJSON for QGIS", ".kml": "KML for Google Earth", ".json": "Claims JSON",
                ".html": "HTML page"}
MIN_LOGICAL = (320, 240)  # the smallest layout (in screen pixels at the chosen dpi) a view stays legible at
MAX_PIXELS = 12000  # per side: beyond that an image is a mistake, not a poster


def format_of(what: str, out: Path) -> str:
    """The file type of an export of ``what`` to ``out``, from its extension; refused in words otherwise."""
    suffix = Path(out).suffix.lower()
    allowed = FORMATS[what]
    if suffix not in allowed:
        given = f"a {suffix} file" if suffix else "a file without extension"
        raise ExportError(f"cannot export the {what} to {given}: use {_or(allowed)}")
    return suffix


def _or(items: tuple[str, ...]) -> str:
    return ", ".join(items[:-1]) + " or " + items[-1] if len(items) > 1 else items[0]


def with_suffix_for(path: Path, what: str, suffix: str) -> Path:
    """``path`` as a file of type ``suffix``: a name without one of ``what``'s extensions gets it added."""
    return path if path.suffix.lower() in FORMATS[what] else path.with_name(path.name + suffix)


@dataclass(frozen=True)
class ImageOptions:
    """An image's size in pixels at ``dpi`` (300 for print), its words, and the time range a timeline shows.

    Text and lines keep their size in points whatever the dpi: a 3000-pixel-wide image at 300 dpi is laid out
    as the view is at 960 screen pixels, then drawn 3.125 times finer. SVG and PDF get the same layout, with a
    physical size of ``width / dpi`` inches."""

    width: int = 1600
    height: int = 900
    dpi: int = SCREEN_DPI
    title: str | None = None  # None: the default title; "": none
    subtitle: str = ""
    days: tuple[date, date] | None = None  # a timeline's time range; None: every claim, fitted

    @property
    def scale(self) -> float:
        return self.dpi / SCREEN_DPI

    @property
    def logical_size(self) -> tuple[int, int]:
        """The size in screen pixels the views are laid out at."""
        return round(self.width / self.scale), round(self.height / self.scale)

    def check(self) -> None:
        """Refuse, in words, a size no one can read or no program can open."""
        if not (0 < self.width <= MAX_PIXELS and 0 < self.height <= MAX_PIXELS):
            raise ExportError(f"{self.width}×{self.height} pixels is not a size to export: give a width and a "
                              f"height between 1 and {MAX_PIXELS}")
        if not 72 <= self.dpi <= 1200:
            raise ExportError(f"{self.dpi} dpi is not a resolution to export at: give 72 to 1200 (300 for print)")
        width, height = self.logical_size
        if width < MIN_LOGICAL[0] or height < MIN_LOGICAL[1]:
            need = (round(MIN_LOGICAL[0] * self.scale), round(MIN_LOGICAL[1] * self.scale))
            raise ExportError(f"{self.width}×{self.height} pixels at {self.dpi} dpi is too small to read: give at "
                              f"least {need[0]}×{need[1]} pixels at that dpi")


DEFAULT_OPTIONS = ImageOptions()
