from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import ConfigError, load_config
from generator.errors import EXIT_USAGE, IOFailure


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository root (``.git``) so discovery never climbs into the machine's folders."""
    (tmp_path / ".git").mkdir()
    return tmp_path


def test_pyproject_with_table_is_found_from_a_subfolder(repo: Path) -> None:
    path = write(repo / "pyproject.toml", '[tool.pfgen]\noutput = "gen"\n')
    sub = repo / "a" / "b"
    sub.mkdir(parents=True)
    config = load_config(cwd=sub)
    assert config.path == path.resolve()
    assert config.root == repo.resolve()
    assert config.output == repo.resolve() / "gen"


def test_pyproject_without_table_is_skipped(repo: Path) -> None:
    outer = write(repo / "pyproject.toml", '[tool.pfgen]\noutput = "outer"\n')
    write(repo / "pkg" / "pyproject.toml", '[project]\nname = "pkg"\n\n[tool.black]\nline-length = 100\n')
    config = load_config(cwd=repo / "pkg")
    assert config.path == outer.resolve()


def test_pfgen_toml_wins_over_pyproject_in_the_same_folder(repo: Path) -> None:
    write(repo / "pyproject.toml", '[tool.pfgen]\noutput = "from-pyproject"\n')
    standalone = write(repo / "pfgen.toml", 'output = "from-pfgen"\n')
    config = load_config(cwd=repo)
    assert config.path == standalone.resolve()
    assert config.output.name == "from-pfgen"


def test_nearest_config_wins(repo: Path) -> None:
    write(repo / "pfgen.toml", 'output = "outer"\n')
    inner = write(repo / "svc" / "pyproject.toml", '[tool.pfgen]\noutput = "inner"\n')
    (repo / "svc" / "src").mkdir()
    config = load_config(cwd=repo / "svc" / "src")
    assert config.path == inner.resolve()
    assert config.output == (repo / "svc" / "inner").resolve()


def test_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    write(tmp_path / "pfgen.toml", 'output = "outside"\n')
    inner = tmp_path / "checkout"
    (inner / ".git").mkdir(parents=True)
    config = load_config(cwd=inner)
    assert config.path is None


def test_nothing_found_gives_the_default_config_rooted_at_cwd(repo: Path) -> None:
    sub = repo / "x"
    sub.mkdir()
    config = load_config(cwd=sub)
    assert config.path is None
    assert config.root == sub.resolve()
    assert config.output == sub.resolve() / "generated"
    assert config.spec == ""
    assert len(config.targets) == 1 and config.targets[0].implicit
    assert config.sha256 == load_config(cwd=sub).sha256


def test_explicit_config_pfgen_toml_skips_discovery(repo: Path) -> None:
    write(repo / "pyproject.toml", '[tool.pfgen]\noutput = "discovered"\n')
    explicit = write(repo / "conf" / "team.toml", 'output = "explicit"\n')
    config = load_config(Path("conf/team.toml"), cwd=repo)
    assert config.path == explicit.resolve()
    assert config.root == (repo / "conf").resolve()
    assert config.output == (repo / "conf" / "explicit").resolve()


def test_explicit_config_pyproject(repo: Path) -> None:
    write(repo / "pfgen.toml", 'output = "discovered"\n')
    explicit = write(repo / "other" / "pyproject.toml", '[tool.pfgen]\noutput = "explicit"\n')
    config = load_config(explicit, cwd=repo)
    assert config.path == explicit.resolve()
    assert config.output.name == "explicit"


def test_explicit_toml_with_tool_pfgen_table_under_another_name(repo: Path) -> None:
    explicit = write(repo / "shared.toml", '[tool.pfgen]\noutput = "shared"\n')
    config = load_config(explicit, cwd=repo)
    assert config.output.name == "shared"
    assert config.targets[0].output_root.name == "shared"


def test_explicit_folder_uses_the_config_inside(repo: Path) -> None:
    inside = write(repo / "svc" / "pfgen.toml", 'output = "svc-out"\n')
    config = load_config(repo / "svc", cwd=repo)
    assert config.path == inside.resolve()


def test_explicit_missing_file_is_a_usage_error(repo: Path) -> None:
    with pytest.raises(IOFailure) as info:
        load_config(Path("nope.toml"), cwd=repo)
    assert info.value.code == "config-not-found"
    assert info.value.exit_code == EXIT_USAGE
    assert "nope.toml" in info.value.one_line()


def test_explicit_folder_without_config(repo: Path) -> None:
    (repo / "empty").mkdir()
    with pytest.raises(IOFailure) as info:
        load_config(repo / "empty", cwd=repo)
    assert info.value.code == "config-not-found"


def test_explicit_pyproject_without_table(repo: Path) -> None:
    path = write(repo / "pyproject.toml", '[project]\nname = "x"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path, cwd=repo)
    assert info.value.code == "config-missing-table"
    assert info.value.exit_code == 1
    assert str(path.resolve()) in info.value.one_line()


def test_broken_pyproject_on_the_way_up_is_reported(repo: Path) -> None:
    write(repo / "pyproject.toml", "[tool.pfgen\n")
    with pytest.raises(ConfigError) as info:
        load_config(cwd=repo)
    assert info.value.code == "config-toml-syntax"
    assert info.value.location.line == 1
