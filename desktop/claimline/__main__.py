"""Entry point: ``claimline`` opens the window; ``claimline extract|export`` run without a display."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from claimline import cli

    if argv and argv[0] in cli.COMMANDS:
        return cli.run(argv)
    from claimline.app import run_app

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
