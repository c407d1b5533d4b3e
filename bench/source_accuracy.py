"""How often a claim's ``source`` is the gold one, over annotated reports.

    python bench/source_accuracy.py CORPUS [CORPUS ...] [--show]

Each CORPUS is a folder of NAME.txt reports with NAME.gold.json beside them (ANNOTATION.md), or one
NAME.txt. Claims are paired with gold claims as ``../shared/eval/score.py`` pairs them (the quote covers
most of the gold quote; the closest date wins); a pair counts as right when the two sources are the same
text after case and spacing are folded. Printed: pairs, right, accuracy, and how many gold sources are
empty; ``--show`` lists every wrong pair.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from claimline.extract import extract
from claimline.ingest import read_paths

WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F\uAC00-\uD7A3]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text or "")]


def _quote_matches(gold: str, pred: str) -> bool:
    """The scorer's rule: most of the gold quote's words, and not much longer."""
    g, p = _words(gold), _words(pred)
    common = sum((Counter(g) & Counter(p)).values())
    return bool(g and p) and common >= 0.6 * len(g) and len(p) <= 2.5 * len(g) + 10


def _same_source(gold: str, pred: str) -> bool:
    return " ".join(gold.split()).lower().strip(" ,.") == " ".join(pred.split()).lower().strip(" ,.")


def _pairs(gold: dict, claims: list) -> list[tuple[dict, object]]:
    """Gold claims with the predicted claim the scorer would pair them with."""
    dated = [c for c in claims if c.when.resolved]
    used: set[int] = set()
    pairs = []
    for g in gold.get("claims", []):
        best, best_rank = None, -1
        for i, c in enumerate(dated):
            if i in used or not _quote_matches(g["quote"], c.quote):
                continue
            exact = (c.when.start.isoformat(), c.when.end.isoformat()) == (g["start"], g["end"])
            rank = 2 * exact + (set(p.code for p in c.places) == set(g.get("places", [])))
            if rank > best_rank:
                best, best_rank = i, rank
        if best is not None:
            used.add(best)
            pairs.append((g, dated[best]))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true", help="list every wrong pair")
    args = parser.parse_args()
    texts = [t for c in args.corpora for t in ([c] if c.is_file() else sorted(c.glob("*.txt")))]
    reports = {Path(r.path).name: r for r in read_paths(texts).reports}
    tally: Counter = Counter()
    for t in texts:
        gold = json.loads(t.with_name(t.stem + ".gold.json").read_text(encoding="utf-8"))
        for g, claim in _pairs(gold, list(extract(reports[t.name]).claims)):
            right = _same_source(g.get("source", ""), claim.source)
            tally["pairs"] += 1
            tally["right"] += right
            tally["gold_empty"] += not g.get("source", "").strip()
            if not right and args.show:
                print(f"{t.name}: gold {g.get('source', '')!r}  predicted {claim.source!r}")
    accuracy = tally["right"] / tally["pairs"] if tally["pairs"] else 0.0
    print(f"pairs: {tally['pairs']}  right: {tally['right']}  gold empty: {tally['gold_empty']}")
    print(f"source_accuracy={accuracy:.3f}")


if __name__ == "__main__":
    main()
