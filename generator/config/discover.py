"""Finding the config file: ``--config FILE`` explicitly, or from the working folder upward.

The upward search stops at the first folder holding a ``pfgen.toml`` (it wins over ``pyproject.toml`` in the same
folder) or a ``pyproject.toml`` with a ``[tool.pfgen]`` table, and never climbs past a folder holding ``.git`` or
``.hg``, so a repository never picks up a config from outside itself.
"""

from __future__ import annotations

from pathlib import Path

from generator.config.model import ConfigError
from generator.config.source import (
    PYPROJECT,
    STANDALONE,
    ConfigSource,
    has_pfgen_table,
    parse_toml,
    read_text,
)
from generator.errors import IOFailure, Location

_REPOSITORY_MARKERS = (".git", ".hg")


def _source(path: Path, text: str, data: dict[str, object], *, pyproject: bool) -> ConfigSource:
    if pyproject:
        tool = data["tool"]
        assert isinstance(tool, dict)
        table = tool["pfgen"]
        if not isinstance(table, dict):
            raise ConfigError(
                "config-wrong-type",
                "`tool.pfgen` must be a table",
                Location(str(path), pointer="/tool/pfgen"),
                hint="write the settings under a [tool.pfgen] header",
            )
        return ConfigSource(path, text, table, ("tool", "pfgen"))
    return ConfigSource(path, text, data, ())


def read_config_file(path: Path) -> ConfigSource:
    """Read an explicitly named config file (either kind) or a folder holding one."""
    path = path.resolve()
    if path.is_dir():
        found = _in_folder(path)
        if found is None:
            raise IOFailure(
                "config-not-found",
                f"the folder {path} has no {STANDALONE} and no {PYPROJECT} with a [tool.pfgen] table",
                Location(str(path)),
                hint="pass the config file itself, or create pfgen.toml there",
            )
        return found
    if not path.exists():
        raise IOFailure(
            "config-not-found",
            "the config file does not exist",
            Location(str(path)),
            hint="check the path given to --config",
        )
    text = read_text(path)
    data = parse_toml(path, text)
    if has_pfgen_table(data):
        return _source(path, text, data, pyproject=True)
    if path.name == PYPROJECT:
        raise ConfigError(
            "config-missing-table",
            f"{path.name} has no [tool.pfgen] table",
            Location(str(path)),
            hint="add a [tool.pfgen] table, or put the settings in a pfgen.toml",
        )
    return _source(path, text, data, pyproject=False)


def _in_folder(folder: Path) -> ConfigSource | None:
    standalone = folder / STANDALONE
    if standalone.is_file():
        text = read_text(standalone)
        return _source(standalone, text, parse_toml(standalone, text), pyproject=False)
    pyproject = folder / PYPROJECT
    if pyproject.is_file():
        text = read_text(pyproject)
        data = parse_toml(pyproject, text)
        if has_pfgen_table(data):
            return _source(pyproject, text, data, pyproject=True)
    return None


def discover(cwd: Path) -> ConfigSource | None:
    """The nearest config at or above ``cwd``; None when there is none."""
    start = cwd.resolve()
    for folder in (start, *start.parents):
        found = _in_folder(folder)
        if found is not None:
            return found
        if any((folder / marker).exists() for marker in _REPOSITORY_MARKERS):
            return None
    return None
