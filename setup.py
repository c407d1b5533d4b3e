"""Build step: copy the data Claimline ships (map data, sample corpus, icons) into the package.

They live at the top of the repository (``geodata/``, ``seeds/``, ``resources/``), where their build scripts and
READMEs are; a wheel carries them as ``claimline/data/...``, found at run time by ``claimline.paths.shipped``.
Everything else is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = {
    "geodata": ("*.geojson", "*.json", "*.csv", "*.txt", "README.md"),
    "seeds": ("*.txt", "*.yaml"),
    "resources": ("*.svg", "*.desktop", "*.png"),
}


class BuildWithData(build_py):
    """build_py, then the shipped folders copied into the built package (not for an editable install, which
    finds them in the clone)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "claimline" / "data"
        for folder, patterns in SHIPPED.items():
            for pattern in patterns:
                for source in sorted((ROOT / folder).glob(pattern)):
                    destination = target / folder / source.name
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, destination)


setup(cmdclass={"build_py": BuildWithData})
