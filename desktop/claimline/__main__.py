"""Entry point: ``claimline`` opens the window; ``claimline extract|export`` run without a display."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from claimline import cli

    if argv and argv[0] in cli.COMMANDS:
        try:
            return cli.run(argv)
        except BrokenPipeError:  # `claimline extract ... | head`: the reader left, which is not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    from claimline.app import run_app

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
