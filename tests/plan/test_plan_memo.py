"""A one-shot run that takes model modules, resources' views and other files' texts from the plan memo
(``generator.plan.memo``) produces exactly what a run without any cache produces.

Oracle: the same pipeline with caching off (``PFGEN_NO_CACHE``). Chains of random edits (those of
``tests/test_reuse.py``, plus enum edits that change how *other* modules spell their defaults) are applied to every
shared document, the Pocketsflow document and a generated union-heavy one; after each edit a run with the memo must
give the same files as a fresh run, and the memo must have served modules (else the test would prove nothing).
"""

from __future__ import annotations

import json
import marshal
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import load_config, select_target
from generator.plan.memo import PlanMemo
from tests.conftest import POCKETSFLOW_SPEC, REAL_SPECS
from tests.perf.union_spec import union_document
from tests.test_reuse import EDIT_KINDS, _render

Doc = dict[str, Any]


def _documents() -> list[tuple[str, Callable[[], Doc]]]:
    def real(path: Path) -> Callable[[], Doc]:
        if path.suffix == ".json":
            return lambda: json.loads(path.read_text(encoding="utf-8"))
        return lambda: yaml.safe_load(path.read_text(encoding="utf-8"))

    docs = sorted(p for p in REAL_SPECS.rglob("*") if p.suffix in (".json", ".yaml", ".yml"))
    return [
        ("pocketsflow", lambda: json.loads(POCKETSFLOW_SPEC.read_text(encoding="utf-8"))),
        ("unions", lambda: union_document(seed=7, schemas=60)),
        *((p.relative_to(REAL_SPECS).as_posix(), real(p)) for p in docs),
    ]


def _enum_values(doc: Doc, rng: random.Random) -> None:
    """Change the values of an enum component: a module whose default names a member of it is spelled anew,
    though its own schemas are unchanged."""
    schemas = doc.get("components", {}).get("schemas", {}) or doc.get("definitions", {})
    enums = [s for s in schemas.values() if isinstance(s, dict) and isinstance(s.get("enum"), list) and s["enum"]
             and all(isinstance(v, str) for v in s["enum"])]
    if enums:
        enum = rng.choice(enums)
        enum["enum"] = [f"{v}_{rng.randint(0, 9)}" if i == 0 else v for i, v in enumerate(enum["enum"])]


# Not the title edit: it renames the package, whose memo is another one.
EDITS = (*(edit for edit in EDIT_KINDS if edit.__name__ != "_title"), _enum_values, _enum_values)


views_served: list[str] = []  # the texts ``memo_cache`` saw served by view (not by module)
resources_served: list[bytes] = []  # the pickled resource views it saw served


@pytest.fixture
def memo_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A cache folder of the test's own; the texts the memo served (model modules by their inputs, other files
    by their views) are recorded in the list returned."""
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PFGEN_NO_CACHE", raising=False)
    served: list[str] = []
    views_served.clear()
    resources_served.clear()
    real = PlanMemo.remembered
    real_payload = PlanMemo._payload

    def payload(self: PlanMemo, *args: Any) -> str | bytes | None:
        found = real_payload(self, *args)
        if isinstance(found, bytes):
            resources_served.append(found)
        return found

    monkeypatch.setattr(PlanMemo, "_payload", payload)

    def remembered(self: PlanMemo, *args: Any) -> str | None:
        text = real(self, *args)
        if text is not None:
            served.append(text)
        return text

    real_view = PlanMemo.view_text

    def view_text(self: PlanMemo, *args: Any) -> tuple[str | None, str | None]:
        text, key = real_view(self, *args)
        if text is not None:
            served.append(text)
            views_served.append(text)
        return text, key

    monkeypatch.setattr(PlanMemo, "remembered", remembered)
    monkeypatch.setattr(PlanMemo, "view_text", view_text)
    return served


def _fresh(spec: Path, target: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, ...]:
    with monkeypatch.context() as m:
        m.setenv("PFGEN_NO_CACHE", "1")
        return _render(spec, target)


@pytest.mark.parametrize(("name", "make"), _documents(), ids=[n for n, _ in _documents()])
def test_runs_with_the_memo_equal_fresh_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memo_cache: list[str],
                                             name: str, make: Callable[[], Doc]) -> None:
    rng = random.Random(name)
    doc = make()
    spec = tmp_path / "spec.json"
    target = select_target(load_config(cwd=tmp_path, check_spec=False), None)
    for step in range(3):
        if step:
            for _ in range(rng.randint(1, 3)):
                rng.choice(EDITS)(doc, rng)
        spec.write_text(json.dumps(doc), encoding="utf-8")
        with_memo = _render(spec, target)
        assert with_memo[0] == _fresh(spec, target, monkeypatch)[0], f"step {step}: files differ"
    if any("/types/" in path and not path.endswith("__init__.py") for path, _ in with_memo[0]):
        assert len(memo_cache) > len(views_served), "the memo served no model module"
    assert views_served, "the memo served no file by its view"
    if sum("/resources/" in path for path, _ in with_memo[0]) > 3:  # (an edit may reach every resource of a few)
        assert resources_served, "the memo served no resource's view"


def _enum_default_doc(values: list[str]) -> Doc:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Memo", "version": "1"},
        "paths": {"/things": {"get": {"operationId": "listThings", "responses": {"200": {
            "description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
        }}}}},
        "components": {"schemas": {
            "Colour": {"type": "string", "enum": values},
            "Thing": {"type": "object", "properties": {
                "colour": {"allOf": [{"$ref": "#/components/schemas/Colour"}], "default": "red"},
            }},
        }},
    }


def test_a_module_follows_what_it_looked_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            memo_cache: list[str]) -> None:
    """``Thing``'s own schema does not change when ``Colour`` loses the member its default names, but its text
    does: the memo must see that through the names ``Thing``'s planning looked up. Without that (the lookups not
    recorded), the run gives the stale text, which the oracle catches."""
    spec = tmp_path / "spec.json"
    target = select_target(load_config(cwd=tmp_path, check_spec=False), None)

    def thing(files: tuple[tuple[str, Any], ...]) -> str:
        return next(str(text) for path, text in files if path.endswith("/types/thing.py"))

    spec.write_text(json.dumps(_enum_default_doc(["red", "blue"])), encoding="utf-8")
    before = thing(_render(spec, target)[0])
    assert "Colour.RED" in before
    spec.write_text(json.dumps(_enum_default_doc(["crimson", "blue"])), encoding="utf-8")
    after = thing(_render(spec, target)[0])
    assert after == thing(_fresh(spec, target, monkeypatch)[0]) != before

    # The same two runs with lookups not recorded: the memo serves Thing's old text.
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "other-cache"))
    real = PlanMemo.planned
    monkeypatch.setattr(PlanMemo, "planned",
                        lambda self, label, own, reads, tables: real(self, label, own, [() for _ in reads], tables))
    spec.write_text(json.dumps(_enum_default_doc(["red", "blue"])), encoding="utf-8")
    _render(spec, target)
    spec.write_text(json.dumps(_enum_default_doc(["crimson", "blue"])), encoding="utf-8")
    assert thing(_render(spec, target)[0]) == before != after


def test_a_damaged_or_foreign_memo_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  memo_cache: list[str]) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(POCKETSFLOW_SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    target = select_target(load_config(cwd=tmp_path, check_spec=False), None)
    fresh = _fresh(spec, target, monkeypatch)[0]
    assert _render(spec, target)[0] == fresh
    (memo_file,) = (tmp_path / "cache" / "plan-memo").iterdir()
    stored = marshal.loads(memo_file.read_bytes())
    assert _render(spec, target)[0] == fresh and memo_cache, "an unchanged document is served from the memo"

    modules, views = stored["modules"], stored["views"]
    for damage, modules_only in (
        (b"\xff not marshal", False),
        (marshal.dumps({**stored, "salt": "0" * 64}), False),
        (marshal.dumps([1, 2]), False),
        (marshal.dumps({**stored, "views": [1]}), False),
        (marshal.dumps({**stored, "views": {k: 5 for k in views}, "modules": {}}), False),
        (marshal.dumps({**stored, "modules": {k: [v[0], v[1], v[2], 5] for k, v in modules.items()}}), True),
        (marshal.dumps({**stored, "modules": {k: [v[0], "x", v[2], v[3]] for k, v in modules.items()}}), True),
        (marshal.dumps({**stored, "modules": {k: [v[0], v[1], "0" * 64, v[3]] for k, v in modules.items()}}), True),
    ):
        memo_file.write_bytes(damage)
        memo_file.chmod(0o600)
        memo_cache.clear()
        views_served.clear()
        assert _render(spec, target)[0] == fresh
        served = len(memo_cache) - len(views_served) if modules_only else len(memo_cache)
        assert not served, f"served from a damaged memo: {damage[:40]}"

    memo_file.write_bytes(marshal.dumps(stored))
    memo_file.chmod(0o666)  # others could have written it: marshal is not for such data
    memo_cache.clear()
    assert _render(spec, target)[0] == fresh and not memo_cache
    memo_file.write_bytes(marshal.dumps(stored))  # restored, it serves again
    memo_file.chmod(0o600)
    memo_cache.clear()
    assert _render(spec, target)[0] == fresh and memo_cache


def test_no_memo_in_a_watch_session_or_with_caching_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         memo_cache: list[str]) -> None:
    from generator import reuse

    spec = tmp_path / "spec.json"
    spec.write_text(POCKETSFLOW_SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    target = select_target(load_config(cwd=tmp_path, check_spec=False), None)
    with reuse.session():
        _render(spec, target)
        _render(spec, target)
    _fresh(spec, target, monkeypatch)
    assert not (tmp_path / "cache" / "plan-memo").exists() and not memo_cache


def _memo_run(texts: dict[str, str]) -> tuple[PlanMemo, int]:
    """One run keeping each module's text by its own content; how many the memo served."""
    memo = PlanMemo("delta_pkg", "salt")
    served, fresh = 0, []
    for label, text in texts.items():
        own = memo.own(label, [text])
        assert own is not None
        if memo.remembered(label, own, []) == text:
            served += 1
        else:
            memo.planned(label, own, [], [])
            fresh.append((label, text))
    memo.save(fresh)
    return memo, served


def test_a_few_changed_entries_go_to_a_delta_beside_the_untouched_main_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path))
    texts = {f"m{i}": f"text {i}" for i in range(100)}
    _memo_run(texts)
    (main,) = (tmp_path / "plan-memo").iterdir()
    first = main.read_bytes()
    texts["m3"] = "text 3, changed"
    assert _memo_run(texts)[1] == 99
    delta = main.with_suffix(".delta")
    assert main.read_bytes() == first and len(marshal.loads(delta.read_bytes())["modules"]) == 1
    texts["m4"] = "text 4, changed"
    assert _memo_run(texts)[1] == 99  # m3 from the delta, m4 anew: the next delta holds both
    assert sorted(marshal.loads(delta.read_bytes())["modules"]) == ["m3", "m4"]
    assert _memo_run(texts)[1] == 100

    # A delta beside another main file (written by another run since) is not applied to it.
    stored = marshal.loads(main.read_bytes())
    main.write_bytes(marshal.dumps({**stored, "token": "another"}))
    main.chmod(0o600)
    assert _memo_run(texts)[1] == 98

    # Many changes: the main file is rewritten whole and the delta goes.
    for i in range(40):
        texts[f"m{i}"] += " again"
    assert _memo_run(texts)[1] == 60
    assert not delta.exists() and marshal.loads(main.read_bytes())["modules"].keys() == texts.keys()
    assert _memo_run(texts)[1] == 100
