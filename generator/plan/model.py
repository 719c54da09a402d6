"""What ``plan`` hands to ``render``: files to produce, each with a template and a ready view model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class PlannedFile:
    """One file to produce: a template and the view it renders, or a static file copied as it is."""

    path: str                 # POSIX path relative to the output root
    template: str = ""        # template name (relative to the template root); "" for a verbatim copy
    view: Any = None          # frozen view model handed to the template as ``view``
    source: str = ""          # for verbatim copies: template-root-relative path of the static file
    text: str | None = None   # the template's output for this view, as an earlier run rendered it (``plan.memo``)
    memo: str = ""            # the ``plan.memo`` label to remember the rendered text under ("": not remembered)


@dataclass(frozen=True, slots=True)
class OutputPlan:
    """Every file a target produces, as ``plan`` hands them to ``render``."""

    files: tuple[PlannedFile, ...]
