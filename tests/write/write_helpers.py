"""Shared helpers for the write-stage tests."""

from __future__ import annotations

import os
from pathlib import Path

from generator.render.model import RenderedFile
from generator.write import ManifestInfo

INFO = ManifestInfo(
    generator_version="0.1.0",
    spec_sha256="a" * 64,
    config_sha256="b" * 64,
    template_sha256="c" * 64,
    package_version="1.2.3",
    api_version="2024-01-01",
    package_name="petstore",
)


def tree(mapping: dict[str, str | bytes]) -> list[RenderedFile]:
    return [
        RenderedFile(path, content, "binary" if isinstance(content, bytes) else "text")
        for path, content in mapping.items()
    ]


def snapshot(root: Path) -> dict[str, object]:
    """Every path under ``root`` with its bytes and mtime (files) or a marker (folders); missing root -> {}."""
    found: dict[str, object] = {}
    if not root.exists():
        return found
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames:
            found[Path(dirpath, name).relative_to(root).as_posix() + "/"] = "dir"
        for name in filenames:
            path = Path(dirpath, name)
            found[path.relative_to(root).as_posix()] = (path.read_bytes(), path.stat().st_mtime_ns)
    return found


def age(root: Path, seconds: int = 10_000) -> None:
    """Push every file's mtime into the past so a rewrite would be visible whatever the clock granularity."""
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            path = Path(dirpath, name)
            stat = path.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - seconds * 10**9))
