"""An HTML brief: one self-contained file to mail or open offline, with the timeline and the map as embedded
SVG drawings (data: URIs), then every claim in the filter in date order with its citation.

Nothing in it is fetched: the images are inside it, the styles inline, and a Content-Security-Policy forbids
any load, so opening it tells no server that it was read. Links to the reports stay links.
"""

from __future__ import annotations

import base64
import html
import tempfile
from datetime import date
from pathlib import Path

from claimline.export.captions import Captions, Entry, brief_entries, captions_for
from claimline.export.files import write_text
from claimline.export.images import write_image
from claimline.export.options import DEFAULT_OPTIONS, ImageOptions
from claimline.filtering import Workspace

VIEW_SIZES = {"timeline": (1100, 620), "map": (560, 720)}  # screen pixels each view is drawn at
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, "NanumGothic", "Noto Sans CJK KR", "Malgun Gothic",
       "Apple SD Gothic Neo", sans-serif; color: #1a1a1a; margin: 2em auto; max-width: 72em; padding: 0 1em;
       line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.1em; } .subtitle { font-size: 1.15em; margin: 0.2em 0; }
.shown, footer, .reference { color: #5a5a5a; } .shown { font-size: 0.9em; }
.views { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-start; margin: 1em 0; }
.views img { max-width: 100%; height: auto; border: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { text-align: left; vertical-align: top; padding: 0.45em 0.6em; border-bottom: 1px solid #e2e2e2; }
th { background: #f3f3f0; } td.when { white-space: nowrap; font-weight: bold; }
.source { font-style: italic; } footer { margin-top: 2em; font-size: 0.85em; }
@media print { .views img { border: none; } tr { break-inside: avoid; } }
"""


def _svg_data_uri(what: str, workspace: Workspace) -> str:
    """The view as an SVG drawing (the same figure as File › Export, untitled), as a data: URI."""
    width, height = VIEW_SIZES[what]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"{what}.svg"
        write_image(what, workspace, out, ImageOptions(width=width, height=height, title=""))
        data = out.read_bytes()
    return "data:image/svg+xml;base64," + base64.b64encode(data).decode("ascii")


def _row(entry: Entry) -> str:
    e = html.escape
    link = f' <a href="{e(entry.url)}">{e(entry.url)}</a>' if entry.url else ""
    return (f'<tr id="{e(entry.key)}"><td class="when">{e(entry.when)}</td><td>{e(entry.places)}</td>'
            f'<td class="source">{e(entry.source)}</td><td>{e(entry.grade)}</td>'
            f'<td><span class="quote">{e(entry.quote)}</span><div class="reference">{e(entry.reference)}{link}</div></td></tr>')


def brief_html(workspace: Workspace, captions: Captions, entries: list[Entry], images: dict[str, str]) -> str:
    """The page: header, the two views, the claims table, the footer with sources and credits."""
    e = html.escape
    subtitle = f'<p class="subtitle">{e(captions.subtitle)}</p>' if captions.subtitle else ""
    title = captions.title or "Claimline brief"
    figures = "".join(f'<img alt="{e(what.capitalize())} of the claims in this brief" src="{uri}">'
                      for what, uri in images.items())
    rows = "".join(_row(entry) for entry in entries)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="generator" content="Claimline"><title>{e(title)}</title><style>{STYLE}</style></head>
<body><header>{f'<h1>{e(captions.title)}</h1>' if captions.title else ''}{subtitle}
<p class="shown">{e(captions.shown)}</p></header>
<section class="views">{figures}</section>
<h2>Claims ({len(entries)}), by date</h2>
<table><thead><tr><th>Date</th><th>Place</th><th>Source</th><th>Grade</th><th>Quote and citation</th></tr></thead>
<tbody>{rows}</tbody></table>
<footer><p>{e(captions.sources)}. {e(captions.credit)}, {date.today().isoformat()}.</p></footer>
</body></html>
"""


def write_brief_html(workspace: Workspace, out: Path, options: ImageOptions = DEFAULT_OPTIONS) -> None:
    """Write the HTML brief of what the workspace shows (the filter applies) to ``out``."""
    captions = captions_for("brief", workspace, title=options.title, subtitle=options.subtitle)
    images = {what: _svg_data_uri(what, workspace) for what in ("timeline", "map")}
    write_text(out, brief_html(workspace, captions, brief_entries(workspace), images))
