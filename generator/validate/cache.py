"""A small on-disk cache of validation results: validating a 3 MB document takes seconds, reading JSON does not.

Entries are JSON files named by a key that covers everything the result depends on: the bundled document, the
source texts (for positions), the family, the lint switch, the openapi-spec-validator version, pfgen's version
and a fingerprint of this package's own source (so editing a rule never serves stale results). Writes go to a
temporary file renamed into place, so concurrent writers cannot leave half a file; anything unreadable counts as a
miss. ``PFGEN_NO_CACHE=1`` turns the cache off; ``PFGEN_CACHE_DIR`` moves it (default ``~/.cache/pfgen``, or
``$XDG_CACHE_HOME/pfgen``).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from generator import __version__
from generator.errors import Diagnostic, Location

FORMAT = 1


def cache_dir() -> Path | None:
    if os.environ.get("PFGEN_NO_CACHE", "").strip() not in ("", "0"):
        return None
    base = os.environ.get("PFGEN_CACHE_DIR")
    if base:
        return Path(base) / "validate"
    xdg = os.environ.get("XDG_CACHE_HOME")
    root = Path(xdg) if xdg else Path.home() / ".cache"
    return root / "pfgen" / "validate"


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the source that decides validation results (this package and the position finder)."""
    here = Path(__file__).resolve().parent
    files = sorted(here.glob("*.py")) + [here.parent / "load" / "locate.py"]
    digest = hashlib.sha256()
    for path in files:
        with contextlib.suppress(OSError):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def validator_version() -> str:
    """openapi-spec-validator's version, without importing it (~0.35 s, paid only when validation runs)."""
    from generator.dist import dist_version

    return dist_version("openapi_spec_validator")


def make_key(parts: list[str]) -> str:
    digest = hashlib.sha256()
    for part in [str(FORMAT), __version__, code_fingerprint(), *parts]:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _encode(diag: Diagnostic) -> dict[str, Any]:
    loc = diag.location
    return {
        "severity": diag.severity, "code": diag.code, "message": diag.message, "hint": diag.hint,
        "file": loc.file, "line": loc.line, "col": loc.col, "pointer": loc.pointer,
    }


def _decode(raw: Any) -> Diagnostic:
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


def load(key: str) -> tuple[Diagnostic, ...] | None:
    where = cache_dir()
    if where is None:
        return None
    try:
        raw = json.loads((where / f"{key}.json").read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != FORMAT or raw.get("key") != key:
            return None
        return tuple(_decode(item) for item in raw["diagnostics"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing, unreadable, truncated or foreign: a miss, and the next store replaces it


def store(key: str, diagnostics: tuple[Diagnostic, ...]) -> None:
    where = cache_dir()
    if where is None:
        return
    payload = json.dumps(
        {"format": FORMAT, "key": key, "diagnostics": [_encode(d) for d in diagnostics]},
        ensure_ascii=False, separators=(",", ":"),
    )
    tmp_name = ""
    try:
        where.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".tmp", dir=where)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
        os.replace(tmp_name, where / f"{key}.json")
        tmp_name = ""
    except OSError:
        pass  # a cache that cannot be written (read-only home, full disk) must never fail validation
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
