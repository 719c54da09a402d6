"""Schemathesis against the running Pocketsflow stub: its default checks (all phases, positive and negative data).

Kept bounded: 5 examples per operation and a fixed seed (~20 s). One check is excluded, and one check is turned
off for one operation, because a mock cannot pass them by design:

* ``ignored_auth``: it sends ``Authorization: Bearer <some invalid token>`` and expects 401. The stub accepts any
  bearer token (it has no user database; that is what makes it usable from any client), so a well-formed but
  "invalid" token is indistinguishable from a valid one. Missing credentials still get 401, which the
  ``ignored_auth`` probes without credentials and our own tests check.
* ``negative_data_rejection`` for ``uploadImage`` (multipart): schemathesis "breaks" a string form field by sending
  the text ``false`` or ``123``; in multipart every part is text, so that is still a valid string (a file's
  content, here) and a real server accepts it too.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.stub.stubhelp import serving

pytest.importorskip("schemathesis")

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
            "--header", "Authorization: Bearer pk_test_123",
            "--exclude-checks", "ignored_auth",
            "--report-dir", str(tmp_path / "report"),
        ],
        capture_output=True,
        check=False,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )


# The stateless app gets every phase; the stateful one only the stateful phase (API-link sequences such as
# create -> get -> delete -> get), where it behaves differently; the other phases would repeat the first run.
@pytest.mark.parametrize(
    ("stateful", "extra"), [(False, ()), (True, ("--phases", "stateful"))], ids=["stateless", "stateful"]
)
def test_schemathesis_default_checks_pass(
    pf: ModuleType, stateful: bool, extra: tuple[str, ...], tmp_path: Path
) -> None:
    with serving(pf.create_app(stateful=stateful)) as url:
        result = _run_schemathesis(url, tmp_path, *extra)
    tail = "\n".join(result.stdout.splitlines()[-60:])
    assert result.returncode == 0, tail + result.stderr[-2000:]
    assert "59 selected" in result.stdout  # every operation was tested
