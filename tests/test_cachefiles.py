"""One folder and one on/off switch for every pfgen cache (black, validation, YAML, templates, stamps)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cachefiles import cache_root, read_json, section_dir, write_json
from generator.format.cache import cache_disabled, default_cache_dir
from generator.validate.cache import cache_dir as validate_cache_dir


@pytest.mark.parametrize(("value", "off"), [("", False), ("0", False), ("false", False), ("Off", False),
                                            ("1", True), ("yes", True), ("TRUE", True)])
def test_every_cache_follows_the_same_switch(value: str, off: bool, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("PFGEN_NO_CACHE", value)
    assert cache_disabled() is off
    assert (cache_root() is None) is off
    assert (validate_cache_dir() is None) is off
    assert default_cache_dir() == tmp_path / "black"
    write_json("demo", "k", {"a": 1})
    assert read_json("demo", "k") == (None if off else {"a": 1})
    assert section_dir("demo") == (None if off else tmp_path / "demo")


# ---- cache keys cover the code they depend on -----------------------------------------------------------------

import ast  # noqa: E402

PACKAGE = Path(__file__).resolve().parents[1] / "generator"
# Modules a validation result does not depend on through their code: what they contribute is in the key as data
# (the document and its texts, the version) or they only store and read entries.
NOT_CODE = {
    "__init__": "pfgen's version is part of every key",
    "cachefiles": "storage of entries, not their content",
    "cachedir": "where the caches are stored, not their content",
    "codecache": "the code objects `compile` makes, kept by their exact source and file name",
    "dist": "reads versions, which the key lists by name",
    "errors": "the Diagnostic record that results are made of",
}


def _module_path(module: str) -> Path:
    if module == "__init__":
        return PACKAGE / "__init__.py"
    plain = PACKAGE / (module.replace(".", "/") + ".py")
    return plain if plain.exists() else PACKAGE / module.replace(".", "/") / "__init__.py"


def _imports(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and node.module.startswith("generator"):
            module = node.module.removeprefix("generator").removeprefix(".") or "__init__"
            out.add(module)
            for alias in node.names:
                child = f"{module}.{alias.name}" if module != "__init__" else alias.name
                if _module_path(child).exists():
                    out.add(child)
    return out


def _closure(package: str) -> set[str]:
    return _reached([".".join(p.relative_to(PACKAGE).with_suffix("").parts) for p in (PACKAGE / package).glob("*.py")])


def test_the_validation_key_covers_every_module_validation_imports() -> None:
    from generator.validate.cache import CODE

    def covered(module: str) -> bool:
        return any(module == c or module.startswith(c + ".") for c in CODE)

    missing = sorted(m for m in _closure("validate") if not covered(m) and m not in NOT_CODE)
    assert missing == [], f"add these to generator.validate.cache.CODE (or explain them in NOT_CODE): {missing}"


def test_the_laid_out_key_covers_every_module_the_splitter_imports() -> None:
    """A file laid out without black is cached under the fingerprint of ``LAYOUT_CODE``: a change to any module
    of the splitter must change it (``format.lines`` and ``format.rhs`` were once missing)."""
    from generator.format.run import LAYOUT_CODE

    reached = _reached(["format.linetokens", "format.verify"])
    missing = sorted(m for m in reached if m not in LAYOUT_CODE and m.startswith("format."))
    assert missing == [], f"add these to generator.format.run.LAYOUT_CODE: {missing}"


def test_a_fingerprint_changes_with_the_code_and_the_libraries(tmp_path: Path) -> None:
    from generator.cachefiles import fingerprint

    assert fingerprint(("validate",)) != fingerprint(("validate", "load.locate_yaml"))
    assert fingerprint(("validate",)) != fingerprint(("validate",), ("PyYAML",))
    assert fingerprint(("*",)) == fingerprint(("*",))


def _reached(starts: list[str]) -> set[str]:
    """Every pfgen module the ``starts`` import, directly or through others."""
    reached: set[str] = set()
    todo = list(starts)
    while todo:
        module = todo.pop().removesuffix(".__init__")
        if module in reached or not _module_path(module).exists():
            continue
        reached.add(module)
        todo.extend(_imports(_module_path(module)))
    return reached


def _uncovered(starts: list[str], code: tuple[str, ...]) -> list[str]:
    """The modules ``starts`` reach that a cache key naming ``code`` would not cover (nor ``NOT_CODE`` excuse)."""
    return sorted(m for m in _reached(starts)
                  if not any(m == c or m.startswith(c + ".") for c in code) and m not in NOT_CODE)


def test_the_plan_memo_key_covers_every_module_planning_and_rendering_a_model_imports() -> None:
    """A model module's text is remembered under the fingerprint of ``plan.memo.CODE``: a change to any module
    that plans or renders it must change the key."""
    from generator.plan.memo import CODE

    missing = _uncovered(["plan.models", "plan.memo", "render.render", "render.environment"], CODE)
    assert missing == [], f"add these to generator.plan.memo.CODE (or explain them in NOT_CODE): {missing}"


def test_the_kept_spec_key_covers_every_module_loading_and_resolving_imports() -> None:
    """The resolved data of a release's stored spec is kept under the fingerprint of ``release.spec.KEPT_CODE``: a
    change to any module that loads, overlays, normalises or resolves a document must change the key."""
    from generator.release.spec import KEPT_CODE

    missing = _uncovered(["load.read", "load.json_parse", "load.yaml_parse", "resolve.resolve", "normalize",
                          "overlay"], KEPT_CODE)
    assert missing == [], f"add these to generator.release.spec.KEPT_CODE (or explain them in NOT_CODE): {missing}"


def test_the_kept_conversion_key_covers_every_module_the_builder_imports() -> None:
    """The component schemas' conversion is kept under the fingerprint of ``builder.converted.CODE``: a change to
    any module the builder uses must change the key."""
    from generator.builder.converted import CODE

    missing = _uncovered(["builder.build", "builder.converted"], CODE)
    assert missing == [], f"add these to generator.builder.converted.CODE (or explain them in NOT_CODE): {missing}"
