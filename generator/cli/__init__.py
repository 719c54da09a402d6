"""The ``pfgen`` command line: the only module that prints or exits.

Every command turns ``GeneratorError`` into one line on stderr and its exit code (1 invalid input, 2 usage or
I/O); ``--debug`` re-raises so the traceback shows. Nothing else in the package prints.
"""

from __future__ import annotations

import gc
import importlib

import click

from generator import GC_THRESHOLDS, __version__
from generator.cli import common
from generator.cli.common import _quiet_broken_pipe
from generator.console import Console

__all__ = ["cli", "main"]


_GLOBAL_FLAGS = frozenset({"-q", "--quiet", "-v", "--verbose", "--debug"})


# Each command's module is imported when the command is used (or listed by --help): a run imports only its own
# command (the others' modules cost a regeneration ~2 ms). Registered in the order they were once defined in;
# `--help` lists them sorted by name.
_COMMANDS = {
    "generate": "generator.cli.release:generate",
    "validate": "generator.cli.validate:validate",
    "fetch": "generator.cli.fetch:fetch",
    "diff": "generator.cli.diff:diff",
    "check": "generator.cli.release:check",
    "update": "generator.cli.release:update",
    "templates": "generator.cli.templates:templates",
    "explain": "generator.cli.explain:explain",
    "watch": "generator.cli.watch:watch",
}


class _Pfgen(click.Group):
    """``-q``, ``-v`` and ``--debug`` work before or after the subcommand (``pfgen generate x --debug``): flags
    given after it are moved in front of it before click parses (up to a ``--``). Commands are loaded on first
    use (``_COMMANDS``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        where = _COMMANDS.get(cmd_name)
        if where is None or cmd_name in self.commands:
            return super().get_command(ctx, cmd_name)
        module, name = where.split(":")
        command = getattr(importlib.import_module(module), name)
        self.add_command(command, cmd_name)
        return command  # type: ignore[no-any-return]

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = next((i for i, a in enumerate(args) if not a.startswith("-")), None)
        if first is None:
            return super().parse_args(ctx, args)
        end = args.index("--") if "--" in args[first:] else len(args)
        tail = args[first + 1:end]
        moved = [a for a in tail if a in _GLOBAL_FLAGS or (a.startswith("-v") and set(a[1:]) == {"v"})]
        kept = [a for a in tail if a not in moved]
        return super().parse_args(ctx, [*args[:first], *moved, args[first], *kept, *args[end:]])


@click.group(cls=_Pfgen, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="pfgen")
@click.option("-q", "--quiet", is_flag=True, help="Print only results and errors.")
@click.option("-v", "--verbose", count=True, help="Say more about what is happening (repeat for more).")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, quiet: bool, verbose: int, debug: bool) -> None:
    """pfgen: generate typed Python API clients and server stubs from OpenAPI documents.

    Commands without a SPEC act on the project's default spec ([tool.pfgen] in pyproject.toml or pfgen.toml).
    """
    ctx.obj = Console(verbosity=-1 if quiet else verbose, debug=debug)


def main() -> None:
    gc.set_threshold(*GC_THRESHOLDS)  # (again, when entered without generator.launch)
    common.OWN_PROCESS = True  # see common.settle_memory
    import signal

    from generator.errors import raise_terminated

    signal.signal(signal.SIGTERM, raise_terminated)  # also when the CLI is entered without generator.launch
    try:
        cli(prog_name="pfgen")
    except BrokenPipeError:  # raised outside a command (help, version) or while flushing its last line
        _quiet_broken_pipe()
