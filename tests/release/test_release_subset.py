"""A subset client's release is decided by what the subset keeps: an operation removed outside it is not a
breaking change of that client (it was a major release with 'GET /things was removed')."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli

SPEC = """openapi: 3.0.3
info: {title: Subset, version: "1"}
paths:
  /orders:
    get:
      operationId: listOrders
      tags: [Orders]
      responses: {"200": {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}}
%s"""
THINGS = """  /things:
    get:
      operationId: listThings
      tags: [Things]
      responses: {"200": {description: ok}}
"""


def _generate(folder: Path) -> str:
    result = CliRunner().invoke(cli, ["generate", "--config", str(folder / "pfgen.toml")])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_change_outside_the_subset_is_no_breaking_change(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC % THINGS)
    (tmp_path / "pfgen.toml").write_text(
        f'spec = "{spec.as_posix()}"\n\n[[targets]]\nname = "orders"\noutput = "out"\ninclude-tags = ["Orders"]\n'
    )
    assert "1.0.0" in _generate(tmp_path)
    spec.write_text(SPEC % "")  # GET /things (tag Things, outside the subset) is removed
    second = _generate(tmp_path)
    assert "2.0.0" not in second and "breaking" not in second.replace("0 breaking", ""), second
    changelog = (tmp_path / "out" / "CHANGELOG.md").read_text()
    assert "/things" not in changelog


def test_a_change_inside_the_subset_still_counts(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC % THINGS)
    (tmp_path / "pfgen.toml").write_text(
        f'spec = "{spec.as_posix()}"\n\n[[targets]]\nname = "things"\noutput = "out"\ninclude-tags = ["Things"]\n'
    )
    _generate(tmp_path)
    required = THINGS.replace(
        "      tags: [Things]\n",
        "      tags: [Things]\n      parameters: [{name: q, in: query, required: true, schema: {type: string}}]\n",
    )
    spec.write_text(SPEC % required)  # a new required parameter inside the subset: breaking
    assert "2.0.0" in _generate(tmp_path)
