"""The ``pfgen`` entry point: start the validation worker before the command line's own imports.

In a first ``generate`` the validation running in the background is what the run waits for at the end, and the
worker's first job is importing openapi-spec-validator (~0.35 s). Forking it here, before click and the CLI
module are imported (~50 ms), starts that import sooner. Only ``generate`` and ``update`` validate a document
they generate from; any other command, and ``--help``, starts nothing here.
"""

from __future__ import annotations

import sys

_VALIDATING_COMMANDS = frozenset({"generate", "update"})


def command_of(argv: list[str]) -> str:
    """The subcommand named on the command line: the first word that is not an option (the group's own options
    are flags, so none of them takes a value)."""
    return next((a for a in argv if not a.startswith("-")), "")


def main() -> None:
    args = sys.argv[1:]
    if command_of(args) in _VALIDATING_COMMANDS and not any(a in ("--help", "-h") for a in args):
        from generator.validate.background import prestart

        prestart()
    from generator.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
