"""Arrays and tuples: ``items``, 3.1 ``prefixItems`` and draft-4 ``items: [...]`` / ``additionalItems``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.builder.schema_keywords import constraints_of
from generator.ir.model import ANY, TypeRef

if TYPE_CHECKING:
    from generator.builder.schemas import SchemaConverter


def convert_array(conv: SchemaConverter, n: dict[str, Any], ptr: str, name: str, nullable: bool) -> TypeRef:
    cons = constraints_of(n)
    prefix = n.get("prefixItems")
    items = n.get("items")
    if isinstance(prefix, list) or isinstance(items, list):
        # Tuples: 3.1 prefixItems (+ items for the rest) or draft-4 ``items: [...]`` (+ additionalItems).
        is_prefix = isinstance(prefix, list)
        first: list[Any] = prefix if isinstance(prefix, list) else items if isinstance(items, list) else []
        more: Any = items if is_prefix else n.get("additionalItems")
        first_key, more_key = ("prefixItems", "items") if is_prefix else ("items", "additionalItems")
        args = tuple(conv.at(f"{ptr}/{first_key}/{i}", p, f"{name}Item{i + 1}") for i, p in enumerate(first))
        rest: TypeRef | None
        if more is False:
            rest = None
        elif isinstance(more, dict) and more:
            rest = conv.at(f"{ptr}/{more_key}", more, f"{name}Item")
        else:
            rest = ANY
        return TypeRef("tuple", args=args, rest=rest, nullable=nullable, constraints=cons)
    item = ANY if not isinstance(items, dict) else conv.at(f"{ptr}/items", items, f"{name}Item")
    return TypeRef("array", args=(item,), nullable=nullable, constraints=cons)
