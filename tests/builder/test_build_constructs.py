"""The constructs fixture (OpenAPI 3.1 and a 3.0 variant) built into the IR, bullet by bullet."""

from __future__ import annotations

import pytest
from pfgen_build_helpers import FIXTURES, build_file, field, field_type, op

from generator.builder import BuildOptions, BuildResult
from generator.ir.model import ANY, ApiSpec, TypeRef


@pytest.fixture(scope="module")
def result() -> BuildResult:
    return build_file(FIXTURES / "constructs.yaml")


@pytest.fixture(scope="module")
def api(result: BuildResult) -> ApiSpec:
    return result.api


@pytest.fixture(scope="module")
def api30() -> ApiSpec:
    return build_file(FIXTURES / "constructs-3.0.yaml").api


def prim(name: str, **kw: object) -> TypeRef:
    return TypeRef("primitive", name, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------------ document level
def test_document_metadata(api: ApiSpec) -> None:
    assert (api.title, api.api_version, api.spec_version) == ("Constructs", "1.2.3", "3.1.0")
    assert api.description.startswith("Every construct")
    assert api.servers[0].url == "https://{region}.example.com/{base}"
    assert api.servers[0].variables == (("region", "eu", ("eu", "us")), ("base", "v1", ()))
    assert [t.name for t in api.tags][:2] == ["Products", "Product Variants"]
    assert {"Orders", "Misc"} <= {t.name for t in api.tags}
    assert dict(api.extensions) == {"x-custom": {"a": 1}}
    assert len(api.source_sha256) == 64


def test_sorted_output(api: ApiSpec) -> None:
    assert [s.name for s in api.schemas] == sorted(s.name for s in api.schemas)
    keys = [(o.resource, o.path, o.method) for o in api.operations]
    assert keys == sorted(keys)
    assert len({s.name for s in api.schemas}) == len(api.schemas)


# ------------------------------------------------------------------------------------------------------- objects
def test_required_optional_nullable_are_distinct(api: ApiSpec) -> None:
    pet = api.schema("Pet")
    assert field(pet, "id").required and not field(pet, "id").type.nullable
    assert not field(pet, "tag").required and field(pet, "tag").type.nullable
    assert field(pet, "nullableEnum").type.nullable
    assert field(pet, "owner").type == TypeRef("ref", "Owner", nullable=True)
    assert api.schema("Pet").title == "A pet" and api.schema("Pet").description == "A pet for sale."


def test_field_metadata(api: ApiSpec) -> None:
    pet = api.schema("Pet")
    nick = field(pet, "nickname")
    assert (nick.has_default, nick.default, nick.deprecated, nick.examples, nick.title) == (
        True, "buddy", True, ("bud",), "Nick")
    assert field(pet, "createdAt").read_only and field(pet, "password").write_only
    assert field(pet, "name").examples == ("rex",)
    assert not field(pet, "name").has_default
    assert field(pet, "status").default == "available"
    assert all(f.declared_in == "Pet" for f in pet.fields)


@pytest.mark.parametrize(
    ("wire", "name", "fmt"),
    [
        ("createdAt", "datetime", "date-time"), ("birthDate", "date", "date"), ("wakeTime", "time", "time"),
        ("lifespan", "duration", "duration"), ("uid", "uuid", "uuid"), ("homepage", "uri", "uri"),
        ("contact", "email", "email"), ("avatar", "bytes", "byte"), ("photo", "binary", "binary"),
        ("price", "decimal", "decimal"), ("amount", "decimal", "decimal"), ("ip", "str", "ipv4"),
        ("id", "int", "int64"), ("count", "int", "int32"), ("weight", "float", "float"),
        ("ratio", "float", "double"),
    ],
)
def test_formats(api: ApiSpec, wire: str, name: str, fmt: str) -> None:
    t = field_type(api, "Pet", wire)
    assert (t.kind, t.name, t.format) == ("primitive", name, fmt)


def test_constraints(api: ApiSpec) -> None:
    c = field_type(api, "Pet", "name").constraints
    assert (c.min_length, c.max_length, c.pattern) == (1, 100, "^[a-z]+$")
    c = field_type(api, "Pet", "weight").constraints
    assert (c.exclusive_minimum, c.minimum) == (0, None)           # 3.1 numeric exclusiveMinimum
    c = field_type(api, "Pet", "count").constraints
    assert (c.maximum, c.exclusive_maximum, c.multiple_of) == (10, 20, 2)
    c = field_type(api, "Pet", "files").constraints
    assert (c.unique_items, c.min_items, c.max_items) == (True, 1, 5)
    assert field_type(api, "Pet", "id").constraints.minimum == 1
    assert field_type(api, "Pet", "tag").constraints.is_empty()


def test_nested_inline_objects_are_hoisted(api: ApiSpec) -> None:
    assert field_type(api, "Pet", "address") == TypeRef("ref", "PetAddress")
    files = field_type(api, "Pet", "files")
    assert files.kind == "array" and files.args == (TypeRef("ref", "PetFilesItem"),)
    assert api.schema("PetAddress").wire_name == "" and api.schema("Pet").wire_name == "Pet"
    assert api.schema("PetFilesItem").pointer == "#/components/schemas/Pet/properties/files/items"


def test_maps_free_form_and_additional_properties(api: ApiSpec) -> None:
    assert field_type(api, "Pet", "labels") == TypeRef("map", args=(prim("str"),))
    assert field_type(api, "Pet", "metadata") == TypeRef("map", args=(ANY,))
    assert field_type(api, "Pet", "anything") == ANY
    assert api.schema("FreeForm").kind == "alias" and api.schema("FreeForm").target == TypeRef("map", args=(ANY,))
    assert api.schema("IntMap").target == TypeRef("map", args=(prim("int"),))
    closed = api.schema("Closed")
    assert (closed.kind, closed.fields, closed.additional_allowed) == ("object", (), False)
    ext = api.schema("Extensible")
    assert (ext.additional, ext.min_properties, ext.max_properties) == (prim("int"), 1, 3)
    assert api.schema("Pet").additional is None and api.schema("Pet").additional_allowed
    assert api.schema("Patterned").pattern_properties == (("^x-", prim("str")),)


def test_arrays_and_tuples(api: ApiSpec) -> None:
    assert api.schema("StringList").target == TypeRef("array", args=(prim("str"),))
    point = field_type(api, "Pet", "point")
    assert (point.kind, point.args, point.rest) == ("tuple", (prim("float"), prim("float")), None)
    pair = field_type(api, "Pet", "pair")
    assert (pair.kind, pair.args, pair.rest) == ("tuple", (prim("str"),), prim("int"))


def test_missing_type(api: ApiSpec) -> None:
    assert api.schema("Untyped").target == ANY
    props = api.schema("PropsNoType")
    assert props.kind == "object" and [f.name for f in props.fields] == ["a"]


# --------------------------------------------------------------------------------------------------------- enums
def test_enums(api: ApiSpec) -> None:
    status = api.schema("Status")
    assert status.kind == "enum" and status.nullable and status.enum_type == "str"
    assert [(m.name, m.value) for m in status.enum_members] == [
        ("IN_PROGRESS", "in-progress"), ("VALUE_1", "1"), ("EMPTY", ""), ("DONE", "done"),
        ("IN_PROGRESS_2", "in_progress"),
    ]
    assert api.schema("Priority").enum_type == "int"
    assert api.schema("Ratio").enum_type == "float"
    mixed = api.schema("Mixed")
    assert mixed.enum_type == "mixed" and [m.value for m in mixed.enum_members] == [1, "a", True]
    color = api.schema("Color")
    assert [(m.name, m.value, m.description) for m in color.enum_members] == [
        ("RED", 1, "The red one"), ("GREEN", 2, "The green one")]
    one = api.schema("OneValue")
    assert one.kind == "enum" and [m.value for m in one.enum_members] == ["lonely"]


def test_inline_enums_and_consts(api: ApiSpec) -> None:
    assert field_type(api, "Pet", "status") == TypeRef("ref", "PetStatus")
    assert [m.value for m in api.schema("PetStatus").enum_members] == ["available", "pending", "sold"]
    assert field_type(api, "Pet", "mode") == TypeRef("literal", literals=("fast",))
    assert field_type(api, "Pet", "single") == TypeRef("literal", literals=("only",))
    assert field_type(api, "Pet", "flags") == TypeRef("literal", literals=(True, False))
    nullable_enum = api.schema("PetNullableEnum")
    assert nullable_enum.nullable and [m.value for m in nullable_enum.enum_members] == ["a", "b"]
    assert api.schema("Fixed").target == TypeRef("literal", literals=("fixed",))


# ------------------------------------------------------------------------------------------------- composition
def test_allof_inheritance(api: ApiSpec) -> None:
    cat = api.schema("Cat")
    assert cat.bases == ("Animal",)
    assert [(f.wire_name, f.declared_in, f.required) for f in cat.fields] == [
        ("petType", "Animal", True), ("name", "Cat", True), ("meow", "Cat", True)]
    assert field(cat, "name").description == "Cat name."
    puppy = api.schema("Puppy")
    assert puppy.bases == ("Dog",)
    assert [(f.wire_name, f.declared_in) for f in puppy.fields] == [
        ("petType", "Animal"), ("name", "Animal"), ("bark", "Dog"), ("age", "Puppy")]


def test_allof_single_ref_with_modifiers(api: ApiSpec, api30: ApiSpec) -> None:
    legacy = field(api.schema("Pet"), "legacyOwner")
    assert legacy.type == TypeRef("ref", "Owner") and legacy.description == "The previous owner."
    best = field(api30.schema("Owner"), "best")
    assert best.type == TypeRef("ref", "Pet", nullable=True) and best.description == "The favourite pet."


def test_self_inheritance_does_not_loop(result: BuildResult) -> None:
    s = result.api.schema("SelfAllOf")
    assert s.kind == "object" and [f.wire_name for f in s.fields] == ["x"]
    assert any(d.code == "allof-cycle" for d in result.diagnostics)


def test_discriminated_union(api: ApiSpec) -> None:
    u = api.schema("PetUnion")
    assert u.kind == "union" and u.union_kind == "oneOf"
    assert u.variants == (TypeRef("ref", "Cat"), TypeRef("ref", "Dog"))
    assert u.discriminator is not None and u.discriminator.property == "petType"
    # explicit mapping + implicit by schema name for the unmapped variant, sorted by value
    assert u.discriminator.mapping == (("Dog", "Dog"), ("kitty", "Cat"))
    any_of = api.schema("PetAnyOf")
    assert any_of.union_kind == "anyOf" and any_of.discriminator is not None
    assert any_of.discriminator.mapping == (("Cat", "Cat"), ("doggo", "Dog"))   # bare-name mapping


def test_inline_discriminated_union_is_hoisted(api: ApiSpec) -> None:
    assert field_type(api, "Pet", "friend") == TypeRef("ref", "PetFriend")
    friend = api.schema("PetFriend")
    assert friend.kind == "union" and friend.discriminator is not None
    assert friend.discriminator.mapping == (("Cat", "Cat"), ("Dog", "Dog"))


def test_union_inline_variants_named_from_const_or_title(api: ApiSpec) -> None:
    shape = api.schema("Shape")
    assert shape.variants == (TypeRef("ref", "ShapeCircle"), TypeRef("ref", "ShapeSquare"),
                              TypeRef("ref", "FreeShape"))
    assert field_type(api, "ShapeCircle", "kind") == TypeRef("literal", literals=("circle",))


def test_primitive_unions_and_type_lists(api: ApiSpec) -> None:
    assert api.schema("PrimitiveUnion").variants == (prim("str"), prim("int"))
    assert field_type(api, "Pet", "strOrInt") == TypeRef("union", args=(prim("str"), prim("int")))


def test_nullable_union_of_one_is_a_nullable_alias(api: ApiSpec) -> None:
    s = api.schema("NullableOwner")
    assert s.kind == "alias" and s.nullable and s.target == TypeRef("ref", "Owner", nullable=True)


def test_overlapping_variants_warn(result: BuildResult) -> None:
    overlaps = [d for d in result.diagnostics if d.code == "union-variants-overlap"]
    assert len(overlaps) == 1
    assert "Overlapping" in overlaps[0].message and "VariantA" in overlaps[0].message
    assert "VariantB" in overlaps[0].message
    assert overlaps[0].severity == "warning"


def test_recursion(api: ApiSpec) -> None:
    assert field_type(api, "Node", "parent") == TypeRef("ref", "Node")
    assert field_type(api, "Node", "children") == TypeRef("array", args=(TypeRef("ref", "Node"),))
    assert field_type(api, "TreeA", "b") == TypeRef("ref", "TreeB")
    assert field_type(api, "TreeB", "a") == TypeRef("ref", "TreeA")


def test_aliases_and_deep_refs(api: ApiSpec) -> None:
    assert api.schema("AliasOfPet").target == TypeRef("ref", "Pet")
    assert api.schema("DeepRef").target == TypeRef("ref", "PetAddress")


# --------------------------------------------------------------------------------------------------------- names
def test_property_names(api: ApiSpec) -> None:
    names = {f.wire_name: f.name for f in api.schema("Owner").fields}
    assert names == {
        "class": "class_", "foo_bar": "foo_bar", "foo-bar": "foo_bar_2", "fooBar": "foo_bar_3", "$ref": "ref",
        "123abc": "field_123abc", "": "field_empty", "model_config": "model_config_", "schema": "schema_",
        "json": "json_", "größe": "grosse", "_private": "private", "type": "type", "id": "id", "str": "str_",
    }


def test_schema_class_names(api: ApiSpec) -> None:
    by_wire = {s.wire_name: s.name for s in api.schemas if s.wire_name}
    assert by_wire["WeirdName"] == "WeirdName"
    assert {by_wire["Weird.Name"], by_wire["Weird_Name"], by_wire["weird-name"]} == {
        "WeirdName2", "WeirdName3", "WeirdName4"}
    assert by_wire["BaseModel"] == "BaseModelSchema"
    assert by_wire["..."] == "Schema"
    assert field(api.schema("BaseModelSchema"), "x").declared_in == "BaseModelSchema"


# ---------------------------------------------------------------------------------------------------- operations
def test_operation_names(api: ApiSpec) -> None:
    got = {o.id: (o.resource, o.name) for o in api.operations}
    assert got["listProducts"] == ("products", "list")
    assert got["getProduct"] == ("products", "get")
    assert got["createProduct"] == ("products", "create")
    assert got["createProductVariant"] == ("product_variants", "create")
    assert got["listOrders"] == ("orders", "list")
    assert got["listOrderItems"] == ("orders", "list_items")
    assert got["removeProduct"] == ("products", "destroy")          # x-pfgen-name
    assert got["get_things_id"] == ("things", "get_id")            # no operationId, no tag
    assert got["list"] == ("misc", "list")


def test_operation_name_override_from_config() -> None:
    api = build_file(FIXTURES / "constructs.yaml", BuildOptions(operation_names={"listProducts": "catalog.browse",
                                                                               "removeProduct": "products.nuke"})).api
    got = {o.id: (o.resource, o.name) for o in api.operations}
    assert got["listProducts"] == ("catalog", "browse")
    assert got["removeProduct"] == ("products", "nuke")            # config beats x-pfgen-name


def test_parameters(api: ApiSpec) -> None:
    params = {p.wire_name: p for p in op(api, "listProducts").parameters}
    assert params["sort"].type == TypeRef("ref", "ListProductsSort")
    assert [m.name for m in api.schema("ListProductsSort").enum_members] == ["NAME", "MINUS_CREATED"]
    assert (params["sort"].style, params["sort"].explode) == ("form", True)
    assert (params["filter"].style, params["filter"].explode) == ("deepObject", False)
    assert (params["X-Trace"].name, params["X-Trace"].style, params["X-Trace"].explode) == ("x_trace", "simple", False)
    assert (params["session"].location, params["session"].style, params["session"].explode) == ("cookie", "form", True)
    page = {p.wire_name: p for p in op(api, "listOrders").parameters}["page"]
    assert (page.has_default, page.default) == (True, 1)


def test_path_level_parameters_merge(api: ApiSpec) -> None:
    get = {p.wire_name: p for p in op(api, "getProduct").parameters}
    assert get["id"].location == "path" and get["id"].required
    assert get["verbose"].type == prim("int") and get["verbose"].description == "operation-level wins"
    assert get["timeout"].name == "timeout"  # kept: the call option is the one renamed (request_timeout)
    remove = {p.wire_name: p for p in op(api, "removeProduct").parameters}
    assert remove["verbose"].type == prim("bool")


def test_parameter_body_collision_rename(api: ApiSpec) -> None:
    update = op(api, "updateProduct")
    assert [(p.wire_name, p.name) for p in update.parameters] == [("id", "id_path"), ("verbose", "verbose")]
    assert [f.name for f in api.schema("UpdateProductRequest").fields] == ["id", "name"]


def test_request_bodies(api: ApiSpec) -> None:
    create = op(api, "createProduct")
    assert create.body is not None and create.body.required and create.body.name == "body"
    assert create.body.contents[0].media_type == "application/json"
    assert create.body.contents[0].type == TypeRef("ref", "CreateProductRequest")
    assert field_type(api, "CreateProductRequest", "kind") == TypeRef("ref", "CreateProductRequestKind")
    assert field_type(api, "CreateProductRequest", "options") == TypeRef("ref", "CreateProductRequestOptions")
    upload = op(api, "uploadFile")
    assert upload.body is not None and upload.body.pointer == "#/components/requestBodies/Upload"
    media = upload.body.contents[0]
    assert media.media_type == "multipart/form-data" and media.type == TypeRef("ref", "UploadRequest")
    assert [(e.property, e.content_type) for e in media.encodings] == [
        ("file", "image/png"), ("meta", "application/json")]


def test_responses(api: ApiSpec) -> None:
    create = op(api, "createProduct")
    assert [r.status for r in create.responses] == ["201"]
    assert create.responses[0].contents[0].type == TypeRef("ref", "CreateProductResponse")
    multi = op(api, "multiStatus")
    assert [(r.status, r.contents[0].type.name) for r in multi.responses] == [
        ("200", "MultiStatusResponse200"), ("201", "MultiStatusResponse201"),
        ("default", "MultiStatusResponseDefault")]
    get = op(api, "getProduct")
    assert [(r.status, r.contents[0].type.name) for r in get.responses] == [("200", "Pet"), ("404", "NotFoundResponse")]
    things = op(api, "get_things_id")
    assert [m.type.name for m in things.responses[0].contents] == ["GetThingsIdResponse", "GetThingsIdResponseXml"]
    logs = op(api, "listLogs")
    assert [(h.name, h.type, h.description) for h in logs.responses[0].headers] == [
        ("Link", prim("str"), "RFC 8288 links")]


def test_security(api: ApiSpec) -> None:
    schemes = {s.key: s for s in api.security_schemes}
    assert (schemes["bearer"].type, schemes["bearer"].scheme, schemes["bearer"].bearer_format) == (
        "http", "bearer", "JWT")
    assert schemes["basic"].scheme == "basic"
    assert [(k, schemes[k].location, schemes[k].param_name) for k in ("apiKeyHeader", "apiKeyQuery", "apiKeyCookie")] \
        == [("apiKeyHeader", "header", "X-API-Key"), ("apiKeyQuery", "query", "api_key"),
            ("apiKeyCookie", "cookie", "sid")]
    flows = {f.kind: f for f in schemes["oauth"].flows}
    assert flows["clientCredentials"].token_url == "https://auth.example.com/token"
    assert flows["clientCredentials"].scopes == (("read", "Read things"), ("write", "Write things"))
    assert flows["authorizationCode"].authorization_url.endswith("/authorize")
    assert schemes["oidc"].open_id_connect_url.endswith("openid-configuration")
    assert [s.key for s in api.security_schemes] == sorted(schemes)

    assert op(api, "listProducts").security == api.security
    assert api.security[0].schemes == (("bearer", ()),)
    update = op(api, "updateProduct")
    assert update.security == () and update.security_declared               # security: [] -> none
    upload = op(api, "uploadFile").security
    assert [r.schemes for r in upload] == [(("apiKeyHeader", ()), ("basic", ())), (("oauth", ("read", "write")),)]


def test_idempotency_header(api: ApiSpec) -> None:
    assert op(api, "createProduct").idempotency_header == "Idempotency-Key"
    assert op(api, "listProducts").idempotency_header == ""


def test_pagination(api: ApiSpec) -> None:
    page = op(api, "listOrders").pagination
    assert page is not None and page.style == "page"
    assert (page.items_path, page.page_param, page.size_param) == (("orders",), "page", "pageSize")
    assert (page.total_path, page.pages_path) == (("pagination", "total"), ("pagination", "totalPages"))
    offset = op(api, "listOrderItems").pagination
    assert offset is not None and (offset.style, offset.items_path, offset.page_param, offset.size_param) == (
        "offset", (), "offset", "limit")
    cursor = op(api, "listEvents").pagination
    assert cursor is not None and cursor.style == "cursor"
    assert (cursor.items_path, cursor.page_param, cursor.next_path, cursor.has_more_path) == (
        ("data",), "starting_after", ("next_cursor",), ("has_more",))
    link = op(api, "listLogs").pagination
    assert link is not None and link.style == "link"
    assert op(api, "listProducts").pagination is None          # a list without paging params
    assert op(api, "getProduct").pagination is None


def test_webhooks(api: ApiSpec) -> None:
    hooks = {w.key: w for w in api.webhooks}
    created = hooks["order.created"]
    assert (created.name, created.method, created.event_type) == ("OrderCreatedEvent", "post", "order_created")
    assert created.body == TypeRef("ref", "OrderCreatedEvent")
    assert api.schema("OrderCreatedEvent").kind == "object"
    updated = hooks["pet.updated"]
    assert (updated.event_type, updated.body, updated.name) == ("pet.updated", TypeRef("ref", "Pet"),
                                                                "PetUpdatedEvent")


# ------------------------------------------------------------------------------------------ OpenAPI 3.0 semantics
def test_openapi30_nullable(api30: ApiSpec) -> None:
    owner = api30.schema("Owner")
    assert field(owner, "nick").required and field(owner, "nick").type.nullable
    assert field(owner, "name").required and not field(owner, "name").type.nullable
    assert field(owner, "pets").type.nullable and field(owner, "pets").type.kind == "array"
    assert api30.schema("Pet").nullable
    assert field(owner, "pets").type.args == (TypeRef("ref", "Pet", nullable=True),)
    assert api30.schema("NullableName").nullable and api30.schema("NullableName").target == prim("str", nullable=True)
    maybe = api30.schema("MaybeStatus")
    assert maybe.kind == "enum" and maybe.nullable
    mood = field(owner, "mood").type
    assert mood.nullable and api30.schema(mood.name).enum_members[-1].value == "sad"
    assert field(owner, "anyNull").type == ANY


def test_openapi30_boolean_exclusive_bounds(api30: ApiSpec) -> None:
    c = field_type(api30, "Owner", "age").constraints
    assert (c.minimum, c.exclusive_minimum, c.maximum, c.exclusive_maximum) == (None, 0, 120, None)


def test_draft4_tuple(api30: ApiSpec) -> None:
    point = field_type(api30, "Owner", "point")
    assert (point.kind, point.args, point.rest) == ("tuple", (prim("float"), prim("str")), None)
