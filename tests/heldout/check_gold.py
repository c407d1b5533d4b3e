#!/usr/bin/env python3
"""Consistency checks for the held-out gold files (not a scorer).

For every NAME.txt: quote / when_text / place text are exact substrings of the
body, when_text lies inside the quote, places are listed in order of appearance,
dates are valid ISO dates with start <= end, and codes are well formed.
"""
import datetime
import json
import sys
from pathlib import Path

CODES = {f"KP-{n:02d}" for n in list(range(1, 11)) + [13]}


def body_of(text: str) -> str:
    assert text.startswith("---\n")
    end = text.index("\n---\n", 4)
    return text[end + 5:].lstrip("\n")


def check(txt: Path) -> list[str]:
    errs = []
    body = body_of(txt.read_text(encoding="utf-8"))
    gold = json.loads(txt.with_name(txt.stem + ".gold.json").read_text(encoding="utf-8"))
    for i, c in enumerate(gold["claims"]):
        q, w = c["quote"], c["when_text"]
        if q not in body:
            errs.append(f"claim {i}: quote not in body: {q[:60]!r}")
        if w not in q:
            errs.append(f"claim {i}: when_text {w!r} not in quote")
        s, e = datetime.date.fromisoformat(c["start"]), datetime.date.fromisoformat(c["end"])
        if s > e:
            errs.append(f"claim {i}: start after end")
        for code in c["places"]:
            if code not in CODES:
                errs.append(f"claim {i}: bad code {code}")
    pos = 0
    for j, p in enumerate(gold["places"]):
        k = body.find(p["text"], pos)
        if k < 0:
            errs.append(f"place {j}: {p['text']!r} not found after offset {pos}")
        else:
            pos = k + len(p["text"])
        if p["code"] not in CODES:
            errs.append(f"place {j}: bad code {p['code']}")
    return errs, len(body.split())


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
    bad = 0
    for txt in sorted(folder.glob("*.txt")):
        errs, n = check(txt)
        print(f"{txt.name}: {n} words, {'OK' if not errs else 'ERRORS'}")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)
