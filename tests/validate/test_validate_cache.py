"""The on-disk result cache: hits skip the validator, misses and damage are harmless, and it can be turned off."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from validate_support import FIXTURES, spec_from_file, spec_from_text

from generator.validate import cache, schema_check, validate


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count how often the (slow) openapi-spec-validator step really runs."""
    seen: list[str] = []
    real = schema_check.check_schema

    def counting(doc, family, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(family)
        return real(doc, family, **kwargs)

    monkeypatch.setattr(schema_check, "check_schema", counting)
    return seen


def _entries(where: Path) -> list[Path]:
    return sorted((where / "validate").glob("*.json"))


def test_second_run_is_served_from_the_cache(calls: list[str], _private_validate_cache: Path) -> None:
    spec = spec_from_file(FIXTURES / "invalid-3.0.yaml")
    first = validate(spec)
    again = validate(spec_from_file(FIXTURES / "invalid-3.0.yaml"))
    assert calls == ["3.0"]
    assert again == first
    assert len(_entries(_private_validate_cache)) == 1


def test_lint_switch_and_content_are_part_of_the_key(calls: list[str]) -> None:
    text = (FIXTURES / "invalid-3.1.yaml").read_text()
    validate(spec_from_text(text))
    validate(spec_from_text(text), lint=False)
    validate(spec_from_text(text.replace("bogus", "bogus2")))
    assert len(calls) == 3


def test_positions_depend_on_the_text_not_only_the_data(calls: list[str]) -> None:
    text = (FIXTURES / "invalid-3.1.yaml").read_text()
    first = validate(spec_from_text(text))
    shifted = validate(spec_from_text("# a comment moves everything down\n" + text))
    assert len(calls) == 2
    assert [d.location.line for d in shifted] == [d.location.line + 1 for d in first]  # type: ignore[operator]


@pytest.mark.parametrize("damage", ["", "{not json", '{"format": 1, "key": "other", "diagnostics": []}',
                                    '{"format": 1, "diagnostics": [{"severity": "fatal"}]}', "[]"])
def test_damaged_entries_count_as_misses(
    damage: str, calls: list[str], _private_validate_cache: Path
) -> None:
    spec = spec_from_file(FIXTURES / "invalid-2.0.json")
    expected = validate(spec)
    (entry,) = _entries(_private_validate_cache)
    entry.write_text(damage)
    assert validate(spec) == expected
    assert len(calls) == 2
    assert json.loads(entry.read_text())["format"] == cache.FORMAT  # rewritten whole


def test_no_cache_env_turns_it_off(
    calls: list[str], monkeypatch: pytest.MonkeyPatch, _private_validate_cache: Path
) -> None:
    monkeypatch.setenv("PFGEN_NO_CACHE", "1")
    spec = spec_from_file(FIXTURES / "invalid-2.0.json")
    validate(spec)
    validate(spec)
    assert len(calls) == 2
    assert _entries(_private_validate_cache) == []


def test_unwritable_cache_folder_does_not_fail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(blocker))
    assert validate(spec_from_file(FIXTURES / "invalid-2.0.json"))


def test_concurrent_writers_leave_one_whole_entry(_private_validate_cache: Path) -> None:
    spec = spec_from_file(FIXTURES / "invalid-3.0.json")
    expected = validate(spec)
    key = next(iter(_entries(_private_validate_cache))).stem
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for _ in range(20):
                cache.store(key, expected)
                loaded = cache.load(key)
                assert loaded is None or loaded == expected
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert cache.load(key) == expected
    leftovers = [p for p in (_private_validate_cache / "validate").iterdir() if p.suffix != ".json"]
    assert leftovers == []


def test_default_location_is_under_the_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PFGEN_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "pfgen" / "validate"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.cache_dir() == Path.home() / ".cache" / "pfgen" / "validate"
