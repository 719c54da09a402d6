from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.config import (
    ConfigError,
    TargetConfig,
    check_filters_against,
    load_config,
    operation_selected,
    path_matches,
)

TEXT = """[tool.pfgen]
output = "gen"

[[tool.pfgen.targets]]
name = "orders"
include-tags = ["Orders", "Custmers"]
exclude-operations = ["deleteOrder"]
names = { listOrdrs = "orders.all" }
pagination = { listOrders = { style = "page", page-param = "page" } }
include-paths = ["/orders/**", "/nothing/*"]
"""

TAGS = {"Orders", "Customers", "Products"}
OPERATIONS = {"listOrders", "deleteOrder", "getOrder", "listCustomers"}


@pytest.fixture
def orders(tmp_path: Path) -> TargetConfig:
    (tmp_path / "pyproject.toml").write_text(TEXT)
    return load_config(cwd=tmp_path).targets[0]


def test_unmatched_tag_names_key_file_and_line(orders: TargetConfig, tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        check_filters_against(orders, tags=TAGS, operation_ids=OPERATIONS)
    error = info.value
    assert error.exit_code == 1
    assert error.code == "config-filter-unmatched"
    assert "`include-tags`" in error.message and "'Custmers'" in error.message
    assert error.location.file == str((tmp_path / "pyproject.toml").resolve())
    assert error.location.line == 6
    assert error.location.pointer == "/tool/pfgen/targets/0/include-tags/1"
    assert "did you mean `Customers`?" in error.hint
    # names refers to an operationId the spec lacks, too
    others = [(d.code, d.location.pointer, d.location.line) for d in error.diagnostics]
    assert ("config-filter-unmatched", "/tool/pfgen/targets/0/names/listOrdrs", 8) in others
    assert len(others) == 1


def test_paths_are_checked_when_given(orders: TargetConfig) -> None:
    fixed = replace(orders, include_tags=("Orders",), names=())
    with pytest.raises(ConfigError) as info:
        check_filters_against(fixed, tags=TAGS, operation_ids=OPERATIONS, paths={"/orders", "/orders/{id}"})
    assert info.value.location.pointer == "/tool/pfgen/targets/0/include-paths/1"
    assert "'/nothing/*'" in info.value.message
    assert info.value.location.line == 10


def test_matching_filters_pass(tmp_path: Path) -> None:
    (tmp_path / "pfgen.toml").write_text(
        '[[targets]]\nname = "a"\ninclude-tags = ["Orders"]\nexclude-operations = ["deleteOrder"]\n'
        'names = { listOrders = "orders.all" }\n'
    )
    target = load_config(cwd=tmp_path).targets[0]
    check_filters_against(target, tags=TAGS, operation_ids=OPERATIONS)


def test_unmatched_operation_with_case_slip(tmp_path: Path) -> None:
    (tmp_path / "pfgen.toml").write_text('[[targets]]\nname = "a"\nexclude-operations = ["listorders"]\n')
    target = load_config(cwd=tmp_path).targets[0]
    with pytest.raises(ConfigError) as info:
        check_filters_against(target, tags=set(), operation_ids=OPERATIONS)
    assert "`exclude-operations`" in info.value.message
    assert "did you mean `listOrders`?" in info.value.hint


def _target(**filters: tuple[str, ...]) -> TargetConfig:
    return TargetConfig(name="t", kind="python-client", output=None, output_root=Path("/x"), **filters)  # type: ignore[arg-type]


def test_operation_selected_without_filters_keeps_everything() -> None:
    assert operation_selected(_target(), operation_id="a", tags=[], path="/a")


def test_includes_are_a_union_and_excludes_win() -> None:
    target = _target(include_tags=("Orders",), include_operations=("getHealth",), exclude_operations=("deleteOrder",))
    assert operation_selected(target, operation_id="listOrders", tags=["Orders"], path="/orders")
    assert operation_selected(target, operation_id="getHealth", tags=[], path="/health")
    assert not operation_selected(target, operation_id="listProducts", tags=["Products"], path="/products")
    assert not operation_selected(target, operation_id="deleteOrder", tags=["Orders"], path="/orders/{id}")


def test_exclude_tags_and_paths() -> None:
    target = _target(exclude_tags=("Internal",), exclude_paths=("/admin/**",))
    assert not operation_selected(target, operation_id="x", tags=["Internal", "Orders"], path="/x")
    assert not operation_selected(target, operation_id="y", tags=[], path="/admin")
    assert not operation_selected(target, operation_id="y", tags=[], path="/admin/users/{id}")
    assert operation_selected(target, operation_id="z", tags=[], path="/administrators")


@pytest.mark.parametrize(
    ("glob", "path", "expected"),
    [
        ("/orders/*", "/orders/{id}", True),
        ("/orders/*", "/orders/{id}/items", False),
        ("/orders/**", "/orders/{id}/items", True),
        ("/orders/**", "/orders", True),
        ("/orders/**", "/ordersx", False),
        ("/orders", "/orders", True),
        ("**/items", "/orders/{id}/items", True),
        ("/v?/x", "/v2/x", True),
        ("/v?/x", "/v2/y/x", False),
        ("/a.b", "/aXb", False),
    ],
)
def test_path_globs(glob: str, path: str, expected: bool) -> None:
    assert path_matches(glob, path) is expected
