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


def _reviewed_project(tmp_path):
    """A project with the sample report, its first claim rejected and its second graded and tagged."""
    from claimline.corpus import Corpus
    from claimline.filtering import Workspace
    from claimline.review import edits, source_key
    from claimline.session import Session
    from claimline.store import Project

    path = tmp_path / "brief.claimline"
    with Project.open(path) as project:
        session = Session(Workspace(), project)
        session.add(Corpus.load([SEED]))
        first, second = session.workspace.corpus.claims[:2]
        session.apply(edits.set_status(session.workspace.review, first, "rejected"))
        session.apply(edits.annotate(session.workspace.review, second, credibility=3, tags=("summit",),
                                     note="check"))
        session.apply(edits.grade_source(session.workspace.review, source_key("Daily NK", second.source), "C"))
    return path, first, second


def test_extract_reads_a_project_with_its_review(tmp_path):
    path, first, second = _reviewed_project(tmp_path)
    run = claimline("extract", "--format", "json", str(path))
    assert run.returncode == 0, run.stderr
    (report,) = json.loads(run.stdout)["reports"]
    claims = {c["id"]: c for c in report["claims"]}
    assert claims[first.id]["status"] == "rejected"
    assert (claims[second.id]["grade"], claims[second.id]["tags"], claims[second.id]["note"]) == ("C3", ["summit"],
                                                                                                   "check")
    assert all(c["status"] == "extracted" and c["grade"] is None for k, c in claims.items()
               if k not in (first.id, second.id))
    again = json.loads(claimline("extract", "--format", "json", str(path)).stdout)
    assert [c["id"] for c in again["reports"][0]["claims"]] == list(claims)  # ids are stable


def test_export_from_a_project_leaves_rejected_claims_out(tmp_path):
    path, first, _ = _reviewed_project(tmp_path)
    out = tmp_path / "claims.json"
    from claimline.corpus import Corpus
    from claimline.store import Project

    with Project.open_read_only(path) as project:
        doc = Corpus.from_project(project).to_json(rejected=False)
    assert first.id not in {c["id"] for r in doc["reports"] for c in r["claims"]}
    run = claimline("export", "timeline", str(tmp_path / "t.png"), str(path))
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "t.png").stat().st_size > 1000
    del out


def test_import_into_a_project_keeps_every_decision_and_never_duplicates_a_claim(tmp_path):
    path, first, second = _reviewed_project(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text("Arrests in Hyesan\n\nThree merchants were arrested in Hyesan on March 3, 2019.\n",
                     encoding="utf-8")
    run = claimline("import", str(path), str(SEED), str(other), "--published", "2019-06-01")
    assert run.returncode == 0, run.stderr
    doc = json.loads(claimline("extract", "--format", "json", str(path)).stdout)
    ids = [c["id"] for r in doc["reports"] for c in r["claims"]]
    assert len(ids) == len(set(ids)) and len(doc["reports"]) == 2
    statuses = {c["id"]: c["status"] for r in doc["reports"] for c in r["claims"]}
    assert statuses[first.id] == "rejected" and statuses[second.id] == "extracted"


def test_a_damaged_or_foreign_project_is_refused_in_one_line_and_left_alone(tmp_path):
    path, _, _ = _reviewed_project(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2:len(data) // 2 + 4096] = b"\x00" * 4096
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    for args in (("extract", "--format", "json", str(path)), ("import", str(path), str(SEED))):
        run = claimline(*args)
        assert run.returncode == 2
        assert run.stderr.count("\n") == 1 and run.stderr.startswith("claimline: ")
        assert "Traceback" not in run.stderr
    assert path.read_bytes() == before
    foreign = tmp_path / "notes.claimline"
    foreign.write_text("not sqlite", encoding="utf-8")
    run = claimline("extract", "--format", "json", str(foreign))
    assert run.returncode == 2 and "is not a Claimline project" in run.stderr
