"""``write.current``: in a watch session a file is read again exactly when its status could hide a change.

Oracle: the bytes on disk (read afresh), and git's racy-clean rule: a status is trusted only when its ctime is
older than a timestamp the file system gave before the status was recorded.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from generator import digests, reuse
from generator.digests import sha256_hex
from generator.write.current import DIR, SAME, current_state, note_written
from tests.conftest import record_calls


def _newer_marker(marker: Path, than: Path) -> None:
    """Write ``marker`` until its ctime is past ``than``'s (file system clocks tick coarsely)."""
    deadline = time.monotonic() + 5
    while True:
        marker.write_bytes(b"m")
        if os.stat(marker).st_ctime_ns > os.stat(than).st_ctime_ns or time.monotonic() > deadline:
            return
        time.sleep(0.01)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """The files read from disk, in order (as argument tuples)."""
    return record_calls(monkeypatch, digests, "_read")


def test_states_outside_a_session(tmp_path: Path) -> None:
    f = tmp_path / "a.py"
    f.write_bytes(b"x = 1\n")
    assert current_state(str(tmp_path / "none.py"), b"", "") is None
    assert current_state(str(tmp_path), b"", "") is DIR
    assert current_state(str(f), b"x = 1\n", sha256_hex(b"x = 1\n")) is SAME
    assert current_state(str(f), b"x = 2\n", sha256_hex(b"x = 2\n")) == sha256_hex(b"x = 1\n")


def test_a_settled_file_is_not_read_again_until_it_changes(tmp_path: Path, reads: list[tuple[object, ...]]) -> None:
    f, marker = tmp_path / "a.py", tmp_path / "manifest"
    data = b"x = 1\n"
    f.write_bytes(data)
    with reuse.session():
        _newer_marker(marker, f)
        note_written(marker)
        assert current_state(str(f), data, sha256_hex(data)) is SAME
        assert current_state(str(f), data, sha256_hex(data)) is SAME
        assert reads == [(str(f),)]  # the second look trusted the status
        # A hand edit of the same size, with the old mtime put back: the ctime still moves.
        before = os.stat(f)
        f.write_bytes(b"x = 2\n")
        os.utime(f, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert current_state(str(f), data, sha256_hex(data)) == sha256_hex(b"x = 2\n")
        assert reads == [(str(f),), (str(f),)]


def test_nothing_is_trusted_before_a_write_gave_a_timestamp(tmp_path: Path, reads: list[tuple[object, ...]]) -> None:
    f = tmp_path / "a.py"
    f.write_bytes(b"x = 1\n")
    with reuse.session():
        for _ in range(2):
            current_state(str(f), b"x = 1\n", sha256_hex(b"x = 1\n"))
    assert len(reads) == 2


def test_a_file_as_new_as_the_timestamp_is_read_every_time(tmp_path: Path, reads: list[tuple[object, ...]]) -> None:
    """Written after the marker: it may change again within the same clock tick, so it is never trusted."""
    f, marker = tmp_path / "a.py", tmp_path / "manifest"
    marker.write_bytes(b"m")
    with reuse.session():
        note_written(marker)
        f.write_bytes(b"x = 1\n")
        assert os.stat(f).st_ctime_ns >= os.stat(marker).st_ctime_ns
        for _ in range(3):
            assert current_state(str(f), b"x = 1\n", sha256_hex(b"x = 1\n")) is SAME
    assert len(reads) == 3
