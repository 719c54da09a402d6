from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import generator.config as config_module
from generator.config import PaginationConfig, load_config
from generator.config.keys import PAGINATION_KEYS, PROJECT_KEYS, TARGET_KEYS

FULL_TARGET = """
[[tool.pfgen.targets]]
name = "orders"
kind = "python-client"
output = "out/orders"
package-name = "pf_orders"
project-name = "pf-orders-client"
client-name = "OrdersClient"
env-prefix = "PF_ORDERS"
include-tags = ["Orders", "Customers"]
exclude-tags = ["Internal"]
include-operations = ["listOrders"]
exclude-operations = ["deleteOrder"]
include-paths = ["/orders/**"]
exclude-paths = ["/orders/{id}/audit"]
base-url = "https://gateway.internal/pocketsflow"
default-headers = { "X-Team" = "orders", "Accept-Language" = "en" }
templates = "templates-orders/"
overlays = ["overlays/orders.yaml", "overlays/extra.yaml"]
names = { listOrders = "orders.all", getOrder = "orders.get" }
version = "1.2.0"
stateful = false
webhook-signature-header = "X-Pocketsflow-Signature"
pagination = { listOrders = { style = "page", items = "orders", page-param = "page", size-param = "pageSize" }, listEvents = { style = "cursor", cursor-param = "after", next-cursor = "meta.next", has-more = "meta.has_more" } }
idempotency-header = "Idempotency-Key"

[[tool.pfgen.targets]]
name = "stub"
kind = "python-stub"
output = "out/stub"
stateful = true
"""

FULL = """
[project]
name = "demo"

[tool.pfgen]
spec = "specs/pocketsflow"
docs-url = "https://api.pocketsflow.com/docs"
output = "out"
lenient = true
allow-remote-refs = true
allow-outside-refs = true
""" + FULL_TARGET


def make_project(root: Path, text: str, name: str = "pyproject.toml") -> Path:
    (root / "specs" / "pocketsflow").mkdir(parents=True, exist_ok=True)
    (root / "templates-orders").mkdir(exist_ok=True)
    (root / "overlays").mkdir(exist_ok=True)
    (root / "overlays" / "orders.yaml").write_text("overlay: 1.0.0\n")
    (root / "overlays" / "extra.yaml").write_text("overlay: 1.0.0\n")
    path = root / name
    path.write_text(textwrap.dedent(text))
    return path


def test_every_project_key_is_parsed(tmp_path: Path) -> None:
    path = make_project(tmp_path, FULL)
    config = load_config(cwd=tmp_path)
    root = tmp_path.resolve()
    assert config.path == path.resolve()
    assert config.root == root
    assert config.spec == str(root / "specs" / "pocketsflow")
    assert config.docs_url == "https://api.pocketsflow.com/docs"
    assert config.output == root / "out"
    assert (config.lenient, config.allow_remote_refs, config.allow_outside_refs) == (True, True, True)
    assert [t.name for t in config.targets] == ["orders", "stub"]
    assert len(config.sha256) == 64


def test_every_target_key_is_parsed(tmp_path: Path) -> None:
    make_project(tmp_path, FULL)
    target = load_config(cwd=tmp_path).targets[0]
    root = tmp_path.resolve()
    assert target.name == "orders"
    assert target.kind == "python-client"
    assert target.output == root / "out" / "orders"
    assert target.output_root == root / "out"
    assert target.package_name == "pf_orders"
    assert target.project_name == "pf-orders-client"
    assert target.client_name == "OrdersClient"
    assert target.env_prefix == "PF_ORDERS"
    assert target.include_tags == ("Orders", "Customers")
    assert target.exclude_tags == ("Internal",)
    assert target.include_operations == ("listOrders",)
    assert target.exclude_operations == ("deleteOrder",)
    assert target.include_paths == ("/orders/**",)
    assert target.exclude_paths == ("/orders/{id}/audit",)
    assert target.base_url == "https://gateway.internal/pocketsflow"
    assert target.default_headers == (("Accept-Language", "en"), ("X-Team", "orders"))
    assert target.headers_map == {"X-Team": "orders", "Accept-Language": "en"}
    assert target.templates == root / "templates-orders"
    assert target.overlays == (root / "overlays" / "orders.yaml", root / "overlays" / "extra.yaml")
    assert target.names == (("getOrder", "orders.get"), ("listOrders", "orders.all"))
    assert target.names_map["listOrders"] == "orders.all"
    assert target.version == "1.2.0"
    assert target.stateful is False
    assert target.webhook_signature_header == "X-Pocketsflow-Signature"
    assert target.pagination_map == {
        "listOrders": PaginationConfig(style="page", items="orders", page_param="page", size_param="pageSize"),
        "listEvents": PaginationConfig(
            style="cursor", cursor_param="after", next_cursor="meta.next", has_more="meta.has_more"
        ),
    }
    assert [pair[0] for pair in target.pagination] == ["listEvents", "listOrders"]
    assert target.idempotency_header == "Idempotency-Key"
    assert target.implicit is False
    assert target.pointer == "/tool/pfgen/targets/0"
    stub = load_config(cwd=tmp_path).targets[1]
    assert stub.kind == "python-stub" and stub.stateful is True


def test_standalone_pfgen_toml_has_the_same_keys_at_top_level(tmp_path: Path) -> None:
    text = FULL.replace('[project]\nname = "demo"\n', "").replace("[tool.pfgen]\n", "")
    text = text.replace("[[tool.pfgen.targets]]", "[[targets]]")
    make_project(tmp_path, text, name="pfgen.toml")
    standalone = load_config(cwd=tmp_path)
    assert standalone.path == (tmp_path / "pfgen.toml").resolve()
    assert standalone.targets[0].pointer == "/targets/0"
    other = tmp_path / "other"
    other.mkdir()
    make_project(other, FULL)
    pyproject = load_config(cwd=other)
    # Same settings, same normalised config, whichever file holds them.
    assert standalone.sha256 == pyproject.sha256
    assert standalone.targets[0].pagination == pyproject.targets[0].pagination


def test_defaults_and_implicit_target(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.pfgen]\n")
    config = load_config(cwd=tmp_path)
    assert config.spec == ""
    assert config.docs_url is None
    assert config.output == tmp_path.resolve() / "generated"
    assert (config.lenient, config.allow_remote_refs, config.allow_outside_refs) == (False, False, False)
    (target,) = config.targets
    assert target.implicit and target.kind == "python-client"
    assert target.name is None and target.output is None and target.package_name is None
    assert target.output_root == tmp_path.resolve() / "generated"
    assert target.version == "1.0.0"
    assert target.idempotency_header is None and target.webhook_signature_header is None


def test_empty_header_names_mean_none(tmp_path: Path) -> None:
    (tmp_path / "pfgen.toml").write_text(
        '[[targets]]\nname = "c"\nidempotency-header = ""\nwebhook-signature-header = ""\n'
    )
    target = load_config(cwd=tmp_path).targets[0]
    assert target.idempotency_header is None and target.webhook_signature_header is None


def test_paths_are_relative_to_the_config_folder_not_cwd(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    make_project(project, FULL)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    config = load_config(Path("../project/pyproject.toml"), cwd=elsewhere)
    assert config.output == project.resolve() / "out"
    assert config.targets[0].templates == project.resolve() / "templates-orders"


def test_url_spec_is_kept_verbatim(tmp_path: Path) -> None:
    (tmp_path / "pfgen.toml").write_text('spec = "https://example.com/openapi.json"\n')
    config = load_config(cwd=tmp_path)
    assert config.spec == "https://example.com/openapi.json"
    assert config.spec_is_url


def test_check_spec_false_allows_a_missing_snapshot_folder(tmp_path: Path) -> None:
    (tmp_path / "pfgen.toml").write_text('spec = "specs/not-fetched-yet"\n')
    config = load_config(cwd=tmp_path, check_spec=False)
    assert config.spec == str(tmp_path.resolve() / "specs" / "not-fetched-yet")


def test_this_repository_config() -> None:
    root = Path(__file__).resolve().parents[2]
    config = load_config(root / "pyproject.toml", cwd=root, check_spec=False)
    assert config.spec == str(root / "specs" / "pocketsflow")
    assert config.docs_url == "https://api.pocketsflow.com/docs"
    assert config.output == root / "generated"
    target, stub = config.targets
    assert (target.name, target.kind, target.output) == ("pocketsflow", "python-client", root / "generated/pocketsflow")
    assert (target.package_name, target.client_name, target.env_prefix) == ("pocketsflow", "Pocketsflow", "POCKETSFLOW")
    assert (stub.kind, stub.output, stub.package_name) == (
        "python-stub", root / "generated/pocketsflow-stub", "pocketsflow_stub"
    )
    assert stub.names == target.names  # the stub's resources are named like the client's


def test_docstring_documents_every_key() -> None:
    doc = config_module.__doc__ or ""
    for key in [*PROJECT_KEYS, *TARGET_KEYS, *PAGINATION_KEYS]:
        assert key in doc, key


def test_config_values_are_frozen(tmp_path: Path) -> None:
    make_project(tmp_path, FULL)
    config = load_config(cwd=tmp_path)
    with pytest.raises(AttributeError):
        config.spec = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        config.targets[0].name = "x"  # type: ignore[misc]
    assert hash(config) == hash(load_config(cwd=tmp_path))


def test_stub_targets_default_to_their_own_distribution(tmp_path: Path) -> None:
    from generator.config import resolve_target_defaults

    (tmp_path / "pfgen.toml").write_text('[[targets]]\nname = "s"\nkind = "python-stub"\n')
    config = load_config(tmp_path / "pfgen.toml", cwd=tmp_path, check_spec=False)
    stub = resolve_target_defaults(config.targets[0], api_title="Pocketsflow API")
    assert (stub.package_name, stub.project_name, stub.env_prefix, stub.client_name) == (
        "pocketsflow_stub", "pocketsflow-stub", "POCKETSFLOW", "Pocketsflow"
    )
    assert stub.output == tmp_path / "generated" / "pocketsflow-stub"
