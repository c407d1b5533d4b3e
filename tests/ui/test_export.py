"""Exported images and briefs, each opened with a real reader: PNG through QImage (size, dpi, marker colours),
SVG as XML, PDF with pypdf (pages, page size, text, fonts), HTML with html.parser; and the Export menu."""

import html
import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from claimline.corpus import Corpus
from claimline.export import ExportError, ImageOptions, NothingToExport, export, export_view
from claimline.export.images import hangul_family
from claimline.filtering import Filter, Workspace
from claimline.review import edits
from claimline.ui.style import province_color, when_label

pytestmark = pytest.mark.gui
SYNTHETIC = [Path(__file__).resolve().parents[2] / "tests" / f"heldout{suffix}" for suffix in
             ("", "_b", "_c", "_d", "_e", "_f", "_g", "_h")]  # the repository's own synthetic reports
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def synthetic_corpus() -> Corpus:
    return Corpus.load(SYNTHETIC)


def colour_pixels(image: QImage, colour: str, tolerance: int = 10, box=None) -> int:
    """How many (sampled) pixels have the hue of ``colour``: markers and bars are drawn in province colours."""
    hue = QColor(colour).hsvHue()
    x0, y0, x1, y1 = box or (0, 0, image.width(), image.height())
    count = 0
    for y in range(y0, y1, 2):
        for x in range(x0, x1, 2):
            pixel = image.pixelColor(x, y)
            if pixel.hsvSaturation() > 60 and abs(pixel.hsvHue() - hue) <= tolerance:
                count += 1
    return count


def ink_rows(image: QImage, top: int, bottom: int) -> int:
    """Rows in [top, bottom) with dark pixels: where text is drawn."""
    return sum(1 for y in range(top, bottom)
               if any(image.pixelColor(x, y).lightness() < 110 for x in range(0, image.width() // 2, 3)))


def svg_texts(path: Path) -> str:
    root = ET.parse(path).getroot()
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def pdf_text(page) -> str:
    """A PDF page's text with pypdf's tabs and line breaks as single spaces, ligatures ("ﬃ") as letters."""
    return " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())


def pdf_lines(page) -> list[str]:
    return [" ".join(line.split()) for line in unicodedata.normalize("NFKC", page.extract_text()).splitlines()]


def workspace_of(corpus: Corpus, **filter_fields) -> Workspace:
    workspace = Workspace(corpus)
    workspace.set_filter(Filter(**filter_fields))
    return workspace


# -- images ---------------------------------------------------------------------------------
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


def test_a_print_png_has_its_pixels_and_dpi_and_text_at_its_size_in_points(qtbot, sample_corpus, tmp_path):
    screen, printed = tmp_path / "screen.png", tmp_path / "print.png"
    workspace = Workspace(sample_corpus)
    export("timeline", workspace, screen, ImageOptions(width=960, height=600, title="Fuel"))
    export("timeline", workspace, printed, ImageOptions(width=3000, height=1875, dpi=300, title="Fuel"))
    small, large = QImage(str(screen)), QImage(str(printed))
    assert (large.width(), large.height()) == (3000, 1875)
    assert round(large.dotsPerMeterX() * 0.0254) == 300
    # the same layout, 3.125 times finer: the title is as many times taller, not a tiny line in a big image
    ratio = ink_rows(large, 0, 200) / ink_rows(small, 0, 64)
    assert 2.6 < ratio < 3.6
    assert colour_pixels(large, province_color("KP-03")) > 9 * colour_pixels(small, province_color("KP-03"))


def test_title_subtitle_dates_and_sources_are_in_an_svg(qtbot, sample_corpus, tmp_path):
    out = tmp_path / "timeline.svg"
    export("timeline", Workspace(sample_corpus), out,
           ImageOptions(width=1200, height=700, title="Fuel in Sinuiju", subtitle="평양 and the border"))
    svg = out.read_text(encoding="utf-8")
    text = svg_texts(out)
    for expected in ("Fuel in Sinuiju", "평양", "North Pyongan", "Sources: Daily NK, 1 report", "Made with Claimline",
                     "1 Jan 2018", "a period"):
        assert expected in text, expected
    assert province_color("KP-03") in svg.lower()
    families = set(re.findall(r'font-family="([^"]*)"', svg))
    assert families and all(f.endswith("sans-serif") and hangul_family() in f for f in families)


def test_without_a_title_the_image_has_none(qtbot, sample_corpus, tmp_path):
    out = tmp_path / "untitled.svg"
    export("timeline", Workspace(sample_corpus), out, ImageOptions(title=""))
    assert "Timeline of claims" not in svg_texts(out)
    export("timeline", Workspace(sample_corpus), out, ImageOptions())
    assert "Timeline of claims" in svg_texts(out)


def test_hangul_has_a_font_and_the_pdf_embeds_it(qtbot, sample_corpus, tmp_path):
    assert hangul_family() is not None, "no font with Hangul: tools/install-debian-deps installs fonts-nanum"
    out = tmp_path / "timeline.pdf"
    export("timeline", Workspace(sample_corpus), out, ImageOptions(title="함경북도 국경 봉쇄"))
    reader = PdfReader(out)
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert any(hangul_family().replace(" ", "") in f for f in fonts), fonts
    assert "함경북도" in pdf_text(reader.pages[0])


def test_timeline_and_map_pdfs_are_one_page_of_the_chosen_size(qtbot, sample_corpus, tmp_path):
    for what in ("timeline", "map"):
        out = tmp_path / f"{what}.pdf"
        export(what, Workspace(sample_corpus), out, ImageOptions(width=1500, height=1000, dpi=150))
        reader = PdfReader(out)
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (720, 480), "10 × 6.67 inches"
        text = pdf_text(reader.pages[0])
        assert "Sources: Daily NK" in text
        assert ("Natural Earth" in text) == (what == "map"), "the map credits its boundaries"


def test_svg_puts_the_markers_where_the_png_does(qtbot, sample_corpus, tmp_path):
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


def hue_centroid(image: QImage, colour: str) -> tuple[float, float]:
    hue = QColor(colour).hsvHue()
    points = [(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
              if image.pixelColor(x, y).hsvSaturation() > 60 and abs(image.pixelColor(x, y).hsvHue() - hue) <= 10]
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def test_map_png_shades_provinces_and_keeps_the_sea_inside_its_frame(qtbot, sample_corpus, tmp_path):
    from claimline.ui.map_view import count_color
    from claimline.ui.style import SEA_COLOR

    out = tmp_path / "map.png"
    export_view("map", sample_corpus, out, size=(700, 800))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (700, 800)
    north_pyongan = sum(1 for c in sample_corpus.claims if "KP-03" in c.province_codes)
    fill, sea = QColor(count_color(north_pyongan)), QColor(SEA_COLOR)
    pixels = [image.pixelColor(x, y) for y in range(0, 800, 4) for x in range(0, 700, 4)]
    assert sum(p == fill for p in pixels) > 200, "North Pyongan is filled with its count's colour"
    assert sum(p == sea for p in pixels) > 2000, "the sea is drawn"
    header = [image.pixelColor(x, y) for y in range(0, 30) for x in range(0, 700, 4)]
    assert not any(p == sea for p in header), "the map stays out of the title"


def test_map_svg_papers_over_the_scene_beyond_its_frame(qtbot, sample_corpus, tmp_path):
    out = tmp_path / "map.svg"
    export("map", Workspace(sample_corpus), out, ImageOptions(width=700, height=800))
    drawn = QImage(700, 800, QImage.Format.Format_ARGB32)
    drawn.fill(QColor("white"))
    painter = QPainter(drawn)
    QSvgRenderer(str(out)).render(painter)
    painter.end()
    top = [drawn.pixelColor(x, 8) for x in range(0, 700, 5)]
    assert all(p.lightness() > 240 for p in top), "no neighbour country drawn over the title area"
    assert "Boundaries: Natural Earth" in svg_texts(out)


def test_a_timeline_exported_as_shown_keeps_the_time_range(qtbot, synthetic_corpus, tmp_path):
    workspace = Workspace(synthetic_corpus)
    shown, whole = tmp_path / "shown.svg", tmp_path / "whole.svg"
    export("timeline", workspace, shown, ImageOptions(days=(date(2020, 1, 1), date(2021, 12, 31))))
    export("timeline", workspace, whole, ImageOptions())
    assert "1 Jan 2020 – 31 Dec 2021" in svg_texts(shown)
    assert "1 Jan 2020 – 31 Dec 2021" not in svg_texts(whole)
    assert "1995" in svg_texts(whole) and "1995" not in svg_texts(shown), "the axis shows the range, not the fit"


def test_images_leave_rejected_claims_out(qtbot, sample_corpus, tmp_path):
    kp02 = [c for c in sample_corpus.claims if "KP-02" in c.province_codes]
    review = sample_corpus.review
    for claim in kp02:
        review = edits.set_status(review, claim, "rejected").applied(review)
    workspace = Workspace(sample_corpus.with_review(review))
    workspace.set_filter(Filter(show_rejected=True))
    out = tmp_path / "t.png"
    export("timeline", workspace, out, ImageOptions(width=1200, height=600))
    assert colour_pixels(QImage(str(out)), province_color("KP-02")) == 0


def test_an_unreadable_size_is_refused_in_words(qtbot, sample_corpus, tmp_path):
    with pytest.raises(ExportError, match="too small to read"):
        export("timeline", Workspace(sample_corpus), tmp_path / "t.png", ImageOptions(width=400, height=300, dpi=300))
    assert not (tmp_path / "t.png").exists()


# -- briefs ---------------------------------------------------------------------------------
class Page(HTMLParser):
    """What the brief's HTML holds: every tag's attributes and the text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_html_brief_is_self_contained_with_every_quote_in_date_order(qtbot, synthetic_corpus, tmp_path):
    workspace = workspace_of(synthetic_corpus, provinces=frozenset({"KP-10", "KP-09"}))
    out = tmp_path / "brief.html"
    count = export("brief", workspace, out, ImageOptions(title="Border provinces", subtitle="국경 지역"))
    page = Page()
    page.feed(out.read_text(encoding="utf-8"))
    text = " ".join(" ".join(page.text).split())
    claims = workspace.filtered_claims()
    assert count == len(claims) > 10
    for claim in claims:
        assert " ".join(claim.quote.split()) in text
    images = [a for tag, a in page.tags if tag == "img"]
    assert len(images) == 2 and all(a["src"].startswith("data:image/svg+xml;base64,") for a in images)
    fetches = [(tag, a) for tag, a in page.tags if tag != "a"
               for key in ("src", "href") if re.match(r"\s*(https?:)?//", a.get(key) or "")]
    assert fetches == [], "nothing is loaded from the network"
    assert any(tag == "meta" and "default-src 'none'" in a.get("content", "") for tag, a in page.tags)
    rows = [workspace.claim(a["id"]) for tag, a in page.tags if tag == "tr" and "id" in a]
    order = [(c.when.start is None, c.when.start or date.min) for c in rows]
    assert len(rows) == len(claims) and order == sorted(order), "claims in date order, undated ones last"
    assert "Border provinces" in text and "국경 지역" in text and "Sources: " in text


def test_a_quote_that_opens_with_a_quote_mark_gets_no_second_one(qtbot, synthetic_corpus, tmp_path):
    workspace = workspace_of(synthetic_corpus, provinces=frozenset({"KP-10"}))
    marked = [c for c in workspace.filtered_claims() if c.quote.startswith(("“", '"'))]
    assert len(marked) >= 5, "the synthetic sets have quotes that open with their own quotation mark"
    html_out, pdf_out = tmp_path / "brief.html", tmp_path / "brief.pdf"
    export("brief", workspace, html_out)
    export("brief", workspace, pdf_out)
    page = html_out.read_text(encoding="utf-8")
    claims_text = " ".join(pdf_text(p) for p in PdfReader(pdf_out).pages[1:])
    for claim in marked:
        quote = " ".join(claim.quote.split())
        written = [html.escape(quote), html.escape(quote, quote=False)]  # straight marks as entities or not
        assert any(w in page for w in written) and quote[:40] in claims_text
        for text in (page, claims_text):
            assert all(f"“{w[:30]}" not in text for w in written) and f"“{quote[:30]}" not in text
    unmarked = next(c for c in workspace.filtered_claims() if c.quote[:1].isalpha())
    assert "“" + html.escape(" ".join(unmarked.quote.split()), quote=False)[:30] in page, "other quotes get marks"


def test_pdf_brief_has_the_views_then_every_claim_in_date_order(qtbot, synthetic_corpus, tmp_path):
    workspace = workspace_of(synthetic_corpus, provinces=frozenset({"KP-10"}))
    out = tmp_path / "brief.pdf"
    export("brief", workspace, out)
    reader = PdfReader(out)
    assert len(reader.pages) >= 2, "the views, then the claims"
    first = pdf_text(reader.pages[0])
    assert "Sources:" in first and "Natural Earth" in first and "Ryanggang" in first
    lines = [line for page in reader.pages[1:] for line in pdf_lines(page)]
    days = [line for line in lines if re.fullmatch(r"\d{4}-\d\d-\d\d( – \d{4}-\d\d-\d\d)?", line)]
    dated = sorted((c for c in workspace.filtered_claims() if c.when.resolved), key=lambda c: (c.when.start, c.when.end))
    remaining = iter(days)  # every dated claim's date, in date order (a quote may hold a date-like line too)
    assert all(any(day == when_label(c) for day in remaining) for c in dated), "every dated claim, by date"
    assert lines.count("undated") >= len(workspace.filtered_claims()) - len(dated) > 0, "then the undated ones"
    claims_text = "".join(lines).replace(" ", "")
    urls = {workspace.report(c.report_path).url for c in workspace.filtered_claims()}
    assert all(url.replace(" ", "")[:40] in claims_text for url in urls if url)


def test_the_cli_exports_without_a_display(tmp_path):
    import os
    import sys

    out = tmp_path / "t.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    run = subprocess.run([sys.executable, "-m", "claimline", "export", "timeline", str(out)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() == 1600
    assert colour_pixels(image, province_color("KP-03")) > 20


# -- the window's Export menu ---------------------------------------------------------------
def save_as(monkeypatch, path: Path, selected: str = "") -> list[str]:
    """Answer the next save dialogs with ``path``; returns the folders they opened in."""
    from PySide6.QtWidgets import QFileDialog

    opened = []

    def answer(parent, title, start, filters):
        opened.append(str(Path(start).parent))
        return str(path), selected or filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return opened


def accept_dialogs(monkeypatch, **fields) -> None:
    """The export options dialog answers OK at once, after ``fields`` (e.g. whole_filter=True) are set."""
    from PySide6.QtWidgets import QDialog

    from claimline.ui.export_dialogs import ImageExportDialog

    def exec_(dialog):
        for name, value in fields.items():
            widget = getattr(dialog, name)
            widget.setChecked(value) if isinstance(value, bool) else widget.setText(value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImageExportDialog, "exec", exec_)


def test_the_export_menu_has_every_format(qtbot, window):
    from PySide6.QtWidgets import QMenu

    menu = window.findChild(QMenu, "export-menu")
    texts = " ".join(a.text().replace("&", "") for a in menu.actions())
    for word in ("Timeline (PNG, SVG or PDF)", "Map (PNG, SVG or PDF)", "Brief (HTML or PDF)", "CSV", "GeoJSON",
                 "KML", "JSON"):
        assert word in texts
    assert menu.menuAction() in window.menuBar().actions()[0].menu().actions()


def test_a_name_without_extension_gets_the_chosen_formats(qtbot, window, monkeypatch, tmp_path):
    accept_dialogs(monkeypatch)
    save_as(monkeypatch, tmp_path / "fuel", "SVG drawing (*.svg)")
    window.exports.export_image("map")
    assert (tmp_path / "fuel.svg").is_file()
    ET.parse(tmp_path / "fuel.svg")
    save_as(monkeypatch, tmp_path / "fuel-claims")
    window.exports.export_claims(".geojson")
    assert (tmp_path / "fuel-claims.geojson").is_file()


def test_the_timeline_exports_the_range_shown_unless_asked_for_the_whole_filter(qtbot, make_window, synthetic_corpus,
                                                                                  monkeypatch, tmp_path):
    window = make_window(synthetic_corpus, size=(1400, 860))
    window.timeline.show_dates(date(2021, 1, 1), date(2021, 12, 31))
    shown_before = window.timeline.visible_dates()
    accept_dialogs(monkeypatch)
    save_as(monkeypatch, tmp_path / "shown.svg")
    window.exports.export_image("timeline")
    assert "1 Jan 2021 – 31 Dec 2021" in svg_texts(tmp_path / "shown.svg")
    assert window.timeline.visible_dates() == shown_before, "exporting does not re-fit the window's timeline"
    accept_dialogs(monkeypatch, whole_filter=True)
    save_as(monkeypatch, tmp_path / "whole.svg")
    window.exports.export_image("timeline")
    first = min(c.when.start for c in window.workspace.visible_claims())
    assert f"{first.day} {first:%b %Y}" in svg_texts(tmp_path / "whole.svg")


def test_each_export_dialog_remembers_its_last_folder(qtbot, window, monkeypatch, tmp_path):
    accept_dialogs(monkeypatch, title="Fuel")
    (tmp_path / "images").mkdir()
    (tmp_path / "data").mkdir()
    save_as(monkeypatch, tmp_path / "images" / "t.png")
    window.exports.export_image("timeline")
    save_as(monkeypatch, tmp_path / "data" / "c.csv")
    window.exports.export_claims(".csv")
    opened = save_as(monkeypatch, tmp_path / "images" / "t2.png")
    window.exports.export_image("timeline")
    window.exports.export_claims(".csv")
    assert opened == [str(tmp_path / "images"), str(tmp_path / "data")]


def test_an_empty_filter_result_is_told_not_written(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    window.workspace.set_filter(Filter(query="no report says this"))
    save_as(monkeypatch, tmp_path / "none.csv")
    window.exports.export_claims(".csv")
    box = window.findChild(QMessageBox, "warning")
    assert box is not None and "No claims to export" in box.text()
    assert not (tmp_path / "none.csv").exists()


def test_the_brief_dialog_writes_html_by_default(qtbot, window, monkeypatch, tmp_path):
    accept_dialogs(monkeypatch, subtitle="for the weekly")
    save_as(monkeypatch, tmp_path / "weekly")
    window.exports.export_brief()
    page = (tmp_path / "weekly.html").read_text(encoding="utf-8")
    assert "for the weekly" in page and "data:image/svg+xml" in page


def test_nothing_to_export_is_its_own_error(sample_corpus, tmp_path):
    workspace = workspace_of(sample_corpus, date_range=(date(2030, 1, 1), date.max))
    with pytest.raises(NothingToExport, match="from 2030-01-01"):
        export("map", workspace, tmp_path / "m.png")
    assert list(tmp_path.iterdir()) == []


def test_the_image_dialog_offers_print_sizes_and_says_custom_when_edited(qtbot):
    from claimline.ui.export_dialogs import ImageExportDialog

    dialog = ImageExportDialog("timeline", (date(2021, 1, 1), date(2021, 6, 30)))
    qtbot.addWidget(dialog)
    assert "1 Jan 2021 – 30 Jun 2021" in dialog.shown_range.text() and dialog.shown_range.isChecked()
    dialog.preset.setCurrentIndex(2)
    options = dialog.options()
    assert (options.width, options.height, options.dpi) == (2400, 1500, 300)
    assert options.days == (date(2021, 1, 1), date(2021, 6, 30))
    dialog.width_box.setValue(2000)
    assert dialog.preset.currentText() == "Custom" and dialog.options().width == 2000
    dialog.whole_filter.setChecked(True)
    dialog.title.setText("")
    assert dialog.options().days is None and dialog.options().title == ""


def test_an_export_leaves_no_view_behind_that_the_next_change_would_trip_on(window, tmp_path):
    from claimline.export import export
    from claimline.filtering import Filter

    for what in ("timeline", "map"):
        export(what, window.workspace, tmp_path / f"{what}.png")
    window.workspace.set_corpus(window.workspace.corpus)  # every view follows; no closed one is asked to
    window.workspace.set_filter(Filter(provinces=frozenset({"KP-03"})))
    assert window.timeline.markers and (tmp_path / "timeline.png").stat().st_size > 0
