"""Extraction throughput on one core, beside dateparser's ``search_dates`` over the same sentences.

    python bench/extract.py [--reports 300] [--dateparser-reports 30] [--profile [N]] [CORPUS_DIR ...]

Builds a few hundred ~2,000-character reports by shuffling the paragraphs of the given corpora (the
seeds and, when present, the dev set) with templated dated sentences, then times
``claimline.extract.extract`` on all of them and ``dateparser.search.search_dates`` on the sentences
of a subset. Import and first-call times are printed apart, and the totals include them.
``--profile`` instead runs ``extract`` once over the same reports under cProfile and prints the N
functions with the most cumulative and the most own time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = [ROOT / "seeds", ROOT.parent / "shared" / "eval" / "dev"]  # the dev set when beside the clone
TARGET_CHARS = 2000

TEMPLATES = (
    "“Prices went up sharply in {month},” a source in {province} told Daily NK on {month} {day}.",
    "The authorities ordered a crackdown in early {month}, according to a {province}-based source.",
    "Since last month, smuggling along the border has dropped, the source said.",
    "A photo taken on {month} {day} shows the market in {city}. Image: Daily NK",
    "Rice sold for 5,000 won per kg at the market last week, up from 4,200 won in {month}.",
    "“People may march to the plaza again,” he said, adding that the spring near the village dried up.",
    "Between {month} and {month2}, more than 1,000 people were mobilized for flood recovery in {city}.",
    "The lockdown, which began on {month} {day}, was lifted three days ago.",
    "An event is scheduled for {month} {day} in {city}, the source added.",
    "In the first half of {year}, trade with China fell, and this year it has not recovered.",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
PROVINCES = ("North Pyongan Province", "Ryanggang Province", "North Hamgyong Province", "South Pyongan Province")
CITIES = ("Hyesan", "Sinuiju", "Chongjin", "Hoeryong", "Rason")


def _paragraphs(corpora: list[Path]) -> list[str]:
    from claimline.ingest import read_paths

    paths = [p for p in corpora if p.exists()]
    return [p for r in read_paths(paths).reports for p in r.text.split("\n\n") if p.strip()]


def _templated(rng: random.Random) -> str:
    month, month2 = rng.sample(MONTHS, 2)
    return rng.choice(TEMPLATES).format(month=month, month2=month2, day=rng.randint(1, 28),
                                        province=rng.choice(PROVINCES), city=rng.choice(CITIES),
                                        year=rng.randint(2012, 2024))


def build_reports(count: int, corpora: list[Path], seed: int = 0) -> list:
    """``count`` reports of about 2,000 characters from corpus paragraphs and templates."""
    from claimline.model import Published, Report

    rng = random.Random(seed)
    paragraphs = _paragraphs(corpora)
    reports = []
    for i in range(count):
        parts: list[str] = []
        size = 0
        while size < TARGET_CHARS:
            part = rng.choice(paragraphs) if paragraphs and rng.random() < 0.7 else _templated(rng)
            if size + len(part) > TARGET_CHARS + 300 and size > TARGET_CHARS - 600:
                part = _templated(rng)
            parts.append(part)
            size += len(part) + 2
        published = date(2012, 1, 1) + timedelta(days=rng.randint(0, 4500))
        precision = "day" if rng.random() < 0.6 else "month"
        pub = Published(published if precision == "day" else published.replace(day=1), precision)
        reports.append(Report(f"bench/{i:04d}.txt", f"Report {i}", "\n\n".join(parts), published=pub))
    return reports


def time_extract(reports: list, rounds: int) -> tuple[float, list[float], int]:
    """(import + first call seconds, seconds per round over all reports, claims found)."""
    t0 = time.perf_counter()
    from claimline.extract import extract

    extract(reports[0])
    startup = time.perf_counter() - t0
    times, found = [], 0
    for _ in range(rounds):
        t1 = time.perf_counter()
        found = sum(len(extract(r).claims) for r in reports)
        times.append(time.perf_counter() - t1)
    return startup, times, found


def time_dateparser(reports: list) -> tuple[float, float, int]:
    """(import + first call seconds, seconds for the sentences of ``reports``, dates found)."""
    from claimline.extract.quotes import split_sentences

    sentences = [(r.text[a:b], r.published.anchor) for r in reports for a, b in split_sentences(r.text)]
    t0 = time.perf_counter()
    from dateparser.search import search_dates

    search_dates("on October 1", languages=["en"])
    startup = time.perf_counter() - t0
    t1 = time.perf_counter()
    found = 0
    for sentence, anchor in sentences:
        base = datetime(anchor.year, anchor.month, anchor.day)
        found += len(search_dates(sentence, languages=["en"], settings={"RELATIVE_BASE": base}) or [])
    return startup, time.perf_counter() - t1, found


def time_find_times(reports: list) -> tuple[float, int]:
    """(seconds, times found) for ``find_times`` over the same sentences dateparser gets."""
    from claimline.extract.quotes import split_sentences
    from claimline.extract.times import find_times

    sentences = [(r.text[a:b], r.published) for r in reports for a, b in split_sentences(r.text)]
    t0 = time.perf_counter()
    found = sum(len(find_times(s, p.anchor, anchor_precision=p.precision)) for s, p in sentences)
    return time.perf_counter() - t0, found


def profile_extract(reports: list, top: int) -> None:
    """One round of ``extract`` over ``reports`` under cProfile (after a first call), the top functions."""
    import cProfile
    import pstats

    from claimline.extract import extract

    extract(reports[0])
    profiler = cProfile.Profile()
    profiler.enable()
    for r in reports:
        extract(r)
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--dateparser-reports", type=int, default=30, help="dateparser is slow: time a subset")
    parser.add_argument("--rounds", type=int, default=5, help="extraction rounds; best and median are shown")
    parser.add_argument("--profile", type=int, nargs="?", const=30, metavar="N",
                        help="profile one extraction round with cProfile and print the top N functions (30)")
    args = parser.parse_args(argv)

    reports = build_reports(args.reports, args.corpora)
    if args.profile:
        profile_extract(reports, args.profile)
        return 0
    chars = sum(len(r.text) for r in reports) / len(reports)
    print(f"reports: {len(reports)}  mean length: {chars:.0f} chars  (one process, one core)")

    cl_start, cl_runs, claims = time_extract(reports, args.rounds)
    cl_run = min(cl_runs)
    cl_rate = len(reports) / cl_run
    cl_median = len(reports) / statistics.median(cl_runs)
    cl_total = len(reports) / (cl_start + cl_runs[0])
    print(f"claimline extract:  {cl_rate:8.1f} reports/s best of {len(cl_runs)} (median {cl_median:.1f});"
          f" first round incl. {cl_start * 1000:.0f} ms import + first call: {cl_total:.1f}/s;  {claims} claims")

    subset = reports[: args.dateparser_reports]
    dp_start, dp_run, dates = time_dateparser(subset)
    dp_rate = len(subset) / dp_run
    dp_total = len(subset) / (dp_start + dp_run)
    print(f"dateparser search:  {dp_rate:8.1f} reports/s (one round); incl. {dp_start * 1000:.0f} ms import"
          f" + first call: {dp_total:.1f}/s;  {dates} dates in {len(subset)} reports")
    ft_run, times = time_find_times(subset)
    ft_rate = len(subset) / ft_run
    print(f"claimline find_times: {ft_rate:6.1f} reports/s on the same sentences;  {times} times")
    print(f"ratio: whole extraction {cl_rate / dp_rate:.1f}x faster than dateparser's date search"
          f" (steady state), {cl_total / dp_total:.1f}x including start-up; date search alone {ft_rate / dp_rate:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
