"""A problem found before it is placed in a file: what every check produces."""

from __future__ import annotations

from dataclasses import dataclass

from generator.errors import Severity


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at a JSON pointer into the *bundled* document; ``place`` turns it into a ``Diagnostic``."""

    pointer: str
    severity: Severity
    code: str
    message: str
    hint: str = ""
