"""Where Claimline's files are: what ships with it (map data, sample corpus, icons), and what it keeps for the
analyst (the default project, project backups and logs, through platformdirs).

On Linux these follow ``XDG_DATA_HOME`` (default ``~/.local/share/Claimline``), so tests and trial runs
can point them at a temporary folder.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

import platformdirs

APP = "Claimline"
DEFAULT_PROJECT_NAME = "My project.claimline"


def shipped(folder: str) -> Path:
    """A folder that ships with Claimline (``geodata``, ``seeds``, ``resources``): the copy inside the installed
    package (``claimline/data/``, put there by setup.py's build step), else the clone's own folder."""
    installed = Path(str(resources.files("claimline") / "data" / folder))
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / folder


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_project_path() -> Path:
    """The project the app opens when the analyst has not chosen one (as Zotero keeps one library)."""
    return data_dir() / DEFAULT_PROJECT_NAME


def backups_dir(project: Path) -> Path:
    """The folder of a project's backups: one per project file, named after it."""
    tag = hashlib.sha1(str(project.resolve()).encode()).hexdigest()[:8]
    return data_dir() / "backups" / f"{project.stem}-{tag}"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False))
