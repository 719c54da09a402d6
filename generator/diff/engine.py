"""The wire diff: two normalised documents -> every classified change between them."""

from __future__ import annotations

from typing import Any

from generator.diff.document import compare_document
from generator.diff.model import SpecDiff, sort_changes
from generator.diff.operations import OperationComparer
from generator.diff.schemas import SchemaComparer
from generator.diff.sink import Sink
from generator.diff.view import Document
from generator.resolve.model import ResolvedSpec


def _info(data: Any, key: str) -> str:
    info = data.get("info") if isinstance(data, dict) else None
    value = info.get(key) if isinstance(info, dict) else None
    return str(value) if value is not None else ""


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> SpecDiff:
    """Compare two OpenAPI-3-shaped documents whose ``$ref``s are all local."""
    o, n = Document(old if isinstance(old, dict) else {}), Document(new if isinstance(new, dict) else {})
    sink = Sink()
    schemas = SchemaComparer(o, n)
    operations = OperationComparer(o, n, schemas, sink)
    compare_document(o, n, sink)
    operations.run("paths")
    operations.run("webhooks")
    return SpecDiff(sort_changes(sink.all_changes()))


def diff_specs(old: ResolvedSpec, new: ResolvedSpec) -> SpecDiff:
    """The wire diff of two resolved specs (``resolved.data``: normalised, bundled, OpenAPI-3-shaped)."""
    return diff_data(old.data, new.data)


def diff_data(old: dict[str, Any], new: dict[str, Any]) -> SpecDiff:
    """``diff_specs`` of two resolved specs' ``data``."""
    found = diff_documents(old, new)
    return SpecDiff(found.changes, _info(old, "version"), _info(new, "version"),
                    _info(new, "title") or _info(old, "title"))
