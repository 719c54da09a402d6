"""The ``format`` stage: black every generated ``.py`` file, cached by content, in parallel when it pays.

``format_files`` returns new ``RenderedFile`` values in the same order; non-Python files pass through untouched.
It either formats everything or raises (``format-failed`` naming every file black rejected), so ``write`` never
sees half-formatted output.

Files rendered by pfgen's built-in templates (``trusted``) are written in black's form already; for those a
cheap test (``verify.suspects``) replaces black, and black runs only on the statements the test doubts (or on
the whole file when it doubts the file). Most doubted statements never reach black: ``linesplit`` lays them
out with black's own algorithm, and files laid out that way are cached by content. Black itself is imported only
when something needs it.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from generator import reuse
from generator.cachefiles import fingerprint
from generator.errors import Diagnostic, GeneratorError, Location
from generator.format.cache import (
    FormatCache,
    LaidOutTexts,
    VerifiedTexts,
    cache_disabled,
    cache_key,
    default_cache_dir,
)
from generator.format.compiled import HINT, require_all
from generator.format.linetokens import layout_chunk
from generator.format.verify import Statement, snippet_result, splice, statement_snippet, suspects
from generator.render.model import RenderedFile

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from generator.format.engine import BlackFailure, ChunkResult

# Measured on the reference machine: a 2-worker pool costs ~0.26 s before the first chunk with ``spawn``
# (interpreter + black import, in parallel), ~15 ms with ``fork``; black formats ~650-1,100 lines/s of typical
# generated code per core. So even with ``spawn`` the pool pays for itself above ~600 lines; 1,500 keeps a margin
# for faster machines. File count alone does not matter (twenty tiny ``__init__.py`` files are faster in-process).
PARALLEL_MIN_LINES = 1_500
# Chunks per worker: enough to balance uneven file sizes, few enough that pickling round trips stay negligible.
CHUNKS_PER_WORKER = 4
# ``linesplit`` lays out 4,000-10,000 lines/s of doubted statements per core (five to ten times black), and a
# fork pool starts in ~20 ms: past ~3,000 lines two workers pay.
LAYOUT_PARALLEL_MIN_LINES = 3_000


@dataclass(frozen=True, slots=True)
class _Pending:
    """A text for black to format, under its cache key; its line count shares the work among workers."""

    key: str
    text: str
    lines: int


@dataclass
class FormatStats:
    """What the last ``format_files`` call did (for ``--profile`` and the benchmark)."""

    files: int = 0            # Python files seen
    verified: int = 0         # trusted files accepted by the cheap test
    statements: int = 0       # doubted statements (laid out by ``linesplit``, or sent to black on their own)
    laid_out: int = 0         # doubted statements ``linesplit`` laid out without black
    reused: int = 0           # files an earlier run laid out, taken from the cache by their text
    blackened: int = 0        # files black formatted whole (cached or not)
    black_calls: int = 0      # texts black actually formatted (cache misses)


LAST_STATS = FormatStats()


def format_files(
    files: Sequence[RenderedFile],
    *,
    cache_dir: Path | None,
    jobs: int | None = None,
    trusted: Collection[str] = (),
    preformatted: Collection[str] = (),
) -> tuple[RenderedFile, ...]:
    """Format every ``kind == "python"`` file with black's mode of record.

    ``cache_dir``: where cached results live; ``None`` means the default (``$PFGEN_CACHE_DIR/black`` or
    ``~/.cache/pfgen/black``). ``PFGEN_NO_CACHE=1`` turns the cache off. ``jobs``: worker processes for large
    uncached batches (default ``os.cpu_count()``; ``1`` keeps everything in this process).
    ``trusted``: paths rendered by templates that write black's form (checked cheaply, see ``verify``);
    ``preformatted``: paths of static files stored black-formatted (passed through).

    In a ``reuse`` session, a file whose text is the very string formatted last time (``render`` keeps the text
    of an unchanged view), treated the same way, keeps its result without even a cache lookup.
    """
    store = reuse.slot("format")
    if store is None:
        return _format_files(files, cache_dir=cache_dir, jobs=jobs, trusted=trusted, preformatted=preformatted)
    trusted_set, static_set = frozenset(trusted), frozenset(preformatted)
    kept: dict[int, tuple[object, tuple[bool, bool], bytes | str]] = store.get("kept", {})
    out = list(files)
    todo: list[int] = []
    for index, file in enumerate(files):
        how = (file.path in trusted_set, file.path in static_set)
        hit = kept.get(id(file.content)) if file.kind == "python" else None
        if hit is not None and hit[0] is file.content and hit[1] == how:
            out[index] = replace(file, content=hit[2])
        else:
            todo.append(index)
    done = _format_files([files[i] for i in todo], cache_dir=cache_dir, jobs=jobs, trusted=trusted_set,
                         preformatted=static_set)
    for index, file in zip(todo, done):
        out[index] = file
    store["kept"] = {id(f.content): (f.content, (f.path in trusted_set, f.path in static_set), o.content)
                     for f, o in zip(files, out) if f.kind == "python"}
    return tuple(out)


def _format_files(
    files: Sequence[RenderedFile],
    *,
    cache_dir: Path | None,
    jobs: int | None,
    trusted: Collection[str],
    preformatted: Collection[str],
) -> tuple[RenderedFile, ...]:
    global LAST_STATS
    stats = FormatStats()
    LAST_STATS = stats
    trusted_set = frozenset(trusted)
    static_set = frozenset(preformatted)
    whole: dict[int, str] = {}
    partial: dict[int, tuple[str, list[tuple[Statement, str]]]] = {}
    laid_out: dict[int, list[tuple[Statement, list[str]]]] = {}
    doubted: dict[int, tuple[str, list[Statement]]] = {}
    root = None if cache_disabled() else (cache_dir or default_cache_dir())
    verified, laid_cache = _caches(root)
    out = list(files)
    pending: list[tuple[int, str, str]] = []  # trusted files the verified list does not know: (index, text, digest)
    compiles: list[tuple[str, str]] = []  # (path, text) CPython must compile before any of them is cached
    accepted: list[str] = []  # digests of texts the cheap test accepts whole
    laid: list[tuple[str, str]] = []  # (digest of the rendered text, its text laid out without black)
    for index, file in enumerate(files):
        if file.kind != "python":
            continue
        stats.files += 1
        if file.path in static_set:
            stats.verified += 1
            continue
        text = _source_text(file)
        if file.path in trusted_set:
            digest = VerifiedTexts.digest(text) if verified is not None else ""
            if verified is not None and digest in verified:
                stats.verified += 1
                continue
            pending.append((index, text, digest))
            continue
        whole[index] = text
    for index, text, digest in pending:
        # A file laid out by an earlier run: its result, by content (the cheap check need not run again).
        cached = laid_cache.get(digest) if laid_cache is not None else None
        if cached is not None:
            stats.reused += 1
            out[index] = replace(files[index], content=cached)
            continue
        found = suspects(text)
        if found == []:
            stats.verified += 1
            compiles.append((files[index].path, text))
            accepted.append(digest)
        elif found is not None:
            doubted[index] = (text, found)
        else:
            whole[index] = text
    layouts = _lay_out_all(doubted, jobs)
    for index, (text, found) in doubted.items():
        stats.statements += len(found)
        done = [(st, lines) for st, lines in zip(found, layouts[index]) if lines is not None]
        doubtful = [st for st, lines in zip(found, layouts[index]) if lines is None]
        stats.laid_out += len(done)
        if doubtful:
            laid_out[index] = done
            partial[index] = (text, [(st, statement_snippet(text, st)) for st in doubtful])
            continue
        new_text = splice(text, done)
        compiles.append((files[index].path, new_text))
        out[index] = replace(files[index], content=new_text)
        laid.append((VerifiedTexts.digest(text), new_text))
    require_all(compiles, jobs)  # only texts that compile enter the verified list and the laid-out cache
    if verified is not None:
        for digest in accepted:
            verified.add(digest)
        verified.save()
    if laid_cache is not None:
        for digest, new_text in laid:
            laid_cache.add(digest, new_text)
        laid_cache.save()
    if not whole and not partial:
        return tuple(out)
    formatted = _apply_black(out, whole, partial, laid_out, root=root, jobs=jobs, stats=stats)
    require_all([(formatted[index].path, formatted[index].text()) for index in (*whole, *partial)], jobs)
    return formatted


def _caches(root: Path | None) -> tuple[VerifiedTexts | None, LaidOutTexts | None]:
    """The verified list and the laid-out pack under ``root``; a ``reuse`` session keeps them loaded."""
    if root is None:
        return None, None
    store = reuse.slot("format.caches")
    key = (str(root), _checker_fingerprint(), _layout_fingerprint())
    kept: tuple[VerifiedTexts, LaidOutTexts] | None = store.get(key) if store is not None else None
    if kept is None:
        kept = VerifiedTexts(root, key[1]), LaidOutTexts(root, key[2])
        if store is not None:
            store[key] = kept
    return kept


def _lay_out_all(
    doubted: dict[int, tuple[str, list[Statement]]], jobs: int | None
) -> dict[int, list[list[str] | None]]:
    """``linesplit``'s lines for every doubted statement (None where it leaves the statement to black), in a
    process pool when the batch is large."""
    if not doubted:
        return {}
    items: list[tuple[list[str], int]] = []
    for text, found in doubted.values():
        lines = text.split("\n")
        items.extend((lines[st.first : st.last + 1], st.indent) for st in found)
    total = sum(len(segment) for segment, _ in items)
    wanted = jobs if jobs is not None else (os.cpu_count() or 1)
    results: list[list[str] | None]
    if wanted > 1 and total > LAYOUT_PARALLEL_MIN_LINES:
        from concurrent.futures.process import BrokenProcessPool

        try:
            results = _lay_out_in_pool(items, min(wanted, 8))
        except (BrokenProcessPool, OSError):
            results = layout_chunk(items)
    else:
        results = layout_chunk(items)
    out: dict[int, list[list[str] | None]] = {}
    position = 0
    for index, (_, found) in doubted.items():
        out[index] = results[position : position + len(found)]
        position += len(found)
    return out


def _lay_out_in_pool(items: list[tuple[list[str], int]], workers: int) -> list[list[str] | None]:
    from concurrent.futures import ProcessPoolExecutor

    count = min(len(items), workers * CHUNKS_PER_WORKER)
    chunks = [list(range(start, len(items), count)) for start in range(count)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context()) as pool:
        answers = list(pool.map(layout_chunk, [[items[i] for i in chunk] for chunk in chunks]))
    results: list[list[str] | None] = [None] * len(items)
    for chunk, answer in zip(chunks, answers):
        for i, lines in zip(chunk, answer):
            results[i] = lines
    return results


def _apply_black(
    files: Sequence[RenderedFile],
    whole: dict[int, str],
    partial: dict[int, tuple[str, list[tuple[Statement, str]]]],
    laid_out: dict[int, list[tuple[Statement, list[str]]]],
    *,
    root: Path | None,
    jobs: int | None,
    stats: FormatStats,
) -> tuple[RenderedFile, ...]:
    """Black over the doubted statements (``partial``) and whole files (``whole``), spliced into ``files``."""
    cache = None if root is None else FormatCache(root)
    snippets = {snippet for _, items in partial.values() for _, snippet in items}
    done, failures = _black_texts(set(whole.values()) | snippets, cache, jobs, stats)
    out = list(files)
    for index, (text, items) in partial.items():
        replacements: list[tuple[Statement, list[str]]] = list(laid_out.get(index, ()))
        for statement, snippet in items:
            result = done.get(snippet)
            lines = snippet_result(result, statement) if result is not None else None
            if lines is None:
                break
            replacements.append((statement, lines))
        else:
            out[index] = replace(files[index], content=splice(text, replacements))
            continue
        whole[index] = text  # black did not answer as expected for a statement: format the whole file
    missing = {text for text in whole.values() if text not in done and text not in failures}
    if missing:
        more, more_failures = _black_texts(missing, cache, jobs, stats)
        done.update(more)
        failures.update(more_failures)
    if any(text in failures for text in whole.values()):
        _raise_failures(files, whole, failures)
    stats.blackened = len(whole)
    for index, text in whole.items():
        out[index] = replace(files[index], content=done[text])
    return tuple(out)


def _black_texts(
    texts: set[str], cache: FormatCache | None, jobs: int | None, stats: FormatStats
) -> tuple[dict[str, str], dict[str, BlackFailure]]:
    """Black's output for each text (cached by content); failures are returned, not raised."""
    if not texts:
        return {}, {}
    from generator.format.engine import mode_fingerprint

    fingerprint = mode_fingerprint()
    pending = {cache_key(fingerprint, text): _Pending(cache_key(fingerprint, text), text, text.count("\n") + 1)
               for text in sorted(texts)}
    hits: dict[str, str] = cache.get_many(list(pending)) if cache is not None else {}
    todo = [item for key, item in pending.items() if key not in hits]
    stats.black_calls += len(todo)
    results, failures = _format_all(todo, jobs)
    if cache is not None:  # before raising: after a template fix only the broken files need black again
        cache.put_many(results)
    hits.update(results)
    by_text = {item.text: hits[key] for key, item in pending.items() if key in hits}
    failed = {pending[key].text: failure for key, failure in failures.items()}
    return by_text, failed


# What a "verified" verdict (black's form, and parsed by CPython) depends on: the checker's rules, black's
# settings, the layout rules the templates follow (and black's version).
CHECKER_CODE = ("format.verify", "format.settings", "format.run", "format.compiled", "codegen.layout")
# What a file laid out without black depends on: the checker that picked its statements, the splitter (every
# module of it), black's settings (and version: black's output is what the splitter reproduces).
# tests/test_cachefiles.py checks that it covers what the splitter imports.
LAYOUT_CODE = ("format.verify", "format.settings", "format.run", "format.compiled", "format.linetokens",
               "format.linesplit", "format.lines", "format.rhs")


def _checker_fingerprint() -> str:
    return fingerprint(CHECKER_CODE, ("black",))


@functools.cache
def _layout_fingerprint() -> str:
    return "laid-out\0" + fingerprint(LAYOUT_CODE, ("black",))


def _source_text(file: RenderedFile) -> str:
    try:
        return file.text()
    except UnicodeDecodeError as exc:
        raise GeneratorError(
            "format-failed",
            f"generated Python file {file.path} is not valid UTF-8 (byte {exc.start})",
            Location(file.path),
            HINT,
        ) from exc


def _format_all(
    todo: list[_Pending], jobs: int | None
) -> tuple[dict[str, str], dict[str, BlackFailure]]:
    from generator.format.engine import format_chunk

    workers = _worker_count(todo, jobs)
    items = list(enumerate(item.text for item in todo))
    chunk_results: list[ChunkResult]
    if workers > 1:
        # Imported here: most runs never format in a pool.
        from concurrent.futures.process import BrokenProcessPool

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
    from concurrent.futures import ProcessPoolExecutor

    from generator.format.engine import format_chunk, warm_up

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
    import multiprocessing

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
    texts: dict[int, str],
    failures: dict[str, BlackFailure],
) -> None:
    diagnostics: list[Diagnostic] = []
    for index in sorted(texts, key=lambda i: files[i].path):
        failure = failures.get(texts[index])
        if failure is None:
            continue
        path = files[index].path
        diagnostics.append(
            Diagnostic(
                "error",
                "format-failed",
                f"black cannot parse this generated file: {failure.reason}",
                Location(path, failure.line, failure.col),
                HINT,
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
        HINT,
        diagnostics=tuple(diagnostics),
    )
