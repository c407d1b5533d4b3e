"""Keep a project file in step with the open corpus, whatever changed it (an import, a date set, an undo).

The window does not tell the project what it did; after each change it hands over the corpus and
this works out the difference, so every path to a change is saved the same way.
"""

from __future__ import annotations

from claimline.corpus import Corpus
from claimline.model import Published
from claimline.store.project import Project


class ProjectSync:
    """Writes to ``project`` what differs between it and a corpus: new, changed and dropped reports, dates."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._saved: dict[str, tuple[str, Published | None]] = {
            r.path: (r.content_hash, r.published) for r in project.reports()
        }

    def save(self, corpus: Corpus) -> None:
        """Make the project hold exactly the corpus's reports, with their published dates."""
        now = {e.report.path: e.report for e in corpus.extractions}
        removed = [path for path in self._saved if path not in now]
        added = [r for path, r in now.items() if self._saved.get(path, ("", None))[0] != r.content_hash]
        redated = [
            r for path, r in now.items()
            if path in self._saved and self._saved[path][0] == r.content_hash and self._saved[path][1] != r.published
        ]
        if removed:
            self.project.remove_reports(removed)
        if added:
            self.project.add_reports(added)
        for report in redated:
            self.project.set_published([report.path], report.published)
        self._saved = {path: (r.content_hash, r.published) for path, r in now.items()}
