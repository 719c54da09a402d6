"""Built-in templates' stored compiled code: current, used only when it matches, and rendering the same."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jinja2
import pytest

from generator.codegen.template_set import BUILTIN_TEMPLATES
from generator.render import precompiled
from generator.render.environment import make_environment

NAMES = sorted(make_environment().list_templates(filter_func=lambda n: n.endswith(".jinja")))


STALE = "templates changed: run `python -m generator.render.precompiled` and commit generator/render/precompiled.json"


def test_the_store_covers_the_current_templates() -> None:
    stored = json.loads(precompiled.STORE.read_text(encoding="utf-8"))["templates"]
    current = {name: hashlib.sha256((BUILTIN_TEMPLATES / name).read_bytes()).hexdigest() for name in NAMES}
    assert {name: entry["sha256"] for name, entry in stored.items()} == current, STALE


def test_the_store_is_what_this_jinja_generates() -> None:
    store = json.loads(precompiled.STORE.read_text(encoding="utf-8"))
    if store["jinja"] != jinja2.__version__:
        # Another Jinja release: the loader compiles instead (slower, same output); regenerate when convenient.
        pytest.skip(f"the store was generated with Jinja {store['jinja']}, this is {jinja2.__version__}")
    assert precompiled.STORE.read_text(encoding="utf-8") == precompiled.build_store(make_environment(), BUILTIN_TEMPLATES), STALE


@pytest.mark.parametrize("name", NAMES)
def test_stored_code_is_used_and_is_what_jinja_generates(name: str) -> None:
    if precompiled._store().get("jinja") != jinja2.__version__:
        pytest.skip("the store comes from another Jinja release: the loader compiles instead")
    env = make_environment()
    loader = env.loader
    assert isinstance(loader, precompiled.BuiltinLoader)
    stored = loader._stored(env, name, env.make_globals(None))
    assert stored is not None, "the stored code was not used"
    source = (BUILTIN_TEMPLATES / name).read_text(encoding="utf-8")
    assert precompiled._store()["templates"][name]["code"] == str(env.compile(source, name, None, raw=True))
    assert stored.filename == str(BUILTIN_TEMPLATES / name)


def test_a_stale_entry_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    store = json.loads(precompiled.STORE.read_text(encoding="utf-8"))
    name = NAMES[0]
    store["templates"][name]["sha256"] = hashlib.sha256(b"an older template").hexdigest()
    monkeypatch.setattr(precompiled, "_store", lambda: store)
    env = make_environment()
    assert env.loader._stored(env, name, {}) is None  # type: ignore[union-attr]
    for key, value in (("jinja", "0.0"), ("environment", "other")):
        monkeypatch.setattr(precompiled, "_store", lambda key=key, value=value: {**store, key: value})
        assert env.loader._stored(env, NAMES[1], {}) is None  # type: ignore[union-attr]


def test_an_overlay_template_wins_over_the_stored_code(tmp_path: Path) -> None:
    name = "python-client/project/README.md.jinja"
    assert name in NAMES
    (tmp_path / name).parent.mkdir(parents=True)
    (tmp_path / name).write_text("overlay readme\n")
    env = make_environment(tmp_path)
    assert env.get_template(name).render(view=None) == "overlay readme\n"
    # Another environment without the overlay still gets the built-in one: no shared compiled state.
    assert env.get_template(name).render is not make_environment().get_template(name).render
