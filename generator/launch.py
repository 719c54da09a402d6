"""The ``pfgen`` entry point: start the validation worker before the command line's own imports.

In a first ``generate`` the validation running in the background is what the run waits for at the end, and the
worker's first job is importing openapi-spec-validator (~0.35 s). Forking it here, before click and the CLI
module are imported (~50 ms), starts that import sooner. Only ``generate`` and ``update`` validate a document
they generate from; any other command, and ``--help``, starts nothing here.
"""

from __future__ import annotations

import signal
import sys

_VALIDATING_COMMANDS = frozenset({"generate", "update"})


def command_of(argv: list[str]) -> str:
    """The subcommand named on the command line: the first word that is not an option (the group's own options
    are flags, so none of them takes a value)."""
    return next((a for a in argv if not a.startswith("-")), "")


def main() -> None:
    # Before anything defines a dataclass: their generated methods' code comes from a cache (see codecache).
    from generator import codecache

    codecache.install()
    try:
        _main()
    finally:
        codecache.save()


def _main() -> None:
    # First of all, so a SIGTERM at any point ends the run with one line (cli.handle_errors once a command runs).
    from generator.errors import Terminated, raise_terminated

    signal.signal(signal.SIGTERM, raise_terminated)
    try:
        args = sys.argv[1:]
        if command_of(args) in _VALIDATING_COMMANDS and not any(a in ("--help", "-h") for a in args):
            from generator.validate.background import prestart

            prestart()
        from generator.cli import main as cli_main

        cli_main()
    except Terminated:
        sys.stderr.write("error[terminated]: stopped by SIGTERM before anything was written\n")
        sys.exit(128 + 15)
    except KeyboardInterrupt:
        sys.stderr.write("error[interrupted]: stopped by Ctrl-C before anything was written\n")
        sys.exit(128 + 2)


if __name__ == "__main__":
    main()
