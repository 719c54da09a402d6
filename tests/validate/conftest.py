from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_validate_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every validate test gets its own cache folder: no test reads another's results or writes to ~/.cache."""
    where = tmp_path_factory.mktemp("pfgen-cache")
    monkeypatch.setenv("PFGEN_CACHE_DIR", str(where))
    monkeypatch.delenv("PFGEN_NO_CACHE", raising=False)
    yield where
