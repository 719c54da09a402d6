"""What a ``reuse`` session keeps between runs (``pfgen watch``) never changes what a run produces.

Oracle: the same pipeline outside a session. A chain of random edits (operations, parameters, bodies, component
schemas, defaults whose type changes but not their value under ``==``, renames, reordered properties, new and
removed schemas) is applied to real documents and a generated union-heavy one; after each edit the session's
run must give the same files, IR and diagnostics as a fresh run.
"""

from __future__ import annotations

import copy
import json
import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import reuse
from generator.config import TargetConfig, load_config, resolve_target_defaults, select_target
from generator.pipeline import SpecOptions, load_spec, render_target
from tests.conftest import POCKETSFLOW_SPEC, REAL_SPECS, record_calls
from tests.perf.union_spec import union_document

EDITS = int(os.environ.get("PFGEN_REUSE_EDITS", "6"))
METHODS = ("get", "put", "post", "delete", "patch")

Doc = dict[str, Any]


def _operations(doc: Doc) -> list[dict[str, Any]]:
    return [op for item in (doc.get("paths") or {}).values() if isinstance(item, dict)
            for m, op in item.items() if m in METHODS and isinstance(op, dict)]


def _schemas(doc: Doc) -> dict[str, Any]:
    return doc.setdefault("components", {}).setdefault("schemas", {})


def _object_schemas(doc: Doc) -> list[dict[str, Any]]:
    return [s for s in _schemas(doc).values() if isinstance(s, dict) and isinstance(s.get("properties"), dict)]


def _summary(doc: Doc, rng: random.Random) -> None:
    op = rng.choice(_operations(doc))
    op["summary"] = f"{op.get('summary') or ''} edited {rng.randint(0, 999)}"


def _parameter(doc: Doc, rng: random.Random) -> None:
    op = rng.choice(_operations(doc))
    kind = rng.choice([{"type": "string"}, {"type": "integer", "default": 1}, {"type": "boolean", "default": True}])
    op.setdefault("parameters", []).append(
        {"name": f"added{rng.randint(0, 99)}", "in": "query", "required": rng.random() < 0.3, "schema": kind})


def _inline_body(doc: Doc, rng: random.Random) -> None:
    op = rng.choice(_operations(doc))
    op["requestBody"] = {"content": {"application/json": {"schema": {
        "type": "object", "properties": {"note": {"type": "string"}, f"n{rng.randint(0, 9)}": {"type": "integer"}},
    }}}}


def _remove_operation(doc: Doc, rng: random.Random) -> None:
    paths = doc.get("paths") or {}
    items = [(p, m) for p, item in paths.items() if isinstance(item, dict) for m in item if m in METHODS]
    if len(items) > 1:
        path, method = rng.choice(items)
        del paths[path][method]


def _add_property(doc: Doc, rng: random.Random) -> None:
    objects = _object_schemas(doc)
    if objects:
        rng.choice(objects)["properties"][f"extra_{rng.randint(0, 99)}"] = {"type": "string", "description": "new"}


def _retype_default(doc: Doc, rng: random.Random) -> None:
    """1 -> 1.0 -> True: equal under ``==``, written differently in a client."""
    objects = _object_schemas(doc)
    if objects:
        props = rng.choice(objects)["properties"]
        current = props.get("flag", {}).get("default")
        cycle: list[Any] = [1, 1.0, True]
        at = next((i for i, v in enumerate(cycle) if type(v) is type(current)), -1)
        props["flag"] = {"type": "number", "default": cycle[(at + 1) % len(cycle)]}


def _retype_inline_default(doc: Doc, rng: random.Random) -> None:
    """The same, in an operation's own (inline) body schema, which is converted anew on every run."""
    op = rng.choice(_operations(doc))
    body = op.setdefault("requestBody", {"content": {"application/json": {"schema": {
        "type": "object", "properties": {"note": {"type": "string"}}}}}})
    schema = next(iter(body.get("content", {}).values()), {}).get("schema", {})
    if isinstance(schema, dict) and isinstance(schema.get("properties"), dict):
        current = schema["properties"].get("level", {}).get("default")
        cycle: list[Any] = [1, 1.0, True]
        at = next((i for i, v in enumerate(cycle) if type(v) is type(current)), -1)
        schema["properties"]["level"] = {"type": "number", "default": cycle[(at + 1) % len(cycle)]}


def _reorder(doc: Doc, rng: random.Random) -> None:
    objects = [s for s in _object_schemas(doc) if len(s["properties"]) > 1]
    if objects:
        schema = rng.choice(objects)
        schema["properties"] = dict(reversed(list(schema["properties"].items())))


def _new_schema(doc: Doc, rng: random.Random) -> None:
    name = rng.choice(["Widget", "Pet", "Error", "Thing2"]) + str(rng.randint(0, 3))
    _schemas(doc)[name] = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}


def _remove_unreferenced_schema(doc: Doc, rng: random.Random) -> None:
    text = json.dumps(doc)
    free = [k for k in _schemas(doc) if f'"#/components/schemas/{k}"' not in text]
    if free:
        del _schemas(doc)[rng.choice(free)]


def _title(doc: Doc, rng: random.Random) -> None:
    doc.setdefault("info", {})["title"] = f"{doc.get('info', {}).get('title', 'API')} {rng.randint(0, 9)}"


EDIT_KINDS: tuple[Callable[[Doc, random.Random], None], ...] = (
    _summary, _parameter, _inline_body, _remove_operation, _add_property, _retype_default, _retype_inline_default,
    _reorder,
    _new_schema, _remove_unreferenced_schema, _title,
)


def _render(path: Path, target: TargetConfig) -> tuple[Any, ...]:
    loaded = load_spec(str(path), SpecOptions(lenient=True, validate=False))
    title = str(loaded.resolved.data.get("info", {}).get("title", ""))
    rendered = render_target(loaded, resolve_target_defaults(target, api_title=title), version="1.0.0")
    return tuple((f.path, f.content) for f in rendered.files), rendered.api, rendered.diagnostics


def _documents() -> list[tuple[str, Callable[[], Doc]]]:
    def real(name: str) -> Callable[[], Doc]:
        return lambda: json.loads((REAL_SPECS / name).read_text(encoding="utf-8"))

    return [
        ("pocketsflow", lambda: json.loads(POCKETSFLOW_SPEC.read_text(encoding="utf-8"))),
        ("twilio-taskrouter", real("twilio-taskrouter-v1.json")),
        ("oai-api-with-examples", real("oai-api-with-examples-3.0.json")),
        ("unions", lambda: union_document(seed=5, schemas=60)),
    ]


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("name", "make"), _documents(), ids=[n for n, _ in _documents()])
def test_runs_in_a_session_equal_fresh_runs(tmp_path: Path, name: str, make: Callable[[], Doc], seed: int) -> None:
    rng = random.Random(f"{name}-{seed}")
    doc = make()
    spec = tmp_path / "spec.json"
    target = select_target(load_config(cwd=tmp_path, check_spec=False), None)
    with reuse.session():
        for step in range(EDITS + 1):
            if step:
                for _ in range(rng.randint(1, 2)):
                    rng.choice(EDIT_KINDS)(doc, rng)
            spec.write_text(json.dumps(doc), encoding="utf-8")
            _assert_session_run_equals_fresh(spec, target, f"step {step}")
            doc = copy.deepcopy(doc)  # the session must not depend on the caller keeping its objects


def _assert_session_run_equals_fresh(spec: Path, target: TargetConfig, label: str) -> None:
    """Render ``spec`` in the current session and outside it: the same files, IR and diagnostics; and no stage
    modified a part the session's parse shared."""
    kept = _render(spec, target)
    with _outside_session():
        fresh = _render(spec, target)
    assert kept[0] == fresh[0], f"{label}: files differ"
    assert kept[1] == fresh[1] and kept[2] == fresh[2], f"{label}: IR or diagnostics differ"
    _assert_shared_parts_unmodified()


def _assert_shared_parts_unmodified() -> None:
    """The parts a parse shared (``load.share``) are what the next parse hands out again when they have not
    changed: no stage may have modified one since its fingerprint was taken."""
    shared = reuse.recent("share")
    assert shared is not None and shared.values(), "the session's parses shared nothing"
    for _, places in shared.values():
        for place, (value, text) in places.items():
            with _outside_session():  # computed again, not the session's remembered fingerprint
                assert reuse.fingerprint(value) == text, f"{place} was modified after it was parsed"


class _outside_session:
    def __enter__(self) -> None:
        self.saved, reuse._SESSION = reuse._SESSION, None

    def __exit__(self, *exc: object) -> None:
        reuse._SESSION = self.saved


def test_nothing_is_kept_outside_a_session() -> None:
    assert reuse.slot("anything") is None
    with reuse.session():
        store = reuse.slot("anything")
        assert store is not None
        store["x"] = 1
        assert reuse.slot("anything") == {"x": 1}
    assert reuse.slot("anything") is None


def test_fingerprint_tells_apart_values_equal_under_eq() -> None:
    values: list[dict[str, Any]] = [{"d": 1}, {"d": 1.0}, {"d": True}]
    assert values[0] == values[1] == values[2]  # the reason fingerprint exists
    assert len({reuse.fingerprint(v) for v in values}) == 3
    assert reuse.fingerprint({"a": 1, "b": 2}) != reuse.fingerprint({"b": 2, "a": 1})
    assert reuse.fingerprint(0.0) != reuse.fingerprint(-0.0) and reuse.fingerprint(0.1) != reuse.fingerprint(0.1 + 1e-17 * 2)
    # The same value gives the same bytes however its strings are shared or interned.
    import sys

    word = "".join(["descr", "iption"])
    assert reuse.fingerprint({word: [word, word]}) == reuse.fingerprint({"description": [sys.intern(word), "description"]})


@pytest.mark.parametrize("value", [
    {"a": [1, 2.5, True, None, "x", {"b": -0.0}]},
    {1: "integer key", True: "yaml", "s": b"bytes"},
])
def test_fingerprint_is_stable_and_exact(value: Any) -> None:
    import datetime

    assert reuse.fingerprint(value) == reuse.fingerprint(copy.deepcopy(value))
    dated = {"when": datetime.date(2020, 1, 2)}   # YAML dates: what marshal cannot write, by ``repr``
    assert reuse.fingerprint(dated) == reuse.fingerprint(copy.deepcopy(dated))
    assert reuse.fingerprint(dated) != reuse.fingerprint({"when": datetime.date(2020, 1, 3)})
    assert reuse.fingerprint(dated) != reuse.fingerprint({"when": "2020-01-02"})


def _api(doc: Doc, tmp_path: Path) -> Any:
    from generator.builder import build

    spec = tmp_path / "names.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    return build(load_spec(str(spec), SpecOptions(lenient=True, validate=False)).resolved).api


def test_a_kept_schema_is_renamed_when_another_takes_its_reference_name(tmp_path: Path) -> None:
    """The component schemas are the same, so ``build`` keeps them; but the inline schema one of them refers to
    loses its name to a new operation's body (earlier by pointer), so the kept schema's field type changes."""
    body = {"content": {"application/json": {"schema": {"type": "object", "properties": {"x": {"type": "string"}}}}}}
    ok = {"200": {"description": "ok"}}
    doc: Doc = {
        "openapi": "3.0.3", "info": {"title": "T", "version": "1"},
        "paths": {"/b": {"post": {"operationId": "other", "requestBody": copy.deepcopy(body), "responses": ok}}},
        "components": {"schemas": {"MakeThing": {"type": "object", "properties": {
            "request": {"$ref": "#/paths/~1b/post/requestBody/content/application~1json/schema"}}}}},
    }
    edited = copy.deepcopy(doc)
    edited["paths"]["/a"] = {"post": {"operationId": "makeThing", "requestBody": copy.deepcopy(body), "responses": ok}}
    fresh = _api(edited, tmp_path)
    with reuse.session():
        _api(doc, tmp_path)
        kept = _api(edited, tmp_path)
    assert kept == fresh
    holder = next(s for s in fresh.schemas if s.name == "MakeThing")
    assert holder.fields[0].type.name != "MakeThingRequest"  # the case this test is about did happen


def _enum_parameter_doc() -> Doc:
    """``/b`` declares an enum parameter (hoisted to a class); ``/a``, built first, uses it by ``$ref``, so the
    class is made while ``/a`` is built, under ``/a``'s name."""
    ok = {"200": {"description": "ok"}}
    shared = {"name": "status", "in": "query", "schema": {"type": "string", "enum": ["on", "off"]}}
    return {
        "openapi": "3.0.3", "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {"get": {"operationId": "listA", "responses": ok,
                           "parameters": [{"$ref": "#/paths/~1b/get/parameters/0"}]}},
            "/b": {"get": {"operationId": "listB", "responses": ok, "parameters": [shared]}},
        },
    }


def _builds_in_a_session_equal_fresh(tmp_path: Path, before: Doc, after: Doc) -> Any:
    fresh = _api(after, tmp_path)
    with reuse.session():
        _api(before, tmp_path)
        kept = _api(after, tmp_path)
    assert kept == fresh
    return fresh


@pytest.mark.parametrize("gone", [True, False], ids=["the-item-that-converted-it-is-gone", "a-new-earlier-item-takes-it"])
def test_a_kept_path_item_and_the_shared_schema_another_item_converts(tmp_path: Path, gone: bool) -> None:
    """``/b`` is unchanged throughout. When ``/a``, which converted ``/b``'s parameter schema first, is removed,
    ``/b`` is built again and converts it itself; when a new ``/a`` appears (built first), the class takes
    ``/a``'s name, as in a fresh run."""
    full = _enum_parameter_doc()
    without = copy.deepcopy(full)
    del without["paths"]["/a"]
    before, after, name = (full, without, "ListBStatus") if gone else (without, full, "ListAStatus")
    api = _builds_in_a_session_equal_fresh(tmp_path, before, after)
    assert [s.name for s in api.schemas] == [name]


def test_a_kept_path_item_follows_an_edit_behind_its_refs(tmp_path: Path) -> None:
    """The path item is the same text, but the shared parameter its ``$ref`` reaches changed."""
    ok = {"200": {"description": "ok"}}
    doc: Doc = {
        "openapi": "3.0.3", "info": {"title": "T", "version": "1"},
        "paths": {"/a": {"get": {"operationId": "listA", "responses": ok,
                                 "parameters": [{"$ref": "#/components/parameters/Limit"}]}}},
        "components": {"parameters": {"Limit": {"name": "limit", "in": "query", "description": "one",
                                                "schema": {"type": "integer"}}}},
    }
    edited = copy.deepcopy(doc)
    edited["components"]["parameters"]["Limit"]["description"] = "two"
    api = _builds_in_a_session_equal_fresh(tmp_path, doc, edited)
    assert api.operations[0].parameters[0].description == "two"


def test_an_edit_of_the_first_user_of_a_shared_parameter_rebuilds_that_item_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``/a`` converts the shared parameter's schema first; rebuilt, it converts it again (an equal type, another
    object), and ``/b``, ``/c`` are still replayed."""
    from generator.builder import replay

    ok = {"200": {"description": "ok"}}
    param = [{"$ref": "#/components/parameters/State"}]
    doc: Doc = {
        "openapi": "3.0.3", "info": {"title": "T", "version": "1"},
        "paths": {p: {"get": {"operationId": f"list{p[1:]}", "responses": ok, "parameters": param}}
                  for p in ("/a", "/b", "/c")},
        "components": {"parameters": {"State": {"name": "state", "in": "query",
                                                "schema": {"type": "string", "enum": ["on", "off"]}}}},
    }
    edited = copy.deepcopy(doc)
    edited["paths"]["/a"]["get"]["summary"] = "edited"
    built = record_calls(monkeypatch, replay, "record")
    _builds_in_a_session_equal_fresh(tmp_path, doc, edited)
    assert len(built) == 3 + 1  # the session's first run, then /a alone (a run outside records nothing)


def test_a_kept_method_surface_follows_the_body_schema_it_looked_up(tmp_path: Path) -> None:
    """The operation is the very object of last time, but its body schema gained a field: the method's surface
    (its keyword arguments) must be computed again."""
    from dataclasses import replace

    from generator.diff.surface import sdk_surface
    from generator.ir.model import Field, TypeRef

    ok = {"200": {"description": "ok"}}
    doc: Doc = {
        "openapi": "3.0.3", "info": {"title": "T", "version": "1"},
        "paths": {"/a": {"post": {"operationId": "make", "responses": ok, "requestBody": {"content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
        "components": {"schemas": {"Thing": {"type": "object", "properties": {"x": {"type": "string"}}}}},
    }
    api = _api(doc, tmp_path)
    thing = next(s for s in api.schemas if s.name == "Thing")
    grown = replace(thing, fields=(*thing.fields, Field("y", "y", TypeRef("primitive", "str"), False, "#/y")))
    edited = replace(api, schemas=tuple(grown if s is thing else s for s in api.schemas))
    with reuse.session():
        sdk_surface(api)
        kept = sdk_surface(edited)
    assert kept == sdk_surface(edited)
    assert "y" in {a.name for a in kept.methods[0].arguments}  # the case this test is about did happen


def test_a_kept_model_module_follows_the_module_of_what_it_imports(tmp_path: Path) -> None:
    """``S`` and ``T`` are the very objects planned before; a new schema claims ``T``'s module name first, so
    ``S`` must import ``T`` from elsewhere."""
    from dataclasses import replace

    from generator.plan.models import plan_models

    doc: Doc = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}, "components": {"schemas": {
        "S": {"type": "object", "properties": {"t": {"$ref": "#/components/schemas/T"}}},
        "T": {"type": "object", "properties": {"x": {"type": "string"}}},
    }}}
    s, t = sorted(_api(doc, tmp_path).schemas, key=lambda x: x.name)
    thief = replace(t, name="!T", pointer="#/components/schemas/Thief")
    fresh = plan_models((s, t, thief))
    with reuse.session():
        plan_models((s, t))
        kept = plan_models((s, t, thief))
    assert kept == fresh
    assert fresh.module_of["T"] != "t"  # the case this test is about did happen


def test_recording_mapping_records_what_was_read() -> None:
    data = {"a": 1, "b": 2}
    seen = reuse.RecordingMapping(data)
    assert seen["a"] == 1 and "c" not in seen and seen.get("b") == 2
    deps = seen.dependencies()
    assert deps is not None and dict(deps).keys() == {"a", "b", "c"}
    assert reuse.still_holds(deps, {"a": 1, "b": 2, "z": 9})
    assert not reuse.still_holds(deps, {"a": 1, "b": 2, "c": 0})
    assert not reuse.still_holds(deps, {"a": 1})
    list(seen)
    assert seen.dependencies() is None


def _tree(root: Path) -> dict[str, bytes]:
    """Every file's bytes; the manifest without its config hash (the two runs differ in ``-o``)."""
    out = {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
    manifest = out.pop(".pfgen-manifest.json")
    out["manifest"] = b"".join(line for line in manifest.splitlines(True) if b'"config_sha256"' not in line)
    return out


@pytest.mark.parametrize("name", ["pocketsflow", "unions"])
def test_releases_in_a_session_equal_fresh_releases(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole ``generate`` (the release diff against the spec kept from the last run included), in a session
    and outside one, after each edit: same versions, changelogs and files."""
    from click.testing import CliRunner

    from generator.cli import cli

    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pfgen.toml").write_text("")
    make = dict(_documents())[name]
    rng = random.Random(name)
    doc = make()
    spec = tmp_path / "spec.json"
    runner = CliRunner()
    with reuse.session():
        for step in range(EDITS + 1):
            if step:
                rng.choice(EDIT_KINDS)(doc, rng)
            spec.write_text(json.dumps(doc), encoding="utf-8")
            kept = runner.invoke(cli, ["generate", str(spec), "-o", "kept", "--lenient"])
            with _outside_session():
                fresh = runner.invoke(cli, ["generate", str(spec), "-o", "fresh", "--lenient"])
            assert kept.exit_code == fresh.exit_code == 0, kept.output + fresh.output
            assert kept.output.replace("kept", "OUT") == fresh.output.replace("fresh", "OUT")
            assert _tree(tmp_path / "kept") == _tree(tmp_path / "fresh"), f"step {step}"
            _assert_shared_parts_unmodified()


def test_a_spec_stored_by_another_run_is_not_mistaken_for_the_kept_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The session remembers the spec its last run stored; another pfgen then writes the output from another
    document. The next release must diff against what the output now holds."""
    from click.testing import CliRunner

    from generator.cli import cli

    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pfgen.toml").write_text("")
    first = json.loads(POCKETSFLOW_SPEC.read_text(encoding="utf-8"))
    second = copy.deepcopy(first)
    removed = min(second["paths"])
    del second["paths"][removed]   # a breaking change, made behind the session's back
    third = copy.deepcopy(second)
    _summary(third, random.Random(1))
    runner = CliRunner()

    def generate(doc: Doc, out: str) -> str:
        (tmp_path / "spec.json").write_text(json.dumps(doc), encoding="utf-8")
        result = runner.invoke(cli, ["generate", "spec.json", "-o", out])
        assert result.exit_code == 0, result.output
        return result.output

    for doc in (first, second):
        generate(doc, "fresh")
    with _outside_session():
        fresh = generate(third, "fresh")
    with reuse.session():
        generate(first, "kept")   # the session keeps ``first`` as what "kept" holds
        with _outside_session():
            generate(second, "kept")
        kept = generate(third, "kept")
    assert "2.0.1" in fresh and kept.replace("kept", "fresh") == fresh
    assert _tree(tmp_path / "kept") == _tree(tmp_path / "fresh")


def test_an_edited_template_overlay_is_rendered_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Kept texts belong to a template set: editing an overlay template between two runs of a session renders
    every view again with it, as a fresh run does."""
    from click.testing import CliRunner

    from generator.cli import cli
    from generator.render.environment import BUILTIN_TEMPLATES

    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pfgen.toml").write_text("")
    (tmp_path / "spec.json").write_text(POCKETSFLOW_SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    module = Path("python-client/package/types/module.py.jinja")
    overlay = tmp_path / "overlay"
    (overlay / module.parent).mkdir(parents=True)
    original = (BUILTIN_TEMPLATES / module).read_text(encoding="utf-8")
    runner = CliRunner()

    def generate(out: str) -> None:
        result = runner.invoke(cli, ["generate", "spec.json", "-o", out, "--templates", str(overlay)])
        assert result.exit_code == 0, result.output

    with reuse.session():
        for marker in ("first", "second"):
            (overlay / module).write_text(f"# {marker} overlay\n" + original, encoding="utf-8")
            generate("kept")
            with _outside_session():
                generate("fresh")
            assert _tree(tmp_path / "kept") == _tree(tmp_path / "fresh")
    assert any("# second overlay" in p.read_text(encoding="utf-8") for p in (tmp_path / "kept").rglob("types/*.py"))


def _shared_documents() -> list[Path]:
    return sorted(p for p in REAL_SPECS.rglob("*") if p.suffix in (".json", ".yaml", ".yml"))


@pytest.mark.parametrize("path", _shared_documents(), ids=lambda p: p.name)
def test_every_shared_document_in_a_session_equals_fresh_runs(tmp_path: Path, path: Path) -> None:
    """Every shared document (Swagger 2.0 to OpenAPI 3.1): two edits in a session, each compared with a fresh
    run (files, IR, diagnostics)."""
    import yaml

    text = path.read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    doc = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=loader)
    if not _operations(doc):
        pytest.skip(f"{path.name} has no operation to edit")
    rng = random.Random(path.name)
    spec = tmp_path / "spec.json"
    target = select_target(load_config(cwd=tmp_path, check_spec=False), None)
    with reuse.session():
        for edit in (None, _parameter, _retype_inline_default):
            if edit is not None:
                edit(doc, rng)
            spec.write_text(json.dumps(doc, default=str), encoding="utf-8")
            _assert_session_run_equals_fresh(spec, target, getattr(edit, "__name__", "first run"))


@pytest.mark.parametrize("path", [p for p in _shared_documents() if p.suffix in (".yaml", ".yml")],
                         ids=lambda p: p.name)
def test_a_yaml_document_edited_as_text_in_a_session_equals_fresh_runs(tmp_path: Path, path: Path) -> None:
    """A YAML document as its authors edit it: summaries changed in place, one line at a time (so the watch's
    parser reads each edit alone, ``load.yaml_reparse``); each run compared with a fresh one."""
    import re

    lines = path.read_text(encoding="utf-8").split("\n")
    summaries = [i for i, line in enumerate(lines) if re.match(r"\s+summary: [^'\"|>]*$", line)]
    if not summaries:
        pytest.skip(f"{path.name} has no one-line summary to edit")
    rng = random.Random(path.name)
    spec = tmp_path / "spec.yaml"
    target = select_target(load_config(cwd=tmp_path, check_spec=False), None)
    with reuse.session():
        for step in range(3):
            if step:
                at = rng.choice(summaries)
                lines[at] = lines[at].split("summary:")[0] + f"summary: edited in step {step}"
            spec.write_text("\n".join(lines), encoding="utf-8")
            _assert_session_run_equals_fresh(spec, target, f"step {step}")


def test_identity_memo_keeps_results_for_the_very_objects_of_the_last_run_only() -> None:
    calls: list[object] = []

    def compute(node: Any) -> int:
        calls.append(node)
        return len(node)

    a, b = {"x": 1}, {"x": 1}
    outside = reuse.identity_memo("memo")
    assert outside.get(a, compute) == outside.get(a, compute) == 1 and calls == [a]
    assert reuse.identity_memo("memo").get(a, compute) == 1 and calls == [a, a]  # nothing kept outside a session
    calls.clear()
    with reuse.session():
        reuse.identity_memo("memo").get(a, compute)
        second = reuse.identity_memo("memo")
        second.get(a, compute)
        second.get(b, compute)  # equal, but another object: computed
        assert calls == [a, b]
        third = reuse.identity_memo("memo")
        third.get(b, compute)
        assert calls == [a, b]
        reuse.identity_memo("memo")  # a run that used neither
        reuse.identity_memo("memo").get(a, compute)
        assert calls == [a, b, a]


def test_recent_stores_forget_what_the_last_run_did_not_use() -> None:
    """A watch of a snapshot folder parses a new file name at each fetch: the documents it parsed before the last
    run are not kept."""
    with reuse.session():
        store = reuse.recent("test")
        assert store is not None
        store.put("a.json", 1)
        reuse.begin_run()
        store = reuse.recent("test")
        assert store is not None and store.get("a.json") == 1  # used in the last run: kept
        store.put("b.json", 2)
        reuse.begin_run()
        reuse.begin_run()
        store = reuse.recent("test")
        assert store is not None and store.get("a.json") is None and store.get("b.json") is None
        store.put("c.json", 3)
        assert store.values() == [3]
    assert reuse.recent("test") is None
