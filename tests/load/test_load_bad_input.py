"""``load``: bad and hostile input fails fast with a stable code, a position and a hint, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import InputError
from generator.load import load_document, parse_bytes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "load"


def _error(name: str) -> InputError:
    with pytest.raises(InputError) as err:
        load_document(FIXTURES / name)
    return err.value


def test_malformed_json_names_line_column_and_hint() -> None:
    err = _error("bad-trailing-comma.json")
    assert err.code == "json-syntax"
    assert (err.location.line, err.location.col) == (3, 47)
    assert err.location.file.endswith("bad-trailing-comma.json")
    assert "trailing comma" in err.hint
    assert "3:47" in err.one_line()


def test_malformed_yaml_names_line_and_column() -> None:
    err = _error("bad-indent.yaml")
    assert err.code == "yaml-syntax"
    assert err.location.line == 4
    assert err.location.col is not None
    assert err.hint


def test_malformed_json_without_extension_reports_the_json_error() -> None:
    with pytest.raises(InputError) as err:
        parse_bytes(b'{"a": [1, 2,, 3]}', "spec")
    assert err.value.code == "json-syntax"
    assert err.value.location.line == 1


def test_python_tags_are_refused_not_constructed() -> None:
    err = _error("python-tag.yaml")
    assert err.code == "yaml-unsafe-tag"
    assert "!!python/object/apply:os.system" in err.message
    assert (err.location.line, err.location.col) == (3, 10)


def test_unknown_custom_tags_are_refused() -> None:
    err = _error("custom-tag.yaml")
    assert err.code == "yaml-unsafe-tag"
    assert "!include" in err.message


@pytest.mark.parametrize("text", ["a: !!binary aGVsbG8=\n", "a: !!set {x, y}\n", "a: !!python/name:os.system\n"])
def test_non_json_standard_tags_are_refused(text: str) -> None:
    with pytest.raises(InputError) as err:
        parse_bytes(text.encode(), "x.yaml")
    assert err.value.code == "yaml-unsafe-tag"


def test_alias_bomb_is_refused_quickly() -> None:
    # 9**10 (3.5 billion) values once expanded; refused while measuring, without expanding anything.
    err = _error("alias-bomb.yaml")
    assert err.code == "yaml-alias-bomb"
    assert "$ref" in err.hint


def test_merge_key_bomb_stays_small() -> None:
    # Each level merges the previous one four times; de-duplicated merging keeps it linear.
    data = load_document(FIXTURES / "merge-bomb.yaml").data
    assert len(data["m19"]) == 20


def test_recursive_alias_is_refused() -> None:
    err = _error("recursive-alias.yaml")
    assert err.code == "yaml-recursive-alias"


def test_recursive_alias_through_a_list_is_refused() -> None:
    with pytest.raises(InputError) as err:
        parse_bytes(b"a: &a [1, *a]\n", "x.yaml")
    assert err.value.code == "yaml-recursive-alias"


@pytest.mark.parametrize("depth", [600, 5000, 200_000])
def test_deep_json_is_refused(depth: int) -> None:
    raw = ("[" * depth + "]" * depth).encode()
    with pytest.raises(InputError) as err:
        parse_bytes(raw, "deep.json")
    assert err.value.code == "too-deep"


@pytest.mark.parametrize("depth", [600, 5000])
def test_deep_yaml_is_refused(depth: int) -> None:
    raw = ("a: " + "[" * depth + "]" * depth + "\n").encode()
    with pytest.raises(InputError) as err:
        parse_bytes(raw, "deep.yaml")
    assert err.value.code == "too-deep"


def test_deep_block_yaml_is_refused() -> None:
    raw = "".join("  " * i + "k:\n" for i in range(1200)).encode()
    with pytest.raises(InputError) as err:
        parse_bytes(raw, "deep.yaml")
    assert err.value.code == "too-deep"


def test_depth_through_shared_aliases_counts() -> None:
    inner = "[" * 300 + "]" * 300
    raw = f"a: &a {inner}\nb: {'[' * 300}*a{']' * 300}\n".encode()
    with pytest.raises(InputError) as err:
        parse_bytes(raw, "x.yaml")
    assert err.value.code == "too-deep"


def test_moderate_nesting_is_fine() -> None:
    raw = ("[" * 400 + "]" * 400).encode()
    assert parse_bytes(raw, "ok.json").data is not None


def test_size_cap_applies_to_bytes_and_files(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        parse_bytes(b"openapi: 3.1.0\n" * 10, "x.yaml", max_bytes=100)
    assert err.value.code == "too-large"
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: 1\n" * 100)
    with pytest.raises(InputError) as err:
        load_document(path, max_bytes=99)
    assert err.value.code == "too-large"
    assert load_document(path, max_bytes=500).data == {"a": 1}


@pytest.mark.parametrize("name", ["empty.yaml", "blank.json", "comments-only.yaml"])
def test_empty_documents_are_a_clear_error(name: str) -> None:
    err = _error(name)
    assert err.code == "empty-document"


def test_explicit_null_document_is_left_to_resolve() -> None:
    assert parse_bytes(b"null\n", "x.yaml").data is None


def test_two_yaml_documents_in_one_file_are_refused() -> None:
    err = _error("two-documents.yaml")
    assert err.code == "yaml-syntax"
    assert "more than one" in err.message


def test_complex_keys_are_refused() -> None:
    with pytest.raises(InputError) as err:
        parse_bytes(b"? [a, b]\n: 1\n", "x.yaml")
    assert err.value.code == "yaml-complex-key"


def test_undefined_alias_is_a_syntax_error() -> None:
    with pytest.raises(InputError) as err:
        parse_bytes(b"a: *nothing\n", "x.yaml")
    assert err.value.code == "yaml-syntax"
    assert err.value.location.line == 1


def test_bad_merge_value_is_a_syntax_error() -> None:
    with pytest.raises(InputError) as err:
        parse_bytes(b"a:\n  <<: 3\n", "x.yaml")
    assert err.value.code == "yaml-syntax"
