"""One folder and one on/off switch for every pfgen cache (black, validation, YAML, templates, stamps)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cachefiles import cache_root, read_json, section_dir, write_json
from generator.format.cache import cache_disabled, default_cache_dir
from generator.validate.cache import cache_dir as validate_cache_dir


@pytest.mark.parametrize(("value", "off"), [("", False), ("0", False), ("false", False), ("Off", False),
                                            ("1", True), ("yes", True), ("TRUE", True)])
def test_every_cache_follows_the_same_switch(value: str, off: bool, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("PFGEN_NO_CACHE", value)
    assert cache_disabled() is off
    assert (cache_root() is None) is off
    assert (validate_cache_dir() is None) is off
    assert default_cache_dir() == tmp_path / "black"
    write_json("demo", "k", {"a": 1})
    assert read_json("demo", "k") == (None if off else {"a": 1})
    assert section_dir("demo") == (None if off else tmp_path / "demo")
