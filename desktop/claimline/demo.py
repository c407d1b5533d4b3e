"""Realistic synthetic field reports, seeded and reproducible: the demo corpus (Help › Open demo corpus,
``claimline --demo``) and the benchmarks' corpora (``python bench/make_corpus.py OUT_DIR --reports 10000``).

Each report is a ``.txt`` file with YAML front matter (title, outlet, url, published) and a body of
paragraphs in the manner of field reporting: a located source, a dated event in one of the ways reports
write dates (a day, "early September", "last month", a season, a range, "since July"), places by province
and by city, quotations with attributions, background without a date, and now and then a caption. Every
report says it is synthetic in its title and in its outlet ("Daily NK (synthetic)"), so that every view,
citation and export of it says so too. The names of places come from the project's gazetteer.
"""

from __future__ import annotations

import csv
import json
import random
from datetime import date, timedelta
from pathlib import Path

from claimline.geo.gazetteer import geodata_dir

DEMO_REPORTS = 300
OUTLETS = ("Daily NK", "Asia Press", "Radio Free Asia", "NK News", "Yonhap", "NK Economy Watch", "38 North")
PROVINCE_NAMES = {"KP-01": "Pyongyang", "KP-02": "South Pyongan Province", "KP-03": "North Pyongan Province",
                  "KP-04": "Chagang Province", "KP-05": "South Hwanghae Province",
                  "KP-06": "North Hwanghae Province", "KP-07": "Kangwon Province",
                  "KP-08": "South Hamgyong Province", "KP-09": "North Hamgyong Province",
                  "KP-10": "Ryanggang Province", "KP-13": "Rason"}
WEIGHTS = {"KP-10": 6, "KP-09": 5, "KP-03": 5, "KP-01": 4, "KP-02": 3, "KP-08": 3, "KP-04": 2, "KP-13": 2,
           "KP-05": 1, "KP-06": 1, "KP-07": 1}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
TOPICS = (
    ("rice prices", "rose sharply at the market"), ("the border guards", "tightened inspections"),
    ("the local authorities", "ordered a crackdown on mobile phones"),
    ("factory workers", "were mobilized for road repairs"), ("the market", "was closed for inspections"),
    ("smugglers", "were arrested near the river"), ("farmers", "were told to hand over more grain"),
    ("residents", "were ordered to attend lectures"), ("the electricity supply", "was cut for most of the day"),
    ("diesel prices", "fell after a shipment arrived"), ("students", "were sent to plant trees"),
    ("the security ministry", "searched homes for foreign media"),
)
SOURCES = ("a source in {province}", "a {city}-based source", "a trader in {city}", "a resident of {city}",
           "a source in {city}, {province}", "a local official in {province}")
FILLER = (
    "The situation has been difficult for ordinary people, who rely on the markets to get by.",
    "Such measures are not new, but residents say they have become more frequent.",
    "Traders have learned to adapt to the changing rules, the report noted.",
    "Analysts say the authorities are trying to reassert control over the economy.",
    "Many families depend on money sent by relatives who live abroad.",
)


def _gazetteer() -> dict[str, list[str]]:
    cities: dict[str, list[str]] = {code: [] for code in PROVINCE_NAMES}
    with (geodata_dir() / "gazetteer.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"]
            if row["kind"] == "city" and row["code"] in cities and name.isascii() and name.isalpha():
                cities[row["code"]].append(name)
    return {code: names or [PROVINCE_NAMES[code].split()[0]] for code, names in cities.items()}


def _when(rng: random.Random, published: date) -> str:
    """A time phrase for an event before ``published``, as reports write them."""
    past = published - timedelta(days=rng.randint(3, 120))
    month = MONTHS[past.month - 1]
    choices = (
        f"on {month} {past.day}", f"in early {month}", f"in mid-{month}", f"in late {month}", "last month",
        f"in {month}", f"on {month} {past.day}, {past.year}", f"since {month}", "last week", "yesterday",
        f"between {MONTHS[(past.month - 2) % 12]} and {month}", f"in {month} {past.year}",
        f"in the spring of {past.year}" if past.month in (3, 4, 5) else f"at the end of {month}",
    )
    return rng.choice(choices)


def make_report(rng: random.Random, index: int, cities: dict[str, list[str]]) -> tuple[str, str]:
    """(file name, text) of one synthetic report."""
    codes = list(WEIGHTS)
    code = rng.choices(codes, weights=[WEIGHTS[c] for c in codes])[0]
    city = rng.choice(cities[code])
    province = PROVINCE_NAMES[code]
    outlet = rng.choice(OUTLETS)
    published = date(2012, 1, 1) + timedelta(days=rng.randint(0, 4700))
    subject, verb = rng.choice(TOPICS)
    source = rng.choice(SOURCES).format(province=province, city=city)
    paragraphs = [f"{subject.capitalize()} in {city} {verb} {_when(rng, published)}, {source} told {outlet}."]
    for _ in range(rng.randint(2, 9)):
        kind = rng.random()
        s2, v2 = rng.choice(TOPICS)
        other = rng.choice(codes)
        place = rng.choice(cities[other])
        if kind < 0.35:
            paragraphs.append(f"“{s2.capitalize()} in {place} {v2} {_when(rng, published)},” the source said.")
        elif kind < 0.6:
            paragraphs.append(f"{s2.capitalize()} {v2} in {PROVINCE_NAMES[other]} {_when(rng, published)}, "
                              f"according to {rng.choice(SOURCES).format(province=PROVINCE_NAMES[other], city=place)}.")
        elif kind < 0.7:
            paragraphs.append(f"A photo taken {_when(rng, published)} shows {s2} in {place}. Image: {outlet}")
        else:
            paragraphs.append(rng.choice(FILLER))
    title = f"[Synthetic] {subject.capitalize()} in {city} {verb}"
    slug = f"{published.isoformat()}-{index:06d}"
    text = (f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\noutlet: {outlet} (synthetic)\n"
            f"url: https://example.org/synthetic/{slug}\n"
            f"published: {published.isoformat()}\n---\n" + "\n\n".join(paragraphs) + "\n")
    return f"synthetic-{slug}.txt", text


def write_corpus(out: Path, reports: int, seed: int = 0) -> list[Path]:
    """Write ``reports`` synthetic reports into ``out``; the same seed writes the same files."""
    rng = random.Random(seed)
    cities = _gazetteer()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(reports):
        name, text = make_report(rng, i, cities)
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
