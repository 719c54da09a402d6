"""Killing a running ``pfgen generate`` leaves nothing behind: no validation worker outlives it (it used to block
forever on its socket, ~46 MB each); after SIGTERM the output is the previous one or the new one, never a mix,
with one line and exit status 143; after SIGKILL (which no process can handle) the next run restores a whole
generation before it reads the output."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.write import read_manifest
from tests.conftest import REAL_SPECS

SPEC = REAL_SPECS / "twilio-video-v1.json"


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _survivors(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if marker.encode() in cmdline:
            found.append(int(entry.name))
    return found


def _start(spec: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PFGEN_NO_CACHE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", str(spec), "--output", str(out), "--package-name",
         "video", "--lenient"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc to find surviving processes")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_a_killed_run_leaves_no_process_and_no_mixed_output(sig: signal.Signals, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _start(SPEC, out)
    assert first.wait(timeout=300) == 0, first.stderr.read() if first.stderr else ""
    old = _tree(out)
    changed = tmp_path / "changed.json"
    text = SPEC.read_text()
    changed.write_text(text.replace('"title": "Twilio - Video"', '"title": "Twilio - Video 2"', 1))
    assert changed.read_text() != text
    # What a completed regeneration of ``out`` gives: the same run on a copy of it (a folder of the same name:
    # the manifest records the --output name among the settings).
    reference = tmp_path / "reference" / "out"
    shutil.copytree(out, reference)
    complete = _start(changed, reference)
    assert complete.wait(timeout=300) == 0
    new = _tree(reference)
    assert new != old
    for delay in (0.05, 0.3, 0.8, 1.5):
        proc = _start(changed, out)
        time.sleep(delay)
        proc.send_signal(sig)
        status = proc.wait(timeout=120)
        stderr = proc.stderr.read().decode() if proc.stderr else ""
        deadline = time.monotonic() + 10
        while _survivors(str(out)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _survivors(str(out)) == [], f"a pfgen process outlived its parent (killed after {delay}s)"
        if sig == signal.SIGTERM and status == -signal.SIGTERM:
            # Killed before the interpreter got as far as pfgen's handler (a loaded machine): nothing ran.
            assert stderr == "", stderr
        elif sig == signal.SIGTERM and status != 0:
            assert status == 143, (status, stderr)
            assert stderr.strip().splitlines()[-1].startswith("error[terminated]"), stderr
            assert "Traceback" not in stderr
        if sig == signal.SIGKILL:
            read_manifest(out)   # what the next pfgen run does first: roll back a write the kill cut short
        now = _tree(out)
        assert now in (old, new), (
            f"mixed output after {sig.name} at {delay}s (status {status}): "
            f"{sorted(k for k in set(now) | set(new) if now.get(k) != new.get(k))[:8]} differ from the new, "
            f"{sorted(k for k in set(now) | set(old) if now.get(k) != old.get(k))[:8]} from the old"
        )
        if now == new:
            break  # a run finished before the signal; later runs would have nothing to do
