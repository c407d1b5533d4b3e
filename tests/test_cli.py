"""The command line: the claims JSON contract, bad files in `errors`, and importing into a project."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_8ad9c014334f4aa0.txt"


def claimline(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimline", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def test_extract_json_follows_the_contract():
    run = claimline("extract", "--format", "json", str(SEED))
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["errors"] == []
    (report,) = doc["reports"]
    assert report["path"] == str(SEED)
    assert (report["outlet"], report["published"]) == ("Daily NK", "2018-10")
    body = SEED.read_text(encoding="utf-8")
    for claim in report["claims"]:
        assert body[claim["start"]:claim["end"]] == claim["quote"]
        assert set(claim["when"]) >= {"text", "start", "end", "precision"}
        assert all(set(p) == {"code", "name", "inferred"} for p in claim["places"])
    for place in report["places"]:
        assert body[place["start"]:place["end"]] == place["text"]
    assert {"start": "2018-10-01", "end": "2018-10-01"}.items() <= report["claims"][0]["when"].items()


def test_a_bad_file_goes_to_errors_and_the_others_are_still_read(tmp_path):
    missing = tmp_path / "missing.txt"
    run = claimline("extract", "--format", "json", str(SEED), str(missing))
    assert run.returncode == 1
    doc = json.loads(run.stdout)
    assert [r["path"] for r in doc["reports"]] == [str(SEED)]
    assert doc["errors"] == [{"path": str(missing), "error": "no such file or directory"}]


def test_published_fills_in_a_missing_date(tmp_path):
    report = tmp_path / "undated.txt"
    report.write_text("Arrests in Hyesan\n\nThree merchants were arrested last month, a source in Hyesan said.\n",
                      encoding="utf-8")
    undated = json.loads(claimline("extract", "--format", "json", str(report)).stdout)
    assert [c["when"]["start"] for c in undated["reports"][0]["claims"]] == [None]
    dated = json.loads(claimline("extract", "--format", "json", "--published", "2019-03-20", str(report)).stdout)
    (claim,) = dated["reports"][0]["claims"]
    assert (claim["when"]["start"], claim["when"]["end"]) == ("2019-02-01", "2019-02-28")


def test_import_adds_reports_to_a_project_once(tmp_path):
    project = tmp_path / "brief.claimline"
    first = claimline("import", str(project), str(SEED))
    assert first.returncode == 0, first.stderr
    again = claimline("import", str(project), str(SEED))
    assert "1 reports" in again.stdout
    refused = tmp_path / "notes.claimline"
    refused.write_text("mine", encoding="utf-8")
    run = claimline("import", str(refused), str(SEED))
    assert run.returncode == 2 and "not a Claimline project" in run.stderr
    assert refused.read_text(encoding="utf-8") == "mine"


def test_max_size_reports_larger_files_and_reads_the_rest(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "Rice prices rose in Hyesan. " * 50_000, encoding="utf-8")
    run = claimline("extract", "--format", "json", "--max-size", "1", str(big), str(SEED))
    doc = json.loads(run.stdout)
    assert run.returncode == 1
    assert [r["path"] for r in doc["reports"]] == [str(SEED)]
    (error,) = doc["errors"]
    assert error["path"] == str(big) and "over the 1 MB limit" in error["error"]


def test_a_report_whose_extraction_fails_is_kept_and_reported(tmp_path, monkeypatch):
    from claimline import corpus as corpus_module

    good = tmp_path / "good.txt"
    good.write_text("Good\n\nArrests in Hyesan on October 1, a source said.\n", encoding="utf-8")
    odd = tmp_path / "odd.txt"
    odd.write_text("Odd\n\nThis text trips a rule.\n", encoding="utf-8")
    real = corpus_module.extract

    def fragile(report):
        if "trips" in report.text:
            raise IndexError("a rule failed")
        return real(report)

    monkeypatch.setattr(corpus_module, "extract", fragile)
    loaded = corpus_module.Corpus.load([good, odd], published=None)
    assert [e.report.path for e in loaded.extractions] == [str(good), str(odd)]
    assert [e.path for e in loaded.errors] == [str(odd)]
    assert "claims could not be extracted" in loaded.errors[0].error
