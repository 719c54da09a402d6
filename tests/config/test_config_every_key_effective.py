"""Every configuration key the parser accepts reaches the output: changing its value changes what ``pfgen generate``
writes (or is refused with an error). A key that is parsed and then dropped fails here.

Each row is (key, base TOML, changed TOML, the file whose text must differ); both sides are generated through the
real command line from one small document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.config.keys import PROJECT_KEYS, TARGET_KEYS

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "tests" / "fixtures" / "builder" / "constructs.yaml"

OVERLAY = """overlay: 1.0.0
info: {title: rename, version: 1.0.0}
actions:
  - target: $.info
    update: {title: Renamed API}
"""

# key -> (base target lines, changed target lines, file that must differ ("*" = the set of files))
TARGET_CASES: dict[str, tuple[str, str, str]] = {
    "kind": ('kind = "python-client"', 'kind = "python-stub"', "*"),
    "output": ('output = "out"', 'output = "elsewhere"', "*"),
    "package-name": ('package-name = "cons"', 'package-name = "cons2"', "*"),
    "project-name": ("", 'project-name = "cons-sdk"', "pyproject.toml"),
    "client-name": ("", 'client-name = "Acme"', "cons/_client.py"),
    "env-prefix": ("", 'env-prefix = "ACME"', "cons/_client.py"),
    "include-tags": ("", 'include-tags = ["Orders"]', "*"),
    "exclude-tags": ("", 'exclude-tags = ["Orders"]', "*"),
    "include-operations": ("", 'include-operations = ["listOrders"]', "*"),
    "exclude-operations": ("", 'exclude-operations = ["listOrders"]', "cons/resources/orders.py"),
    "include-paths": ("", 'include-paths = ["/orders/**"]', "*"),
    "exclude-paths": ("", 'exclude-paths = ["/orders/*/items"]', "cons/resources/orders.py"),
    "base-url": ("", 'base-url = "https://acme.test/v9"', "cons/_client.py"),
    "default-headers": ("", 'default-headers = { X-Acme = "1" }', "cons/_client.py"),
    "templates": ("", 'templates = "overlay-templates"', "README.md"),
    "overlays": ("", 'overlays = ["rename.yaml"]', "README.md"),
    "names": ("", 'names = { listOrders = "orders.everything" }', "cons/resources/orders.py"),
    "version": ("", 'version = "3.0.0"', "cons/_version.py"),
    "webhook-signature-header": ("", 'webhook-signature-header = "X-Acme-Sig"', "cons/webhook_events.py"),
    "pagination": ("", 'pagination = { listOrders = { style = "none" } }', "cons/resources/orders.py"),
    "idempotency-header": ("", 'idempotency-header = "X-Once"', "cons/resources/products.py"),
}
STUB_CASES: dict[str, tuple[str, str, str]] = {
    "stateful": ('kind = "python-stub"', 'kind = "python-stub"\nstateful = true', "cons/app.py"),
}
# Keys that do not shape the files of a target, with what they do instead (each is tested where it acts).
NOT_OUTPUT = {
    "name": "selects a target (--target); tests/config",
    "docs-url": "where pfgen fetch / update look; tests/fetch",
    "targets": "the array holding the rows above",
    "spec": "the document itself",
    "lenient": "accepts an invalid document instead of refusing it; tested below",
    "allow-remote-refs": "lets $ref fetch URLs; tests/resolve",
    "allow-outside-refs": "lets $ref leave the project; tests/resolve",
}


def _generate(folder: Path, target_lines: str, *, project_lines: str = "lenient = true") -> dict[str, str]:
    folder.mkdir(parents=True)
    (folder / "rename.yaml").write_text(OVERLAY, encoding="utf-8")
    templates = folder / "overlay-templates" / "python-client" / "project"
    templates.mkdir(parents=True)
    readme = (ROOT / "templates" / "python-client" / "project" / "client_README.md.jinja").read_text()
    (templates / "client_README.md.jinja").write_text(readme + "\nOverlay was here.\n", encoding="utf-8")
    lines = target_lines if "output =" in target_lines else f'output = "out"\n{target_lines}'
    lines = lines if "package-name" in lines else f'package-name = "cons"\n{lines}'
    (folder / "pfgen.toml").write_text(
        f'spec = "{SPEC.as_posix()}"\n{project_lines}\n\n[[targets]]\nname = "c"\n{lines}\n', encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["-q", "generate", "--config", str(folder / "pfgen.toml")])
    assert result.exit_code == 0, result.output
    out = next(p for p in (folder / "out", folder / "elsewhere") if p.is_dir())
    files = {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8", errors="replace")
             for p in sorted(out.rglob("*")) if p.is_file() and ".pfgen" not in p.parts}
    files["<output folder>"] = out.name
    return files


def test_the_table_covers_every_key() -> None:
    covered = set(TARGET_CASES) | set(STUB_CASES) | set(NOT_OUTPUT)
    assert covered == set(TARGET_KEYS) | set(PROJECT_KEYS), sorted((set(TARGET_KEYS) | set(PROJECT_KEYS)) ^ covered)



@pytest.mark.parametrize("key", sorted(TARGET_CASES | STUB_CASES))
def test_changing_a_key_changes_the_output(key: str, tmp_path: Path) -> None:
    base, changed, where = (TARGET_CASES | STUB_CASES)[key]
    before = _generate(tmp_path / "base", base)
    after = _generate(tmp_path / "changed", changed)
    if where == "*":
        assert before.keys() != after.keys() or before != after, f"{key}: the output did not change"
    else:
        assert where in before and where in after, sorted(after)[:20]
        assert before[where] != after[where], f"{key}: {where} did not change"


def test_pagination_none_turns_paging_off(tmp_path: Path) -> None:
    paged = _generate(tmp_path / "paged", "")["cons/resources/orders.py"]
    plain = _generate(tmp_path / "plain", 'pagination = { listOrders = { style = "none" } }')["cons/resources/orders.py"]
    assert "SyncPage" in paged and "_LIST_PAGINATION" in paged
    assert "_LIST_PAGINATION" not in plain


def test_exclude_paths_drops_the_operation(tmp_path: Path) -> None:
    kept = _generate(tmp_path / "all", "")["cons/resources/orders.py"]
    dropped = _generate(tmp_path / "some", 'exclude-paths = ["/orders/*/items"]')["cons/resources/orders.py"]
    assert '"/orders/{orderId}/items"' in kept and '"/orders/{orderId}/items"' not in dropped


def test_lenient_decides_whether_an_invalid_document_generates(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: Bad, version: '1'}\npaths:\n  /x:\n    get:\n"
                    "      responses: {'200': {description: ok}}\n      parameters: [{name: q, in: nowhere}]\n")
    for lenient, code in (("false", 1), ("true", 0)):
        folder = tmp_path / lenient
        folder.mkdir()
        (folder / "pfgen.toml").write_text(
            f'spec = "{spec.as_posix()}"\nlenient = {lenient}\n\n[[targets]]\nname = "b"\noutput = "out"\n'
        )
        result = CliRunner().invoke(cli, ["-q", "generate", "--config", str(folder / "pfgen.toml")])
        assert result.exit_code == code, result.output
