from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import ConfigError, load_config
from generator.errors import InputError

HEAD = '[project]\nname = "demo"\n\n[tool.pfgen]\noutput = "gen"\n'


def target(body: str, name: str = "client") -> str:
    return f'\n[[tool.pfgen.targets]]\nname = "{name}"\n{body}\n'


def load_error(tmp_path: Path, text: str, filename: str = "pyproject.toml") -> tuple[ConfigError, Path, str]:
    path = tmp_path / filename
    path.write_text(text)
    (tmp_path / ".git").mkdir(exist_ok=True)
    with pytest.raises(ConfigError) as info:
        load_config(cwd=tmp_path)
    error = info.value
    assert isinstance(error, InputError)
    assert error.exit_code == 1
    assert error.location.file == str(path.resolve())
    assert error.hint
    assert str(path.resolve()) in error.one_line()
    return error, path, text


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(needle)


CASES = [
    # (id, config text, code, pointer, key named in the message, text on the expected line, hint fragment)
    (
        "unknown-top",
        HEAD + "lenint = true\n",
        "config-unknown-key",
        "/tool/pfgen/lenint",
        "lenint",
        "lenint",
        "did you mean `lenient`?",
    ),
    (
        "unknown-target",
        HEAD + target('include_tags = ["a"]'),
        "config-unknown-key",
        "/tool/pfgen/targets/0/include_tags",
        "include_tags",
        "include_tags",
        "did you mean `include-tags`?",
    ),
    (
        "unknown-target-typo",
        HEAD + target('include-tag = ["a"]'),
        "config-unknown-key",
        "/tool/pfgen/targets/0/include-tag",
        "include-tag",
        "include-tag",
        "did you mean `include-tags`?",
    ),
    (
        "target-key-at-top",
        HEAD + 'package-name = "x"\n',
        "config-unknown-key",
        "/tool/pfgen/package-name",
        "package-name",
        "package-name",
        "is a target key",
    ),
    (
        "unknown-far-off",
        HEAD + "zzzzzz = 1\n",
        "config-unknown-key",
        "/tool/pfgen/zzzzzz",
        "zzzzzz",
        "zzzzzz",
        "known keys:",
    ),
    (
        "wrong-type-bool",
        HEAD + 'lenient = "yes"\n',
        "config-wrong-type",
        "/tool/pfgen/lenient",
        "lenient",
        "lenient",
        "boolean",
    ),
    ("wrong-type-string", HEAD + "spec = 3\n", "config-wrong-type", "/tool/pfgen/spec", "spec", "spec = 3", "string"),
    (
        "wrong-type-list",
        HEAD + target('include-tags = "Orders"'),
        "config-wrong-type",
        "/tool/pfgen/targets/0/include-tags",
        "include-tags",
        "include-tags",
        "array of strings",
    ),
    (
        "wrong-type-targets",
        HEAD + "[tool.pfgen.targets]\nname = 'x'\n",
        "config-wrong-type",
        "/tool/pfgen/targets",
        "targets",
        "[tool.pfgen.targets]",
        "[[targets]]",
    ),
    (
        "wrong-type-names",
        HEAD + target('names = "orders.list"'),
        "config-wrong-type",
        "/tool/pfgen/targets/0/names",
        "names",
        "names =",
        "table",
    ),
    (
        "bad-kind",
        HEAD + target('kind = "python-clinet"'),
        "config-bad-value",
        "/tool/pfgen/targets/0/kind",
        "kind",
        "kind =",
        "did you mean `python-client`?",
    ),
    (
        "names-no-dot",
        HEAD + target('names = { listOrders = "list_orders" }'),
        "config-bad-value",
        "/tool/pfgen/targets/0/names/listOrders",
        "names.listOrders",
        "names =",
        "resource.method",
    ),
    (
        "names-keyword",
        HEAD + target('names = { importOrders = "orders.import" }'),
        "config-bad-value",
        "/tool/pfgen/targets/0/names/importOrders",
        "names.importOrders",
        "names =",
        "resource.method",
    ),
    (
        "names-three-parts",
        HEAD + target('names = { x = "a.b.c" }'),
        "config-bad-value",
        "/tool/pfgen/targets/0/names/x",
        "names.x",
        "names =",
        "resource.method",
    ),
    (
        "names-not-identifier",
        HEAD + target('names = { x = "orders.list-all" }'),
        "config-bad-value",
        "/tool/pfgen/targets/0/names/x",
        "names.x",
        "names =",
        "resource.method",
    ),
    (
        "missing-spec",
        HEAD + 'spec = "specs/missing.json"\n',
        "config-missing-file",
        "/tool/pfgen/spec",
        "spec",
        "spec =",
        "pfgen fetch",
    ),
    (
        "missing-templates",
        HEAD + target('templates = "tpl/"'),
        "config-missing-file",
        "/tool/pfgen/targets/0/templates",
        "templates",
        "templates =",
        "create the folder",
    ),
    (
        "missing-overlay",
        HEAD + target('overlays = ["a.yaml"]'),
        "config-missing-file",
        "/tool/pfgen/targets/0/overlays/0",
        "overlays",
        "overlays =",
        "create the file",
    ),
    (
        "duplicate-name",
        HEAD + target('output = "a"') + target('output = "b"'),
        "config-duplicate-target",
        "/tool/pfgen/targets/1/name",
        "client",
        ('name = "client"', 2),
        "own `name`",
    ),
    (
        "duplicate-output",
        HEAD + target('output = "gen/x"', "a") + target('output = "gen/x/"', "b"),
        "config-duplicate-target",
        "/tool/pfgen/targets/1/output",
        "b",
        ('output = "gen/x/"', 1),
        "own `output`",
    ),
    (
        "nested-output",
        HEAD + target('output = "gen/x"', "a") + target('output = "gen/x/stub"', "b"),
        "config-duplicate-target",
        "/tool/pfgen/targets/1/output",
        "overlapping",
        ('output = "gen/x/stub"', 1),
        "own `output`",
    ),
    (
        "default-output-clash",
        HEAD + target('package-name = "pkg"', "a") + target('output = "gen/pkg"', "b"),
        "config-duplicate-target",
        "/tool/pfgen/targets/1/output",
        "a",
        ('output = "gen/pkg"', 1),
        "own `output`",
    ),
    (
        "derived-output-clash",
        HEAD + target('kind = "python-client"', "a") + target('kind = "python-stub"', "b"),
        "config-duplicate-target",
        "/tool/pfgen/targets/1",
        "`b`",
        ("[[tool.pfgen.targets]]", 2),
        "package-name",
    ),
    (
        "output-over-project",
        HEAD + target('output = "."'),
        "config-output-unsafe",
        "/tool/pfgen/targets/0/output",
        "project folder",
        'output = "."',
        "inside the project",
    ),
    (
        "package-keyword",
        HEAD + target('package-name = "class"'),
        "config-bad-value",
        "/tool/pfgen/targets/0/package-name",
        "package-name",
        "package-name",
        "for example 'class_api'",
    ),
    (
        "package-stdlib",
        HEAD + target('package-name = "json"'),
        "config-bad-value",
        "/tool/pfgen/targets/0/package-name",
        "package-name",
        "package-name",
        "'json_api'",
    ),
    (
        "package-dash",
        HEAD + target('package-name = "my-client"'),
        "config-bad-value",
        "/tool/pfgen/targets/0/package-name",
        "package-name",
        "package-name",
        "'my_client'",
    ),
    (
        "client-name",
        HEAD + target('client-name = "9Client"'),
        "config-bad-value",
        "/tool/pfgen/targets/0/client-name",
        "client-name",
        "client-name",
        "'Api9Client'",
    ),
    (
        "project-name",
        HEAD + target('project-name = "-bad-"'),
        "config-bad-value",
        "/tool/pfgen/targets/0/project-name",
        "project-name",
        "project-name",
        "project-name",
    ),
    (
        "env-prefix",
        HEAD + target('env-prefix = "pocketsflow"'),
        "config-bad-value",
        "/tool/pfgen/targets/0/env-prefix",
        "env-prefix",
        "env-prefix",
        "ACME",
    ),
    (
        "version",
        HEAD + target('version = "one"'),
        "config-bad-value",
        "/tool/pfgen/targets/0/version",
        "version",
        "version =",
        "0.1.0",
    ),
    (
        "base-url",
        HEAD + target('base-url = "gateway.internal"'),
        "config-bad-value",
        "/tool/pfgen/targets/0/base-url",
        "base-url",
        "base-url",
        "https://",
    ),
    (
        "docs-url",
        HEAD + 'docs-url = "ftp://x"\n',
        "config-bad-value",
        "/tool/pfgen/docs-url",
        "docs-url",
        "docs-url",
        "https://",
    ),
    (
        "spec-scheme",
        HEAD + 'spec = "ftp://example.com/x.json"\n',
        "config-bad-value",
        "/tool/pfgen/spec",
        "spec",
        "spec =",
        "http(s) URL",
    ),
    (
        "header-name",
        HEAD + target('default-headers = { "X Team" = "a" }'),
        "config-bad-value",
        "/tool/pfgen/targets/0/default-headers/X Team",
        "default-headers",
        "default-headers",
        "header names",
    ),
    (
        "header-value-type",
        HEAD + target('default-headers = { "X-Team" = 1 }'),
        "config-wrong-type",
        "/tool/pfgen/targets/0/default-headers/X-Team",
        "default-headers.X-Team",
        "default-headers",
        "string",
    ),
    (
        "header-twice",
        HEAD + target('default-headers = { "X-Team" = "a", "x-team" = "b" }'),
        "config-bad-value",
        "/tool/pfgen/targets/0/default-headers/x-team",
        "twice",
        "default-headers",
        "case-insensitive",
    ),
    (
        "idempotency-header",
        HEAD + target('idempotency-header = "Idempotency Key"'),
        "config-bad-value",
        "/tool/pfgen/targets/0/idempotency-header",
        "idempotency-header",
        "idempotency-header",
        "Idempotency-Key",
    ),
    (
        "stateful-client",
        HEAD + target("stateful = true"),
        "config-bad-value",
        "/tool/pfgen/targets/0/stateful",
        "stateful",
        "stateful",
        "python-stub",
    ),
    (
        "missing-name",
        HEAD + '\n[[tool.pfgen.targets]]\nkind = "python-client"\n',
        "config-missing-key",
        "/tool/pfgen/targets/0",
        "name",
        "[[tool.pfgen.targets]]",
        "--target",
    ),
    (
        "bad-target-name",
        HEAD + target("", "my client"),
        "config-bad-value",
        "/tool/pfgen/targets/0/name",
        "name",
        'name = "my client"',
        "name =",
    ),
    (
        "pagination-style",
        HEAD + target('pagination = { listOrders = { style = "pages", page-param = "p" } }'),
        "config-bad-value",
        "/tool/pfgen/targets/0/pagination/listOrders/style",
        "pagination.listOrders.style",
        "pagination",
        "did you mean `page`?",
    ),
    (
        "pagination-no-style",
        HEAD + target('pagination = { listOrders = { page-param = "p" } }'),
        "config-missing-key",
        "/tool/pfgen/targets/0/pagination/listOrders",
        "style",
        "pagination",
        "style =",
    ),
    (
        "pagination-needs",
        HEAD + target('pagination = { listOrders = { style = "cursor", cursor-param = "c" } }'),
        "config-missing-key",
        "/tool/pfgen/targets/0/pagination/listOrders",
        "next-cursor",
        "pagination",
        "next-cursor",
    ),
    (
        "pagination-not-applicable",
        HEAD + target('pagination = { l = { style = "page", page-param = "p", ' 'cursor-param = "c" } }'),
        "config-bad-value",
        "/tool/pfgen/targets/0/pagination/l/cursor-param",
        "cursor-param",
        "pagination",
        "style",
    ),
    (
        "pagination-unknown",
        HEAD + target('pagination = { l = { style = "page", page-param = "p", item = "x" } }'),
        "config-unknown-key",
        "/tool/pfgen/targets/0/pagination/l/item",
        "item",
        "pagination",
        "did you mean `items`?",
    ),
    (
        "pagination-type",
        HEAD + target('pagination = { l = "page" }'),
        "config-wrong-type",
        "/tool/pfgen/targets/0/pagination/l",
        "pagination.l",
        "pagination",
        "table",
    ),
    (
        "empty-string",
        HEAD + target('package-name = ""'),
        "config-bad-value",
        "/tool/pfgen/targets/0/package-name",
        "package-name",
        "package-name",
        "package-name",
    ),
    (
        "empty-list-item",
        HEAD + target('include-tags = ["Orders", " "]'),
        "config-bad-value",
        "/tool/pfgen/targets/0/include-tags/1",
        "include-tags",
        "include-tags",
        "empty",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "code", "pointer", "named", "on_line", "hint"), CASES, ids=[c[0] for c in CASES]
)
def test_config_error(
    tmp_path: Path, case: str, text: str, code: str, pointer: str, named: str, on_line: str | tuple[str, int], hint: str
) -> None:
    error, _, text = load_error(tmp_path, text)
    assert error.code == code, error.one_line()
    assert error.location.pointer == pointer
    assert named in error.message
    needle, occurrence = on_line if isinstance(on_line, tuple) else (on_line, 1)
    assert error.location.line == line_of(text, needle, occurrence), error.one_line()
    assert hint in error.hint, error.hint


def test_error_in_pfgen_toml_uses_top_level_pointers(tmp_path: Path) -> None:
    text = 'output = "gen"\n\n[[targets]]\nname = "a"\nexclude-tag = ["x"]\n'
    error, _, _ = load_error(tmp_path, text, "pfgen.toml")
    assert error.code == "config-unknown-key"
    assert error.location.pointer == "/targets/0/exclude-tag"
    assert error.location.line == 5
    assert "did you mean `exclude-tags`?" in error.hint


def test_toml_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    text = HEAD + 'spec = "unterminated\n'
    error, _, _ = load_error(tmp_path, text)
    assert error.code == "config-toml-syntax"
    assert error.location.line == line_of(text, "unterminated")
    assert error.location.col is not None
    assert f":{error.location.line}:{error.location.col}" in error.one_line()


def test_toml_duplicate_key_is_a_syntax_error(tmp_path: Path) -> None:
    error, _, _ = load_error(tmp_path, HEAD + 'output = "again"\n')
    assert error.code == "config-toml-syntax"
    assert error.location.line == 6


def test_invalid_utf8(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pfgen.toml").write_bytes(b'output = "gen"\nspec = "\xff"\n')
    with pytest.raises(ConfigError) as info:
        load_config(cwd=tmp_path)
    assert info.value.code == "config-toml-syntax"
    assert info.value.location.line == 2


def test_tool_pfgen_not_a_table(tmp_path: Path) -> None:
    error, _, _ = load_error(tmp_path, '[tool]\npfgen = "yes"\n')
    assert error.code == "config-wrong-type"
    assert error.location.pointer == "/tool/pfgen"


def test_all_problems_are_reported_together(tmp_path: Path) -> None:
    text = HEAD + "lenint = true\n" + target('kind = "lib"\ninclude_tags = ["a"]\nstateful = "no"')
    error, _, _ = load_error(tmp_path, text)
    codes = [error.code] + [diag.code for diag in error.diagnostics]
    pointers = [error.location.pointer] + [diag.location.pointer for diag in error.diagnostics]
    assert codes.count("config-unknown-key") == 2
    assert "config-bad-value" in codes and "config-wrong-type" in codes
    assert "/tool/pfgen/targets/0/stateful" in pointers
    assert all(diag.severity == "error" and diag.location.line for diag in error.diagnostics)


def test_errors_name_the_target(tmp_path: Path) -> None:
    error, _, _ = load_error(tmp_path, HEAD + target("colour = 1", "orders"))
    assert "target `orders`" in error.message
