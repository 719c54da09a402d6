"""The ``pfgen`` entry point: start the validation worker before the command line's own imports.

In a first ``generate`` the validation running in the background is what the run waits for at the end, and the
worker's first job is importing openapi-spec-validator (~0.35 s). Forking it here, before click and the CLI
module are imported (~50 ms), starts that import sooner. Only ``generate`` and ``update`` validate a document
they generate from; any other command, and ``--help``, starts nothing here.

The process ends without the interpreter's finalisation (``_end``): exit handlers run and output is flushed, but
the heap a large document leaves behind is not freed object by object (~90 ms at the end of a 3 MB document's
run), since the operating system reclaims it at once.
"""

from __future__ import annotations

import gc
import os
import signal
import sys

from generator import GC_THRESHOLDS

_VALIDATING_COMMANDS = frozenset({"generate", "update"})


def command_of(argv: list[str]) -> str:
    """The subcommand named on the command line: the first word that is not an option (the group's own options
    are flags, so none of them takes a value)."""
    return next((a for a in argv if not a.startswith("-")), "")


def main() -> None:
    gc.set_threshold(*GC_THRESHOLDS)  # first thing: the imports that follow trigger no collections either
    # Before anything defines a dataclass: their generated methods' code comes from a cache (see codecache).
    from generator import codecache

    codecache.install()
    code: object = 0
    try:
        _main()
    except SystemExit as exc:
        code = exc.code
    finally:
        codecache.save()
    _end(code)


def _end(code: object) -> None:
    """Exit with ``code`` (as ``sys.exit`` would take it) after the exit handlers and a flush of stdout and
    stderr, skipping the rest of the interpreter's finalisation. Every file pfgen writes is closed by then (each
    is written inside a ``with`` block, atomically); children are waited for or stopped by their exit handlers
    (``validate.background``'s, and ``multiprocessing``'s for black's process pool), and a forked validation
    child ends with this process anyway (``PR_SET_PDEATHSIG``)."""
    import atexit

    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # ``sys.exit("message")``: the message goes to stderr and the status is 1
        sys.stderr.write(f"{code}\n")
        status = 1
    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None:  # an interpreter without it: finalise the usual way
        sys.exit(status)
    threading = sys.modules.get("threading")
    if threading is not None:  # as the interpreter does first: wait for threads that are not daemons
        for thread in threading.enumerate():
            if thread is not threading.main_thread() and not thread.daemon:
                thread.join()
    run_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader gone away (see cli.common._quiet_broken_pipe), or closed
            status = status or 120  # what the interpreter's own failed flush at exit reports
    os._exit(status)


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
