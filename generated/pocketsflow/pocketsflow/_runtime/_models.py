"""Base model and forward-compatibility helpers for generated models.

``APIModel``: generated models subclass it. ``extra="allow"`` keeps fields a newer server sends
(they round-trip on dump), ``populate_by_name`` lets callers use Python names or wire aliases,
and ``defer_build`` postpones schema building to first use so importing a large client is fast.
For typical payloads ``M.model_validate(x).model_dump(by_alias=True, exclude_unset=True,
mode="json") == x``.

Open enums (unknown values kept), wire-faithful date-times and union dispatch live in
``_wire.py`` (owned by the models planner); this module only holds the base model.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pydantic

__all__ = ["APIModel"]


class APIModel(pydantic.BaseModel):
    model_config: ClassVar[pydantic.ConfigDict] = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
        arbitrary_types_allowed=False,
        protected_namespaces=(),
    )

    def to_dict(self) -> dict[str, Any]:
        """The wire form: aliases, only fields that were set, JSON-compatible values."""
        return self.model_dump(by_alias=True, exclude_unset=True, mode="json")

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, exclude_unset=True)
