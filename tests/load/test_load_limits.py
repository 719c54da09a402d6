"""Every cap on input names itself, its value and the environment variable that raises it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import InputError, UsageError
from generator.load import LIMITS, load_document, parse_bytes, parse_cache
from generator.load.limits import (
    MAX_BYTES,
    MAX_DEPTH_LIMIT,
    MAX_DOCUMENTS,
    MAX_EXPANDED,
    MAX_TOTAL_BYTES,
)


@pytest.fixture(autouse=True)
def _defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for limit in LIMITS:
        monkeypatch.delenv(limit.env, raising=False)
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PFGEN_NO_CACHE", raising=False)


def _assert_names_the_limit(err: InputError, env: str, value: int) -> None:
    assert f"limit is {value:,}" in err.message, err.message
    assert env in err.hint, err.hint
    assert f"{env}={value * 4}" in err.hint  # a concrete way to raise it
    assert "\n" not in err.one_line()


def test_defaults_are_far_above_real_documents() -> None:
    assert MAX_BYTES.value() == 256 * 1024 * 1024
    assert MAX_TOTAL_BYTES.value() == 1024 * 1024 * 1024
    assert MAX_DOCUMENTS.value() == 20_000
    assert MAX_DEPTH_LIMIT.value() == 500
    assert MAX_EXPANDED.value() == 25_000_000
    assert len({limit.env for limit in LIMITS}) == len(LIMITS)
    assert all(limit.env.startswith("PFGEN_MAX_") for limit in LIMITS)


def test_document_size(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PFGEN_MAX_BYTES", "100")
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: 1\n" * 100)
    with pytest.raises(InputError) as err:
        load_document(path)
    assert err.value.code == "too-large"
    assert "500 bytes" in err.value.message
    _assert_names_the_limit(err.value, "PFGEN_MAX_BYTES", 100)
    with pytest.raises(InputError) as err:
        parse_bytes(b"a: 1\n" * 100, "big.yaml")
    _assert_names_the_limit(err.value, "PFGEN_MAX_BYTES", 100)
    monkeypatch.setenv("PFGEN_MAX_BYTES", "500")
    assert load_document(path).data == {"a": 1}


def test_a_limit_passed_by_the_caller_is_not_blamed_on_the_environment() -> None:
    with pytest.raises(InputError) as err:
        parse_bytes(b"a: 1\n" * 100, "big.yaml", max_bytes=100)
    assert "limit is 100 bytes" in err.value.message
    assert "PFGEN_MAX_BYTES" not in err.value.hint


def test_nesting_depth(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_MAX_DEPTH", "20")
    for raw, uri in ((b"[" * 30 + b"]" * 30, "deep.json"), (b"a: " + b"[" * 30 + b"]" * 30 + b"\n", "deep.yaml")):
        with pytest.raises(InputError) as err:
            parse_bytes(raw, uri)
        assert err.value.code == "too-deep"
        _assert_names_the_limit(err.value, "PFGEN_MAX_DEPTH", 20)
        assert "flatten" in err.value.hint
    monkeypatch.setenv("PFGEN_MAX_DEPTH", "40")
    assert parse_bytes(b"[" * 30 + b"]" * 30, "deep.json").data is not None


def test_beyond_what_the_parser_reads_is_not_blamed_on_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_MAX_DEPTH", "100000")
    with pytest.raises(InputError) as err:
        parse_bytes(b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n", "deep.yaml")
    assert err.value.code == "too-deep"
    assert "parser" in err.value.message
    assert "PFGEN_MAX_DEPTH" not in err.value.hint


ALIASES = b"a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n"


def test_yaml_alias_expansion(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_bytes(ALIASES, "aliases.yaml").data["c"][3][9][9] == 10
    monkeypatch.setenv("PFGEN_MAX_EXPANDED_NODES", "200")
    with pytest.raises(InputError) as err:
        parse_bytes(ALIASES, "aliases.yaml")
    assert err.value.code == "yaml-alias-bomb"
    assert "$ref" in err.value.hint
    _assert_names_the_limit(err.value, "PFGEN_MAX_EXPANDED_NODES", 200)


def test_a_cached_parse_is_not_served_under_a_lower_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    filler = b"".join(b"  - item %d with some padding to make the document worth caching\n" % i for i in range(1500))
    raw = ALIASES + b"x-filler:\n" + filler
    assert len(raw) >= parse_cache.MIN_BYTES
    parse_bytes(raw, "big.yaml")  # cached under the default limits
    monkeypatch.setenv("PFGEN_MAX_EXPANDED_NODES", "1000")
    with pytest.raises(InputError) as err:
        parse_bytes(raw, "big.yaml")
    assert err.value.code == "yaml-alias-bomb"


@pytest.mark.parametrize("value", ["many", "0", "-5", "1.5"])
def test_a_malformed_variable_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("PFGEN_MAX_DEPTH", value)
    with pytest.raises(UsageError) as err:
        parse_bytes(b"{}", "x.json")
    assert err.value.code == "limit-invalid"
    assert err.value.exit_code == 2
    assert "PFGEN_MAX_DEPTH" in err.value.message and repr(value) in err.value.message


def test_numbers_may_be_grouped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_MAX_DOCUMENTS", "40_000")
    assert MAX_DOCUMENTS.value() == 40_000
    monkeypatch.setenv("PFGEN_MAX_DOCUMENTS", " 50,000 ")
    assert MAX_DOCUMENTS.value() == 50_000
