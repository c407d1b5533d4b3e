"""``claimline export``: its arguments and what it does, for cli.py to call. Runs without a display.

Options go before or after the paths (argparse's intermixed parsing), and ``--province`` takes one or
several provinces (codes, names in any spelling the gazetteer knows, or a city in the province), so that
``claimline export timeline out.png --province KP-09 FOLDER`` reads FOLDER as a path.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from claimline.corpus import Corpus
from claimline.export.files import ExportError, refuse_overwrite
from claimline.export.options import FORMATS, SCREEN_DPI, ImageOptions, format_of
from claimline.geo import PROVINCES
from claimline.model import Published

DEFAULT_SIZES = {"timeline": (1600, 900), "map": (1000, 1100)}  # pixels at 96 dpi
MOST_WORDS = 4  # the longest province name given unquoted: "North Hamgyong Province"
EPILOG = """formats, from OUT's extension:
  timeline, map   .png .svg .pdf        claims   .csv .geojson .kml .json        brief   .html .pdf
Rejected claims are never exported. An existing OUT is replaced only with --force. When no claim matches,
nothing is written and the exit status is 1.
examples:
  claimline export timeline out.png --province KP-09 reports/
  claimline export map map.pdf brief.claimline --province "North Hamgyong" Ryanggang --from 2021 --to 2021-06
  claimline export claims claims.geojson brief.claimline --query flood
  claimline export timeline print.png brief.claimline --dpi 300 --title "Border closures"
"""


def _day(text: str, *, last: bool) -> date:
    try:
        published = Published.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, YYYY-MM or YYYY, got {text!r}") from exc
    return published.anchor if last else published.value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a whole number greater than 0, got {text!r}")
    return value


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """The export command's arguments (the reading options are added by cli.py)."""
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    parser.add_argument("what", choices=tuple(FORMATS), help="what to export")
    parser.add_argument("out", metavar="OUT", help="the file to write; its extension gives the format")
    parser.add_argument("paths", nargs="*", metavar="PROJECT.claimline | PATH",
                        help="a project (read-only) or reports and folders; default: the sample corpus")
    parser.add_argument("--province", nargs="+", action="append", default=[], metavar="PROVINCE",
                        help="only claims tied to these provinces: codes (KP-09), names in any spelling "
                             "('North Hamgyong', 함경북도) or a city in one (Hyesan); repeatable")
    parser.add_argument("--from", dest="first", type=lambda t: _day(t, last=False), metavar="DATE",
                        help="only claims that reach this day or later (YYYY-MM-DD, YYYY-MM or YYYY)")
    parser.add_argument("--to", dest="last", type=lambda t: _day(t, last=True), metavar="DATE",
                        help="only claims that begin on this day or earlier (a month or year: its last day)")
    parser.add_argument("--query", default="", metavar="TEXT", help="only claims whose quote or source has TEXT")
    parser.add_argument("--title", default=None, help="the title of the image or brief ('' for none)")
    parser.add_argument("--subtitle", default="", help="a line under the title")
    parser.add_argument("--width", type=_positive, help="image width in pixels (default 1600; map 1000)")
    parser.add_argument("--height", type=_positive, help="image height in pixels (default 900; map 1100)")
    parser.add_argument("--dpi", type=_positive, default=SCREEN_DPI,
                        help="pixels per inch (300 for print); without --width/--height the default size "
                             "grows with it, so the picture stays the same, only finer")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")


@dataclass(frozen=True)
class Selection:
    """What the command line asks to export: provinces, the other paths it found among them, the filter."""

    provinces: frozenset[str]
    paths: list[str]


def province_list() -> str:
    return ", ".join(f"{code} {name}" for code, name in PROVINCES.items())


def _as_provinces(words: list[str]) -> frozenset[str] | None:
    from claimline.extract.entry import parse_provinces

    try:
        return frozenset(p.code for p in parse_provinces(" ".join(words)))
    except ValueError:
        return None


def read_provinces(groups: list[list[str]]) -> Selection:
    """The provinces given after each ``--province``: one or more words make a name ('North Hamgyong'); after
    the first province, a word naming a file or folder that exists is a path given after the option."""
    codes: set[str] = set()
    paths: list[str] = []
    for words in groups:
        i = 0
        while i < len(words):
            if i > 0 and Path(words[i]).exists():
                paths.append(words[i])
                i += 1
                continue
            found = next(((j, c) for j in range(i + 1, min(len(words), i + MOST_WORDS) + 1)
                          if (c := _as_provinces(words[i:j])) is not None), None)
            if found is None:
                nor_path = ", nor a file or folder that exists," if i > 0 else ""
                raise ExportError(f"{words[i]!r} is not a province of North Korea{nor_path}. Give a code or a name "
                                  f"in any spelling, or a city in it: {province_list()}")
            i, found_codes = found
            codes |= found_codes
    return Selection(frozenset(codes), paths)


def image_options(args: argparse.Namespace) -> ImageOptions:
    """Size, dpi and words from the arguments; a default size keeps its layout at any dpi."""
    width, height = DEFAULT_SIZES.get(args.what, DEFAULT_SIZES["timeline"])
    scale = args.dpi / SCREEN_DPI
    if args.width is None and args.height is None:
        width, height = round(width * scale), round(height * scale)
    options = ImageOptions(width=args.width or width, height=args.height or height, dpi=args.dpi,
                           title=args.title, subtitle=args.subtitle)
    if args.what in ("timeline", "map"):
        options.check()
    return options


def run_export(args: argparse.Namespace, load: Callable[[list[str], argparse.Namespace], Corpus],
               default_paths: Callable[[], list[str]], report: Callable[[str], None]) -> tuple[int, Corpus]:
    """Export as the arguments say; ``load(paths, args)`` reads the corpus, ``report`` prints a line on stderr.
    Returns the exit status (0 written, 1 nothing matched and nothing written) and the corpus read, whose
    unreadable files the caller reports. Raises ExportError for what cannot be exported as asked."""
    from claimline.export import NothingToExport, export
    from claimline.filtering import Filter, Workspace

    out = Path(args.out)
    format_of(args.what, out)
    refuse_overwrite(out, args.force)
    selection = read_provinces(args.province)
    options = image_options(args)
    if args.first and args.last and args.first > args.last:
        raise ExportError(f"--from {args.first} is after --to {args.last}")
    corpus = load([*args.paths, *selection.paths] or default_paths(), args)
    days = (args.first or date.min, args.last or date.max) if (args.first or args.last) else None
    workspace = Workspace(corpus)
    workspace.set_filter(Filter(provinces=selection.provinces, date_range=days, query=args.query))
    try:
        count = export(args.what, workspace, out, options)
    except NothingToExport as exc:
        report(str(exc))
        return 1, corpus
    report(f"wrote {out}: {count} claim{'s' if count != 1 else ''} ({workspace.filter.describe() or 'no filter'})")
    return 0, corpus
