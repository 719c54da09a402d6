"""JSON Pointer handling (``generator.pointer``) against RFC 6901 itself: its section 5 examples, and its escaping
rule written out literally (``~`` -> ``~0`` first, then ``/`` -> ``~1``; decoding in the other order), for any
text, with URI fragments percent-encoded by ``urllib.parse.quote`` (RFC 3986). The module skips work for plain
tokens and caches parsed references; these properties hold whether a result is computed or cached."""

from __future__ import annotations

from urllib.parse import quote

from hypothesis import given
from hypothesis import strategies as st

from generator.pointer import canonical_ref, escape, join, lookup, ref_tokens, split, unescape

# Tokens made mostly of the characters that matter (the two escaped ones, their escapes, "%" and a few others);
# no lone surrogates, which no URI can spell.
tokens = st.text(
    alphabet=st.sampled_from(["~", "/", "0", "1", "%", "a", "é", " ", "#", "2"])
    | st.characters(blacklist_categories=("Cs",)),
    max_size=12,
)


def rfc_escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def rfc_unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def test_rfc6901_section5_examples() -> None:
    doc = {"foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4, "i\\j": 5, 'k"l': 6, " ": 7,
           "m~n": 8}
    cases = {"": doc, "/foo": ["bar", "baz"], "/foo/0": "bar", "/": 0, "/a~1b": 1, "/c%d": 2, "/e^f": 3,
             "/g|h": 4, "/i\\j": 5, '/k"l': 6, "/ ": 7, "/m~0n": 8}
    for pointer, value in cases.items():
        assert lookup(doc, split(pointer)) == value
    # The URI fragment forms of the same pointers (section 6).
    fragments = {"#": doc, "#/foo": ["bar", "baz"], "#/foo/0": "bar", "#/": 0, "#/a~1b": 1, "#/c%25d": 2,
                 "#/e%5Ef": 3, "#/g%7Ch": 4, "#/i%5Cj": 5, "#/k%22l": 6, "#/%20": 7, "#/m~0n": 8}
    for fragment, value in fragments.items():
        tokens_ = ref_tokens(fragment)
        assert tokens_ is not None and lookup(doc, tokens_) == value


@given(st.lists(tokens, max_size=5))
def test_escaping_is_the_rfc_rule_and_round_trips(parts: list[str]) -> None:
    for token in parts:
        assert escape(token) == rfc_escape(token)
        assert unescape(rfc_escape(token)) == token
    pointer = "".join("/" + rfc_escape(t) for t in parts)
    assert join(parts) == pointer
    assert split(pointer) == tuple(parts)
    assert split(pointer) == (tuple(rfc_unescape(t) for t in pointer[1:].split("/")) if pointer else ())


@given(st.lists(tokens, max_size=5))
def test_references_parse_as_their_percent_encoded_pointer(parts: list[str]) -> None:
    pointer = join(parts)
    spellings = ["#" + quote(pointer, safe="/~"), "#" + quote(pointer, safe="")]
    if "%" not in pointer:  # written as is, a '%' would start an escape (RFC 3986)
        spellings.append("#" + pointer)
    for ref in spellings:
        for _ in range(2):  # computed, then from the cache
            assert ref_tokens(ref) == tuple(parts)
            assert canonical_ref(ref) == "#" + pointer


@given(tokens)
def test_fragments_that_are_not_pointers_and_other_documents(text: str) -> None:
    assert ref_tokens("other.json#/" + quote(text)) is None
    if text and not text.startswith("/") and not quote(text).startswith("/"):
        assert ref_tokens("#" + quote(text)) is None
        assert canonical_ref("#" + quote(text)) == "#" + quote(text)
