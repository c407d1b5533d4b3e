"""The one exception ingest raises internally: a file or record that cannot become a report."""

from __future__ import annotations


class IngestError(ValueError):
    """Why a file or record cannot be read, in words an analyst understands."""
