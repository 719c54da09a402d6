"""The ``format`` stage: black every generated Python file (in-process, cached by content, parallel when large)."""

from __future__ import annotations

from generator.format.cache import default_cache_dir
from generator.format.run import format_files
from generator.format.settings import BLACK_PYPROJECT, LINE_LENGTH, TARGET_VERSIONS

__all__ = ["BLACK_PYPROJECT", "LINE_LENGTH", "TARGET_VERSIONS", "default_cache_dir", "format_files"]
