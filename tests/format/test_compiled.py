"""CPython's verdict on generated files (``format.compiled``): the oracle is ``compile`` itself, run file by file
in this process, against which the split between this process and a forked child must agree."""

from __future__ import annotations

import pytest

from generator.errors import GeneratorError
from generator.format import compiled, format_files
from generator.format.cache import VerifiedTexts
from generator.format.run import _checker_fingerprint
from generator.render.model import RenderedFile
from generator.validate import background
from tests.conftest import record_calls

# Black's parser takes all of these; CPython refuses each one past its parser, or in it.
REFUSED = [
    "x = 1\nreturn x\n",                      # 'return' outside function
    "def f():\n    yield\n\nawait f()\n",     # 'await' outside function
    "def f(a, a):\n    pass\n",               # duplicate argument
    "nonlocal y\n",                           # nonlocal at module level
]


def _serial(items: list[tuple[str, str]]) -> str | None:
    """The first failing path when each item is compiled here, one after another."""
    for path, text in items:
        try:
            compile(text, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            return path
    return None


def _batch(seed: int) -> list[tuple[str, str]]:
    import random

    rng = random.Random(seed)
    items = []
    for n in range(rng.randint(2, 40)):
        body = "".join(f"def f{k}(a: int) -> int:\n    return a + {k}\n\n" for k in range(rng.randint(1, 60)))
        if rng.random() < 0.15:
            body += rng.choice(REFUSED)
        items.append((f"pkg/m{n}.py", body))
    return items


@pytest.mark.parametrize("seed", range(12))
def test_split_between_processes_gives_the_serial_verdict(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled, "PARALLEL_MIN_LINES", 10)  # every batch is split
    forks = record_calls(monkeypatch, background, "run_forked")
    items = _batch(seed)
    expected = _serial(items)
    if expected is None:
        compiled.require_all(items)
    else:
        with pytest.raises(GeneratorError) as info:
            compiled.require_all(items)
        assert info.value.code == "generated-syntax"
        assert info.value.location.file == expected  # the first in order, whichever side compiled it
    assert len(forks) == 1
    compiled.require_all([(p, t) for p, t in items if _serial([(p, t)]) is None], jobs=1)


def test_a_child_that_dies_leaves_its_share_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled, "PARALLEL_MIN_LINES", 10)

    class Lost:
        def __init__(self, work):  # type: ignore[no-untyped-def]
            self.work = work

        def __call__(self):  # type: ignore[no-untyped-def]
            return self.work()  # what ``Pending`` does when its child is gone

    monkeypatch.setattr(background, "run_forked", Lost)
    items = [("a.py", "x = 1\n" * 20), ("b.py", REFUSED[0]), ("c.py", "y = 2\n" * 20)]
    with pytest.raises(GeneratorError) as info:
        compiled.require_all(items)
    assert info.value.location.file == "b.py"
    assert (info.value.location.line, "'return' outside function") == (2, info.value.message.split(": ", 1)[1])


@pytest.mark.parametrize("text", REFUSED)
def test_trusted_text_cpython_refuses_is_an_error_and_never_verified(text: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    files = [RenderedFile("pkg/ok.py", "x = 1\n", "python"), RenderedFile("pkg/bad.py", text, "python")]
    with pytest.raises(GeneratorError) as info:
        format_files(files, cache_dir=tmp_path, jobs=1, trusted={"pkg/ok.py", "pkg/bad.py"})
    assert info.value.code == "generated-syntax"
    assert info.value.location.file == "pkg/bad.py"
    verified = VerifiedTexts(tmp_path, _checker_fingerprint())
    assert VerifiedTexts.digest(text) not in verified
    format_files(files[:1], cache_dir=tmp_path, jobs=1, trusted={"pkg/ok.py"})
    assert VerifiedTexts.digest("x = 1\n") in VerifiedTexts(tmp_path, _checker_fingerprint())
