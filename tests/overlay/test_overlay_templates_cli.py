"""`pfgen templates list` / `show NAME`, and the template catalogue that must document every built-in template."""

from __future__ import annotations

from pathlib import Path

import jinja2
import jinja2.nodes
import pytest
from click.testing import CliRunner, Result

from generator.cli import cli
from generator.codegen.template_set import BUILTIN_TEMPLATES
from generator.render.catalog import (
    REGISTRY,
    find_template,
    list_templates,
    template_files,
    undocumented_templates,
    view_docs,
)

MODULE = "python-client/package/types/module.py.jinja"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["templates", *args])


# ------------------------------------------------------------------------------------------------- the catalogue


def test_every_template_file_on_disk_is_documented() -> None:
    missing = undocumented_templates()
    assert not missing, (
        "these files under templates/ are not in the template catalogue, so `pfgen templates` cannot describe "
        f"them: {', '.join(missing)}. Add a TemplateInfo(path, ViewClass, description) entry for each to REGISTRY "
        "in generator/render/catalog.py (static files: view None, verbatim=True)."
    )


def test_the_coverage_check_catches_an_undocumented_file(tmp_path: Path) -> None:
    (tmp_path / "python-client" / "package").mkdir(parents=True)
    (tmp_path / "python-client" / "package" / "_version.py.jinja").write_text("x", encoding="utf-8")
    (tmp_path / "python-client" / "package" / "brand_new.py.jinja").write_text("x", encoding="utf-8")
    (tmp_path / "python-client" / "_runtime").mkdir()
    (tmp_path / "python-client" / "_runtime" / "_new.py").write_text('"""New runtime piece."""\n', encoding="utf-8")
    (tmp_path / "python-client" / "_runtime" / "__pycache__").mkdir()
    (tmp_path / "python-client" / "_runtime" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    assert undocumented_templates(tmp_path) == ("python-client/package/brand_new.py.jinja",)
    entries = {e.path: e for e in list_templates(tmp_path)}
    assert entries["python-client/_runtime/_new.py"].verbatim
    assert entries["python-client/_runtime/_new.py"].description == "New runtime piece."


def _view_attributes(source: str) -> set[str]:
    tree = jinja2.Environment().parse(source)
    return {
        node.attr
        for node in tree.find_all(jinja2.nodes.Getattr)
        if isinstance(node.node, jinja2.nodes.Name) and node.node.name == "view"
    }


@pytest.mark.parametrize("path", [f for f in template_files() if f.endswith(".jinja")])
def test_registered_view_has_every_attribute_the_template_uses(path: str) -> None:
    if path in undocumented_templates():
        pytest.fail(f"{path} is not in the template catalogue (see test_every_template_file_on_disk_is_documented)")
    entry = find_template(path)
    used = _view_attributes((BUILTIN_TEMPLATES / path).read_text(encoding="utf-8"))
    docs = view_docs(entry.view)
    offered = {f.name for f in docs[0].fields} if docs else set()
    assert used <= offered, f"{path} uses view.{sorted(used - offered)} but its registered view does not have them"


def test_registry_patterns_are_unique() -> None:
    patterns = [info.pattern for info in REGISTRY]
    assert len(patterns) == len(set(patterns))


# ------------------------------------------------------------------------------------------------------ list


def test_list_prints_every_template_sorted_with_its_view() -> None:
    result = run("list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    paths = [line.split()[0] for line in lines]
    assert paths == sorted(paths)
    assert set(paths) == set(template_files())
    module_line = next(line for line in lines if line.startswith(MODULE + " "))
    assert "ModuleView:" in module_line and "models" in module_line
    runtime = [line for line in lines if line.startswith("python-client/_runtime/")]
    assert runtime and all("copied verbatim" in line for line in runtime)
    retry = next(line for line in runtime if line.startswith("python-client/_runtime/_retry.py "))
    assert "retrying" in retry       # from the file's own docstring


# ------------------------------------------------------------------------------------------------------ show


def test_show_prints_the_source_then_the_view_fields() -> None:
    result = run("show", MODULE)
    assert result.exit_code == 0, result.output
    source = (BUILTIN_TEMPLATES / MODULE).read_text(encoding="utf-8").rstrip("\n")
    assert result.stdout.startswith(source + "\n")
    tail = result.stdout[len(source):]
    assert "view: ModuleView (generator.plan.models):" in tail
    assert "definitions: tuple[DefinitionView, ...]" in tail
    assert "DefinitionView (generator.plan.models):" in tail     # nested views are listed too
    assert "is_class:" in tail and "(property)" in tail
    assert "FieldView (generator.plan.models):" in tail
    assert '# right-hand side after ``=`` ("" for none)' in tail  # the field's comment


def test_show_accepts_a_unique_path_ending() -> None:
    by_suffix = run("show", "types/module.py.jinja")
    assert by_suffix.exit_code == 0
    assert by_suffix.stdout == run("show", MODULE).stdout


def test_show_source_only_is_just_the_template() -> None:
    result = run("show", "--source-only", MODULE)
    assert result.exit_code == 0
    assert result.stdout == (BUILTIN_TEMPLATES / MODULE).read_text(encoding="utf-8").rstrip("\n") + "\n"


def test_show_a_static_runtime_file() -> None:
    result = run("show", "python-client/_runtime/_retry.py")
    assert result.exit_code == 0
    assert "copied verbatim" in result.stdout and "receives no view" in result.stdout


def test_show_unknown_template_exits_2_with_did_you_mean() -> None:
    result = run("show", "python-client/package/typs/module.py.jinja")
    assert result.exit_code == 2
    assert "error[template-unknown]" in result.stderr
    assert f"did you mean {MODULE}" in result.stderr
    assert result.stdout == ""
    bare = run("show", "modle.py.jinja")
    assert bare.exit_code == 2 and MODULE in bare.stderr


def test_show_ambiguous_ending_exits_2_listing_the_candidates() -> None:
    result = run("show", "__init__.py.jinja")
    assert result.exit_code == 2
    assert "error[template-ambiguous]" in result.stderr
    assert "python-client/package/types/__init__.py.jinja" in result.stderr


def test_show_needs_a_name() -> None:
    assert run("show").exit_code == 2


def test_templates_help_lists_the_subcommands() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "list" in result.stdout and "show" in result.stdout
