"""The JSONPath evaluator: every supported form, RFC 9535 semantics, and syntax errors with positions."""

from __future__ import annotations

from typing import Any

import pytest

from generator.overlay.jsonpath import JSONPathSyntaxError, compile_path, to_pointer

STORE: dict[str, Any] = {
    "store": {
        "book": [
            {"category": "reference", "author": "Nigel Rees", "title": "Sayings", "price": 8.95},
            {"category": "fiction", "author": "Evelyn Waugh", "title": "Sword", "price": 12.99},
            {"category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553", "price": 8.99},
            {"category": "fiction", "author": "J. R. R. Tolkien", "title": "LOTR", "isbn": "0-395", "price": 22.99},
        ],
        "bicycle": {"color": "red", "price": 399},
    },
}

API: dict[str, Any] = {
    "paths": {
        "/orders/{id}": {
            "get": {"operationId": "getOrder", "tags": ["Orders"], "x-internal": False,
                    "parameters": [{"name": "id", "in": "path"}, {"name": "filter", "in": "query"}]},
            "delete": {"operationId": "deleteOrder", "tags": ["Orders", "Admin"], "x-internal": True},
        },
        "/products": {
            "get": {"operationId": "listProducts", "tags": ["Products"], "x-oai-traits": ["paged"],
                    "parameters": [{"name": "filter", "in": "header"}]},
        },
    },
    "weird": {"it's": 1, 'say "hi"': 2, "a\\b": 3, "é": 4, "x-y": 5, "$ref": 6, "": 7},
    "flag": {"on": True, "off": False, "none": None, "one": 1, "onef": 1.0, "zero": 0},
}


def pointers(query: str, doc: Any = STORE) -> list[str]:
    return [n.pointer for n in compile_path(query).find(doc)]


def values(query: str, doc: Any = STORE) -> list[Any]:
    return [n.value for n in compile_path(query).find(doc)]


# ---------------------------------------------------------------------------------------------- segments/selectors


def test_root_selects_the_whole_document() -> None:
    (node,) = compile_path("$").find(STORE)
    assert node.path == () and node.value is STORE and node.pointer == ""


def test_dot_member_and_nested_members() -> None:
    assert values("$.store.bicycle.color") == ["red"]
    assert pointers("$.store.bicycle") == ["/store/bicycle"]


def test_missing_member_selects_nothing() -> None:
    assert pointers("$.store.car") == []
    assert pointers("$.store.book.author") == []   # a name selector never selects from an array


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("$['store']['bicycle']['color']", ["red"]),
        ('$["store"]["bicycle"]["color"]', ["red"]),
        ("$.weird['it\\'s']", [1]),
        ('$.weird["say \\"hi\\""]', [2]),
        ("$.weird['a\\\\b']", [3]),
        ("$.weird['\\u00e9']", [4]),
        ("$.weird['']", [7]),
        ("$.weird['x-y', 'é']", [5, 4]),
    ],
)
def test_bracketed_names_with_escapes(query: str, expected: list[Any]) -> None:
    assert values(query, {**STORE, **API}) == expected


def test_path_keys_with_slashes_and_braces() -> None:
    assert values("$.paths['/orders/{id}'].get.operationId", API) == ["getOrder"]
    assert pointers("$.paths['/orders/{id}'].get", API) == ["/paths/~1orders~1{id}/get"]


def test_dashes_in_dot_names_are_accepted() -> None:
    # Not RFC shorthand, but what real overlays (and the Overlay 1.0 spec's traits example, @.x-oai-traits) write;
    # python-jsonpath accepts it in strict mode too.
    assert values("$.weird.x-y", API) == [5]
    assert pointers("$.paths.*[?@.x-oai-traits]", API) == ["/paths/~1products/get"]


def test_dollar_in_a_name_needs_brackets() -> None:
    # RFC 9535 (and python-jsonpath) have no '$' in a shorthand name; the old own parser accepted $.weird.$ref.
    assert values("$.weird['$ref']", API) == [6]
    with pytest.raises(JSONPathSyntaxError) as info:
        compile_path("$.weird.$ref")
    assert info.value.position == 8


def test_names_beyond_the_basic_plane_and_keywords_as_names() -> None:
    doc = {"𝄞": 1, "a": {"null": 2, "true": 3}}
    assert values("$.𝄞", doc) == [1]
    assert values("$..null", doc) == [2]
    assert values("$.a.true", doc) == [3]


def test_wildcards_select_object_values_and_array_items_in_order() -> None:
    assert pointers("$.store.*") == ["/store/book", "/store/bicycle"]
    assert values("$.store.book[*].title") == ["Sayings", "Sword", "Moby Dick", "LOTR"]
    assert values("$.store.bicycle[*]") == ["red", 399]
    assert pointers("$.store.bicycle.color.*") == []   # primitives have no children


def test_indexes_positive_negative_and_out_of_range() -> None:
    assert values("$.store.book[0].title") == ["Sayings"]
    assert values("$.store.book[-1].title") == ["LOTR"]
    assert values("$.store.book[-4].title") == ["Sayings"]
    assert values("$.store.book[4]") == []
    assert values("$.store.book[-5]") == []
    assert values("$.store.bicycle[0]") == []     # an index never selects from an object


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("$.store.book[0:2].title", ["Sayings", "Sword"]),
        ("$.store.book[:2].title", ["Sayings", "Sword"]),
        ("$.store.book[2:].title", ["Moby Dick", "LOTR"]),
        ("$.store.book[-2:].title", ["Moby Dick", "LOTR"]),
        ("$.store.book[::2].title", ["Sayings", "Moby Dick"]),
        ("$.store.book[::-1].title", ["LOTR", "Moby Dick", "Sword", "Sayings"]),
        ("$.store.book[3:0:-2].title", ["LOTR", "Sword"]),
        ("$.store.book[0:10].title", ["Sayings", "Sword", "Moby Dick", "LOTR"]),
        ("$.store.book[1:1].title", []),
        ("$.store.book[::0].title", []),    # step 0 selects nothing (RFC 9535 2.3.4.2.2)
    ],
)
def test_slices(query: str, titles: list[str]) -> None:
    assert values(query) == titles


def test_union_of_selectors_keeps_selector_order_and_duplicates() -> None:
    assert values("$.store.book[1, 0].title") == ["Sword", "Sayings"]
    assert values("$.store.book[0, 0].title") == ["Sayings", "Sayings"]
    assert values("$.store.book[1,::3].title") == ["Sword", "Sayings", "LOTR"]    # an index, then a slice


def test_slices_and_indexes_select_nothing_from_strings() -> None:
    assert values("$.store.bicycle.color[0:2]") == []
    assert values("$.store.bicycle.color[0]") == []
    assert values("$.store.bicycle[?@[0:1]]") == []


def test_descendant_segment_finds_names_at_any_depth() -> None:
    assert pointers("$..price") == [
        "/store/book/0/price", "/store/book/1/price", "/store/book/2/price", "/store/book/3/price",
        "/store/bicycle/price",
    ]
    assert pointers("$.store..color") == ["/store/bicycle/color"]
    assert values("$..book[2].author") == ["Herman Melville"]
    assert values("$..book[-1].title") == ["LOTR"]


def test_descendant_wildcard_lists_parents_before_children() -> None:
    found = pointers("$..*")
    assert found[:3] == ["/store", "/store/book", "/store/bicycle"]
    assert len(found) == 1 + 1 + 1 + 4 + 4 * 4 + 2 * 1 + 2   # store, book, bicycle, 4 books, their fields...
    assert found.index("/store/book/0") < found.index("/store/book/0/title")


def test_descendant_bracket_form() -> None:
    assert values("$..['color']") == ["red"]
    assert values("$.paths..responses['500']", {"paths": {"/a": {"get": {"responses": {"500": 1, "200": 2}}}}}) == [1]


# ------------------------------------------------------------------------------------------------------ filters


def test_filter_comparison_with_string_literal_both_syntaxes() -> None:
    assert values("$.store.book[?@.category == 'reference'].title") == ["Sayings"]
    assert values("$.store.book[?(@.category == 'reference')].title") == ["Sayings"]
    assert values('$.store.book[?@.category=="reference"].title') == ["Sayings"]


def test_filter_existence_test_is_true_even_for_false_values() -> None:
    assert values("$.store.book[?@.isbn].title") == ["Moby Dick", "LOTR"]
    assert pointers("$.paths.*[?@.x-internal]", API) == ["/paths/~1orders~1{id}/get", "/paths/~1orders~1{id}/delete"]


def test_filter_negation() -> None:
    assert values("$.store.book[?!@.isbn].title") == ["Sayings", "Sword"]
    assert values("$.store.book[?!(@.price < 10)].title") == ["Sword", "LOTR"]


def test_filter_not_equal_and_ordering_comparisons() -> None:
    assert values("$.store.book[?@.category != 'fiction'].title") == ["Sayings"]
    assert values("$.store.book[?@.price < 9].title") == ["Sayings", "Moby Dick"]
    assert values("$.store.book[?@.price <= 8.99].title") == ["Sayings", "Moby Dick"]
    assert values("$.store.book[?@.price > 20].title") == ["LOTR"]
    assert values("$.store.book[?@.price >= 22.99].title") == ["LOTR"]
    assert values("$.store.book[?@.title > 'M'].title") == ["Sayings", "Sword", "Moby Dick"]


def test_filter_and_or_with_precedence() -> None:
    assert values("$.store.book[?@.category == 'fiction' && @.price > 20].title") == ["LOTR"]
    assert values("$.store.book[?@.price < 9 || @.price > 20].title") == ["Sayings", "Moby Dick", "LOTR"]
    # && binds tighter than ||
    assert values("$.store.book[?@.price > 20 || @.isbn && @.price < 9].title") == ["Moby Dick", "LOTR"]
    assert values("$.store.book[?(@.price > 20 || @.isbn) && @.price < 9].title") == ["Moby Dick"]


def test_spec_example_filter_on_parameters() -> None:
    query = "$.paths.*.get.parameters[?@.name=='filter' && @.in=='query']"
    assert pointers(query, API) == ["/paths/~1orders~1{id}/get/parameters/1"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("$.flag[?@ == true]", [True]),
        ("$.flag[?@ == false]", [False]),
        ("$.flag[?@ == null]", [None]),
        ("$.flag[?@ == 1]", [1, 1.0]),        # numbers compare by value: 1 == 1.0
        ("$.flag[?@ == 0]", [0]),             # false is not 0
        ("$.flag[?@ == 1e0]", [1, 1.0]),
        ("$.flag[?@ == -0]", [0]),
    ],
)
def test_filter_literals_and_json_equality(query: str, expected: list[Any]) -> None:
    assert values(query, API) == expected


def test_filter_nested_paths_and_nested_filters() -> None:
    doc = {"items": [{"a": {"b": "x"}}, {"a": {"b": "y"}}, {"a": 1}]}
    assert pointers("$.items[?@.a.b == 'y']", doc) == ["/items/1"]
    assert pointers("$.paths.*[?@.tags[?@ == 'Admin']]", API) == ["/paths/~1orders~1{id}/delete"]
    query = "$.paths[?(@.get['x-oai-traits'][?(@ == 'paged')])].get"
    assert values(query, API) == [API["paths"]["/products"]["get"]]


def test_filter_missing_member_compares_as_nothing() -> None:
    # A missing value equals only another missing value, and is never less or greater than anything.
    assert values("$.store.book[?@.isbn == @.nope].title") == ["Sayings", "Sword"]
    assert values("$.store.book[?@.nope < 1].title") == []
    assert values("$.store.book[?@.nope != 'x'].title") == ["Sayings", "Sword", "Moby Dick", "LOTR"]


def test_filter_root_query_and_deep_equality() -> None:
    doc = {"want": {"k": [1, 2]}, "items": [{"k": [1, 2]}, {"k": [2, 1]}, {"k": {"0": 1}}]}
    assert pointers("$.items[?@.k == $.want.k]", doc) == ["/items/0"]


def test_booleans_are_not_numbers() -> None:
    # Python has True == 1 and True < 2; JSON (RFC 9535 2.3.5.2.2) does not, also inside arrays and objects.
    doc = {"v": [True, False, 1, 0, 2], "w": {"one": [1], "obj": {"a": 1}},
           "items": [{"k": [1]}, {"k": [True]}, {"k": {"a": True}}, {"k": {"a": 1}}]}
    assert values("$.v[?@ < 2]", doc) == [1, 0]
    assert values("$.v[?@ >= true]", doc) == [True]
    assert values("$.v[?@ == 1]", doc) == [1]
    assert pointers("$.items[?@.k == $.w.one]", doc) == ["/items/0"]
    assert pointers("$.items[?@.k == $.w.obj]", doc) == ["/items/3"]
    assert pointers("$.items[?@.k != $.w.one]", doc) == ["/items/1", "/items/2", "/items/3"]


def test_the_current_node_exists_whatever_its_value() -> None:
    doc = {"a": "", "b": 0, "c": False, "d": None, "e": "x"}
    assert values("$[?@]", doc) == ["", 0, False, None, "x"]
    assert values("$[?!@]", doc) == []
    assert values("$[?count(@) == 1]", doc) == ["", 0, False, None, "x"]
    assert values("$[?value(@) == 'x']", doc) == ["x"]


def test_filter_on_object_members() -> None:
    assert pointers("$.store[?@.color]") == ["/store/bicycle"]


def test_functions() -> None:
    assert values("$.store.book[?length(@.title) == 4].title") == ["LOTR"]
    assert values("$.store.book[?count(@.*) == 5].title") == ["Moby Dick", "LOTR"]
    assert values("$.store.book[?match(@.author, 'J.*')].title") == ["LOTR"]
    assert values("$.store.book[?match(@.author, 'Melville')].title") == []      # match is anchored
    assert values("$.store.book[?search(@.author, 'Melville')].title") == ["Moby Dick"]
    assert values("$.store.book[?value(@..isbn) == '0-553'].title") == ["Moby Dick"]


def test_regular_expressions_are_i_regexps() -> None:
    doc = {"s": ["a\r", "ab", "é", "xAy"]}
    assert values("$.s[?match(@, 'a.')]", doc) == ["ab"]             # RFC 9485: '.' matches neither CR nor LF
    assert values("$.s[?match(@, '\\\\p{L}')]", doc) == ["é"]        # Unicode classes are I-Regexp
    assert values("$.s[?match(@, '(?i)XAY')]", doc) == []            # Python-only syntax is not: no match
    assert values("$.s[?search(@, '[')]", doc) == []                 # nor is a broken pattern (no error)


def test_a_string_document_is_not_parsed_as_json() -> None:
    assert values("$", '{"a": 1}') == ['{"a": 1}']
    assert values("$.a", '{"a": 1}') == []


def test_descendants_of_a_deeply_nested_document() -> None:
    doc: dict[str, Any] = {}
    node = doc
    for _ in range(300):
        node["x"] = {}
        node = node["x"]
    assert len(pointers("$..x", doc)) == 300


def test_normalized_paths_convert_to_json_pointers() -> None:
    assert to_pointer(("paths", "/a~b", "get", 0)) == "/paths/~1a~0b/get/0"


# ------------------------------------------------------------------------------------------------- syntax errors


@pytest.mark.parametrize(
    ("query", "position", "words"),
    [
        ("paths", 0, "expected '$'"),
        (" $.a", 1, "leading whitespace"),
        ("$.a ", 3, "trailing whitespace"),
        ("$.", 2, "shorthand selector"),
        ("$[", 2, "end of query"),
        ("$['a'", 5, "end of segment"),
        ("$['a]", 2, "unexpected token"),
        ("$.paths['/a'].get]", 17, "unexpected"),
        ("$.a[01]", 4, "leading zero"),
        ("$[?@.a == ]", 10, "end of expression"),
        ("$[?@.* == 1]", 7, "non-singular query"),
        ("$[?'a']", 2, "literal"),
        ("$[?foo(@)]", 3, "'foo' is not defined"),
        ("$['\\q']", 3, "unknown escape"),
        ("$.a b", 4, "unexpected"),
        ("$.'a'", 2, "shorthand selector"),
        ("$[?@.a == 1", 11, "end of segment"),
        ("$[?(@.a == 1]", 3, "unbalanced parentheses"),
        ("$[-0]", 2, "leading zero"),
        ("$[?length(@.*) == 1]", 3, "ValueType"),
        ("$[1e2]", 2, "plain integer"),
        ("$[:0-3]", 4, "expected ':'"),
    ],
)
def test_syntax_errors_name_the_position(query: str, position: int, words: str) -> None:
    with pytest.raises(JSONPathSyntaxError) as info:
        compile_path(query)
    assert info.value.position == position, info.value
    assert words in info.value.message
    assert f"at character {position + 1}" in str(info.value)


@pytest.mark.parametrize(
    ("query", "words"),
    [
        # python-jsonpath's extended syntax, which its strict mode already refuses
        ("$.a | $.b", "unexpected"),
        ("$[?@.a =~ /x/]", "unexpected"),
        ("$[?@.a in ['x']]", "expected"),
        ("$[?@.a and @.b]", "expected"),
        ("$[?@.a == True]", "unexpected"),
        ("$.a.~", "unexpected"),
        ("$[?# == 0]", "unexpected"),
        ("^.a", "unexpected"),
        ("$.a[$.b]", "query selector"),
        ("$[?isinstance(@, 'str')]", "not defined"),
        # what its strict mode still accepts; the adapter refuses it
        ("$[?@.a <> 1]", "'<>'"),
        ("$[?@.a == [1, 2]]", "list literal"),
        ("$[?(@.a) == 1]", "parenthesised"),
        ("$[?1 == (@.a)]", "parenthesised"),
        ("$[?@.a == 1 == true]", "can be compared"),
        ("$[?!@.a == 1]", "can be compared"),
        ("$[?!!@.a]", "'!' applies to"),
        ("$[?!'a']", "'!' applies to"),
        ("$[?!count(@.*)]", "gives a value"),
        ("$[?@.a && length(@.b)]", "gives a value"),
        ("$[?match(@.a, 'x',)]", "','"),
    ],
)
def test_non_standard_syntax_is_rejected(query: str, words: str) -> None:
    with pytest.raises(JSONPathSyntaxError) as info:
        compile_path(query)
    assert words in info.value.message, info.value
    assert "\n" not in str(info.value) and "TOKEN_" not in str(info.value)


def test_a_query_is_reusable_and_pure() -> None:
    query = compile_path("$..price")
    before = repr(STORE)
    assert query.find(STORE) == query.find(STORE)
    assert repr(STORE) == before
