"""First version: plain text reports with optional YAML front matter and a ``.meta.yaml`` sidecar."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from claimline.model import Published, ReadError, Report
from claimline.tasks import TaskState

SUFFIXES = {".txt", ".md"}


@dataclass
class ImportResult:
    reports: list[Report] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)


def _split_front_matter(text: str) -> tuple[dict, str]:
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            meta = yaml.safe_load("\n".join(lines[1:i])) or {}
            if not isinstance(meta, dict):
                raise ValueError("front matter is not a mapping")
            return meta, "\n".join(lines[i + 1 :]).lstrip("\n")
    raise ValueError("front matter has no closing '---'")


def read_report(path: Path, display_path: str | None = None) -> list[Report]:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    meta, body = _split_front_matter(text)
    sidecar = path.with_name(path.stem + ".meta.yaml")
    if sidecar.exists():
        meta = {**(yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}), **meta}
    title = str(meta.get("title") or body.split("\n", 1)[0].strip())
    published = Published.parse(str(meta["published"])) if meta.get("published") else None
    return [
        Report(
            path=display_path or str(path),
            title=title,
            text=body,
            outlet=meta.get("outlet"),
            url=meta.get("url"),
            published=published,
            author=meta.get("author"),
            raw=raw,
        )
    ]


def _expand(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    out: list[tuple[Path, str]] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out += [(f, str(f)) for f in sorted(path.rglob("*")) if f.suffix.lower() in SUFFIXES]
        else:
            out.append((path, str(p)))
    return out


def read_paths(
    paths: Iterable[str | Path], *, published: Published | None = None, state: TaskState | None = None
) -> ImportResult:
    state = state or TaskState()
    result = ImportResult()
    files = _expand(paths)
    for i, (path, shown) in enumerate(files):
        state.check()
        state.set_progress(i, len(files), shown)
        try:
            for report in read_report(path, shown):
                if report.published is None and published is not None:
                    report = Report(**{**report.__dict__, "published": published})
                result.reports.append(report)
        except FileNotFoundError:
            result.errors.append(ReadError(shown, "file not found"))
        except (OSError, ValueError, yaml.YAMLError) as exc:
            result.errors.append(ReadError(shown, str(exc)))
    state.set_progress(len(files), len(files), "")
    return result
