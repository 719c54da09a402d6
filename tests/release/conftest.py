from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def _release_format_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One black cache for the whole session: not the user's, but shared by every test (and subprocess)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PFGEN_CACHE_DIR", str(tmp_path_factory.mktemp("pfgen-cache")))
        patch.delenv("PFGEN_NO_CACHE", raising=False)
        yield
