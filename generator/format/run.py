"""The ``format`` stage: black every generated ``.py`` file, cached by content, in parallel when it pays.

``format_files`` returns new ``RenderedFile`` values in the same order; non-Python files pass through untouched.
It either formats everything or raises (``format-failed`` naming every file black rejected), so ``write`` never
sees half-formatted output.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from multiprocessing.context import BaseContext
from pathlib import Path

from generator.errors import Diagnostic, GeneratorError, Location
from generator.format.cache import FormatCache, cache_disabled, cache_key, default_cache_dir
from generator.format.engine import (
    BlackFailure,
    ChunkResult,
    format_chunk,
    mode_fingerprint,
    warm_up,
)
from generator.render.model import RenderedFile

# Measured on the reference machine: a 2-worker pool costs ~0.26 s before the first chunk with ``spawn``
# (interpreter + black import, in parallel), ~15 ms with ``fork``; black formats ~650-1,100 lines/s of typical
# generated code per core. So even with ``spawn`` the pool pays for itself above ~600 lines; 1,500 keeps a margin
# for faster machines. File count alone does not matter (twenty tiny ``__init__.py`` files are faster in-process).
PARALLEL_MIN_LINES = 1_500
# Chunks per worker: enough to balance uneven file sizes, few enough that pickling round trips stay negligible.
CHUNKS_PER_WORKER = 4

_HINT = (
    "this is a template bug: a template or filter produced invalid Python; rerun with --debug, look at the"
    " reported line, and fix your template overlay or report it to pfgen"
)


@dataclass(frozen=True, slots=True)
class _Pending:
    key: str
    text: str
    lines: int


def format_files(
    files: Sequence[RenderedFile], *, cache_dir: Path | None, jobs: int | None = None
) -> tuple[RenderedFile, ...]:
    """Format every ``kind == "python"`` file with black's mode of record.

    ``cache_dir``: where cached results live; ``None`` means the default (``$PFGEN_CACHE_DIR/black`` or
    ``~/.cache/pfgen/black``). ``PFGEN_NO_CACHE=1`` turns the cache off. ``jobs``: worker processes for large
    uncached batches (default ``os.cpu_count()``; ``1`` keeps everything in this process).
    """
    fingerprint = mode_fingerprint()
    keys: dict[int, str] = {}
    pending: dict[str, _Pending] = {}  # unique texts, so twenty identical ``__init__.py`` cost one black call
    for index, file in enumerate(files):
        if file.kind != "python":
            continue
        text = _source_text(file)
        key = cache_key(fingerprint, text)
        keys[index] = key
        if key not in pending:
            pending[key] = _Pending(key, text, text.count("\n") + 1)

    if not keys:
        return tuple(files)

    cache = None if cache_disabled() else FormatCache(cache_dir or default_cache_dir())
    done: dict[str, str] = cache.get_many(list(pending)) if cache is not None else {}
    todo = [item for key, item in pending.items() if key not in done]

    results, failures = _format_all(todo, jobs)
    if cache is not None:  # before raising: after a template fix only the broken files need black again
        cache.put_many(results)
    if failures:
        _raise_failures(files, keys, failures)
    done.update(results)

    return tuple(
        replace(file, content=done[keys[index]]) if index in keys else file for index, file in enumerate(files)
    )


def _source_text(file: RenderedFile) -> str:
    try:
        return file.text()
    except UnicodeDecodeError as exc:
        raise GeneratorError(
            "format-failed",
            f"generated Python file {file.path} is not valid UTF-8 (byte {exc.start})",
            Location(file.path),
            _HINT,
        ) from exc


def _format_all(
    todo: list[_Pending], jobs: int | None
) -> tuple[dict[str, str], dict[str, BlackFailure]]:
    workers = _worker_count(todo, jobs)
    items = list(enumerate(item.text for item in todo))
    chunk_results: list[ChunkResult]
    if workers > 1:
        try:
            chunk_results = _format_in_pool(todo, workers)
        except (BrokenProcessPool, OSError):
            # No usable process pool (sandbox without semaphores, a worker killed): same result, just slower.
            chunk_results = [format_chunk(items)]
    else:
        chunk_results = [format_chunk(items)] if items else []

    results: dict[str, str] = {}
    failures: dict[str, BlackFailure] = {}
    for chunk in chunk_results:
        for index, text, failure in chunk:
            key = todo[index].key
            if failure is not None:
                failures[key] = failure
            elif text is not None:
                results[key] = text
    return results, failures


def _worker_count(todo: list[_Pending], jobs: int | None) -> int:
    wanted = jobs if jobs is not None else (os.cpu_count() or 1)
    if wanted <= 1 or len(todo) < 2:
        return 1
    total_lines = sum(item.lines for item in todo)
    if total_lines <= PARALLEL_MIN_LINES:
        return 1
    return min(wanted, len(todo))


def _format_in_pool(todo: list[_Pending], workers: int) -> list[ChunkResult]:
    chunks = _balanced_chunks(todo, min(len(todo), workers * CHUNKS_PER_WORKER))
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context(), initializer=warm_up) as pool:
        futures = [pool.submit(format_chunk, chunk) for chunk in chunks]
        try:
            return [future.result() for future in futures]
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _pool_context() -> BaseContext:
    """``fork`` on Linux when this process has no other threads, else ``spawn``.

    Everything sent to workers is spawn-safe (module-level functions, plain data), so either works. ``fork``
    starts a 2-worker pool in ~15 ms instead of ~260 ms (no interpreter start, black already imported) and does
    not re-run the caller's ``__main__``; it is only unsafe with other threads alive (a lock held by a thread
    that does not exist in the child) or on macOS, where ``spawn`` is used.
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _balanced_chunks(todo: list[_Pending], count: int) -> list[list[tuple[int, str]]]:
    """Longest-first greedy packing by line count, so one huge module does not leave other workers idle."""
    bins: list[list[tuple[int, str]]] = [[] for _ in range(count)]
    loads = [0] * count
    for index in sorted(range(len(todo)), key=lambda i: -todo[i].lines):
        target = loads.index(min(loads))
        bins[target].append((index, todo[index].text))
        loads[target] += todo[index].lines
    # Biggest chunks first so the pool starts on the long poles.
    order = sorted(range(count), key=lambda b: -loads[b])
    return [bins[b] for b in order if bins[b]]


def _raise_failures(
    files: Sequence[RenderedFile],
    keys: dict[int, str],
    failures: dict[str, BlackFailure],
) -> None:
    diagnostics: list[Diagnostic] = []
    for index in sorted(keys, key=lambda i: files[i].path):
        failure = failures.get(keys[index])
        if failure is None:
            continue
        path = files[index].path
        diagnostics.append(
            Diagnostic(
                "error",
                "format-failed",
                f"black cannot parse this generated file: {failure.reason}",
                Location(path, failure.line, failure.col),
                _HINT,
            )
        )
    first = diagnostics[0]
    where = f"line {first.location.line}, column {first.location.col}" if first.location.line else "unknown line"
    more = f" (and {len(diagnostics) - 1} more files)" if len(diagnostics) > 1 else ""
    raise GeneratorError(
        "format-failed",
        f"black cannot format generated file {first.location.file} at {where}: "
        f"{first.message.split(': ', 1)[-1]}{more}",
        first.location,
        _HINT,
        diagnostics=tuple(diagnostics),
    )
