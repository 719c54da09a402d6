"""A writer killed outright (SIGKILL: no Python code runs, nothing is undone) leaves its swap half done; the next
pfgen run that reads the output (every command reads the manifest first) rolls it back from the on-disk journal,
so the output is the previous generation or the new one, never a mix. A transaction whose writer is still alive
(it holds the journal's lock) is never touched."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.write import read_manifest
from generator.write.journal import Journal, recover

ROOT = Path(__file__).resolve().parents[2]
OLD = {f"pkg/m{i}.py": f"old = {i}\n" for i in range(12)} | {"pkg/gone.py": "stale = 1\n", "README.md": "# old\n"}
NEW = {f"pkg/m{i}.py": f"new = {i}\n" for i in range(12)} | {"pkg/sub/added.py": "added = 1\n", "README.md": "# new\n"}

_WRITER = textwrap.dedent("""
    import os, sys
    sys.path[:0] = [{root!r}, {tests!r}]
    from write_helpers import INFO, tree
    import generator.write.transaction as tx
    from generator.write import write_tree
    files, out, die_after = {files!r}, {out!r}, {die_after!r}
    if die_after >= 0:
        real, seen = tx._replace, [0]
        def replace(src, dst):
            if seen[0] == die_after:
                os._exit(9)          # as SIGKILL: no finally, no rollback, no cleanup
            seen[0] += 1
            real(src, dst)
        tx._replace = replace
    write_tree(tree(files), __import__("pathlib").Path(out), manifest=INFO)
""")


def _write(files: dict[str, str], out: Path, die_after: int = -1) -> int:
    code = _WRITER.format(root=str(ROOT), tests=str(ROOT / "tests" / "write"), files=files, out=str(out),
                          die_after=die_after)
    return subprocess.run([sys.executable, "-c", code], check=False, capture_output=True).returncode


def _files(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text() for p in sorted(out.rglob("*"))
            if p.is_file() and ".pfgen" not in p.name}


@pytest.mark.skipif(sys.platform == "win32", reason="the journal's lock is a POSIX file lock")
@pytest.mark.parametrize("die_after", [0, 1, 3, 7, 12, 15])
def test_the_next_run_restores_a_whole_generation_after_a_kill(tmp_path: Path, die_after: int) -> None:
    out = tmp_path / "out"
    assert _write(OLD, out) == 0
    old = _files(out)
    assert _write(NEW, out, die_after) == 9
    read_manifest(out)   # what every pfgen command does first with an output folder
    assert _files(out) in (old, NEW), "mixed output"
    assert _files(out) == old    # the manifest (the commit point) is renamed last, so these kills all roll back
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "the staging folder is gone"
    assert _write(NEW, out) == 0 and _files(out) == NEW


def test_a_running_transaction_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    stage = tmp_path / ".out.pfgen-staging-live"
    stage.mkdir()
    journal = Journal(stage)   # held, as by a pfgen that is still writing
    try:
        journal.add("unlink", out / "keep.txt")
        assert recover(out) == []
        assert (out / "keep.txt").read_text() == "mine" and stage.is_dir()
    finally:
        journal.close()
    assert recover(out) == [stage]   # its writer is gone now: rolled back (the file it 'created' is removed)
    assert not (out / "keep.txt").exists() and not stage.exists()


def test_a_committed_transaction_is_only_cleaned_up(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "new.txt").write_text("new")
    stage = tmp_path / ".out.pfgen-staging-done"
    stage.mkdir()
    journal = Journal(stage)
    journal.add("unlink", out / "new.txt")
    journal.commit()
    journal.close()
    assert recover(out) == [stage]
    assert (out / "new.txt").read_text() == "new" and not stage.exists()
