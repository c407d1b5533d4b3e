"""One writer per project: a lock file beside it (``.NAME.claimline.lock``), as office programs keep one.

The lock is an advisory lock the operating system holds for the process (``flock``; ``msvcrt.locking`` on
Windows), so it goes with the process however it ends; the file only says who holds it, and is removed
when the project closes. Written by hand because the library locks (filelock) neither tell who holds a
lock nor guard against a lock file removed and made again between another opener's open and lock.
"""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class LockHeld(Exception):
    """Another process holds the lock; ``holder`` says who, as the lock file reads."""

    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


def lock_path(project: Path) -> Path:
    return project.with_name(f".{project.name}.lock")


class ProjectLock:
    """The write lock of one project file; ``acquire`` raises LockHeld when another process has it."""

    def __init__(self, project: Path) -> None:
        self.path = lock_path(project)
        self._fd: int | None = None

    def acquire(self) -> None:
        for _ in range(3):  # a lock file removed under us by its last holder: take the new one
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                holder = _read(fd)
                os.close(fd)
                raise LockHeld(holder)
            if _same_file(fd, self.path):
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()} {socket.gethostname()}\n".encode())
                self._fd = fd
                return
            os.close(fd)
        raise LockHeld("another Claimline process")

    def release(self) -> None:
        """Remove the lock file, then let go of the lock; releasing twice is harmless."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        else:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _read(fd: int) -> str:
    try:
        pid, _, host = os.pread(fd, 200, 0).decode("utf-8", "replace").strip().partition(" ")
    except (OSError, AttributeError):
        return "another Claimline process"
    return f"process {pid} on {host}" if pid else "another Claimline process"
