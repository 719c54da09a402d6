"""Deterministic, generated-looking Python source (as templates emit it, before black) for tests and benchmarks."""

from __future__ import annotations

_TYPES = ("str", "int", "float", "bool", "datetime.datetime", "list[str]", "dict[str, Any]", "uuid.UUID")


def model_module(seed: int, classes: int = 6, fields: int = 8) -> str:
    """A pydantic models module of ~90 lines, deliberately not black-clean (quotes, spacing, long lines)."""
    names = ", ".join(f"'Model{seed}_{c}'" for c in range(classes))
    out = [
        f'"""Models for the {seed} group of the API."""',
        "from __future__ import annotations",
        "import datetime",
        "import uuid",
        "from typing import Any, Literal, Optional",
        "from pydantic import BaseModel, ConfigDict, Field",
        f"__all__ = [{names}]",
    ]
    for c in range(classes):
        out.append(f"class Model{seed}_{c}(BaseModel):")
        out.append(f'    """A thing number {c} with a fairly long docstring that explains what it is for."""')
        out.append("    model_config = ConfigDict(populate_by_name=True, extra='allow', frozen=False)")
        for f in range(fields):
            type_ = _TYPES[(seed + c + f) % len(_TYPES)]
            if f % 3 == 0:
                out.append(
                    f"    field_{f}_value: Optional[{type_}] = Field(default=None, alias='field{f}Value', "
                    f"description='The {f}-th field of model {c}, which carries a description long enough "
                    "to need wrapping')"
                )
            elif f % 3 == 1:
                out.append(f"    field_{f}: {type_} = Field(..., alias = 'field{f}')")
            else:
                out.append(f"    kind_{f}: Literal['a','b','c'] = 'a'")
        out.append("    def to_wire(self)->dict[str,Any]:")
        out.append(
            "        return self.model_dump(by_alias=True, exclude_none=True, mode='json', round_trip=True, "
            "warnings=False)"
        )
        out.append("")
    return "\n".join(out) + "\n"


def resource_module(seed: int, methods: int = 8) -> str:
    """A resource class with httpx-calling methods that have long signatures (~28 lines)."""
    out = [
        "from __future__ import annotations",
        "from typing import Any",
        "from .._client import BaseResource, RequestOptions",
        f"class Resource{seed}(BaseResource):",
    ]
    for m in range(methods):
        out.append(
            f"    def method_{m}(self, item_id: str, *, limit: int | None = None, cursor: str | None = None, "
            "include_archived: bool = False, options: RequestOptions | None = None) -> dict[str, Any]:"
        )
        out.append(f'        """Call GET /items/{{item_id}}/things/{m}."""')
        out.append(
            f"        return self._request('GET', f'/items/{{item_id}}/things/{m}', params={{'limit': limit, "
            "'cursor': cursor, 'include_archived': include_archived}, options=options)"
        )
    return "\n".join(out) + "\n"


def sample_tree(modules: int) -> list[tuple[str, str]]:
    """``modules`` distinct (path, source) pairs alternating between model and resource modules."""
    tree = []
    for i in range(modules):
        if i % 2 == 0:
            tree.append((f"pkg/models/m{i}.py", model_module(i)))
        else:
            tree.append((f"pkg/resources/r{i}.py", resource_module(i)))
    return tree
