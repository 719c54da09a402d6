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


def test_global_flags_work_after_the_subcommand(tmp_path) -> None:  # type: ignore[no-untyped-def]
    missing = str(tmp_path / "missing.yaml")
    plain = CliRunner().invoke(cli, ["validate", missing])
    assert plain.exit_code == 2 and "error[" in plain.output and plain.exc_info is not None
    after = CliRunner().invoke(cli, ["validate", missing, "--debug"])
    before = CliRunner().invoke(cli, ["--debug", "validate", missing])
    for result in (after, before):  # --debug re-raises: the exception reaches the runner, not a one-line error
        assert result.exception is not None and not isinstance(result.exception, SystemExit)
    quiet = CliRunner().invoke(cli, ["validate", missing, "-q", "-vv"])
    assert quiet.exit_code == 2
    # A value after "--" is an argument, not a flag.
    assert CliRunner().invoke(cli, ["validate", "--", "--debug"]).exit_code == 2


def test_a_closed_pipe_ends_the_run_quietly() -> None:
    """``pfgen templates list | head -1``: no 'Broken pipe' error line, the status of a SIGPIPE'd process."""
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "templates", "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before pfgen writes its first line
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141 and err == b"", err


def test_generate_help_states_the_filter_rule() -> None:
    from generator.builder.subset import SELECTION_RULE

    result = CliRunner().invoke(cli, ["generate", "--help"])
    assert " ".join(SELECTION_RULE.split()) in " ".join(result.output.split())


def test_a_spec_with_output_options_is_a_run_of_its_own(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The README's quickstart, from the project folder (which configures two targets with Pocketsflow renames)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = root / "tests" / "fixtures" / "causes" / "causes.yaml"
    monkeypatch.chdir(root)
    result = CliRunner().invoke(
        cli, ["-q", "generate", str(spec), "--output", str(tmp_path / "a"), "--package-name", "causes", "--lenient"]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a" / "causes" / "resources" / "things.py").is_file()
    # --isolated ignores a project's configuration altogether (here one whose target would filter everything).
    project = tmp_path / "project"
    project.mkdir()
    (project / "pfgen.toml").write_text('spec = "nope.yaml"\n[[targets]]\nname = "x"\ninclude-tags = ["None"]\n')
    monkeypatch.chdir(project)
    isolated = CliRunner().invoke(cli, ["-q", "generate", str(spec), "--isolated", "--lenient"])
    assert isolated.exit_code == 0, isolated.output
    assert (project / "generated" / "causes" / "causes" / "resources" / "things.py").is_file()
    assert CliRunner().invoke(cli, ["generate", "--isolated"]).exit_code == 2


def test_validate_takes_the_ref_flags_its_hints_name(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)  # the project root ends here
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "thing.yaml").write_text("type: object\nproperties: {a: {type: string}}\n")
    spec = project / "api.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: '../common/thing.yaml'}\n"
    )
    monkeypatch.chdir(project)
    refused = CliRunner().invoke(cli, ["validate", str(spec)])
    assert refused.exit_code != 0 and "--allow-outside-refs" in refused.output
    allowed = CliRunner().invoke(cli, ["validate", str(spec), "--allow-outside-refs"])
    assert allowed.exit_code == 0, allowed.output
    assert CliRunner().invoke(cli, ["diff", str(spec), str(spec)]).exit_code != 0
    same = CliRunner().invoke(cli, ["diff", str(spec), str(spec), "--allow-outside-refs"])
    assert same.exit_code == 0, same.output
