"""``yaml_reparse``: in a watch, a YAML document parsed again after an edit re-reads only the entry the edit is
inside. Oracle: the same document parsed outside a session (the ordinary loader), compared by exact fingerprint
(value, type, key order) with identical warnings, or the very same error. Random edits of every shared YAML
document and of JSON ones written as YAML, and documents with anchors, aliases, merge keys, repeated and
non-string keys."""

from __future__ import annotations

import json
import random
import re
from typing import Any

import pytest
import yaml

from generator import reuse
from generator.errors import InputError
from generator.load.read import parse_bytes
from tests.conftest import POCKETSFLOW_SPEC, REAL_SPECS

_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _outcome(text: str) -> tuple[str, Any]:
    try:
        doc = parse_bytes(text.encode("utf-8"), "spec.yaml")
    except InputError as exc:
        return "error", (exc.code, exc.message, exc.location)
    return "ok", (reuse.fingerprint(doc.data), doc.diagnostics)


class _Outside:
    def __enter__(self) -> None:
        self.saved, reuse._SESSION = reuse._SESSION, None

    def __exit__(self, *exc: object) -> None:
        reuse._SESSION = self.saved


def _check_chain(texts: list[str]) -> None:
    """Parse each text in turn in one session; each must read as a fresh parse reads it."""
    with reuse.session():
        for step, text in enumerate(texts):
            kept = _outcome(text)
            with _Outside():
                fresh = _outcome(text)
            assert kept == fresh, f"step {step}"


def _yaml_documents() -> list[tuple[str, str]]:
    docs = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(REAL_SPECS.rglob("*")) if p.suffix in (".yaml", ".yml")]
    for path in [POCKETSFLOW_SPEC, REAL_SPECS / "twilio-taskrouter-v1.json"]:
        data = json.loads(path.read_text(encoding="utf-8"))
        docs.append((f"{path.stem}.yaml", yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True,
                                                      width=1 << 16)))
    return docs


def _line_edit(text: str, rng: random.Random) -> str:
    """An edit as an author makes one: a line changed, added or removed, a character typed inside a line."""
    lines = text.split("\n")
    at = rng.randrange(len(lines))
    kind = rng.choice(["summary", "summary", "word", "insert", "delete", "indent", "key"])
    line = lines[at]
    if kind == "summary":
        summaries = [i for i, l in enumerate(lines) if re.match(r"\s+summary: ", l)]
        if summaries:
            i = rng.choice(summaries)
            lines[i] = lines[i].split("summary:")[0] + f"summary: edit {rng.random():.6f}"
    elif kind == "word" and line.strip():
        cut = rng.randrange(len(line) + 1)
        lines[at] = line[:cut] + rng.choice(["x", " ", ":", "- ", "#", "'", '"', "&a ", "*a", "200"]) + line[cut:]
    elif kind == "insert":
        indent = len(line) - len(line.lstrip(" "))
        lines.insert(at + 1, " " * indent + rng.choice(["x-pfgen: 1", "description: added", "- item", "200: ok"]))
    elif kind == "delete" and len(lines) > 2:
        del lines[at]
    elif kind == "indent" and line.strip():
        lines[at] = " " + line
    elif kind == "key":
        m = re.match(r"(\s*)([^\s:#][^:]*):", line)
        if m:
            lines[at] = line.replace(m.group(2), m.group(2) + "x", 1)
    return "\n".join(lines)


@pytest.mark.parametrize(("name", "text"), _yaml_documents(), ids=[n for n, _ in _yaml_documents()])
def test_random_edits_read_as_a_fresh_parse(name: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A chain of edits in one session, each made to the last text that parsed (so invalid saves come and go,
    as in an editor); every parse must read as a fresh one."""
    from generator.load import yaml_reparse
    from tests.conftest import record_calls

    whole = record_calls(monkeypatch, yaml_reparse, "_parse_whole")
    rng = random.Random(name)
    steps = 12 if len(text) > 1_000_000 else 30
    parses = 0
    with reuse.session():
        base = text
        for step in range(steps + 1):
            current = base if step == 0 else _line_edit(base, rng)
            kept = _outcome(current)
            with _Outside():
                fresh = _outcome(current)
            assert kept == fresh, f"step {step}"
            parses += 1
            if fresh[0] == "ok":
                base = current
    if len(text) > 20_000:
        assert len(whole) < parses - 2, "hardly any edit was read alone"  # the shortcut was taken, and checked


@pytest.mark.parametrize(("name", "text"), _yaml_documents(), ids=[n for n, _ in _yaml_documents()])
def test_an_operation_edit_rereads_only_its_entry(name: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = text.split("\n")
    summaries = [i for i, line in enumerate(lines) if re.match(r"\s+summary: ", line)]
    if len(summaries) < 2:
        pytest.skip("fewer than two summaries")
    from generator.load import yaml_reparse
    from tests.conftest import record_calls

    whole = record_calls(monkeypatch, yaml_reparse, "_parse_whole")
    with reuse.session():
        first = parse_bytes(text.encode("utf-8"), "spec.yaml").data
        at = summaries[len(summaries) // 2]
        if lines[at + 1].startswith(" " * (len(lines[at]) - len(lines[at].lstrip()) + 1)):
            pytest.skip("a summary written over several lines")
        lines[at] = lines[at].split("summary:")[0] + "summary: edited by the test"
        again = parse_bytes("\n".join(lines).encode("utf-8"), "spec.yaml").data
    assert len(whole) == 1, "the edit was not read alone"
    with _Outside():
        assert reuse.fingerprint(again) == reuse.fingerprint(parse_bytes("\n".join(lines).encode(), "x.yaml").data)
    same = [key for key in first if again.get(key) is first[key]]
    assert same and "paths" not in same  # every other top-level part is last time's very object
    items = first.get("paths") or {}
    assert sum(again["paths"].get(p) is items[p] for p in items) >= len(items) - 1


_ANCHORED = """\
openapi: 3.0.3
info: {title: t, version: '1'}
x-shared: &shared
  description: shared text
paths:
  /a:
    get:
      x-docs: *shared
      responses:
        200:
          description: ok
  /b:
    get:
      x-docs: &local
        description: b
      x-again: *local
      responses:
        '200': {description: ok}
  /c:
    <<: {summary: merged}
    get:
      responses:
        404: {description: gone}
components:
  schemas:
    A: {type: string}
    B:
      type: object
      properties:
        a: {$ref: '#/components/schemas/A'}
"""


@pytest.mark.parametrize(("old", "new"), [
    ("description: shared text", "description: shared text, edited"),   # an anchored entry changes
    ("x-shared: &shared", "x-shared:"),                                    # an anchor others use goes away
    ("x-shared: &shared", "x-shared: &other"),
    ("      x-docs: *shared", "      x-docs: *shared\n      summary: s"),  # an entry with an alias
    ("        description: b", "        description: b2"),                # an entry with its own anchor
    ("    <<: {summary: merged}", "    <<: {summary: merged2}"),           # a merge key
    ("    A: {type: string}", "    A: {type: integer}"),
    ("    A: {type: string}", "    B: {type: string}"),                    # a repeated key
    ("        404: {description: gone}", "        405: {description: gone}"),  # non-string keys
    ("        200:\n", "        201:\n"),
    ("  /b:\n", "  /b:\n  /b2: {}\n"),
    ("components:", "components: &c"),
    ("      type: object", "      type: object\n     bad: indent"),
])
def test_edits_around_anchors_merges_and_keys(old: str, new: str) -> None:
    assert old in _ANCHORED
    _check_chain([_ANCHORED, _ANCHORED.replace(old, new, 1), _ANCHORED])


def test_the_guards_still_apply_to_kept_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry kept from the last parse is not walked again, but its measure is: a lower depth limit set
    between two saves refuses it, as a fresh parse does."""
    deep = "x: 1\n"
    for level in range(40):
        deep = "a:\n" + "".join("  " + line + "\n" for line in deep.splitlines())
    nested = "".join("      " + line + "\n" for line in deep.splitlines())
    text = f"openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get: {{}}\ncomponents:\n  schemas:\n    D:\n{nested}"
    edited = text.replace("get: {}", "put: {}")
    from generator.load import yaml_reparse
    from tests.conftest import record_calls

    whole = record_calls(monkeypatch, yaml_reparse, "_parse_whole")
    with reuse.session():
        assert _outcome(text)[0] == "ok"
        monkeypatch.setenv("PFGEN_MAX_DEPTH", "30")
        kept = _outcome(edited)
        assert len(whole) == 1  # the edit was read alone; the kept schema was measured, not walked
        with _Outside():
            assert kept == _outcome(edited)
    assert kept[0] == "error" and kept[1][0] == "too-deep"


def test_the_same_text_under_another_name_is_not_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The watch's first run reads the spec and the copy of it that the output keeps: one parse, and the copy's
    warnings name the copy."""
    from generator.load import yaml_reparse
    from tests.conftest import record_calls

    whole = record_calls(monkeypatch, yaml_reparse, "_parse_whole")
    with reuse.session():
        spec = parse_bytes(_ANCHORED.encode(), "spec.yaml")
        copy = parse_bytes(_ANCHORED.encode(), "out/.pfgen/spec.yaml")
    assert len(whole) == 1
    with _Outside():
        fresh = parse_bytes(_ANCHORED.encode(), "out/.pfgen/spec.yaml")
    assert reuse.fingerprint(copy.data) == reuse.fingerprint(fresh.data) == reuse.fingerprint(spec.data)
    assert copy.diagnostics == fresh.diagnostics and copy.diagnostics  # the non-string keys, under the copy's name
