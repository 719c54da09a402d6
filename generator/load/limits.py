"""Caps that make hostile or broken input fail fast instead of exhausting memory or time.

Every cap is a ``Limit``: set far above what any real document reaches (the largest shared specs are a few MB,
a few dozen levels deep, tens of thousands of values; the largest multi-file spec we know has ~3,000 files), and
each can be raised through its own environment variable, read when the cap is checked:

- ``PFGEN_MAX_BYTES`` (256 MiB): the size of one document;
- ``PFGEN_MAX_TOTAL_BYTES`` (1 GiB): the size of all the documents of one spec together;
- ``PFGEN_MAX_DOCUMENTS`` (20,000): how many documents the ``$ref``s of one spec may read;
- ``PFGEN_MAX_DEPTH`` (500): how deeply mappings/sequences nest (the parsers stop near 1,000 anyway);
- ``PFGEN_MAX_EXPANDED_NODES`` (25,000,000): how many values a YAML document holds once its aliases are
  expanded, and how many values ``resolve`` may copy where ``$ref``s name path items (which it inlines).

Every refusal is an ``InputError`` whose message names the limit and its value, and whose hint names the
variable that raises it (``Limit.exceeded``). A malformed variable is a ``UsageError`` (``limit-invalid``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from generator.errors import InputError, Location, UsageError


@dataclass(frozen=True, slots=True)
class Limit:
    """One cap: its name in messages, its environment variable, its default and its unit."""

    name: str
    env: str
    default: int
    unit: str

    def value(self) -> int:
        """The cap in force: ``$<env>`` when set (a positive whole number), else the default."""
        raw = os.environ.get(self.env, "").strip()
        if not raw:
            return self.default
        try:
            value = int(raw.replace(",", ""))
        except ValueError:
            value = 0
        if value <= 0:
            raise UsageError(
                "limit-invalid",
                f"the environment variable {self.env} is {raw!r}, which is not a positive whole number",
                Location(),
                hint=f"set {self.env} to a number of {self.unit} (default {self.default}) or unset it",
            )
        return value

    def exceeded(
        self, code: str, problem: str, location: Location, *, value: int | None = None, advice: str = "",
        from_caller: bool = False,
    ) -> InputError:
        """The error for input beyond this cap: ``problem`` plus which limit, its value and how to raise it.

        ``from_caller``: the cap was a function argument (``max_bytes=``), not the environment's.
        """
        value = self.value() if value is None else value
        message = f"{problem}; the {self.name} limit is {value:,} {self.unit}"
        if from_caller:
            raise_it = "if it is genuine, pass a larger limit to the caller"
        else:
            raise_it = (f"if it is genuine, raise the limit with the environment variable {self.env}"
                        f" (for example {self.env}={value * 4})")
        hint = f"{advice}; {raise_it}" if advice else raise_it
        return InputError(code, message, location, hint=hint)


MAX_BYTES = Limit("document size", "PFGEN_MAX_BYTES", 256 * 1024 * 1024, "bytes")
MAX_TOTAL_BYTES = Limit("total size of a spec's documents", "PFGEN_MAX_TOTAL_BYTES", 1024 * 1024 * 1024, "bytes")
MAX_DOCUMENTS = Limit("document count", "PFGEN_MAX_DOCUMENTS", 20_000, "documents")
MAX_DEPTH_LIMIT = Limit("nesting depth", "PFGEN_MAX_DEPTH", 500, "levels")
MAX_EXPANDED = Limit("expanded size", "PFGEN_MAX_EXPANDED_NODES", 25_000_000, "values")

LIMITS = (MAX_BYTES, MAX_TOTAL_BYTES, MAX_DOCUMENTS, MAX_DEPTH_LIMIT, MAX_EXPANDED)

# The defaults, under their historical names.
DEFAULT_MAX_BYTES = MAX_BYTES.default
"""Largest document read by default (256 MiB); real specs are a few MB (``PFGEN_MAX_BYTES``)."""

MAX_DEPTH = MAX_DEPTH_LIMIT.default
"""Deepest nesting of mappings/sequences accepted by default; real specs stay under 50 (``PFGEN_MAX_DEPTH``)."""

MAX_EXPANDED_NODES = MAX_EXPANDED.default
"""Largest size a YAML document may reach once its aliases are expanded (values counted one by one).

A 256 MiB document holds around five million values; anything that expands far beyond that is an alias bomb
(``PFGEN_MAX_EXPANDED_NODES``).
"""

PARSER_DEPTH = 1000
"""Nesting at which the parsers themselves give up (libyaml's fixed cap; the JSON scanner's recursion limit)."""


def too_deep(uri: str, location: Location | None = None, *, max_depth: int | None = None,
             parser: bool = False) -> InputError:
    """``too-deep``: beyond ``max_depth`` (default: the limit in force), or beyond what the parser can read."""
    where = location or Location(uri)
    limit = MAX_DEPTH_LIMIT.value() if max_depth is None else max_depth
    advice = "flatten the document; real OpenAPI documents nest a few dozen levels at most"
    if parser and limit >= PARSER_DEPTH:
        return InputError(
            "too-deep",
            f"the document nests deeper than the parser can read (about {PARSER_DEPTH:,} levels)",
            where,
            hint=advice,
        )
    return MAX_DEPTH_LIMIT.exceeded("too-deep", f"the document nests deeper than {limit:,} levels", where,
                                    value=limit, advice=advice)
