from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
POCKETSFLOW_SPEC = SHARED / "pocketsflow" / "docs.json"
REAL_SPECS = SHARED / "specs"


@pytest.fixture
def pocketsflow_spec() -> Path:
    return POCKETSFLOW_SPEC


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*/expected from the current generator (review the diff before committing)",
    )
