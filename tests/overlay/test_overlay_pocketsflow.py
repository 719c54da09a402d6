"""An overlay on the real Pocketsflow document: rename a tag, remove a path, name an operation."""

from __future__ import annotations

import copy
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.load import load_document
from generator.overlay import apply_overlays, apply_to_document
from tests.conftest import POCKETSFLOW_SPEC

OVERLAY = """
overlay: 1.0.0
info:
  title: Pocketsflow client tweaks
  version: 1.0.0
actions:
  - description: operations tagged Orders also get the new tag (arrays concatenate)
    target: $.paths.*[?@.tags[?@ == 'Orders']]
    update:
      tags: [Sales]
  - description: then the old tag goes (a primitive array item)
    target: $.paths.*.*.tags[?@ == 'Orders']
    remove: true
  - description: and the tag object itself is renamed
    target: $.tags[?@.name == 'Orders']
    update:
      name: Sales
  - target: $.paths['/customers']
    remove: true
  - target: $.paths['/orders/{id}'].get
    update:
      x-pfgen-name: fetch_order
"""


@pytest.fixture(scope="module")
def spec() -> Any:
    return json.loads(POCKETSFLOW_SPEC.read_text(encoding="utf-8"))


@pytest.fixture
def overlay_file(tmp_path: Path) -> Path:
    path = tmp_path / "pocketsflow.overlay.yaml"
    path.write_text(textwrap.dedent(OVERLAY).lstrip(), encoding="utf-8")
    return path


def operations(data: Any) -> dict[tuple[str, str], Any]:
    return {
        (path, method): op
        for path, item in data["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "responses" in op
    }


def test_pocketsflow_overlay_result(spec: Any, overlay_file: Path) -> None:
    before = copy.deepcopy(spec)
    result, diags = apply_overlays(spec, [overlay_file])
    assert diags == ()
    assert spec == before

    # The tag is renamed everywhere, in place: same position in the list, other fields kept.
    old_names = [t["name"] for t in spec["tags"]]
    new_names = [t["name"] for t in result["tags"]]
    assert new_names == [("Sales" if n == "Orders" else n) for n in old_names]
    old_tag = next(t for t in spec["tags"] if t["name"] == "Orders")
    assert next(t for t in result["tags"] if t["name"] == "Sales") == {**old_tag, "name": "Sales"}
    ops_before, ops_after = operations(spec), operations(result)
    tagged = {key for key, op in ops_before.items() if "Orders" in op.get("tags", [])}
    assert tagged  # the document does use the tag
    assert not any("Orders" in op.get("tags", []) for op in ops_after.values())
    for key in tagged - {k for k in tagged if k[0] == "/customers"}:
        assert ops_after[key]["tags"] == [("Sales" if t == "Orders" else t) for t in ops_before[key]["tags"]]

    # The path is gone; every other path is unchanged apart from the tag rename and the new name.
    assert "/customers" in spec["paths"] and "/customers" not in result["paths"]
    assert list(result["paths"]) == [p for p in spec["paths"] if p != "/customers"]
    assert result["paths"]["/orders/{id}"]["get"]["x-pfgen-name"] == "fetch_order"
    assert result["components"] is spec["components"]
    assert result["webhooks"] is spec["webhooks"]


def test_pocketsflow_overlaid_document_still_validates(overlay_file: Path) -> None:
    from generator.resolve import resolve
    from generator.validate import has_errors, validate

    doc = load_document(POCKETSFLOW_SPEC)
    new, diags = apply_to_document(doc, [overlay_file])
    assert diags == ()
    assert new.uri == doc.uri and new.sha256 != doc.sha256
    problems = list(validate(resolve(new)))
    assert not has_errors(problems), [p.format() for p in problems if p.severity == "error"]
