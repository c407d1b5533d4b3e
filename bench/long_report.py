"""How extraction time grows with a report's length: one report made of N concatenated reports.

    python bench/long_report.py [--sizes 250 500 1000 2000] [CORPUS_DIR ...]

A scraped page or a merged bundle can hold thousands of dated sentences in one report. This joins
N of ``bench/extract.py``'s ~2,000-character reports into one text (paragraphs kept, so quotations,
captions and back-references all occur), times ``extract`` on it (best of 3), and prints the time per
part and the growth exponent between sizes: 1.0 is linear, 2.0 quadratic.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import DEFAULT_CORPORA, build_reports  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    args = parser.parse_args()
    from claimline.extract import extract
    from claimline.model import Report

    parts = build_reports(max(args.sizes), args.corpora)
    previous: tuple[int, float] | None = None
    print(f"{'parts':>6} {'chars':>10} {'claims':>7} {'seconds':>8} {'ms/part':>8} {'growth':>7}")
    for size in args.sizes:
        text = "\n\n".join(r.text for r in parts[:size])
        report = Report("bench/long.txt", "A long report", text, published=parts[0].published)
        best, claims = math.inf, 0
        for _ in range(3):
            t0 = time.perf_counter()
            claims = len(extract(report).claims)
            best = min(best, time.perf_counter() - t0)
        growth = "" if previous is None else f"{math.log(best / previous[1]) / math.log(size / previous[0]):.2f}"
        print(f"{size:6d} {len(text):10,d} {claims:7d} {best:8.3f} {1000 * best / size:8.2f} {growth:>7}")
        previous = (size, best)


if __name__ == "__main__":
    main()
