"""Exported timeline images show the claims: right size, marker colours present, a real SVG."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from claimline.export import export_view
from claimline.ui.style import province_color

pytestmark = pytest.mark.gui


def colour_pixels(image: QImage, colour: str, tolerance: int = 10) -> int:
    """How many (sampled) pixels have the hue of ``colour``: markers and bars are drawn in province colours."""
    hue = QColor(colour).hsvHue()
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if pixel.hsvSaturation() > 60 and abs(pixel.hsvHue() - hue) <= tolerance:
                count += 1
    return count


def test_timeline_png_shows_the_markers(qtbot, sample_corpus, tmp_path):
    out = tmp_path / "timeline.png"
    export_view("timeline", sample_corpus, out, size=(1200, 600))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 600)
    assert colour_pixels(image, province_color("KP-03")) > 20, "North Pyongan markers are drawn"


def test_filtered_export_leaves_out_other_provinces(qtbot, sample_corpus, tmp_path):
    out = tmp_path / "north-pyongan.png"
    export_view("timeline", sample_corpus, out, provinces=frozenset({"KP-03"}), size=(1200, 600))
    image = QImage(str(out))
    assert colour_pixels(image, province_color("KP-03")) > 20
    assert colour_pixels(image, province_color("KP-02")) == 0, "South Pyongan claims are filtered out"


def test_timeline_svg_is_a_vector_drawing(qtbot, sample_corpus, tmp_path):
    out = tmp_path / "timeline.svg"
    export_view("timeline", sample_corpus, out, size=(1200, 600))
    svg = out.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert province_color("KP-03") in svg.lower()
    assert "North Pyongan" in svg


def test_cli_exports_without_a_display(tmp_path):
    out = tmp_path / "t.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    run = subprocess.run([sys.executable, "-m", "claimline", "export", "timeline", str(out)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() == 1600
    assert colour_pixels(image, province_color("KP-03")) > 20


def test_cli_refuses_an_unknown_image_format(tmp_path):
    run = subprocess.run([sys.executable, "-m", "claimline", "export", "timeline", str(tmp_path / "t.jpg")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert "use .png or .svg" in run.stderr
    assert not Path(tmp_path / "t.jpg").exists()


def test_map_png_shades_provinces_with_claims(qtbot, sample_corpus, tmp_path):
    from claimline.ui.map_view import count_color
    from claimline.ui.style import SEA_COLOR

    out = tmp_path / "map.png"
    export_view("map", sample_corpus, out, size=(700, 800))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (700, 800)
    north_pyongan = sum(1 for c in sample_corpus.claims if "KP-03" in c.province_codes)
    fill = QColor(count_color(north_pyongan))
    sea = QColor(SEA_COLOR)
    pixels = [image.pixelColor(x, y) for y in range(0, 800, 4) for x in range(0, 700, 4)]
    assert sum(p == fill for p in pixels) > 200, "North Pyongan is filled with its count's colour"
    assert sum(p == sea for p in pixels) > 2000, "the sea is drawn"


def hue_centroid(image: QImage, colour: str) -> tuple[float, float]:
    hue = QColor(colour).hsvHue()
    points = [(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
              if image.pixelColor(x, y).hsvSaturation() > 60 and abs(image.pixelColor(x, y).hsvHue() - hue) <= 10]
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def test_svg_puts_the_markers_where_the_png_does(qtbot, sample_corpus, tmp_path):
    import shutil

    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    export_view("timeline", sample_corpus, tmp_path / "t.png", size=(1000, 500))
    export_view("timeline", sample_corpus, tmp_path / "t.svg", size=(1000, 500))
    if shutil.which("rsvg-convert"):  # an independent renderer, stricter than Qt's about the SVG's units
        subprocess.run(["rsvg-convert", str(tmp_path / "t.svg"), "-o", str(tmp_path / "svg.png")], check=True)
        drawn = QImage(str(tmp_path / "svg.png"))
    else:
        drawn = QImage(1000, 500, QImage.Format.Format_ARGB32)
        drawn.fill(QColor("white"))
        painter = QPainter(drawn)
        QSvgRenderer(str(tmp_path / "t.svg")).render(painter)
        painter.end()
    png_x, png_y = hue_centroid(QImage(str(tmp_path / "t.png")), province_color("KP-03"))
    svg_x, svg_y = hue_centroid(drawn, province_color("KP-03"))
    assert abs(png_x - svg_x) < 15 and abs(png_y - svg_y) < 15, "the SVG draws North Pyongan's markers in place"


def test_brief_is_a_pdf_with_the_views_and_the_claims(qtbot, sample_corpus, tmp_path):
    import re

    out = tmp_path / "brief.pdf"
    export_view("brief", sample_corpus, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 2, "the views, then the claims"


def test_an_export_leaves_no_view_behind_that_the_next_change_would_trip_on(window, tmp_path):
    from claimline.export import export_workspace
    from claimline.filtering import Filter

    for what in ("timeline", "map"):
        export_workspace(what, window.workspace, tmp_path / f"{what}.png")
    window.workspace.set_corpus(window.workspace.corpus)  # every view follows; no closed one is asked to
    window.workspace.set_filter(Filter(provinces=frozenset({"KP-03"})))
    assert window.timeline.markers and (tmp_path / "timeline.png").stat().st_size > 0
