"""An output path that runs into a file is refused up front, naming the file; nothing is created or touched."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli

SPEC = Path(__file__).resolve().parents[1] / "fixtures" / "causes" / "causes.yaml"


def test_an_output_inside_a_file_names_the_file(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("keep me")
    result = CliRunner().invoke(
        cli, ["-q", "generate", str(SPEC), "--output", str(blocker / "out" / "deeper"), "--package-name", "c",
              "--lenient"],
    )
    assert result.exit_code == 2
    assert "error[output-not-a-folder]" in result.output and str(blocker) in result.output
    assert "rollback" not in result.output
    assert blocker.read_text() == "keep me" and sorted(p.name for p in tmp_path.iterdir()) == ["afile"]
