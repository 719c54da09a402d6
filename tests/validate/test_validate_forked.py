"""The fork-and-pipe primitives under the validation worker (``validate.forked``), checked against what
``multiprocessing`` does with the same children: exit codes, waiting with a timeout, and whole objects through
the pipe whatever their size."""

from __future__ import annotations

import multiprocessing
import os
import sys
import time

import pytest

from generator.validate import forked

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="fork is used on Linux only")


def _exit_with(code: object) -> None:
    if code == "raise":
        raise RuntimeError("boom")
    if code == "sleep":
        time.sleep(30)
    raise SystemExit(code)


@pytest.mark.parametrize("code", [None, 0, 3, "text", "raise"])
def test_exit_codes_are_those_multiprocessing_reports(code: object, capfd: pytest.CaptureFixture[str]) -> None:
    child = forked.start(_exit_with, code)
    child.join()
    assert "Traceback" not in capfd.readouterr().err  # the parent decides what a failed child means
    reference = multiprocessing.get_context("fork").Process(target=_exit_with, args=(code,))
    reference.start()
    reference.join()
    assert child.exitcode == reference.exitcode


def test_a_killed_child_reports_the_signal_and_join_waits_at_most_its_timeout() -> None:
    child = forked.start(_exit_with, "sleep")
    started = time.monotonic()
    child.join(timeout=0.2)
    assert 0.15 < time.monotonic() - started < 5 and child.is_alive() and child.exitcode is None
    child.kill()
    child.join(timeout=5)
    assert not child.is_alive() and child.exitcode == -9
    child.kill()  # ended: nothing to do


def _echo(channel: forked.Channel, other: forked.Channel) -> None:
    other.close()
    while True:
        try:
            message = channel.recv()
        except EOFError:
            return
        channel.send(("echo", message))


def test_objects_of_any_size_cross_the_pipe_both_ways_and_eof_ends_it() -> None:
    ours, theirs = forked.channel_pair()
    child = forked.start(_echo, theirs, ours)
    theirs.close()
    assert not ours.poll(0.05)
    for message in [None, "path", {"k": [1, 2.5, "x" * 10]}, b"\0" * 3_000_000, list(range(200_000))]:
        ours.send(message)
        assert ours.poll(5)
        assert ours.recv() == ("echo", message)
    ours.close()
    child.join(timeout=5)
    assert child.exitcode == 0
    with pytest.raises(OSError):
        ours.send("after close")


def test_the_child_sees_end_of_file_when_the_parent_end_is_gone() -> None:
    ours, theirs = forked.channel_pair()
    read, write = os.pipe()

    def report(channel: forked.Channel, other: forked.Channel) -> None:
        other.close()
        try:
            channel.recv()
        except EOFError:
            os.write(write, b"eof")

    child = forked.start(report, theirs, ours)
    theirs.close()
    ours.close()
    child.join(timeout=5)
    assert os.read(read, 3) == b"eof" and child.exitcode == 0


def test_a_timed_join_of_an_ending_child_always_has_its_status() -> None:
    """Its end of the sentinel pipe closes a moment before its exit status exists: the join waits for both."""
    for _ in range(30):
        child = forked.start(_exit_with, 4)
        child.join(timeout=5)
        assert child.exitcode == 4


def test_a_child_of_a_process_without_stdin_still_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    read, write = os.pipe()
    monkeypatch.setattr(sys, "stdin", None)
    child = forked.start(os.write, write, b"ran")
    child.join(timeout=5)
    assert child.exitcode == 0 and os.read(read, 3) == b"ran"
