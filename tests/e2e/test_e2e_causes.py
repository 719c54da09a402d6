"""Regression cases for operations that real documents made uncallable (issue: every operation callable).

One small document holds each cause: parameters named like names a method body could use (``type``, ``cast``,
``warnings``, ``builtins``, ``merge_body``), an enum whose only value is null, an enum parameter called with its
plain value, an optional body called without arguments, an undefined security scheme beside basic auth."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.genhelp import Generated, generate_into, imported

SPEC = Path(__file__).resolve().parents[1] / "fixtures" / "causes" / "causes.yaml"


@pytest.fixture(scope="module")
def gen(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return generate_into(SPEC, tmp_path_factory.mktemp("causes") / "out", package="causes")


def _client(module: Any, seen: list[httpx.Request], **kwargs: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST":
            return httpx.Response(204)
        return httpx.Response(200, json=[{"when": "2024-01-01T00:00:00Z", "none": None}])

    return module.Causes(http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0, **kwargs)


def test_parameters_named_like_body_names_work(gen: Generated) -> None:
    seen: list[httpx.Request] = []
    with imported(gen) as module:
        client = _client(module, seen, credentials={"basicAuth": ("u", "p")})
        things = client.things.list(
            sort_by="createdAt", type="t", cast="c", warnings="w", builtins="b", timeout=5, request_timeout=2.5
        )
        assert repr(things[0].when).startswith("datetime.datetime(")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            client.things.create(name="n", merge_body="m", type="h", cast="x")
    assert dict(seen[0].url.params) == {
        "sort_by": "createdAt", "type": "t", "cast": "c", "warnings": "w", "builtins": "b", "timeout": "5"
    }
    assert seen[0].extensions["timeout"]["read"] == 2.5  # the renamed call option still sets the timeout
    assert seen[0].headers["authorization"].startswith("Basic ")
    assert json.loads(seen[1].content) == {"name": "n", "cast": "x"}
    assert seen[1].headers["type"] == "h"


def test_an_optional_body_called_without_arguments_sends_none(gen: Generated) -> None:
    seen: list[httpx.Request] = []
    with imported(gen) as module, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        _client(module, seen, credentials={"basicAuth": ("u", "p")}).things.create()
    assert seen[0].content == b"" and "content-type" not in seen[0].headers


def test_basic_auth_is_documented_and_its_shape_named(gen: Generated) -> None:
    readme = (gen.root / "README.md").read_text(encoding="utf-8")
    assert 'client = Causes(credentials={"basicAuth": ("user", "password")})' in readme
    assert "api_key" not in readme.split("## Authentication")[1].split("##")[0]
    with imported(gen) as module, pytest.raises(module.MissingCredentialsError, match=r"\(user, password\) pair"):
        _client(module, [], credentials={"basicAuth": "not-a-pair"}).things.list()


def test_enum_parameters_take_plain_values_under_mypy(gen: Generated, tmp_path: Path) -> None:
    script = gen.root / "use_causes.py"
    script.write_text(
        "from causes import Causes\n\n"
        "def use(client: Causes) -> None:\n"
        '    client.things.list(sort_by="createdAt")\n'
        '    client.things.list(timeout=3, request_timeout=1.5, max_retries=0)\n'
        "    client.things.list(sort_by=None)  # type: ignore[arg-type]\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "mypy"),
         "--warn-unused-ignores", "use_causes.py"],
        cwd=gen.root, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
