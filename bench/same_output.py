"""Proof that a change leaves the output byte for byte as it was: save what a reference checkout prints, then
compare a changed one with it.

    python bench/same_output.py save DIR [--root CLONE] [--strings 30000]   # e.g. --root a 'git archive main'
    python bench/same_output.py check DIR [--root CLONE] [--strings 30000]  # exit status 1 on any difference

For the code under ``--root`` (default: this clone; it is put first on PYTHONPATH), it writes to DIR:
- ``claimline extract --format json`` of every corpus (the dev set, tests/heldout*, seeds, tests/data/import), one
  file each, stdout, stderr and exit status; the dev set again with stdout in ASCII (the ``ensure_ascii`` branch),
  and all corpora in one ``--format text`` run;
- the JSON of ``bench/cli.py``'s 1,000 dev-like files (written once under ``--work``, the same for both sides);
- ``extract`` (places, claims with their ids and doubts), ``find_times`` and ingest's ``repair`` on ``--strings``
  generated texts: slices of the corpora, templated sentences and word salads of place names, dates, quotation
  marks, source words, Hangul, combining marks and mojibake, with and without a published date.
``check`` writes the same into DIR/new and ``cmp``s each file, printing the first difference.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import os
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

CORPORA = ["../shared/eval/dev", "tests/heldout", *(f"tests/heldout_{c}" for c in "bcdefgh"), "seeds",
           "tests/data/import"]
BENCH_FILES = 1000


def _env(root: Path, encoding: str = "utf-8") -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(root / "desktop"), "PYTHONIOENCODING": encoding,
            "PYTHONDONTWRITEBYTECODE": "1"}


def _run(args: list[str], root: Path, cwd: Path, out: Path, encoding: str = "utf-8") -> None:
    """One CLI run; its stdout, then its stderr and exit status, into ``out``."""
    done = subprocess.run([sys.executable, "-m", "claimline", *args], cwd=cwd, env=_env(root, encoding),
                          capture_output=True, check=False)
    out.write_bytes(done.stdout + b"\n--- stderr ---\n" + done.stderr + f"\n--- exit {done.returncode}\n".encode())


def _given(corpus: str, root: Path) -> str:
    """A corpus as given on the command line: inside the checkout relative to it, else absolute (the same
    path whichever checkout runs)."""
    inside = not corpus.startswith("..") and (root / corpus).exists()
    return corpus if inside else str((ROOT / corpus).resolve())


def _bench_files(work: Path) -> Path:
    """``bench/cli.py``'s 1,000 files, written once (the same inputs for the reference and the change)."""
    folder = work / "bench-files"
    if not (folder / f"report-{BENCH_FILES - 1:04d}.txt").exists():
        from cli import write_reports

        from extract import DEFAULT_CORPORA

        folder.mkdir(parents=True, exist_ok=True)
        write_reports(folder, BENCH_FILES, DEFAULT_CORPORA)
    return folder


def write_outputs(root: Path, out: Path, work: Path, strings: int) -> list[Path]:
    """Every output of the code under ``root`` into ``out``; the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    present = [c for c in CORPORA if (root / c).exists() or (ROOT / c).exists()]
    for corpus in present:
        path = _given(corpus, root)
        target = out / f"json-{Path(corpus).name}.txt"
        _run(["extract", "--format", "json", path], root, root, target)
        written.append(target)
    if present:
        target = out / f"json-ascii-{Path(present[0]).name}.txt"
        _run(["extract", "--format", "json", _given(present[0], root)], root, root, target, encoding="ascii")
        written.append(target)
        target = out / "text-all.txt"
        _run(["extract", *(_given(c, root) for c in present)], root, root, target)
        written.append(target)
    folder = _bench_files(work)
    target = out / "json-bench-files.txt"
    _run(["extract", "--format", "json", folder.name], root, folder.parent, target)
    written.append(target)
    target = out / "strings.txt"
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "strings", str(target), "--strings", str(strings)],
                   env=_env(root), check=True)
    written.append(target)
    return written


# -- generated texts ---------------------------------------------------------------------------------------------

WORDS = ("said", "told Daily NK", "a source in", "the source", "he said", "according to", "sources in", "residents",
         "Province", "provinces", "North", "South", "and", "or", "the", "in", "on", "since", "until", "by", "from", "to",
         "between", "last", "this", "next", "year", "month", "week", "early", "late", "mid-", "ago", "days", "later",
         "will", "was", "Seoul", "China", "U.S.", "the Unification Ministry", "Q:", "A:", "(Photo)", "Image: Daily NK",
         "(ASIAPRESS).", "Mine", "Market", "County", "-ri", "-dong", "district", "a trader", "a resident of",
         "reporting partner B", "Kim", "Hwasong", "yesterday", "today", "Monday", "Friday", "the 15th", "2019", "'19",
         "1,000", "2.5", "5,000 won", "at 7:30 a.m.", "(2239 GMT)", "SEOUL, Sept. 12 (Yonhap) --", "usually",
         "prone to", "compared to", "than last year", "the anniversary", "holiday", "Day of the Sun", "scheduled for",
         "평양", "혜산시", "회령군", "3월 초", "지난달", "¡°Æò¾ç¡±", "â€œ", "Ã©", "P'yŏngan", "Ch'ŏngjin", "e\u0301",
         "\ufeff", "\u00a0", "\t", "\n", "\n\n", ".", ",", ";", ":", "!", "?", "“", "”", '"', "‘", "’", "'", "(", ")",
         "—", "-", "…", "◆")  # fmt: skip
MONTHS = ("January", "Feb.", "March", "April", "May", "June", "July", "Aug.", "September", "Oct.", "November",
          "December", "spring", "summer", "autumn", "winter")


def _corpus_texts() -> list[str]:
    """The raw text of every corpus file (no claimline code: the same for every side)."""
    texts = []
    for corpus in CORPORA:
        for path in sorted((ROOT / corpus).glob("*.txt")):
            texts.append(path.read_bytes().decode("utf-8", "replace"))
    return texts


def _place_names() -> list[str]:
    with open(ROOT / "geodata" / "gazetteer.csv", encoding="utf-8") as f:
        names = [row["name"] for row in csv.DictReader(f)]
    with open(ROOT / "geodata" / "spellings.csv", encoding="utf-8") as f:
        names += [row["of"] for row in csv.DictReader(f)][::20]
    return names


def generated(count: int, seed: int = 0) -> list[tuple[str, object]]:
    """``count`` texts with a published date (``None``, or (year, month, day, precision))."""
    from extract import _templated

    rng = random.Random(seed)
    texts, names = _corpus_texts(), _place_names()
    out = []
    for i in range(count):
        kind = i % 4
        if kind == 0 and texts:  # a slice of a report
            text = rng.choice(texts)
            start = rng.randrange(len(text))
            piece = text[start:start + rng.randint(20, 900)]
        elif kind == 1:  # templated sentences
            piece = " ".join(_templated(rng) for _ in range(rng.randint(1, 4)))
        else:  # a word salad
            parts = []
            for _ in range(rng.randint(3, 60)):
                r = rng.random()
                parts.append(rng.choice(names) if r < 0.2 else rng.choice(MONTHS) if r < 0.35
                             else str(rng.randint(1, 31)) if r < 0.45 else rng.choice(WORDS))
            piece = "".join(p + rng.choice(("", " ", " ", " ", ", ", "\n")) for p in parts)
        r = rng.random()
        published = None if r < 0.15 else (rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28),
                                           rng.choice(("day", "day", "month", "year")))
        out.append((piece, published))
    return out


def write_strings(target: Path, count: int) -> None:
    """``extract``, ``find_times`` and ``repair`` of the generated texts, one block per text, into ``target``."""
    from datetime import date

    from claimline.extract import extract
    from claimline.extract.times import find_times
    from claimline.ingest.repair import repair
    from claimline.model import Published, Report

    with open(target, "w", encoding="utf-8", errors="surrogatepass") as f:
        for n, (text, when) in enumerate(generated(count)):
            published = None
            if when is not None:
                y, m, d, precision = when
                day = date(y, m, d) if precision == "day" else date(y, m if precision == "month" else 1, 1)
                published = Published(day, precision)
            report = Report(f"gen/{n}.txt", "A title", text, published=published)
            try:
                found = extract(report)
                result = f"{found.places!r}\n{found.claims!r}"
            except Exception as exc:  # noqa: BLE001 - an exception is output too, and must stay the same
                result = f"raised {type(exc).__name__}: {exc}"
            anchor = published.anchor if published else None
            times = find_times(text, anchor, anchor_precision=published.precision if published else "day")
            f.write(f"## {n}\n{result}\n{times!r}\n{repair(text)!r}\n")


def compare(saved: Path, new: Path, files: list[Path]) -> bool:
    same = True
    for file in files:
        old = saved / file.name
        if not old.exists():
            print(f"missing in {saved}: {file.name}")
            same = False
        elif not filecmp.cmp(old, file, shallow=False):
            same = False
            a, b = old.read_bytes(), file.read_bytes()
            at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
            print(f"DIFFERS: {file.name} at byte {at}\n  saved: {a[max(0, at - 200):at + 200]!r}\n"
                  f"  new:   {b[max(0, at - 200):at + 200]!r}")
        else:
            print(f"same: {file.name} ({file.stat().st_size:,} bytes)")
    return same


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("save", "check", "strings"))
    parser.add_argument("dir", type=Path)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose code runs (default: this one)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/claimline-same-output"),
                        help="where bench/cli.py's files are written once")
    parser.add_argument("--strings", type=int, default=30000)
    args = parser.parse_args(argv)
    if args.action == "strings":
        write_strings(args.dir, args.strings)
        return 0
    root = args.root.resolve()
    if args.action == "save":
        for file in write_outputs(root, args.dir, args.work, args.strings):
            print(f"saved {file} ({file.stat().st_size:,} bytes)")
        return 0
    files = write_outputs(root, args.dir / "new", args.work, args.strings)
    return 0 if compare(args.dir, args.dir / "new", files) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
