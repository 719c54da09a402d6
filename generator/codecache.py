"""A cache of the code ``dataclasses`` compiles for the methods it generates, for the ``pfgen`` command.

Defining a dataclass compiles the source of its ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` and, when
frozen, ``__setattr__``/``__delattr__``: pfgen defines over a hundred, and compiling their ~630 small functions
is a third of a command's import time (~50 ms on every run). ``install`` has ``dataclasses`` take those code
objects from one marshal file, keyed by their exact source text (a changed class compiles anew), and compile
only what is missing; ``save`` stores what was compiled. The file is per interpreter bytecode version.

The built-in templates' Python code (``render.precompiled``) goes through the same file with ``compiled``: a
regeneration renders a handful of templates, and compiling their stored code was ~1 ms each.

Only the ``pfgen`` entry point installs it, before anything defines a dataclass; importing pfgen as a library
leaves ``dataclasses`` alone (and ``compiled`` simply compiles). Trust is that of ``__pycache__``: a file not
owned by this user, or writable by others, is ignored. ``PFGEN_NO_CACHE`` turns it off with the other caches.
"""

from __future__ import annotations

import builtins
import importlib.util
from pathlib import Path
from types import CodeType
from typing import Any

from generator.cachedir import cache_folder, caching_off, read_marshal, write_marshal

_known: dict[str, CodeType] = {}
_added: dict[str, CodeType] = {}
_used: set[str] = set()
LIMIT = 5_000  # entries; beyond it, a save keeps only what its run used (old pfgen versions' code ages out)
_path: Path | None = None


def install() -> None:
    """Route ``dataclasses``' compiling through the cache (idempotent; nothing when caching is off)."""
    global _path
    if _path is not None or caching_off():
        return
    import dataclasses

    _path = cache_folder() / "code" / f"dataclasses-{importlib.util.MAGIC_NUMBER.hex()}.marshal"
    _known.update(_load(_path))
    dataclasses.exec = _cached_exec  # type: ignore[attr-defined]  # the module's own name lookup finds it first


def save() -> None:
    """Store the code compiled since ``install`` (nothing when nothing was missing)."""
    if _path is None or not _added:
        return
    merged = {**_load(_path), **_known, **_added}
    if len(merged) > LIMIT:
        merged = {k: v for k, v in merged.items() if k in _used or k in _added}
    if write_marshal(_path, merged):
        _known.update(_added)
        _added.clear()


def compiled(source: str, filename: str) -> CodeType:
    """``compile(source, filename, "exec")``, taken from the cache when the entry point installed it."""
    if _path is None:
        return compile(source, filename, "exec")
    key = f"{filename}\0{source}"  # no dataclass method's source holds a NUL: the two kinds never collide
    code = _known.get(key) or _added.get(key)
    _used.add(key)
    if code is None:
        code = _added[key] = compile(source, filename, "exec")
    return code


def _cached_exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    if type(source) is str:
        code = _known.get(source) or _added.get(source)
        _used.add(source)
        if code is None:
            code = _added[source] = compile(source, "<string>", "exec")
        source = code
    builtins.exec(source, globals, locals)  # noqa: S102 -- dataclasses' own exec of its methods, taken over


def _load(path: Path) -> dict[str, CodeType]:
    loaded = read_marshal(path)
    if not isinstance(loaded, dict):
        return {}
    return {k: v for k, v in loaded.items() if isinstance(k, str) and isinstance(v, CodeType)}
