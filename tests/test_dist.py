"""``dist_version`` answers as ``importlib.metadata`` does (the oracle), for import and distribution names."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version

import pytest

from generator.dist import dist_version
from generator.release.stamp import DISTRIBUTIONS


def _metadata_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


@pytest.mark.parametrize("name", sorted({*DISTRIBUTIONS, "pyyaml", "Jinja2", "typing-extensions", "no_such_dist_x"}))
def test_dist_version_matches_importlib_metadata(name: str) -> None:
    dist_version.cache_clear()
    assert dist_version(name) == _metadata_version(name)


def test_dist_version_does_not_import_importlib_metadata() -> None:
    """Every stamped run asks for these versions; ``importlib.metadata`` costs tens of milliseconds to import."""
    code = (
        "import sys; from generator.dist import dist_version; from generator.release.stamp import DISTRIBUTIONS;"
        "[dist_version(n) for n in DISTRIBUTIONS]; print('importlib.metadata' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
