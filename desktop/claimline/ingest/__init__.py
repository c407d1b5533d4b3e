"""Turn paths into Reports: formats, encodings, metadata. Knows nothing about claims or Qt."""

from claimline.ingest.reader import ImportResult, read_paths, read_report

__all__ = ["ImportResult", "read_paths", "read_report"]
