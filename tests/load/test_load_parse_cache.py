"""Large YAML documents are parsed once: later loads read the cached result, which is identical."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load import parse_bytes, parse_cache
from generator.load import yaml_parse as yaml_parse_module

# A document large enough to be cached, with the things the loader reports or converts: an integer response
# code (a warning), a YAML date (kept as text), an alias, a float and a non-ASCII string.
BIG = (
    "openapi: 3.0.3\n"
    "info: {title: T, version: '1'}\n"
    "paths:\n"
    "  /a:\n"
    "    get:\n"
    "      responses:\n"
    "        200: &ok {description: 'fine ✓'}\n"
    "        404: *ok\n"
    "x-when: 2024-01-02\n"
    "x-ratio: 1.5\n"
    "x-filler:\n" + "".join(f"  - item {i} with some padding text to make the file large\n" for i in range(2000))
).encode()


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PFGEN_NO_CACHE", raising=False)
    return tmp_path / "cache"


def test_second_load_is_served_from_the_cache_and_identical(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(BIG) >= parse_cache.MIN_BYTES
    first = parse_bytes(BIG, "spec.yaml")
    assert first.data["paths"]["/a"]["get"]["responses"]["404"] == {"description": "fine ✓"}
    assert first.data["x-when"] == "2024-01-02" and first.data["x-ratio"] == 1.5
    assert [d.code for d in first.diagnostics] == ["non-string-key"]

    def no_parsing(*_args: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(yaml_parse_module, "parse_yaml", no_parsing)
    again = parse_bytes(BIG, "spec.yaml")
    assert again.data == first.data
    assert again.diagnostics == first.diagnostics
    assert again.text == first.text and again.sha256 == first.sha256


def test_a_damaged_entry_is_a_miss(_cache: Path) -> None:
    first = parse_bytes(BIG, "spec.yaml")
    for entry in (_cache / "yaml").glob("*.json"):
        entry.write_text('{"format": 1, "key": "x"')
    assert parse_bytes(BIG, "spec.yaml").data == first.data


def test_the_same_bytes_under_another_name_share_the_entry(monkeypatch: pytest.MonkeyPatch, _cache: Path) -> None:
    first = parse_bytes(BIG, "spec.yaml")

    def no_parsing(*_args: object) -> None:
        raise AssertionError("parsed again")

    real = yaml_parse_module.parse_yaml
    monkeypatch.setattr(yaml_parse_module, "parse_yaml", no_parsing)
    other = parse_bytes(BIG, "copy/.pfgen/spec.yaml")  # a release's copy of the document
    assert other.data == first.data
    assert [d.location.file for d in other.diagnostics] == ["copy/.pfgen/spec.yaml"]
    monkeypatch.setattr(yaml_parse_module, "parse_yaml", real)
    parse_bytes(b"openapi: 3.0.3\n", "small.yaml")  # too small to be worth an entry
    assert len(list((_cache / "yaml").glob("*.json"))) == 1


def test_no_cache_when_turned_off(monkeypatch: pytest.MonkeyPatch, _cache: Path) -> None:
    monkeypatch.setenv("PFGEN_NO_CACHE", "1")
    parse_bytes(BIG, "spec.yaml")
    assert not (_cache / "yaml").exists()
