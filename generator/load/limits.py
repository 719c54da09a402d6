"""Caps that make hostile or broken input fail fast instead of exhausting memory or time."""

from __future__ import annotations

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Largest document read (50 MiB); real specs are a few MB."""

MAX_DEPTH = 500
"""Deepest nesting of mappings/sequences accepted; real specs stay under 50, later stages may recurse."""

MAX_EXPANDED_NODES = 10_000_000
"""Largest size a YAML document may reach once its aliases are expanded (values counted one by one).

A 50 MiB document has around a million values; anything that expands far beyond that is an alias bomb.
"""
