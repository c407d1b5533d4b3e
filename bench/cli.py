"""End-to-end throughput: the whole ``claimline extract --format json FOLDER`` process on 1,000 report files,
start-up, ingest and JSON output included, beside a dateparser-based peer doing the same ingest and date search.

    python bench/cli.py [--files 1000] [--peer-files 100] [--runs 3] [--keep DIR] [--profile [N]] [CORPUS_DIR ...]

Writes ``bench/extract.py``'s dev-like ~2,000-character reports as ``.txt`` files with YAML front matter to a
temporary folder, then times (wall clock, from outside) ``claimline extract --format json`` on the folder
and the peer (``bench/dateparser_peer.py``: the same files read, decoded and their front matter parsed,
then ``dateparser.search.search_dates`` on every sentence) on the first ``--peer-files`` of them (dateparser is
slow). Both are printed as reports per second, and their ratio, from the same run. ``--profile`` instead runs
the CLI in this process under cProfile and prints the N functions with the most own time.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import DEFAULT_CORPORA, build_reports  # noqa: E402

PEER = Path(__file__).resolve().parent / "dateparser_peer.py"


def write_reports(folder: Path, count: int, corpora: list[Path]) -> list[Path]:
    """``count`` dev-like reports as NAME.txt files with front matter in ``folder``."""
    paths = []
    for i, report in enumerate(build_reports(count, corpora)):
        path = folder / f"report-{i:04d}.txt"
        front = (f"---\ntitle: \"{report.title}\"\noutlet: Daily NK\nurl: https://example.org/{i}\n"
                 f"published: {report.published.isoformat()}\n---\n")
        path.write_text(front + report.text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def timed(command: list[str], runs: int) -> list[float]:
    """Wall seconds of ``runs`` runs of ``command`` (its output thrown away), after one warm-up run."""
    subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
    seconds = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
        seconds.append(time.perf_counter() - t0)
    return seconds


def profile_cli(folder: Path, top: int) -> None:
    """One ``claimline extract --format json`` of ``folder`` in this process under cProfile."""
    import contextlib
    import cProfile
    import io
    import pstats

    from claimline.cli import run

    profiler = cProfile.Profile()
    with contextlib.redirect_stdout(io.StringIO()):
        profiler.enable()
        run(["extract", "--format", "json", str(folder)])
        profiler.disable()
    pstats.Stats(profiler).strip_dirs().sort_stats("tottime").print_stats(top)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--peer-files", type=int, default=100, help="dateparser is slow: time a subset")
    parser.add_argument("--runs", type=int, default=3, help="claimline runs; the median is shown")
    parser.add_argument("--keep", type=Path, help="write the reports here and keep them")
    parser.add_argument("--profile", type=int, nargs="?", const=30, metavar="N")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        paths = write_reports(folder, args.files, args.corpora)
        if args.profile:
            profile_cli(folder, args.profile)
            return 0
        claimline = [str(Path(sys.executable).with_name("claimline")), "extract", "--format", "json", str(folder)]
        cl = statistics.median(timed(claimline, args.runs))
        subset = [str(p) for p in paths[: args.peer_files]]
        dp = timed([sys.executable, str(PEER), *subset], 1)[0]
    cl_rate, dp_rate = len(paths) / cl, len(subset) / dp
    print(f"files: {len(paths)} dev-like reports, one process each, start-up and ingest included")
    print(f"claimline extract --format json: {cl:6.2f} s  {cl_rate:7.1f} reports/s (median of {args.runs})")
    print(f"dateparser peer (ingest + search_dates): {dp:6.2f} s for {len(subset)} files  {dp_rate:7.1f} reports/s")
    print(f"ratio: claimline {cl_rate / dp_rate:.1f}x the dateparser peer's reports per second")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
