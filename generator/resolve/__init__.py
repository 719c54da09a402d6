"""The ``resolve`` stage: ``SourceDocument`` -> ``ResolvedSpec``.

Detects the OpenAPI version, checks every ``$ref``, bundles external documents into one self-contained
document (``bundled``) and hands it to ``normalize`` for the OpenAPI-3-shaped ``data``.
"""

from __future__ import annotations

from generator.resolve.model import ResolvedSpec, SpecFamily
from generator.resolve.resolve import resolve
from generator.resolve.version import detect_version

__all__ = ["ResolvedSpec", "SpecFamily", "detect_version", "resolve"]
