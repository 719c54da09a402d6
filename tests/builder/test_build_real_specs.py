"""Every shared real-world document builds, without a warnings flood; Pocketsflow names make sense."""

from __future__ import annotations

from pathlib import Path

import pytest
from pfgen_build_helpers import POCKETSFLOW, REAL_SPECS, build_file, load_spec, op

from generator.builder import BuildResult
from generator.ir.model import ApiSpec, TypeRef
from generator.ir.names import RESERVED_CLASS_NAMES, is_identifier

SPECS = sorted(p for p in REAL_SPECS.rglob("*") if p.suffix in (".json", ".yaml"))


def _normalize_available() -> bool:
    try:
        from generator.normalize import normalize  # noqa: F401
    except ImportError:
        return False
    return True


def _check_names(api: ApiSpec) -> None:
    names = [s.name for s in api.schemas]
    assert len(set(names)) == len(names)
    assert len({n.lower() for n in names}) == len(names)
    for s in api.schemas:
        assert is_identifier(s.name) and s.name not in RESERVED_CLASS_NAMES, s.name
        fields = [f.name for f in s.fields]
        assert len(set(fields)) == len(fields), s.name
        assert all(is_identifier(f) and not f.startswith("_") for f in fields), s.name
        assert all(f.declared_in in names for f in s.fields)
    known = set(names)

    def refs(t: TypeRef) -> None:
        if t.kind == "ref":
            assert t.name in known, t.name
        for a in t.args:
            refs(a)
        if t.rest is not None:
            refs(t.rest)

    for s in api.schemas:
        for f in s.fields:
            refs(f.type)
        for t in (*s.variants, s.target, s.additional):
            if t is not None:
                refs(t)
    seen = set()
    for o in api.operations:
        assert is_identifier(o.resource) and is_identifier(o.name)
        assert (o.resource, o.name) not in seen
        seen.add((o.resource, o.name))
        params = [p.name for p in o.parameters]
        assert len(set(params)) == len(params) and all(is_identifier(p) for p in params)
        for p in o.parameters:
            refs(p.type)
        for r in o.responses:
            for m in r.contents:
                refs(m.type)


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_real_spec_builds(path: Path) -> None:
    spec_text = path.read_text(encoding="utf-8")
    if ('"swagger"' in spec_text[:200] or spec_text.startswith("swagger")) and not _normalize_available():
        pytest.skip("Swagger 2.0 needs generator.normalize, which has not landed")
    res = build_file(path)
    assert res.api.operations
    _check_names(res.api)
    # no flood: at most 20 per code plus one summary line each
    by_code: dict[str, int] = {}
    for d in res.diagnostics:
        by_code[d.code] = by_code.get(d.code, 0) + 1
    assert all(n <= 21 for n in by_code.values())


@pytest.fixture(scope="module")
def pocketsflow() -> BuildResult:
    return build_file(POCKETSFLOW)


def test_pocketsflow_shape(pocketsflow: BuildResult) -> None:
    api = pocketsflow.api
    assert pocketsflow.diagnostics == ()
    assert len(api.operations) == 59
    assert len(api.webhooks) == 23
    assert api.spec_version == "3.1.0" and api.title == "Pocketsflow API"
    _check_names(api)


def test_pocketsflow_resources_and_methods(pocketsflow: BuildResult) -> None:
    api = pocketsflow.api
    resources = {o.resource for o in api.operations}
    assert {"products", "product_variants", "orders", "customers", "reviews", "discounts", "upsells",
            "subscriptions", "payments", "webhooks", "user_settings", "checkout", "refunds"} <= resources
    pairs = {(o.resource, o.name) for o in api.operations}
    for resource in ("products", "discounts", "upsells", "webhooks"):
        assert {(resource, m) for m in ("list", "get", "create", "update", "delete")} <= pairs
    assert {("product_variants", "create"), ("product_variants", "delete"), ("orders", "list"), ("orders", "get"),
            ("customers", "list"), ("customers", "get"), ("refunds", "create"), ("checkout", "create_session"),
            ("user_settings", "get_current_user"), ("subscriptions", "cancel"), ("webhooks", "test")} <= pairs


def test_pocketsflow_orders_pagination(pocketsflow: BuildResult) -> None:
    pag = op(pocketsflow.api, "listOrders").pagination
    assert pag is not None and pag.style == "page"
    assert (pag.items_path, pag.page_param, pag.size_param) == (("orders",), "page", "pageSize")
    assert (pag.total_path, pag.pages_path, pag.has_more_path) == (
        ("pagination", "totalCount"), ("pagination", "totalPages"), ("pagination", "hasMore"))
    assert op(pocketsflow.api, "listProducts").pagination is None


def test_pocketsflow_security_and_models(pocketsflow: BuildResult) -> None:
    api = pocketsflow.api
    (scheme,) = api.security_schemes
    assert (scheme.key, scheme.type, scheme.scheme) == ("bearerAuth", "http", "bearer")
    assert api.security[0].schemes == (("bearerAuth", ()),)
    product = api.schema("Product")
    assert {f.wire_name: f.name for f in product.fields}["_id"] == "id"
    assert {f.name for f in api.schema("ProductFile").fields} == {"name", "url", "size"}
    assert op(api, "createProduct").body.contents[0].type == TypeRef("ref", "CreateProductRequest")  # type: ignore[union-attr]


def test_pocketsflow_webhooks(pocketsflow: BuildResult) -> None:
    hooks = {w.key: w for w in pocketsflow.api.webhooks}
    completed = hooks["order.completed"]
    assert (completed.event_type, completed.method, completed.name) == ("order.completed", "post",
                                                                        "OrderCompletedEvent")
    assert completed.body == TypeRef("ref", "OrderEventPayload")
    assert all(w.event_type == w.key for w in hooks.values())
    assert len({w.name for w in hooks.values()}) == 23


def test_asana_builds_with_bounded_warnings() -> None:
    res = build_file(REAL_SPECS / "asana-sdk.yaml")
    assert len(res.api.schemas) > 1500
    assert {d.code for d in res.diagnostics} <= {"security-scheme-unknown", "union-variants-overlap"}
    assert load_spec  # keeps the helper import used
