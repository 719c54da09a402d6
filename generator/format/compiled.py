"""CPython's last word on generated files: every Python file pfgen writes compiles (``require_all``).

Black's own parser accepts some text CPython rejects, and the cheap layout test (``verify``) never parses, so
each formatted file is compiled to bytecode before it may be written. On a first run over a large document that
is most of the format stage (~0.3 s for asana's 135,000 lines), and the verdicts are independent of each other:
a large batch is split by line count between this process and a forked child, which shares this process's
memory, so only the verdicts travel back. A child that cannot start or does not answer leaves its share to this
process (``validate.background.run_forked``), so the verdicts are always the ones compiling here would give.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.errors import GeneratorError, Location

# ~450,000 lines/s compile on the reference machine, and a fork of a large process with its child's start costs
# ~10-15 ms: below ~20,000 lines (~45 ms of compiling) the second core saves too little to pay for it.
PARALLEL_MIN_LINES = 20_000

HINT = (
    "this is a template bug: a template or filter produced invalid Python; rerun with --debug, look at the"
    " reported line, and fix your template overlay or report it to pfgen"
)

_Problem = tuple[int, int, str]  # line, column, CPython's reason


def require_all(items: Sequence[tuple[str, str]], jobs: int | None = None) -> None:
    """Refuse a batch of generated files, each ``(path, text)``, unless every one compiles: a file CPython
    refuses is a template bug, never output (``generated-syntax``, naming the first such file in this order).
    ``jobs``: at most this many processes (``1``: only this one; default: two when the batch is large)."""
    problems = _problems(items, jobs)
    for (path, _), problem in zip(items, problems):
        if problem is not None:
            raise _error(path, problem)


def _problems(items: Sequence[tuple[str, str]], jobs: int | None) -> list[_Problem | None]:
    lines = [text.count("\n") + 1 for _, text in items]
    if (jobs is not None and jobs < 2) or len(items) < 2 or sum(lines) < PARALLEL_MIN_LINES:
        return [_problem(path, text) for path, text in items]
    from generator.validate.background import run_forked

    # Longest first onto the lighter side, so one huge module does not leave the other side idle.
    sides: tuple[list[int], list[int]] = ([], [])
    loads = [0, 0]
    for index in sorted(range(len(items)), key=lambda i: -lines[i]):
        side = 0 if loads[0] <= loads[1] else 1
        sides[side].append(index)
        loads[side] += lines[index]
    theirs = sides[1]
    pending = run_forked(lambda: [_problem(*items[i]) for i in theirs])
    out: list[_Problem | None] = [None] * len(items)
    for index in sides[0]:
        out[index] = _problem(*items[index])
    for index, problem in zip(theirs, pending()):
        out[index] = problem
    return out


def _problem(path: str, text: str) -> _Problem | None:
    try:
        # Compiled to bytecode, not just parsed: that also finds what CPython rejects past its parser (an
        # ``await`` outside ``async def``, for one) and costs a third of building the AST.
        compile(text, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        line = getattr(exc, "lineno", None) or 0
        col = getattr(exc, "offset", None) or 0
        return line, col, getattr(exc, "msg", None) or str(exc)
    return None


def _error(path: str, problem: _Problem) -> GeneratorError:
    line, col, reason = problem
    return GeneratorError(
        "generated-syntax",
        f"generated file {path} is not valid Python at line {line}, column {col}: {reason}",
        Location(path, line, col),
        HINT,
    )
