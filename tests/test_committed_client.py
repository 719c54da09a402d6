"""The Pocketsflow client and stub committed in ``generated/`` are what this pfgen makes of the embedded spec:
the README's first command on a fresh clone finds nothing to release (it once made a patch release because a
bookkeeping file's format had changed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_generated_is_up_to_date(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=ROOT, capture_output=True,
                            text=True, check=False, env={**os.environ, "PFGEN_CACHE_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr
