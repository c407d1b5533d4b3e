"""The command line: a thin layer over ingest, extract and export."""

from __future__ import annotations

import argparse
import sys

from claimline import jsontext
from claimline.corpus import Corpus, default_corpus_paths
from claimline.ingest.reader import MAX_BYTES
from claimline.model import Published

COMMANDS = ("extract", "export", "import", "install-desktop")


def _published(text: str) -> Published:
    try:
        return Published.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, YYYY-MM or YYYY, got {text!r}") from exc


def _megabytes(text: str) -> int:
    try:
        value = float(text)
    except ValueError:
        value = -1
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a size in MB greater than 0, got {text!r}")
    return int(value * 1024 * 1024)


def _reading_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--published", type=_published, help="publication date for reports that lack one")
    parser.add_argument("--max-size", type=_megabytes, default=MAX_BYTES, metavar="MB",
                        help=f"skip (and report) files larger than this (default {MAX_BYTES // 2**20} MB)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    ext = sub.add_parser("extract", help="print the dated claims and places found in reports or a project")
    ext.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders, or a PROJECT.claimline")
    ext.add_argument("--format", choices=("json", "text"), default="text")
    _reading_options(ext)

    imp = sub.add_parser("import", help="add reports to a project file (created if missing)")
    imp.add_argument("project", metavar="PROJECT.claimline")
    imp.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    _reading_options(imp)

    desk = sub.add_parser("install-desktop", help="add Claimline to the desktop's application menu (this user)")
    desk.add_argument("--uninstall", action="store_true", help="remove it again")

    # ``claimline export`` is parsed by _export_parser, which knows its options: this parser only lists it, so
    # that no other command imports the export package (numpy and the views' models, a third of a second)
    sub.add_parser("export", help="export the timeline, the map, the claims or a brief without a display")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    """``claimline export`` on its own, so that its options may follow its paths (intermixed parsing)."""
    from claimline.export.command import add_export_arguments

    parser = argparse.ArgumentParser(prog="claimline export", description="Export the timeline, the map, the "
                                     "claims or a brief of reports or a project, without a display.")
    add_export_arguments(parser)
    _reading_options(parser)
    parser.set_defaults(command="export")
    return parser


def run(argv: list[str]) -> int:
    from claimline.store import ProjectError

    args = _export_parser().parse_intermixed_args(argv[1:]) if argv[:1] == ["export"] else _parser().parse_args(argv)
    command = {"extract": _extract, "import": _import, "export": _export,
               "install-desktop": _install_desktop}[args.command]
    reported: tuple[type[Exception], ...] = (ProjectError, CliError)
    if args.command == "export":
        from claimline.export.files import ExportError

        reported += (ExportError,)
    try:
        return command(args)
    except reported as exc:
        print(f"claimline: {exc}", file=sys.stderr)
        return 2


def _load(paths: list[str], args: argparse.Namespace) -> Corpus:
    """Reports read from ``paths``; a project among them is read (read-only) with its claims and review."""
    from claimline.store import SUFFIX, Project

    projects = [p for p in paths if str(p).endswith(SUFFIX)]
    if len(projects) > 1:
        raise CliError("give one project at a time")
    others = [p for p in paths if p not in projects]
    corpus = Corpus()
    if projects:
        project = Project.open_read_only(projects[0])
        try:
            corpus = Corpus.from_project(project)
        finally:
            project.close()
    if others:
        corpus = corpus.merged(Corpus.load(others, published=args.published, max_bytes=args.max_size))
    return corpus


class CliError(Exception):
    """A command that cannot run as given: printed in one line, exit status 2."""


def _extract(args: argparse.Namespace) -> int:
    corpus = _load(args.paths, args)
    if args.format == "json":
        # Hangul as is on a UTF-8 terminal; \u escapes (the same JSON) where stdout cannot encode it.
        utf8 = (sys.stdout.encoding or "").lower().replace("-", "") == "utf8"
        # one string, one write: json.dump with an indent writes each token on its own
        sys.stdout.write(jsontext.dumps(corpus.to_json(), ensure_ascii=not utf8) + "\n")
    else:
        by_report: dict[str, list] = {}
        for claim in corpus.claims:
            by_report.setdefault(claim.report_path, []).append(claim)
        for extraction in corpus.extractions:
            print(f"# {extraction.report.path}: {extraction.report.title}")
            for claim in by_report.get(extraction.report.path, []):
                places = ", ".join(p.code + ("?" if p.inferred else "") for p in claim.places) or "-"
                when = f"{claim.when.start}..{claim.when.end}" if claim.when.resolved else "unresolved"
                mark = "" if claim.status == "extracted" else f" [{claim.status}{' ' + claim.grade if claim.grade else ''}]"
                print(f"  {when:24s} {places:14s} {claim.quote[:100]}{mark}")
    for error in corpus.errors:
        print(f"claimline: {error.path}: {error.error}", file=sys.stderr)
    return 1 if corpus.errors else 0


def _export(args: argparse.Namespace) -> int:
    from claimline.export.command import run_export

    status, corpus = run_export(args, _load, default_corpus_paths,
                                lambda line: print(f"claimline: {line}", file=sys.stderr))
    for error in corpus.errors:
        print(f"claimline: {error.path}: {error.error}", file=sys.stderr)
    return 1 if corpus.errors else status


def _import(args: argparse.Namespace) -> int:
    from claimline.store import Project
    from claimline.store.sync import ProjectSync

    with Project.open(args.project) as project:
        sync = ProjectSync(project)
        current = Corpus.from_project(project)
        added = Corpus.load(args.paths, published=args.published, max_bytes=args.max_size)
        merged = current.merged(added)
        sync.save(merged)
    for note in merged.notes:
        print(f"claimline: {note}", file=sys.stderr)
    for error in added.errors:
        print(f"claimline: {error.path}: {error.error}", file=sys.stderr)
    claims = sum(1 for c in merged.claims if c.when.resolved and c.status != "rejected")
    print(f"{args.project}: {len(merged.extractions)} reports, {claims} dated claims "
          f"({len(added.extractions)} read now, {len(added.errors)} could not be read)")
    return 1 if added.errors else 0


def _install_desktop(args: argparse.Namespace) -> int:
    from claimline.desktop_entry import install, uninstall

    for line in (uninstall() if args.uninstall else install()):
        print(line)
    return 0
