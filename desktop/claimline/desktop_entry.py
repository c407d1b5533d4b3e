"""The desktop's application menu entry and icon, for this user (the freedesktop.org layout under
``XDG_DATA_HOME``): ``claimline install-desktop``. The entry runs the ``claimline`` this install provides."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import platformdirs

from claimline.paths import shipped


def _targets() -> tuple[Path, Path]:
    share = Path(platformdirs.user_data_path())  # ~/.local/share on Linux
    return (share / "applications" / "claimline.desktop",
            share / "icons" / "hicolor" / "scalable" / "apps" / "claimline.svg")


def _command() -> str:
    found = shutil.which("claimline")
    if found:
        return found
    return f"{sys.executable} -m claimline"


def install() -> list[str]:
    """Write the menu entry (pointing at this install's ``claimline``) and the icon; say where."""
    entry, icon = _targets()
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    template = (shipped("resources") / "claimline.desktop").read_text(encoding="utf-8")
    entry.write_text(template.replace("Exec=claimline", f"Exec={_command()}"), encoding="utf-8")
    shutil.copyfile(shipped("resources") / "claimline.svg", icon)
    return [f"wrote {entry}", f"wrote {icon}"]


def uninstall() -> list[str]:
    """Remove what ``install`` wrote."""
    removed = []
    for path in _targets():
        if path.exists():
            path.unlink()
            removed.append(f"removed {path}")
    return removed or ["nothing to remove"]
