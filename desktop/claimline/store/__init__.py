"""The analyst's project file: one SQLite file holding imported reports and the analyst's edits.

Claims are not stored; they are extracted anew on load, so a project always reflects the current rules.
"""

from claimline.store.project import Project, ProjectError
from claimline.store.schema import APPLICATION_ID, SCHEMA_VERSION, SUFFIX

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "SUFFIX", "Project", "ProjectError"]
