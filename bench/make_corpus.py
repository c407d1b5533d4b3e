"""Write N realistic synthetic reports (seeded, reproducible) for the benchmarks: 1,000, 10,000, 50,000 ...

    python bench/make_corpus.py OUT_DIR [--reports 1000] [--seed 0]

The generator is ``claimline.demo``, which also makes the demo corpus.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from claimline.demo import write_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    written = write_corpus(args.out, args.reports, args.seed)
    print(f"wrote {len(written)} synthetic reports to {args.out}")


if __name__ == "__main__":
    main()
