"""The generated client's surface: building it from the IR, rendering it, and diffing two of them."""

from __future__ import annotations

from dataclasses import replace

from diff_support import api, body_api, resolved

from generator.diff import diff_surfaces, render_surface, sdk_surface
from generator.ir.model import (
    ApiSpec,
    EnumMember,
    Field,
    MediaType,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Schema,
    TypeRef,
)
from generator.pipeline import diff_versions

STR = TypeRef("primitive", "str")
INT = TypeRef("primitive", "int")
ORDER_REF = TypeRef("ref", "Order")


def order(*fields: Field, name: str = "Order", wire: str = "Order") -> Schema:
    return Schema(name, "object", f"#/components/schemas/{wire}", wire_name=wire, fields=fields)


def field(name: str, required: bool = True, t: TypeRef = STR, wire: str | None = None) -> Field:
    return Field(name, wire or name, t, required, f"#/f/{name}")


def operation(name: str = "retrieve", resource: str = "orders", params: tuple[Parameter, ...] = (),
              body: RequestBody | None = None, statuses: tuple[str, ...] = ("200",), path: str = "/orders/{id}",
              returns: TypeRef = ORDER_REF) -> Operation:
    pid = Parameter("id", "id", "path", True, STR, "#/p/id")
    responses = tuple(Response(s, "", (MediaType("application/json", returns),) if s == "200" else (), f"#/r/{s}")
                      for s in statuses)
    return Operation(name, "get", path, resource, name, f"#/paths/{name}", parameters=(pid, *params), body=body,
                     responses=responses)


def spec(ops: tuple[Operation, ...], schemas: tuple[Schema, ...]) -> ApiSpec:
    return ApiSpec("Shop", "1.0", "3.1.0", "0" * 64, operations=ops, schemas=schemas)


BASE = spec((operation(),), (order(field("id"), field("note", False)),))


def diff(new: ApiSpec, old: ApiSpec = BASE) -> list[tuple[str, str]]:
    return [(c.id, c.level) for c in diff_surfaces(sdk_surface(old), sdk_surface(new))]


def test_identical_surfaces_have_no_changes() -> None:
    assert diff(BASE) == []


def test_render_surface_is_sorted_and_stable() -> None:
    text = render_surface(sdk_surface(BASE))
    assert text == render_surface(sdk_surface(BASE))
    assert "client.orders.retrieve(id: str) -> Order" in text
    assert "class Order\n    id: str\n    note: str = None\n" in text


def test_model_renamed_with_migration_hint() -> None:
    new = spec((operation(returns=TypeRef("ref", "PurchaseOrder")),),
               (order(field("id"), field("note", False), name="PurchaseOrder", wire="PurchaseOrder"),))
    changes = diff_surfaces(sdk_surface(BASE), sdk_surface(new))
    assert [(c.id, c.scope, c.level) for c in changes] == [("sdk-model-renamed", "sdk", "breaking")]
    assert "`Order` -> `PurchaseOrder`" in changes[0].message


def test_model_added_and_removed() -> None:
    extra = Schema("Refund", "object", "#/components/schemas/Refund", "Refund", fields=(field("amount", t=INT),))
    assert diff(replace(BASE, schemas=(*BASE.schemas, extra))) == [("sdk-model-added", "info")]
    assert diff(BASE, replace(BASE, schemas=(*BASE.schemas, extra))) == [("sdk-model-removed", "breaking")]


def test_fields() -> None:
    def with_fields(*fields: Field) -> ApiSpec:
        return replace(BASE, schemas=(order(*fields),))

    assert diff(with_fields(field("id"))) == [("sdk-field-removed", "breaking")]
    assert diff(with_fields(field("id"), field("note", False), field("tag", False))) == [("sdk-field-added", "info")]
    assert diff(with_fields(field("id"), field("memo", False, wire="note"))) == [("sdk-field-renamed", "breaking")]
    assert diff(with_fields(field("id", False), field("note", False))) == [("sdk-field-became-optional", "warning")]
    assert diff(with_fields(field("id"), field("note"))) == [("sdk-field-became-required", "warning")]
    assert diff(with_fields(field("id", t=INT), field("note", False))) == [("sdk-field-type-changed", "warning")]


def test_enum_members() -> None:
    def status(*values: str) -> ApiSpec:
        enum = Schema("Status", "enum", "#/components/schemas/Status", "Status",
                      enum_members=tuple(EnumMember(v.upper(), v) for v in values))
        return replace(BASE, schemas=(*BASE.schemas, enum))

    assert diff(status("a", "b"), status("a")) == [("sdk-enum-member-added", "info")]
    assert diff(status("a"), status("a", "b")) == [("sdk-enum-member-removed", "breaking")]


def test_methods() -> None:
    assert diff(spec((operation(name="get"),), BASE.schemas)) == [("sdk-method-renamed", "breaking")]
    moved = spec((operation(resource="purchases"),), BASE.schemas)
    (c,) = diff_surfaces(sdk_surface(BASE), sdk_surface(moved))
    assert c.id == "sdk-method-renamed" and "client.purchases.retrieve()" in c.message
    other = operation(name="cancel", path="/orders/{id}/cancel")
    assert diff(spec((operation(), other), BASE.schemas)) == [("sdk-method-added", "info")]
    assert diff(spec((), BASE.schemas)) == [("sdk-method-removed", "breaking")]


def test_arguments_and_exceptions() -> None:
    limit = Parameter("limit", "limit", "query", False, INT, "#/p/limit")

    def with_params(*params: Parameter, statuses: tuple[str, ...] = ("200",)) -> ApiSpec:
        return spec((operation(params=params, statuses=statuses),), BASE.schemas)

    assert diff(with_params(limit)) == [("sdk-argument-added", "info")]
    assert diff(with_params(replace(limit, required=True))) == [("sdk-argument-added-required", "breaking")]
    assert diff(with_params(), with_params(limit)) == [("sdk-argument-removed", "breaking")]
    assert diff(with_params(replace(limit, required=True)), with_params(limit)) == \
        [("sdk-argument-became-required", "breaking")]
    assert diff(with_params(replace(limit, name="max_items")), with_params(limit)) == \
        [("sdk-argument-renamed", "breaking")]
    assert diff(with_params(replace(limit, type=STR)), with_params(limit)) == [("sdk-argument-type-changed", "warning")]
    (c,) = diff_surfaces(sdk_surface(BASE), sdk_surface(with_params(statuses=("200", "409"))))
    assert (c.id, c.level) == ("sdk-exception-added", "info") and "ConflictError (409)" in c.message


def test_flattened_body_fields_are_keyword_arguments() -> None:
    body = RequestBody(True, (MediaType("application/json", TypeRef("ref", "NewOrder")),), "#/b")
    new_order = order(field("sku"), field("note", False), name="NewOrder", wire="NewOrder")
    surface = sdk_surface(spec((operation(body=body),), (*BASE.schemas, new_order)))
    (method,) = surface.methods
    assert [(a.name, a.kind, a.required, a.wire) for a in method.arguments] == [
        ("id", "positional", True, "path#0"), ("note", "keyword", False, "body:note"),
        ("sku", "keyword", True, "body:sku")]
    assert "client.orders.retrieve(id: str, *, note: str = ..., sku: str) -> Order" in render_surface(surface)


def test_real_build_component_rename_is_sdk_only() -> None:
    obj = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    old = body_api({"$ref": "#/components/schemas/Order"}, "response", schemas={"Order": obj})
    new = body_api({"$ref": "#/components/schemas/PurchaseOrder"}, "response", schemas={"PurchaseOrder": obj})
    result, notes = diff_versions(resolved(old), resolved(new))
    assert notes == ()
    assert [(c.id, c.scope) for c in result.changes] == [("sdk-model-renamed", "sdk")]
    assert (result.breaking, result.sdk_breaking, result.bump) == (False, True, "major")


def test_real_build_new_required_parameter() -> None:
    def doc(params: list[dict[str, object]]) -> dict[str, object]:
        return api({"/orders": {"get": {"operationId": "listOrders", "parameters": params,
                                        "responses": {"200": {"description": "ok"}}}}})

    q = {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}}
    result, _ = diff_versions(resolved(doc([])), resolved(doc([q])))
    assert sorted(c.id for c in result.changes) == ["request-parameter-added-required", "sdk-argument-added-required"]
