"""Where the built-in templates live, and the hash of a template set (cheap: no Jinja import)."""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from generator.digests import file_sha256

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def _builtin_templates() -> Path:
    """The built-in template folder, fixed once from the installed package, never from the working directory.

    A wheel carries ``templates/`` as the package ``generator._templates`` (see setup.py); a checkout (and an
    editable install of it) reads the folder beside the package, the one place templates are edited."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("generator._templates")
    except (ImportError, ValueError):
        spec = None
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        if (Path(location) / "python-client").is_dir():
            return Path(location).resolve()
    return _PACKAGE_ROOT.parent / "templates"


BUILTIN_TEMPLATES = _builtin_templates()


def _is_template_file(relative: Path) -> bool:
    """Tool caches and hidden files (``.ruff_cache``, ``__pycache__``, editor files) are not templates: they
    differ between machines and must not make ``pfgen check`` report drift."""
    return not any(part.startswith(".") or part == "__pycache__" for part in relative.parts)


@lru_cache(maxsize=8)
def template_set_sha256(overlay: Path | None) -> str:
    """Hash of every template file (built-in and overlay): a template edit must make ``check`` report drift.
    (A watch reads again only the files whose status changed since its last write, ``digests.file_sha256``.)"""
    digest = hashlib.sha256()
    roots = [BUILTIN_TEMPLATES] + ([overlay] if overlay is not None else [])
    for root in roots:
        for parts, path in _template_files(str(root)):
            digest.update("/".join(parts).encode())
            digest.update(b"\0")
            digest.update(bytes.fromhex(file_sha256(path, os.stat(path))))
    return digest.hexdigest()


def _template_files(root: str) -> list[tuple[tuple[str, ...], str]]:
    """Every template file under ``root``: its path's parts relative to it, and its path, in the order of
    ``sorted(Path.rglob("*"))`` (parts compared one by one), which the recorded hashes were made with; listed
    with ``os.walk`` at a fraction of ``rglob``'s cost."""
    found: list[tuple[tuple[str, ...], str]] = []
    for where, folders, names in os.walk(root):
        base = os.path.relpath(where, root)
        prefix = () if base == "." else tuple(base.split(os.sep))
        for name in names:
            parts = (*prefix, name)
            path = os.path.join(where, name)
            if _is_template_file(Path(*parts)) and os.path.isfile(path):
                found.append((parts, path))
    return sorted(found)
