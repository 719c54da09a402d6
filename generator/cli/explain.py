"""``pfgen explain [CODE]``: what an error or warning code means and how to fix it (generator/codes.py)."""

from __future__ import annotations

import click

from generator.cli.common import _console, handle_errors


@click.command()
@click.argument("code", required=False)
@handle_errors
def explain(code: str | None) -> None:
    """Say what an error or warning code means and how to fix it.

    CODE is what pfgen prints in brackets, for example `pfgen explain ref-not-found` after
    `error[ref-not-found]: ...`. Without CODE, every code is listed with its meaning.
    Exit codes: 0 explained, 2 unknown code.
    """
    from generator.codes import CODES

    console = _console()
    if code is None:
        width = max(len(c) for c in CODES)
        for listed in CODES.values():
            console.out(f"{listed.code:<{width}}  {listed.kind:<7}  {listed.meaning}")
        return
    wanted = code.strip().removeprefix("error[").removeprefix("warning[").rstrip("]").strip()
    entry = CODES.get(wanted)
    if entry is None:
        import difflib

        from generator.errors import UsageError

        close = difflib.get_close_matches(wanted, list(CODES), n=3)
        hint = f"did you mean {', '.join(close)}?" if close else "run `pfgen explain` for the list of codes"
        raise UsageError("unknown-code", f"`{code}` is not a pfgen error or warning code", hint=hint)
    console.out(f"{entry.code} ({entry.kind})")
    console.out(f"  what: {entry.meaning}")
    console.out(f"  fix:  {entry.fix}")
