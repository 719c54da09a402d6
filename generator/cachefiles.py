"""pfgen's on-disk caches of JSON entries (validation results, parsed YAML, up-to-date stamps).

Every cache lives under one folder: ``$PFGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/pfgen``, else
``~/.cache/pfgen``; ``PFGEN_NO_CACHE=1`` turns them all off. Entries are JSON files named by a key that covers
everything they depend on; writes go to a temporary file renamed into place (concurrent writers never leave half
a file) and anything unreadable counts as a miss. A cache is best effort: a read-only or full disk only costs
time, never a failed run.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.cachedir import cache_folder as cache_folder  # noqa: PLC0414 -- re-exported
from generator.cachedir import caching_off as caching_off  # noqa: PLC0414 -- re-exported
from generator.cachedir import replace_file
from generator.digests import file_sha256
from generator.errors import Diagnostic, Location


def cache_root() -> Path | None:
    """The folder every cache lives in, or None when caching is turned off."""
    return None if caching_off() else cache_folder()


def section_dir(section: str) -> Path | None:
    root = cache_root()
    return None if root is None else root / section


def read_json(section: str, key: str) -> Any:
    """The entry stored under ``key``, or None (missing, unreadable or not JSON)."""
    where = section_dir(section)
    if where is None:
        return None
    try:
        return json.loads((where / f"{key}.json").read_bytes())
    except (OSError, ValueError):
        return None


def write_json(section: str, key: str, payload: Any) -> None:
    """Store ``payload`` under ``key`` atomically; silently nothing when the cache cannot be written."""
    where = section_dir(section)
    if where is None:
        return
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    replace_file(where / f"{key}.json", body)


def encode_diagnostic(diag: Diagnostic) -> dict[str, Any]:
    loc = diag.location
    return {
        "severity": diag.severity, "code": diag.code, "message": diag.message, "hint": diag.hint,
        "file": loc.file, "line": loc.line, "col": loc.col, "pointer": loc.pointer,
    }


def decode_diagnostic(raw: Any) -> Diagnostic:
    """The inverse of ``encode_diagnostic``; raises ``TypeError``/``ValueError``/``KeyError`` on a bad entry."""
    if not isinstance(raw, dict):
        raise TypeError("bad entry")
    severity = raw["severity"]
    if severity not in ("error", "warning", "info"):
        raise ValueError("bad severity")
    line, col = raw.get("line"), raw.get("col")
    for value in (line, col):
        if value is not None and not isinstance(value, int):
            raise ValueError("bad position")
    strings = [raw["code"], raw["message"], raw.get("hint", ""), raw.get("file", ""), raw.get("pointer", "")]
    if not all(isinstance(s, str) for s in strings):
        raise ValueError("bad text")
    code, message, hint, file, pointer = strings
    return Diagnostic(severity, code, message, Location(file, line, col, pointer), hint)


_PACKAGE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=16)
def fingerprint(modules: Sequence[str], distributions: Sequence[str] = ()) -> str:
    """The one way cache keys name the code their entries depend on: the source of pfgen's ``modules``
    (``"validate"`` is the whole package, ``"load.locate"`` one module, ``"*"`` all of pfgen) and the installed
    versions of ``distributions``. tests/test_cachefiles.py checks each key covers what its code imports.

    Like the fingerprint itself, the package's listing and each file's digest are taken once per process: a
    regeneration asks for seven fingerprints, which listed and hashed the same files seven times (~5 ms)."""
    from generator.dist import dist_version

    every = _package_sources()
    files: dict[str, str] = {}  # path relative to the package, in POSIX form -> path
    for module in modules:
        if module == "*":
            files.update(every)
            continue
        base = _PACKAGE.joinpath(*module.split("."))
        if base.is_dir():
            prefix = module.replace(".", "/") + "/"
            files.update((name, path) for name, path in every.items() if name.startswith(prefix))
        else:
            source = base.with_suffix(".py")
            files[source.relative_to(_PACKAGE).as_posix()] = str(source)
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(_source_digest(files[name]))
    for name in distributions:
        digest.update(f"\0{name}={dist_version(name)}".encode())
    return digest.hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def _package_sources() -> dict[str, str]:
    return _sources(_PACKAGE)


@functools.cache
def _source_digest(path: str) -> bytes:
    """A source file's sha256 (b"" when it cannot be read; not read again while its status is the same)."""
    try:
        return bytes.fromhex(file_sha256(path, os.stat(path)))
    except OSError:
        return b""


def _sources(folder: Path) -> dict[str, str]:
    """Every ``.py`` file under ``folder``: its path relative to the package, in POSIX form -> its path (what
    ``rglob("*.py")`` and ``relative_to`` give, at a third of their cost)."""
    found: dict[str, str] = {}
    root = str(_PACKAGE)
    for where, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if name != "__pycache__"]
        prefix = os.path.relpath(where, root).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        for name in names:
            if name.endswith(".py"):
                found[prefix + name] = os.path.join(where, name)
    return found
