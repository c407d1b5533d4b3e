"""Writing an export file whole or not at all, with the mode any new file gets (the umask applies). Qt-free.

Every export goes through a temporary file beside the target, renamed over it once complete: a failed or
interrupted export never leaves half a file, and an existing file is only replaced by a finished one.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NEW_FILE_MODE = 0o666  # what open() asks for; the umask takes away the rest (0644 with the usual 022)


class ExportError(Exception):
    """An export that cannot be made as asked, in the analyst's words (the file is not written)."""


def refuse_overwrite(out: Path, force: bool) -> None:
    """Stop before any work when ``out`` exists and replacing it was not asked for."""
    if out.exists() and not force:
        raise ExportError(f"{out} already exists: add --force to replace it")


@contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out`` to write to; it becomes ``out`` when the block ends without error."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.part")
    try:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, NEW_FILE_MODE))
    except FileNotFoundError as exc:
        raise ExportError(f"cannot write {out}: the folder {out.parent} does not exist") from exc
    except PermissionError as exc:
        raise ExportError(f"cannot write {out}: no permission to write in {out.parent}") from exc
    try:
        yield tmp
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def write_text(out: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``out``, whole or not at all."""
    with atomic_output(out) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
