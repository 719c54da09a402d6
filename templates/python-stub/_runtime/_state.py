"""In-memory state for ``--stateful`` stubs: collections of created objects, kept in their wire (JSON) form.

``create`` starts from the operation's default response, lays the request body over it and sets a fresh id in the
id field the schema declares; ``list`` returns the stored objects in the list's response shape (a bare array, or
the items inside a wrapper such as ``{orders, pagination}``, with totals updated and page/offset slicing applied);
``get`` returns the object or answers 404; ``update`` merges the body into it; ``delete`` removes it.
"""

from __future__ import annotations

import math
import secrets
import threading
import uuid
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from ._responses import ApiError, adapter, example, example_json, wire

__all__ = ["Collection", "Store"]


class Store:
    """All collections of one app; thread-safe (sync handlers run in a thread pool)."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.collections: dict[str, Collection] = {}

    def collection(self, name: str, **options: Any) -> Collection:
        with self.lock:
            found = self.collections.get(name)
            if found is None:
                found = self.collections[name] = Collection(self, name, **options)
            return found


def _get_path(value: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _set_path(value: Any, path: tuple[str, ...], item: Any) -> Any:
    if not path:
        return item
    if not isinstance(value, dict):
        value = {}
    current = value
    for key in path[:-1]:
        nxt = current.get(key)
        if not isinstance(nxt, dict):
            nxt = current[key] = {}
        current = nxt
    current[path[-1]] = item
    return value


class Collection:
    def __init__(
        self,
        store: Store,
        name: str,
        *,
        id_field: str,
        id_type: str = "str",
        items_path: tuple[str, ...] = (),
        total_path: tuple[str, ...] = (),
        pages_path: tuple[str, ...] = (),
        has_more_path: tuple[str, ...] = (),
        page_style: str = "",
        delete_echoes: bool = False,
    ) -> None:
        self.store = store
        self.name = name
        self.id_field = id_field
        self.id_type = id_type
        self.items_path = items_path
        self.total_path = total_path
        self.pages_path = pages_path
        self.has_more_path = has_more_path
        self.page_style = page_style
        self.delete_echoes = delete_echoes
        self.items: dict[str, dict[str, Any]] = {}
        self._counter = 0

    # -- helpers --------------------------------------------------------------------------------------------

    def _new_id(self) -> Any:
        self._counter += 1
        if self.id_type == "int":
            return self._counter
        if self.id_type == "uuid":
            return str(uuid.uuid4())
        return secrets.token_hex(12)  # looks like the MongoDB ObjectIds many APIs use

    def _fit(
        self, base: dict[str, Any], overlay: Mapping[str, Any], operation_id: str, tp: Any
    ) -> dict[str, Any]:
        """``base`` with ``overlay``'s keys laid over it, dropping the keys the response type rejects."""
        merged = {**base, **overlay}
        if tp is None:
            return merged
        checker = adapter(operation_id, tp)
        for _ in range(len(overlay) + 1):
            try:
                checked = checker.validate_python(merged)
            except ValidationError as exc:
                bad = {str(err["loc"][0]) for err in exc.errors() if err.get("loc")}
                dropped = [k for k in bad if k in overlay and k != self.id_field]
                if not dropped:
                    return merged
                for key in dropped:
                    if key in base:
                        merged[key] = base[key]
                    else:
                        del merged[key]
                continue
            out = wire(checked, tp, operation_id)
            return out if isinstance(out, dict) else merged
        return merged

    def _missing(self, key: Any) -> ApiError:
        return ApiError(404, f"No {self.name} with id {key!s}.")

    def _result(self, value: Any, operation_id: str, tp: Any) -> Any:
        if tp is None:
            return None
        try:
            return adapter(operation_id, tp).validate_python(value)
        except ValidationError:
            return value

    # -- operations -----------------------------------------------------------------------------------------

    def create(self, body: Any, operation_id: str, tp: Any) -> Any:
        template = example_json(operation_id, tp) if tp is not None else {}
        if not isinstance(template, dict):
            template = {}
        payload = wire(body) if body is not None else {}
        overlay = dict(payload) if isinstance(payload, dict) else {}
        with self.store.lock:
            new_id = self._new_id()
            overlay[self.id_field] = new_id
            stored = self._fit(template, overlay, operation_id, tp)
            stored[self.id_field] = new_id
            self.items[str(new_id)] = stored
        return self._result(stored, operation_id, tp)

    def list(self, operation_id: str, tp: Any, *, page: Any = None, size: Any = None) -> Any:
        with self.store.lock:
            everything = list(self.items.values())
        chosen = everything
        current, per_page = 1, len(everything)
        if self.page_style == "page":
            per_page = size if isinstance(size, int) and size > 0 else max(len(everything), 1)
            current = page if isinstance(page, int) and page > 0 else 1
            chosen = everything[(current - 1) * per_page : current * per_page]
        elif self.page_style == "offset":
            start = page if isinstance(page, int) and page > 0 else 0
            stop = start + size if isinstance(size, int) and size >= 0 else None
            chosen = everything[start:stop]
        if not self.items_path:
            return self._result(chosen, operation_id, tp)
        shape = example_json(operation_id, tp)
        shape = _set_path(shape, self.items_path, chosen)
        if self.total_path:
            shape = _set_path(shape, self.total_path, len(everything))
        if self.pages_path:
            shape = _set_path(
                shape, self.pages_path, max(1, math.ceil(len(everything) / max(per_page, 1)))
            )
        if self.has_more_path:
            shape = _set_path(
                shape, self.has_more_path, current * max(per_page, 1) < len(everything)
            )
        if self.page_style == "page" and self.total_path[:-1]:
            holder = _get_path(shape, self.total_path[:-1])
            if isinstance(holder, dict):
                for key in ("currentPage", "page"):
                    if key in holder:
                        holder[key] = current
                for key in ("pageSize", "perPage", "limit"):
                    if key in holder and isinstance(size, int):
                        holder[key] = size
        return self._result(shape, operation_id, tp)

    def get(self, key: Any, operation_id: str, tp: Any) -> Any:
        with self.store.lock:
            stored = self.items.get(str(key))
        if stored is None:
            raise self._missing(key)
        return self._result(stored, operation_id, tp)

    def update(self, key: Any, body: Any, operation_id: str, tp: Any) -> Any:
        payload = wire(body) if body is not None else {}
        overlay = (
            {k: v for k, v in payload.items() if k != self.id_field}
            if isinstance(payload, dict)
            else {}
        )
        with self.store.lock:
            stored = self.items.get(str(key))
            if stored is None:
                raise self._missing(key)
            updated = self._fit(stored, overlay, operation_id, tp)
            updated[self.id_field] = stored[self.id_field]
            self.items[str(key)] = updated
        return self._result(updated, operation_id, tp)

    def delete(self, key: Any, operation_id: str, tp: Any) -> Any:
        with self.store.lock:
            stored = self.items.pop(str(key), None)
        if stored is None:
            raise self._missing(key)
        if tp is None:
            return None
        if self.delete_echoes:
            return self._result(stored, operation_id, tp)
        return example(operation_id, tp)
