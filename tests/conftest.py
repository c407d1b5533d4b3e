"""Test settings: Qt runs offscreen; the GUI never touches the analyst's real settings."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
