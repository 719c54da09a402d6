"""Schemathesis against the running Pocketsflow stub: its default checks (all phases, positive and negative data).

Kept bounded: 3 examples per operation and a fixed seed (~10 s a run). The stub runs with an API key (``serve
--api-key`` from the command line; ``create_app(api_key=...)`` for the stateful run), so every default check runs,
``ignored_auth`` included: it sends ``Authorization: Bearer <some invalid token>`` and no credentials at all, and
expects 401 for both. (Without a key the stub accepts any bearer token, as Prism does, so ``ignored_auth`` cannot
pass there by design; missing credentials still get 401, which our own tests check.) One check is turned off for
one operation, because a mock cannot pass it:

* ``negative_data_rejection`` for ``uploadImage`` (multipart): schemathesis "breaks" a string form field by sending
  the text ``false`` or ``123``; in multipart every part is text, so that is still a valid string (a file's
  content, here) and a real server accepts it too.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.stub.stubhelp import GeneratedStub, free_port, serving

pytest.importorskip("schemathesis")

API_KEY = "pk_test_123"
CONFIG = """\
[[operations]]
include-operation-id = "uploadImage"
checks.negative_data_rejection.enabled = false
"""


def _run_schemathesis(url: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG, encoding="utf-8")
    code = "import sys; from schemathesis.cli import schemathesis; sys.exit(schemathesis())"
    return subprocess.run(
        [
            sys.executable, "-c", code,
            "--config-file", str(config),
            "run", f"{url}/docs.json",
            "--url", url,
            "--max-examples", "3",
            *extra,
            "--seed", "7",
            "--no-shrink",
            "--header", f"Authorization: Bearer {API_KEY}",
            "--report-dir", str(tmp_path / "report"),
        ],
        capture_output=True,
        check=False,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )


@contextmanager
def _cli_stub(gen: GeneratedStub, log: Path, *args: str) -> Iterator[str]:
    """``python -m <stub> serve <args>`` on a free port; yields its URL; stops that process afterwards.

    Its output goes to ``log`` (a pipe nobody reads could fill up and stall the server).
    """
    port = free_port()
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", gen.package, "serve", "--port", str(port), "--log-level", "warning", *args],
            cwd=gen.root,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/docs.json", timeout=1)
                break
            except httpx.TransportError:
                assert proc.poll() is None, log.read_text(errors="replace")
                assert time.monotonic() < deadline, "the stub did not start"
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _assert_passed(result: subprocess.CompletedProcess[str]) -> None:
    tail = "\n".join(result.stdout.splitlines()[-60:])
    assert result.returncode == 0, tail + result.stderr[-2000:]
    assert "59 selected" in result.stdout  # every operation was tested


# The stateless stub gets every phase; the stateful one only the stateful phase (API-link sequences such as
# create -> get -> delete -> get), where it behaves differently; the other phases would repeat the first run.
def test_schemathesis_default_checks_pass_against_the_cli_stub_with_an_api_key(
    pf_stub: GeneratedStub, tmp_path: Path
) -> None:
    with _cli_stub(pf_stub, tmp_path / "stub.log", "--api-key", API_KEY) as url:
        with httpx.Client(base_url=url) as http:  # the key is in force: another token is refused
            assert http.get("/products", headers={"Authorization": "Bearer not-the-key"}).status_code == 401
        result = _run_schemathesis(url, tmp_path)
    _assert_passed(result)


def test_schemathesis_default_checks_pass_statefully(pf: ModuleType, tmp_path: Path) -> None:
    with serving(pf.create_app(stateful=True, api_key=API_KEY)) as url:
        result = _run_schemathesis(url, tmp_path, "--phases", "stateful")
    _assert_passed(result)
