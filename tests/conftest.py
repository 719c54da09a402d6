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


_NO_SHARED = (
    f"skipped: needs the shared documents at {SHARED}, which is not beside this checkout "
    "(clone the project next to its shared/ folder to run it)"
)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    """Without ../shared, a test that fails because a shared document is missing is reported as skipped with
    one line saying why, instead of as a failure (with ../shared present nothing changes)."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if SHARED.is_dir() or call.excinfo is None or report.passed or report.skipped:
        return report
    text = f"{call.excinfo.value}"
    if isinstance(call.excinfo.value, (FileNotFoundError, OSError)) or str(SHARED) in text:
        if str(SHARED) in text or str(SHARED) in getattr(call.excinfo.value, "filename", "") or "shared" in text:
            report.outcome = "skipped"
            report.longrepr = (str(item.path), item.location[1] or 0, _NO_SHARED)
    return report


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> object:
    """The same for a test module that reads a shared document while it is collected."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if not SHARED.is_dir() and report.failed and ("shared" in str(report.longrepr)):
        report.outcome = "skipped"
        report.longrepr = (str(collector.path), 0, _NO_SHARED)
        report.result = []
    return report


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Parametrisations over the shared folder collect nothing without it; say so once instead of silently."""
    if not SHARED.is_dir():
        config.issue_config_time_warning(pytest.PytestWarning(_NO_SHARED), stacklevel=2)


def record_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[tuple[object, ...]]:
    """Replace ``owner.name`` (for the test) by a wrapper that still calls it and records each call's
    positional arguments, in order, in the list returned."""
    calls: list[tuple[object, ...]] = []
    real = getattr(owner, name)

    def recording(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recording)
    return calls
