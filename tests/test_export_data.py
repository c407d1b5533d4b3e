"""Data exports: the claims as CSV for spreadsheets and as the claims JSON, written whole or not at all."""

import csv
import json
from pathlib import Path

import pytest

from claimline.corpus import Corpus, default_corpus_paths
from claimline.export.data import CSV_COLUMNS, write_claims_csv, write_claims_json


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.load(default_corpus_paths())


def test_csv_has_one_row_per_claim_with_its_citation(corpus, tmp_path):
    out = tmp_path / "claims.csv"
    reports = {e.report.path: e.report for e in corpus.extractions}
    write_claims_csv(corpus.claims, reports.get, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so spreadsheet programs read UTF-8"
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["quote"] for r in rows] == [c.quote for c in corpus.claims]
    first = rows[0]
    assert (first["start"], first["provinces"], first["outlet"], first["published"]) == (
        "2018-10-01", "KP-03", "Daily NK", "2018-10")
    inferred = [r for r in rows if r["inferred_provinces"]]
    assert inferred and all(r["provinces"] == "" for r in inferred)


def test_json_export_is_the_claims_document(corpus, tmp_path):
    out = tmp_path / "claims.json"
    write_claims_json(corpus, out)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(json.dumps(corpus.to_json()))


def test_a_failed_write_leaves_nothing_behind(corpus, tmp_path):
    folder = tmp_path / "gone"
    with pytest.raises(OSError):
        write_claims_json(corpus, folder / "claims.json")
    existing = tmp_path / "claims.json"
    existing.write_text("previous export", encoding="utf-8")
    bad = Corpus(corpus.extractions)
    bad.to_json = lambda: {"x": object()}  # cannot be serialised
    with pytest.raises(TypeError):
        write_claims_json(bad, existing)
    assert existing.read_text(encoding="utf-8") == "previous export"
    assert list(Path(tmp_path).iterdir()) == [existing]
