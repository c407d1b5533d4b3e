"""Keep a project file in step with the open corpus, whatever changed it (an import, a date set, an undo).

The window does not tell the project what it did; the session hands over the new corpus before showing it,
and this works out the difference, so every path to a change is saved the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimline.extract import extractor_version
from claimline.ingest.dedupe import url_key
from claimline.model import Published, Report
from claimline.store.project import Project

if TYPE_CHECKING:
    from claimline.corpus import Corpus


class ProjectSync:
    """Writes to ``project`` what differs between it and a corpus: new, changed and dropped reports, dates,
    and the claims of every report written or re-dated."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._saved: dict[str, tuple[str, Published | None, str | None]] = {
            r.path: (r.content_hash, r.published, url_key(r.url)) for r in project.reports()
        }

    def save(self, corpus: Corpus) -> None:
        """Make the project hold exactly the corpus's reports, with their published dates and claims."""
        now = {e.report.path: e.report for e in corpus.extractions}
        removed = [path for path in self._saved if path not in now]
        added = [r for path, r in now.items() if self._saved.get(path, ("", None, None))[0] != r.content_hash]
        redated = [
            r for path, r in now.items()
            if path in self._saved and self._saved[path][0] == r.content_hash and self._saved[path][1] != r.published
        ]
        for old, new in _replacements(removed, added, self._saved):
            self.project.move_decisions(old, new)
        if removed:
            self.project.remove_reports(removed)
        if added:
            self.project.add_reports(added)
        for report in redated:
            self.project.set_published([report.path], report.published)
        changed = {r.path for r in (*added, *redated)}
        if changed:
            self.project.put_extractions((e for e in corpus.extractions if e.report.path in changed),
                                         extractor_version())
        self._saved = {path: (r.content_hash, r.published, url_key(r.url)) for path, r in now.items()}


def _replacements(removed: list[str], added: list[Report],
                  saved: dict[str, tuple[str, Published | None, str | None]]) -> list[tuple[str, str]]:
    """(old path, new path) for each dropped report that a newer version of the same URL replaces."""
    by_url = {url_key(r.url): r.path for r in added if url_key(r.url)}
    return [(path, by_url[saved[path][2]]) for path in removed if saved[path][2] in by_url]
