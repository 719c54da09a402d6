from __future__ import annotations

from pathlib import Path

from generator.config import load_config, normalised_config

A = """[tool.pfgen]
spec = "https://example.com/openapi.json"
output = "gen"
lenient = true

[[tool.pfgen.targets]]
name = "a"
package-name = "acme"
include-tags = ["Orders", "Customers"]
default-headers = { "X-One" = "1", "X-Two" = "2" }
names = { listOrders = "orders.all", getOrder = "orders.get" }
pagination = { listOrders = { style = "page", page-param = "page", size-param = "size" } }
"""

# The same settings: keys in another order, other formatting, comments, tables spelled differently,
# list order changed where it carries no meaning, defaults spelled out.
B = """# a comment
[tool.pfgen]
lenient = true   # yes
output = "./gen/"
allow-remote-refs = false
spec = "https://example.com/openapi.json"

[[tool.pfgen.targets]]
pagination.listOrders = { size-param = "size", page-param = "page", style = "page" }
include-tags = ["Customers", "Orders"]
kind = "python-client"
version = "1.0.0"
package-name = "acme"
name = "a"

[tool.pfgen.targets.names]
getOrder = "orders.get"
listOrders = "orders.all"

[tool.pfgen.targets.default-headers]
X-Two = "2"
X-One = "1"
"""


def sha(folder: Path, text: str, name: str = "pyproject.toml") -> str:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text)
    return load_config(cwd=folder).sha256


def test_sha_is_stable_across_key_order_and_formatting(tmp_path: Path) -> None:
    assert sha(tmp_path / "a", A) == sha(tmp_path / "b", B)


def test_sha_is_the_same_in_another_checkout_folder(tmp_path: Path) -> None:
    assert sha(tmp_path / "one", A) == sha(tmp_path / "deep" / "two", A)


def test_sha_changes_with_a_setting(tmp_path: Path) -> None:
    base = sha(tmp_path / "a", A)
    assert sha(tmp_path / "b", A.replace("lenient = true", "lenient = false")) != base
    assert sha(tmp_path / "c", A.replace('"orders.all"', '"orders.list"')) != base
    assert sha(tmp_path / "d", A.replace('output = "gen"', 'output = "out"')) != base


def test_normalised_config_has_no_absolute_paths(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "x.json").write_text("{}")
    (tmp_path / "pfgen.toml").write_text('spec = "specs/x.json"\n[[targets]]\nname = "a"\noutput = "gen/a"\n')
    config = load_config(cwd=tmp_path)
    data = normalised_config(config)
    assert data["spec"] == "specs/x.json"
    assert data["output"] == "generated"
    assert data["targets"][0]["output"] == "gen/a"
    assert str(tmp_path) not in repr(data)


def test_sha_is_stable_across_runs(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(A)
    first = load_config(cwd=tmp_path).sha256
    assert all(load_config(cwd=tmp_path).sha256 == first for _ in range(3))
