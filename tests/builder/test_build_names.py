"""Unit tests for generator/ir/names.py: every tricky name the build stage meets."""

from __future__ import annotations

import keyword

import pytest

from generator.ir.names import (
    RESERVED_CLASS_NAMES,
    class_name,
    enum_member_name,
    enum_member_names,
    field_name,
    is_identifier,
    parameter_name,
    to_pascal,
    to_snake,
    unique_names,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fooBar", "foo_bar"),
        ("foo-bar", "foo_bar"),
        ("foo_bar", "foo_bar"),
        ("FooBar", "foo_bar"),
        ("HTTPServer", "http_server"),
        ("userID", "user_id"),
        ("$ref", "ref"),
        ("@type", "type"),
        ("_id", "id"),
        ("page[size]", "page_size"),
        ("Product Variants", "product_variants"),
        ("User Settings", "user_settings"),
        ("address2", "address2"),
        ("größe", "grosse"),
        ("café", "cafe"),
        ("", ""),
        ("---", ""),
    ],
)
def test_to_snake(text: str, expected: str) -> None:
    assert to_snake(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("order.completed", "OrderCompleted"),
        ("productVariant", "ProductVariant"),
        ("weird-name", "WeirdName"),
        ("Weird_Name", "WeirdName"),
        ("Weird.Name", "WeirdName"),
        ("HTTPServer", "HTTPServer"),
        ("ORDER_STATUS", "OrderStatus"),
        ("createProduct", "CreateProduct"),
    ],
)
def test_to_pascal(text: str, expected: str) -> None:
    assert to_pascal(text) == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("fooBar", "foo_bar"),
        ("foo-bar", "foo_bar"),
        ("$ref", "ref"),
        ("123abc", "field_123abc"),
        ("", "field_empty"),
        ("class", "class_"),
        ("import", "import_"),
        ("type", "type"),
        ("id", "id"),
        ("model_config", "model_config_"),
        ("model_fields", "model_fields_"),
        ("modelName", "model_name_"),
        ("schema", "schema_"),
        ("json", "json_"),
        ("dict", "dict_"),
        ("copy", "copy_"),
        ("validate", "validate_"),
        ("construct", "construct_"),
        ("fields", "fields_"),
        ("parse_obj", "parse_obj_"),
        ("str", "str_"),
        ("int", "int_"),
        ("_private", "private"),
        ("__dunder__", "dunder"),
        ("größe", "grosse"),
        ("名前", "u540d_u524d"),
    ],
)
def test_field_name(wire: str, expected: str) -> None:
    name = field_name(wire)
    assert name == expected
    assert is_identifier(name) and not name.startswith("_")


@pytest.mark.parametrize("wire", ["self", "extra_headers", "extra_query", "extra_body"])
def test_parameter_name_avoids_per_call_options(wire: str) -> None:
    assert parameter_name(wire) == f"{wire}_"


@pytest.mark.parametrize("wire", ["timeout", "max_retries"])
def test_parameters_keep_names_whose_call_option_is_renamed(wire: str) -> None:
    assert parameter_name(wire) == wire  # the method's call option becomes request_<wire> instead


def test_parameter_name_snake_and_keywords() -> None:
    assert parameter_name("X-Request-ID") == "x_request_id"
    assert parameter_name("from") == "from_"
    assert parameter_name("pageSize") == "page_size"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pet", "Pet"),
        ("weird-name", "WeirdName"),
        ("BaseModel", "BaseModelSchema"),
        ("Field", "FieldSchema"),
        ("Optional", "OptionalSchema"),
        ("List", "ListSchema"),
        ("Any", "AnySchema"),
        ("None", "NoneSchema"),
        ("True", "TrueSchema"),
        ("Exception", "ExceptionSchema"),
        ("UUID", "UUIDSchema"),
        ("Decimal", "DecimalSchema"),
        ("Enum", "EnumSchema"),
        ("APIModel", "APIModelSchema"),
        ("NotGiven", "NotGivenSchema"),
        ("NOT_GIVEN", "NotGiven" + "Schema"),
        ("...", "Schema"),
        ("", "Schema"),
        ("2fa", "Schema2fa"),
        ("str", "Str"),
    ],
)
def test_class_name(text: str, expected: str) -> None:
    name = class_name(text)
    assert name == expected
    assert is_identifier(name)
    assert name not in RESERVED_CLASS_NAMES


def test_class_name_extra_reserved() -> None:
    assert class_name("Client", {"Widget"}) == "ClientSchema"
    assert class_name("Widget", {"Widget"}) == "WidgetSchema"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("in-progress", "IN_PROGRESS"),
        ("1", "VALUE_1"),
        ("", "EMPTY"),
        ("fooBar", "FOO_BAR"),
        (1, "VALUE_1"),
        (-1, "VALUE_MINUS_1"),
        (1.5, "VALUE_1_5"),
        (True, "TRUE"),
        (False, "FALSE"),
        ("-created", "MINUS_CREATED"),
        ("+created", "PLUS_CREATED"),
        ("*", "STAR"),
        ("a b", "A_B"),
        ("None", "NONE"),
        ("class", "CLASS"),
    ],
)
def test_enum_member_name(value: object, expected: str) -> None:
    assert enum_member_name(value) == expected
    assert is_identifier(expected) and not keyword.iskeyword(expected)


def test_enum_member_names_collisions_keep_spec_order() -> None:
    assert enum_member_names(["in-progress", "in_progress", "IN PROGRESS"]) == (
        "IN_PROGRESS", "IN_PROGRESS_2", "IN_PROGRESS_3",
    )


def test_enum_member_names_varnames() -> None:
    assert enum_member_names([1, 2], ["Red", "darkGreen"]) == ("RED", "DARK_GREEN")
    # A bad varnames list (wrong length) is ignored by the caller; unusable entries fall back to the value.
    assert enum_member_names([1, 2], ["", "2nd"]) == ("VALUE_1", "VALUE_2ND")


def test_unique_names_exact_match_wins_then_sorted_keys() -> None:
    wires = ["foo-bar", "foo_bar", "fooBar"]
    got = unique_names({w: field_name(w) for w in wires}, sep="_", exact={w: w for w in wires})
    assert got == {"foo_bar": "foo_bar", "foo-bar": "foo_bar_2", "fooBar": "foo_bar_3"}


def test_unique_names_classes() -> None:
    wires = ["Weird.Name", "weird-name", "Weird_Name", "WeirdName"]
    got = unique_names({w: class_name(w) for w in wires}, exact={w: w for w in wires})
    assert got == {"WeirdName": "WeirdName", "Weird.Name": "WeirdName2", "Weird_Name": "WeirdName3",
                   "weird-name": "WeirdName4"}
    assert len(set(got.values())) == 4


def test_unique_names_suffix_never_steals_a_plain_name() -> None:
    got = unique_names({"a": "Foo", "b": "Foo", "c": "Foo2"})
    assert got == {"a": "Foo", "b": "Foo3", "c": "Foo2"}


def test_unique_names_respects_taken_and_fold() -> None:
    got = unique_names({"x": "Pet", "y": "PET"}, taken={"Other"}, fold=str.lower)
    assert got == {"y": "PET", "x": "Pet2"} or got == {"x": "Pet", "y": "PET2"}
    assert len({v.lower() for v in got.values()}) == 2
    assert unique_names({"k": "Other"}, taken={"Other"}) == {"k": "Other2"}


def test_unique_names_independent_of_insertion_order() -> None:
    a = unique_names({"k1": "N", "k2": "N", "k3": "N"})
    b = unique_names({"k3": "N", "k1": "N", "k2": "N"})
    assert a == b == {"k1": "N", "k2": "N2", "k3": "N3"}
