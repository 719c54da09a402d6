from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.config import ConfigError, default_spec_path, load_config, select_target
from generator.errors import EXIT_USAGE, GeneratorError, InputError, UsageError

TWO = """[tool.pfgen]
[[tool.pfgen.targets]]
name = "client"
output = "gen/client"
[[tool.pfgen.targets]]
name = "stub"
kind = "python-stub"
output = "gen/stub"
"""


def test_select_target_by_name_and_default(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(TWO)
    config = load_config(cwd=tmp_path)
    assert select_target(config, None).name == "client"
    assert select_target(config, "stub").kind == "python-stub"


def test_select_unknown_target_suggests(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(TWO)
    config = load_config(cwd=tmp_path)
    with pytest.raises(UsageError) as info:
        select_target(config, "stbu")
    assert info.value.code == "unknown-target"
    assert info.value.exit_code == EXIT_USAGE
    assert "did you mean `stub`?" in info.value.hint
    assert "client, stub" in info.value.hint


def test_select_named_target_without_targets(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    config = load_config(cwd=tmp_path)
    assert select_target(config, None).implicit
    with pytest.raises(UsageError) as info:
        select_target(config, "x")
    assert "leave out --target" in info.value.hint


def test_default_spec_url_and_file(tmp_path: Path) -> None:
    (tmp_path / "pfgen.toml").write_text('spec = "https://example.com/o.json"\n')
    assert default_spec_path(load_config(cwd=tmp_path)) == "https://example.com/o.json"
    (tmp_path / "o.yaml").write_text("openapi: 3.1.0\n")
    (tmp_path / "pfgen.toml").write_text('spec = "o.yaml"\n')
    assert default_spec_path(load_config(cwd=tmp_path)) == str(tmp_path.resolve() / "o.yaml")


def test_default_spec_snapshot_folder_uses_the_newest(tmp_path: Path) -> None:
    folder = tmp_path / "specs" / "acme"
    folder.mkdir(parents=True)
    for version in ("1.9.0", "1.10.0"):
        (folder / f"{version}.json").write_text("{}")
    (tmp_path / "pfgen.toml").write_text('spec = "specs/acme"\n')
    assert Path(default_spec_path(load_config(cwd=tmp_path))).name == "1.10.0.json"
    (folder / "index.json").write_text(
        json.dumps({"api": "acme", "format": 1, "newest": "1.9.0.json", "snapshots": []})
    )
    assert Path(default_spec_path(load_config(cwd=tmp_path))).name == "1.9.0.json"


def test_default_spec_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "specs" / "acme").mkdir(parents=True)
    (tmp_path / "pfgen.toml").write_text('spec = "specs/acme"\n')
    with pytest.raises(GeneratorError) as info:
        default_spec_path(load_config(cwd=tmp_path))
    assert info.value.exit_code == 1


def test_default_spec_missing_after_unchecked_load(tmp_path: Path) -> None:
    (tmp_path / "pfgen.toml").write_text('docs-url = "https://x.example/docs"\nspec = "specs/acme"\n')
    config = load_config(cwd=tmp_path, check_spec=False)
    with pytest.raises(InputError) as info:
        default_spec_path(config)
    assert info.value.code == "spec-not-found"
    assert info.value.location.line == 2
    assert "pfgen fetch" in info.value.hint and "https://x.example/docs" in info.value.hint
    with pytest.raises(ConfigError):
        load_config(cwd=tmp_path)


def test_default_spec_not_configured(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    with pytest.raises(UsageError) as info:
        default_spec_path(load_config(cwd=tmp_path))
    assert info.value.code == "no-spec"
