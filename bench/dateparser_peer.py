"""The peer ``bench/cli.py`` times: the same report files read and decoded, their YAML front matter parsed with
PyYAML's C loader, then ``dateparser.search.search_dates`` on every sentence, relative to the published date.

    python bench/dateparser_peer.py FILE.txt ...

Prints the number of dates found (so that the work cannot be skipped).
"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime
from pathlib import Path

import yaml
from dateparser.search import search_dates

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def read(path: Path) -> tuple[dict, str]:
    """Front matter and body of one report file."""
    text = path.read_bytes().decode("utf-8")
    _, front, body = text.split("---\n", 2)
    return yaml.load(front, Loader=yaml.CSafeLoader), body


def main(paths: list[str]) -> int:
    found = 0
    for name in paths:
        meta, body = read(Path(name))
        published = meta["published"]
        anchor = published if isinstance(published, date) else date.fromisoformat(f"{published}-01")
        base = datetime(anchor.year, anchor.month, anchor.day)
        for sentence in SENTENCE_END.split(body):
            found += len(search_dates(sentence, languages=["en"], settings={"RELATIVE_BASE": base}) or [])
    print(found)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
