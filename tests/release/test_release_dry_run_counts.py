"""What --dry-run counts is what it lists (it said 9 files and listed 10: the manifest)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli

SPEC = Path(__file__).resolve().parents[1] / "fixtures" / "causes" / "causes.yaml"


def test_dry_run_lists_as_many_files_as_it_counts(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    shutil.copy2(SPEC, spec)
    args = ["-q", "generate", str(spec), "--output", str(tmp_path / "out"), "--package-name", "c", "--lenient"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    spec.write_text(spec.read_text().replace("operationId: createThing", "operationId: createThing\n      summary: Make"))
    result = CliRunner().invoke(cli, [*args, "--dry-run"])
    assert result.exit_code == 0, result.output
    counted = int(re.search(r"(\d+) files? would change", result.output).group(1))  # type: ignore[union-attr]
    listed = [line for line in result.output.splitlines() if re.match(r"  [+~-] ", line)]
    assert counted == len(listed) > 0, result.output


def test_a_wire_change_and_its_sdk_counterpart_count_once() -> None:
    from generator.diff.model import Change, SpecDiff
    from generator.release.changelog import count_changes

    wire = Change("endpoint-removed-deprecated", "wire", "info", "POST /things", "/paths/~1things/post", "removed")
    sdk = Change("sdk-method-removed", "sdk", "breaking", "POST /things", "", "things.create() was removed")
    other = Change("sdk-method-removed", "sdk", "breaking", "GET /x", "", "x.get() was removed")
    counts = count_changes(SpecDiff(changes=(wire, sdk, other)))
    assert (counts.breaking, counts.added, counts.changed) == (2, 0, 0)
