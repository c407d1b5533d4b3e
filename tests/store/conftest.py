"""Fixtures for the project-file tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "analysis.claimline"
