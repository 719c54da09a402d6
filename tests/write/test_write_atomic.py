"""Failure injection: whatever fails before the manifest is committed, the previous tree stays byte-identical."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from write_helpers import INFO, age, snapshot, tree

from generator.errors import IOFailure
from generator.write import journal as journal_module
from generator.write import read_manifest, transaction, write_tree

V1: dict[str, str | bytes] = {
    "pkg/__init__.py": "v1\n",
    "pkg/client.py": "client v1\n",
    "pkg/models/pet.py": "pet v1\n",
    "pkg/old/gone.py": "removed in v2\n",
    "pkg/types": "a file that becomes a folder\n",
    "README.md": "readme v1\n",
}
V2: dict[str, str | bytes] = {
    "pkg/__init__.py": "v1\n",  # unchanged
    "pkg/client.py": "client v2\n",  # changed
    "pkg/models/pet.py": "pet v2\n",  # changed
    "pkg/models/owner.py": "new\n",  # created in an existing folder
    "pkg/fresh/deep/new.py": "new\n",  # created in new folders
    "pkg/types/__init__.py": "now a package\n",  # file -> folder
    "README.md": "readme v2\n",
}


class Boom(OSError):
    pass


def fail_after(monkeypatch: pytest.MonkeyPatch, name: str, successes: int, exc: BaseException) -> list[int]:
    """Let ``successes`` calls of ``transaction.<name>`` through, then raise ``exc``."""
    real: Callable[..., Any] = getattr(transaction, name)
    calls = [0]

    def flaky(*args: Any) -> Any:
        if calls[0] >= successes:
            raise exc
        calls[0] += 1
        return real(*args)

    monkeypatch.setattr(transaction, name, flaky)
    return calls


def prepared(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    write_tree(tree(V1), out, manifest=INFO)
    (out / "pkg" / "user.py").write_text("the user's own\n")
    age(out)
    return out


def leftovers(tmp_path: Path) -> list[str]:
    return sorted(name for name in os.listdir(tmp_path) if "staging" in name)


@pytest.mark.parametrize("name", ["_replace", "_write_file", "_link"])
@pytest.mark.parametrize("exc_type", ["disk-full", "interrupt"])
def test_failure_at_every_step_leaves_previous_tree_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, exc_type: str
) -> None:
    out = prepared(tmp_path)
    before = snapshot(out)
    failures = 0
    for successes in range(100):
        exc: BaseException = Boom(errno.ENOSPC, "No space left on device") if exc_type == "disk-full" else (
            KeyboardInterrupt()
        )
        with monkeypatch.context() as patch:
            calls = fail_after(patch, name, successes, exc)
            try:
                write_tree(tree(V2), out, manifest=INFO)
            except KeyboardInterrupt:
                assert exc_type == "interrupt"
            except IOFailure as err:
                assert exc_type == "disk-full"
                assert err.code == "write-failed" and "left unchanged" in err.message
            else:
                assert calls[0] == successes  # every call succeeded: the write went through
                break
        failures += 1
        assert snapshot(out) == before, f"tree changed after failing {name} call #{successes + 1}"
        assert leftovers(tmp_path) == []
    else:
        pytest.fail("the write never succeeded")
    assert failures >= 2  # the injection really hit the transaction more than once
    assert {p: (out / p).read_text() for p in V2} == V2
    assert not (out / "pkg" / "old").exists() and (out / "pkg" / "user.py").read_text() == "the user's own\n"
    assert set(read_manifest(out).files) == set(V2)  # type: ignore[union-attr]


@pytest.mark.parametrize(("step", "successes"), [("_write_file", 0), ("_write_file", 3), ("_rename_folder", 0)])
def test_failed_first_write_leaves_no_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, successes: int
) -> None:
    """A first write stages the whole tree beside the output and renames it in: a failure while staging, or
    at the rename itself, leaves nothing behind (not even the parent folders it made)."""
    out = tmp_path / "a" / "b" / "out"
    calls = fail_after(monkeypatch, step, successes, Boom(errno.ENOSPC, "No space left on device"))
    with pytest.raises(IOFailure):
        write_tree(tree(V2), out, manifest=INFO)
    assert calls[0] == successes
    assert os.listdir(tmp_path) == []


def test_first_write_killed_before_its_rename_is_cleaned_up_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer killed outright after staging leaves its staging folder (empty journal, nothing to undo): the
    next run's recovery deletes it, and the output still does not exist."""
    from generator.write.journal import recover

    out = tmp_path / "out"
    fail_after(monkeypatch, "_rename_folder", 0, KeyboardInterrupt())
    monkeypatch.setattr(transaction.shutil, "rmtree", lambda *a, **k: None)  # as if killed: no clean-up
    with pytest.raises(KeyboardInterrupt):
        write_tree(tree(V2), out, manifest=INFO)
    monkeypatch.undo()
    assert [p.name.startswith(".out.pfgen-staging-") for p in tmp_path.iterdir()] == [True]
    assert len(recover(out)) == 1
    assert os.listdir(tmp_path) == []


def test_failure_at_the_manifest_commit_restores_removed_files_and_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = prepared(tmp_path)
    before = snapshot(out)
    real = transaction._replace

    def fail_on_manifest(src: Path, dst: Path) -> None:
        if Path(dst).name == ".pfgen-manifest.json":
            raise KeyboardInterrupt
        real(src, dst)

    monkeypatch.setattr(transaction, "_replace", fail_on_manifest)
    with pytest.raises(KeyboardInterrupt):
        write_tree(tree(V2), out, manifest=INFO)
    assert snapshot(out) == before
    assert (out / "pkg" / "old" / "gone.py").read_text() == "removed in v2\n"


def test_rollback_failure_keeps_backups_and_says_where(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = prepared(tmp_path)

    real_undo = journal_module.undo_of

    def broken_undo(kind: str, *paths: Path) -> Callable[[], None]:
        if kind != "unlink":
            return real_undo(kind, *paths)

        def undo() -> None:
            raise OSError(errno.EIO, "I/O error")

        return undo

    monkeypatch.setattr(journal_module, "undo_of", broken_undo)
    fail_after(monkeypatch, "_replace", 6, Boom(errno.ENOSPC, "No space left on device"))
    with pytest.raises(IOFailure) as info:
        write_tree(tree(V2), out, manifest=INFO)
    assert info.value.code == "rollback-failed"
    (stage,) = leftovers(tmp_path)
    assert str(tmp_path / stage / "old") in info.value.message
