"""Sending a document to the resident validation worker of ``pfgen watch`` without sending again what it holds.

Each save sends the validation worker the whole loaded document, pickled: milliseconds of the watch's time on a
large one, while the edit changed one part. The watch's parser keeps every unchanged part the very object of the
last save (``load.share``), so this module sends, in place of each part the worker received with the last job,
a number; the worker keeps the parts of each job it reads, by number, for the next one. A new part travels in
full, with the number it will be known by.

The bookkeeping on both sides moves in step because the worker reads every job it is sent, in order (a cancelled
one too). Any mismatch (a replaced worker, a lost job) makes the worker fail to read a job, which it reports;
the validation then runs in the watch, and the next worker starts from nothing (its pid differs).
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

from generator.load.share import parts_of
from generator.resolve.model import ResolvedSpec

# In the watch: the parts the worker ``_HELD_BY`` holds since the last job sent to it (id -> (part, number)).
_HELD: dict[int, tuple[Any, int]] = {}
_HELD_BY = 0
_NUMBERS = itertools.count(1)
_JOBS = itertools.count(1)

# In the worker: the parts of the last job read, and of the one being read, by number.
_TABLE: dict[int, Any] = {}
_READING: dict[int, Any] = {}
_JOB = 0


def shrink(spec: ResolvedSpec, worker: int) -> ResolvedSpec:
    """``spec`` as sent to the worker of pid ``worker``: its documents' parts that worker holds are numbers."""
    global _HELD, _HELD_BY
    held = _HELD if _HELD_BY == worker else {}
    job = next(_JOBS)
    now: dict[int, tuple[Any, int]] = {}
    markers: dict[int, Any] = {}
    skeletons: dict[int, Any] = {}

    def skeleton(data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        if id(data) in skeletons:
            return skeletons[id(data)]
        copies: dict[tuple[Any, ...], dict[Any, Any]] = {(): dict(data)}

        def copy_at(path: tuple[Any, ...]) -> dict[Any, Any]:
            """The copy of the mapping at ``path`` (made, and put in its parent's copy, when first needed)."""
            made = copies.get(path)
            if made is None:
                parent = copy_at(path[:-1])
                made = copies[path] = dict(parent[path[-1]])
                parent[path[-1]] = made
            return made

        for place, _, key, value in parts_of(data):
            marker = markers.get(id(value))
            if marker is None:
                hit = held.get(id(value))
                if hit is not None and hit[0] is value:
                    marker, number = _Held(job, hit[1]), hit[1]
                else:
                    number = next(_NUMBERS)
                    marker = _Hold(job, number, value)
                markers[id(value)] = marker
                now[id(value)] = (value, number)
            copy_at(place[:-1])[key] = marker
        skeletons[id(data)] = copies[()]
        return copies[()]

    root = replace(spec.root, data=skeleton(spec.root.data))
    shrunk = replace(spec, root=root, bundled=skeleton(spec.bundled), data=skeleton(spec.data),
                     documents=tuple(root if d is spec.root else d for d in spec.documents))
    _HELD, _HELD_BY = now, worker
    return shrunk


class _Held:
    """A part the worker holds: read as that very object."""

    __slots__ = ("job", "number")

    def __init__(self, job: int, number: int) -> None:
        self.job, self.number = job, number

    def __reduce__(self) -> tuple[Any, ...]:
        return _held, (self.job, self.number)


class _Hold:
    """A new part, sent in full: read as itself, and kept under its number."""

    __slots__ = ("job", "number", "value")

    def __init__(self, job: int, number: int, value: Any) -> None:
        self.job, self.number, self.value = job, number, value

    def __reduce__(self) -> tuple[Any, ...]:
        return _hold, (self.job, self.number, self.value)


def _turn(job: int) -> None:
    """In the worker, the first part of a new job: the parts of the job read before it are the ones it may name."""
    global _TABLE, _READING, _JOB
    if job != _JOB:
        _TABLE, _READING, _JOB = _READING, {}, job


def _held(job: int, number: int) -> Any:
    _turn(job)
    value = _READING[number] = _TABLE[number]  # a KeyError fails the job: the watch validates it itself
    return value


def _hold(job: int, number: int, value: Any) -> Any:
    _turn(job)
    _READING[number] = value
    return value
