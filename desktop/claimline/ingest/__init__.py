"""Turn paths into Reports: formats, encodings, repair, metadata, duplicates. Knows nothing about claims or Qt."""

from claimline.ingest.errors import IngestError
from claimline.ingest.reader import MAX_BYTES, ImportResult, read_file, read_paths, read_report

__all__ = ["MAX_BYTES", "ImportResult", "IngestError", "read_file", "read_paths", "read_report"]
