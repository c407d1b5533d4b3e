"""The analyst's session: the open project and the workspace that shows it. Qt-free.

Every change goes to the project file first, in one transaction, and only then to the workspace, so
that whatever the views show as done is on disk: an import, a published date, a review decision. A
failed write raises ProjectError and leaves both as they were.
"""

from __future__ import annotations

from claimline.corpus import Corpus
from claimline.filtering import Workspace
from claimline.model import Published
from claimline.review import ClaimEdit, Edit, EditBatch, GradeEdit
from claimline.review.edits import now
from claimline.store import Project
from claimline.store.sync import ProjectSync


class Session:
    """Applies the analyst's changes to the project (when one is open) and then to the workspace."""

    def __init__(self, workspace: Workspace, project: Project | None = None) -> None:
        self.workspace = workspace
        self._project: Project | None = None
        self._sync: ProjectSync | None = None
        self.set_project(project)

    @property
    def project(self) -> Project | None:
        return self._project

    def set_project(self, project: Project | None) -> None:
        """Work in ``project`` from now on (the previous one is closed)."""
        if self._project is not None and self._project is not project:
            self._project.close()
        self._project = project
        self._sync = ProjectSync(project) if project is not None else None

    def show(self, corpus: Corpus) -> None:
        """Replace what the workspace shows by ``corpus``, saving whatever differs from the project."""
        if self._sync is not None:
            self._sync.save(corpus)
        self.workspace.set_corpus(corpus)

    def add(self, corpus: Corpus) -> Corpus:
        """Add newly read reports to the open ones; returns the merged corpus now shown."""
        merged = self.workspace.corpus.merged(corpus)
        self.show(merged)
        return merged

    def set_published(self, paths: list[str], published: Published | None) -> None:
        self.show(self.workspace.corpus.with_published(paths, published))

    def apply(self, edit: Edit) -> None:
        """One review edit (or a batch: one transaction), written with the time it was made."""
        if self._project is not None:
            self._project.write_edit(edit, at=now())
        self.workspace.set_review(edit.applied(self.workspace.review))

    def save_to(self, project: Project) -> None:
        """Write everything shown (reports, claims, every decision and grade) into a new ``project`` and work
        in it from now on: how unsaved work becomes a project."""
        ProjectSync(project).save(self.workspace.corpus)
        review = self.workspace.review
        batch = EditBatch(
            tuple(ClaimEdit(d.id, None, d, "Saved decision") for d in review.decisions.values())
            + tuple(GradeEdit(key, None, grade, "Saved grade") for key, grade in review.grades.items()),
            "Save project",
        )
        if batch.edits:
            project.write_edit(batch, at=now())
        self.set_project(project)

    def close(self) -> None:
        self.set_project(None)
