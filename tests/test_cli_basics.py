from __future__ import annotations

from click.testing import CliRunner

from generator import __version__
from generator.cli import cli


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("generate", "validate", "diff", "fetch", "check"):
        assert command in result.output


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output
