"""Round trip driven by generated instances: for every schema, any valid wire value survives
``model_validate`` -> ``model_dump(by_alias=True, exclude_unset=True, mode="json")`` unchanged."""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, Optional

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from tests.conftest import POCKETSFLOW_SPEC
from tests.genhelp import Generated, generate_into, imported

ROOT = Path(__file__).resolve().parent.parent.parent
CONSTRUCTS = ROOT / "tests" / "fixtures" / "builder" / "constructs.yaml"
_OPENAPI_ONLY = {"discriminator", "example", "examples", "xml", "externalDocs", "deprecated", "readOnly",
                 "writeOnly", "x-reconstructed", "contentMediaType", "contentEncoding"}


def _json_schema(node: Any) -> Any:
    """OpenAPI 3.1 schema -> plain JSON Schema hypothesis-jsonschema understands."""
    if isinstance(node, dict):
        out = {k: _json_schema(v) for k, v in node.items() if k not in _OPENAPI_ONLY and not k.startswith("x-")}
        if "properties" in out and "type" not in out:
            out["type"] = "object"  # pfgen reads a schema with properties as an object, as its authors mean
        if out.get("format") == "decimal" and out.get("type") == "string":
            out.pop("format")
            out["pattern"] = r"^-?[0-9]{1,12}(\.[0-9]{1,6})?$"  # what a decimal string looks like on the wire
        if out.get("format") == "uuid" and out.get("type") == "string":
            out.pop("format")  # hypothesis-jsonschema does not know this format; say what it looks like
            out["pattern"] = r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
        if out.get("format") in ("binary", "byte", "int32", "int64", "float", "double", "decimal"):
            out.pop("format")
        return out
    if isinstance(node, list):
        return [_json_schema(v) for v in node]
    return node


def _recursive(name: str, schemas: dict[str, Any]) -> bool:
    seen: set[str] = set()
    stack = [name]
    while stack:
        cur = stack.pop()
        text = json.dumps(schemas.get(cur, {}))
        for other in schemas:
            if f'"#/components/schemas/{other}"' in text:
                if other == name:
                    return True
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
    return False


def _cases(spec: Path) -> list[tuple[str, str]]:
    from generator.pipeline import SpecOptions, load_spec

    loaded = load_spec(str(spec), SpecOptions(lenient=True, validate=False))
    schemas = loaded.resolved.data.get("components", {}).get("schemas", {})
    return [(spec.name, name) for name in sorted(schemas) if not _recursive(name, schemas)]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Generated, ModuleType, dict[str, Any]]]]:
    from generator.pipeline import SpecOptions, load_spec

    out: dict[str, tuple[Generated, ModuleType, dict[str, Any]]] = {}
    stack = []
    for spec in (POCKETSFLOW_SPEC, CONSTRUCTS):
        gen = generate_into(spec, tmp_path_factory.mktemp(spec.stem) / "out", package=f"rt_{spec.stem.replace('-', '_').replace('.', '_')}")
        ctx = imported(gen)
        module = ctx.__enter__()
        stack.append(ctx)
        loaded = load_spec(str(spec), SpecOptions(lenient=True, validate=False))
        out[spec.name] = (gen, module, loaded.resolved.data)
    yield out
    for ctx in reversed(stack):
        ctx.__exit__(None, None, None)


CASES = _cases(POCKETSFLOW_SPEC) + _cases(CONSTRUCTS)


@pytest.mark.parametrize(("spec", "schema"), CASES, ids=[f"{a}:{b}" for a, b in CASES])
def test_round_trip(spec: str, schema: str, generated: dict[str, tuple[Generated, ModuleType, dict[str, Any]]]) -> None:
    from hypothesis_jsonschema import from_schema

    gen, module, data = generated[spec]
    ir = next((s for s in gen.api.schemas if s.wire_name == schema), None)
    if ir is None:
        pytest.skip(f"{schema} is not emitted as its own type")
    cls = getattr(importlib.import_module(f"{module.__name__}.types"), ir.name)
    # Uses of a nullable enum or object schema are Optional[...]; the class itself is not.
    adapter: TypeAdapter[Any] = TypeAdapter(Optional[cls] if ir.nullable else cls)
    components = _json_schema(data.get("components", {}))
    root = {"$ref": f"#/components/schemas/{schema}", "components": components}
    try:
        strategy = from_schema(root)
    except Exception as exc:  # a schema hypothesis-jsonschema cannot turn into a strategy
        pytest.skip(f"no instance strategy: {type(exc).__name__}")

    @settings(max_examples=12, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
    @given(strategy)
    def check(instance: Any) -> None:
        wire = copy.deepcopy(instance)
        value = adapter.validate_python(instance)
        assert adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True) == wire

    check()
