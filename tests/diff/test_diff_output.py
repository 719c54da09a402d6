"""Renderers (json, text, markdown, html, github), the ignore file, and the `pfgen diff` command."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from diff_support import body_api

from generator.cli import cli
from generator.diff import RULES, SpecDiff
from generator.diff.ignore import apply_ignore, parse_ignore
from generator.diff.model import Change
from generator.diff.render import (
    render_github,
    render_html,
    render_json,
    render_markdown,
    render_text,
)
from generator.errors import UsageError

EVIL = '<script>alert("x")</script> & `name`'


def change(id: str, operation: str = "GET /a", message: str = "Something changed.", scope: str = "wire") -> Change:
    rule = RULES[id]
    return Change(id, rule.scope if scope == "wire" else "sdk", rule.level, operation, "/paths/~1a/get", message)


SAMPLE = SpecDiff((
    change("docs-changed", "", "Documentation changed: API description."),
    change("operation-removed", "DELETE /b", "DELETE /b was removed."),
    change("response-enum-value-added", "GET /a", f"Response 200 body `s`: enum value {EVIL} added."),
    change("request-parameter-added", "GET /a", "New optional query parameter `limit`."),
    change("sdk-model-renamed", "", "Model `Order` was renamed to `PurchaseOrder`; migrate with `Order` -> "
                                    "`PurchaseOrder` in imports and annotations."),
))


def test_json_shape() -> None:
    data = json.loads(render_json(SAMPLE))
    assert set(data) == {"breaking", "sdk_breaking", "bump", "changes"}
    assert (data["breaking"], data["sdk_breaking"], data["bump"]) == (True, True, "major")
    assert all(set(c) == {"id", "scope", "level", "operation", "location", "message", "oasdiff_id"}
               for c in data["changes"])
    assert render_json(SAMPLE) == render_json(SAMPLE)


def test_bump_levels() -> None:
    assert SpecDiff(()).bump == "none"
    assert SpecDiff((change("docs-changed"),)).bump == "patch"
    assert SpecDiff((change("docs-changed"), change("request-parameter-added"))).bump == "minor"
    assert SpecDiff((change("response-enum-value-added"),)).bump == "patch"
    assert SpecDiff((change("operation-removed"),)).bump == "major"


def test_text_groups_by_operation_breaking_first() -> None:
    text = render_text(SAMPLE)
    heads = [line for line in text.splitlines() if line and not line.startswith(" ")]
    assert heads[:4] == ["API", "(document)", "DELETE /b", "GET /a"]
    assert text.rstrip().endswith("suggested version bump: major")


def test_markdown_changelog_sections() -> None:
    md = render_markdown(SAMPLE, version="2.0.0", title="Shop API")
    assert md.startswith("## 2.0.0 Shop API\n")
    order = [line for line in md.splitlines() if line.startswith("### ")]
    assert order == ["### Breaking changes", "### Added", "### Changed", "### Documentation"]
    assert "Migrating Python code:" in md and "`Order` -> `PurchaseOrder`" in md
    plain = render_markdown(SAMPLE)
    assert plain.startswith("## Breaking changes\n")


def test_markdown_collapses_the_same_message_across_operations() -> None:
    diff = SpecDiff(tuple(change("response-enum-value-added", f"GET /{n}", "Response 200 body `s`: enum value added.")
                          for n in "abcde"))
    md = render_markdown(diff)
    assert md.count("enum value added") == 1 and "GET /a, GET /b, GET /c and 2 more" in md


def test_html_is_self_contained_and_escaped() -> None:
    page = render_html(SAMPLE, title=EVIL)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;" in page
    assert not re.search(r"""(src|href)=["']?https?:""", page)
    assert "<style>" in page and page.count("<h2>") == 3


def test_github_annotations() -> None:
    diff = SpecDiff((change("operation-removed", "DELETE /b", "Line one\nline two: 100%"),
                     change("response-enum-value-added"), change("docs-changed")))
    lines = render_github(diff, file="api.yaml").splitlines()
    assert lines[0] == "::error file=api.yaml,title=operation-removed (DELETE /b)::Line one%0Aline two: 100%25"
    assert lines[1].startswith("::warning file=api.yaml,title=response-enum-value-added (GET /a)::")
    assert lines[2].startswith("::notice ")


def test_ignore_file() -> None:
    entries = parse_ignore("# accepted\noperation-removed DELETE /b  # planned\ndocs-*\n\n", "ignore.txt")
    kept = apply_ignore(SAMPLE, entries)
    assert [c.id for c in kept.changes] == ["sdk-model-renamed", "request-parameter-added", "response-enum-value-added"]
    assert sorted(c.id for c in apply_ignore(SAMPLE, parse_ignore("response-enum-value-added get /a")).changes) == \
        sorted(c.id for c in SAMPLE.changes if c.id != "response-enum-value-added")
    renamed = SpecDiff((change("operation-removed", "GET /o/{orderId}"),))
    assert apply_ignore(renamed, parse_ignore("operation-removed GET /o/{id}")).changes == ()
    with pytest.raises(UsageError) as err:
        parse_ignore("no-such-rule\n", "ignore.txt")
    assert err.value.location.line == 1 and err.value.code == "ignore-unknown-rule"
    with pytest.raises(UsageError):
        parse_ignore("operation-removed /b\n")


# -- the command --------------------------------------------------------------------------------------------------

S = {"type": "string"}


def write(tmp: Path, name: str, doc: dict[str, Any]) -> str:
    path = tmp / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    old = body_api({"type": "object", "properties": {"a": S, "b": S}, "required": ["a", "b"]}, "response")
    new = body_api({"type": "object", "properties": {"a": {**S, "enum": ["x"]}, "c": S}, "required": ["a"]},
                   "response")
    return write(tmp_path, "old.json", old), write(tmp_path, "new.json", new)


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, ["diff", *args])


def test_cli_json_and_exit_codes(pair: tuple[str, str]) -> None:
    result = run(*pair, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    ids = sorted(c["id"] for c in data["changes"])
    assert "response-required-property-removed" in ids and "response-property-added" in ids
    assert data["bump"] == "major" and data["breaking"] is True
    assert run(*pair, "--fail-on", "breaking").exit_code == 1
    assert run(pair[0], pair[0], "--fail-on", "info").exit_code == 0


def test_cli_fail_on_levels(tmp_path: Path) -> None:
    old = write(tmp_path, "o.json", body_api({"type": "object", "properties": {"a": S}}, "response"))
    new = write(tmp_path, "n.json", body_api({"type": "object", "properties": {"a": S, "b": S}}, "response"))
    assert run(old, new, "--fail-on", "breaking").exit_code == 0
    assert run(old, new, "--fail-on", "warning").exit_code == 0
    assert run(old, new, "--fail-on", "info").exit_code == 1


def test_cli_ignore(pair: tuple[str, str], tmp_path: Path) -> None:
    ignore = tmp_path / "accepted.txt"
    ignore.write_text("response-required-property-removed\nsdk-*\n", encoding="utf-8")
    result = run(*pair, "--format", "json", "--ignore", str(ignore), "--fail-on", "breaking")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["breaking"] is False
    ignore.write_text("not-a-rule\n", encoding="utf-8")
    assert run(*pair, "--ignore", str(ignore)).exit_code == 2


def test_cli_other_formats(pair: tuple[str, str]) -> None:
    text = run(*pair).output
    assert "POST /things" in text and "[response-required-property-removed]" in text
    assert run(*pair, "--format", "markdown").output.startswith("## Breaking changes")
    assert run(*pair, "--format", "html").output.startswith("<!DOCTYPE html>")
    gh = run(*pair, "--format", "github").output.splitlines()
    assert gh and all(re.match(r"^::(error|warning|notice) (file=[^,]+,line=\d+,)?title=[^:]+::", line)
                      for line in gh)


def test_reports_name_the_api_and_both_versions_and_html_shows_code(tmp_path: Path) -> None:
    def doc(version: str, required: list[str]) -> dict[str, Any]:
        return {"openapi": "3.0.3", "info": {"title": "Shop <API>", "version": version}, "paths": {"/a": {"get": {
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                "type": "object", "required": required, "properties": {"name": {"type": "string"}}}}}}}}}}}

    base, rev = write(tmp_path, "base.json", doc("1.0.0", ["name"])), write(tmp_path, "rev.json", doc("1.1.0", []))
    assert run(base, rev, "--wire-only").stdout.splitlines()[0] == "Shop <API> 1.0.0 -> 1.1.0"
    page = run(base, rev, "--wire-only", "--format", "html").stdout
    assert "<h1>Changes: Shop &lt;API&gt; 1.0.0 -&gt; 1.1.0</h1>" in page
    assert "<code>name</code>" in page and "`" not in page.split("<body>")[1]


def test_github_annotations_use_repository_paths_and_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    (repo / "specs").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    base = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {
        "/a": {"get": {"responses": {"200": {"description": "ok"}}}},
        "/b": {"get": {"parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                       "responses": {"200": {"description": "ok"}}}}}}
    rev = json.loads(json.dumps(base))
    rev["paths"]["/b"]["get"]["parameters"][0]["required"] = True
    (repo / "specs" / "old.json").write_text(json.dumps(base, indent=2))
    (repo / "specs" / "new.json").write_text(json.dumps(rev, indent=2))
    monkeypatch.chdir(repo / "specs")
    out = run("old.json", "new.json", "--wire-only", "--format", "github").stdout.splitlines()
    text = (repo / "specs" / "new.json").read_text().splitlines()
    line = next(i for i, t in enumerate(text, 1) if '"name": "q"' in t) - 1   # the parameter object starts above
    assert out == [(f"::error file=specs/new.json,line={line},title=request-parameter-became-required (GET /b)::"
                    "Query parameter `q` became required.")]


def test_cli_usage_and_io_errors(pair: tuple[str, str], tmp_path: Path) -> None:
    assert run(pair[0]).exit_code == 2
    missing = run(pair[0], str(tmp_path / "nope.json"))
    assert missing.exit_code == 2 and "no such file" in missing.output


def test_cli_invalid_document_is_diffed_with_one_warning_and_refused_with_strict(
        pair: tuple[str, str], tmp_path: Path) -> None:
    """As oasdiff does, an invalid document is compared as it is; --strict refuses it like `validate`."""
    bad = write(tmp_path, "bad.json", {"openapi": "3.0.3", "info": {"title": "x"}, "paths": {"/a": {"get": {}}}})
    result = run(pair[0], bad, "--format", "json")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "[spec-invalid]" in line]
    assert len(warnings) == 1 and "bad.json" in warnings[0] and "--strict" in warnings[0]
    assert json.loads(result.stdout)["breaking"] is True   # every old operation but GET /a is gone
    strict = run(pair[0], bad, "--strict")
    assert strict.exit_code == 1
    assert "error[spec-invalid]" in strict.output and "drop --strict" in strict.output
    assert run(pair[0], bad, "--lenient").exit_code == 0   # the old spelling of the default still works


def test_cli_diffs_documents_the_validator_cannot_read(tmp_path: Path) -> None:
    """A `$ref` to nothing and a newer `openapi` version are warnings, not refusals, when diffing."""
    base = {"openapi": "3.2.0", "info": {"title": "x", "version": "1"},
            "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Missing"}}}}}}}}}
    revision = json.loads(json.dumps(base))
    revision["paths"]["/a"]["get"]["parameters"] = [
        {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}]
    result = run(write(tmp_path, "base.json", base), write(tmp_path, "rev.json", revision), "--format", "json")
    assert result.exit_code == 0, result.output
    assert [c["id"] for c in json.loads(result.stdout)["changes"] if c["scope"] == "wire"] == [
        "request-parameter-added-required"]
    assert run(str(tmp_path / "base.json"), str(tmp_path / "rev.json"), "--strict").exit_code == 1


def test_cli_rules_lists_every_rule() -> None:
    result = run("--rules")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    listed = {line.split()[0] for line in lines if line.strip() and not line.startswith(" ")}
    assert listed == set(RULES)
    reasons = [line.strip() for line in lines if line.startswith(" ")]
    assert reasons and all(line.startswith("differs from oasdiff: ") for line in reasons)
    assert len(reasons) == sum(bool(r.reason) for r in RULES.values())
    data = json.loads(run("--rules", "--format", "json").output)
    assert {r["id"] for r in data} == set(RULES)
    assert {r["id"]: r["differs_from_oasdiff"] for r in data} == {r.id: r.reason for r in RULES.values()}


def test_cli_ignore_accepts_oasdiff_ids(tmp_path: Path) -> None:
    """Ignore lists written for oasdiff keep working: a line may name the change's oasdiff id."""
    def doc(max_length: int) -> dict[str, Any]:
        return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"post": {
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "properties": {"name": {"type": "string", "maxLength": max_length}}}}}},
            "responses": {"200": {"description": "ok"}}}}}}

    base, rev = write(tmp_path, "base.json", doc(20)), write(tmp_path, "rev.json", doc(10))
    found = json.loads(run(base, rev, "--format", "json", "--wire-only").stdout)["changes"]
    assert [(c["id"], c["oasdiff_id"]) for c in found] == [
        ("request-constraint-tightened", "request-property-max-length-decreased")]
    for line in ("request-property-max-length-decreased POST /a", "request-property-max-length-*"):
        (tmp_path / "ignore.txt").write_text(line + "\n")
        quiet = run(base, rev, "--format", "json", "--wire-only", "--ignore", str(tmp_path / "ignore.txt"),
                    "--fail-on", "breaking")
        assert quiet.exit_code == 0 and json.loads(quiet.stdout)["changes"] == []
    (tmp_path / "ignore.txt").write_text("request-property-max-length-decresed\n")
    assert "neither a pfgen nor an oasdiff rule id" in run(base, rev, "--ignore", str(tmp_path / "ignore.txt")).output


def test_cli_git_source(pair: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    env = ["-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "api.json").write_text(Path(pair[0]).read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run(["git", "-C", str(repo), "add", "api.json"], check=True)
    subprocess.run(["git", "-C", str(repo), *env, "commit", "-q", "-m", "v1"], check=True)
    (repo / "api.json").write_text(Path(pair[1]).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(repo)
    result = run("git:HEAD:api.json", "api.json", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["breaking"] is True
    bad = run("git:HEAD:missing.json", "api.json")
    assert bad.exit_code == 2 and "missing.json" in bad.output and "HEAD" in bad.output
    assert run("git:--output=x:api.json", "api.json").exit_code == 2
