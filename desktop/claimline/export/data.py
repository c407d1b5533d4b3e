"""Data export: the claims JSON document, for other tools."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from claimline.corpus import Corpus


def write_claims_json(corpus: Corpus, out: Path) -> None:
    """Write the claims JSON atomically: a failed write never leaves half a file behind."""
    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=out.name, suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(corpus.to_json(), fh, ensure_ascii=False, indent=1)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
