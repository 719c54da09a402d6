"""The surface record (``.pfgen/surface.json``): what ``load_surface`` reads back is what was dumped, and reading
it with the lines of another record (``known``, so unchanged lines are not parsed again) gives exactly what a
full parse gives, for every shared document and between consecutive real releases."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from diff_support import RELEASES, SPECS, load

from generator.diff.surface import Surface
from generator.diff.surface_file import dump_surface, dump_surface_lines, load_surface
from generator.pipeline import surface_of

DOCUMENTS = sorted(p for p in SPECS.glob("*") if p.suffix in (".json", ".yaml", ".yml"))
RELEASE_PAIRS = [(a, b) for family in ("adyen-checkout", "twilio-conversations-v1")
                 for a, b in zip(sorted(RELEASES.glob(f"{family}@*")), sorted(RELEASES.glob(f"{family}@*"))[1:])]


def _surface(path: Path) -> Surface:
    return surface_of(load(path))[0]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_a_record_reads_back_as_the_surface_it_was_dumped_from(path: Path) -> None:
    surface = _surface(path)
    data, known = dump_surface_lines(surface)
    assert data == dump_surface(surface)
    assert load_surface(data) == surface
    quick = load_surface(data, known)
    assert quick == surface
    # Every line was known: nothing was parsed again, the very objects came back.
    assert all(a is b for a, b in zip(quick.methods + quick.models, surface.methods + surface.models, strict=True))


@pytest.mark.parametrize(("old", "new"), RELEASE_PAIRS, ids=lambda p: p.name)
def test_reading_with_another_releases_lines_gives_the_full_parse(old: Path, new: Path) -> None:
    old_data = dump_surface(_surface(old))
    _, known = dump_surface_lines(_surface(new))
    assert load_surface(old_data, known) == load_surface(old_data)


def test_an_edited_surface_reads_the_same_with_and_without_known_lines() -> None:
    surface = _surface(SPECS / "twilio-taskrouter-v1.json")
    methods = list(surface.methods)
    methods[0] = replace(methods[0], returns="Changed", deprecated=not methods[0].deprecated)
    del methods[1]
    edited = replace(surface, methods=tuple(methods), models=surface.models[2:], version="2.0")
    old_data = dump_surface(edited)
    _, known = dump_surface_lines(surface)
    assert load_surface(old_data, known) == load_surface(old_data) == edited


@pytest.mark.parametrize("change", [
    lambda text: json.dumps(json.loads(text), indent=2),            # laid out otherwise: the whole parse reads it
    lambda text: text.replace('",\n"', '", \n"', 1),
    lambda text: text.replace("\n", "\r\n"),
    # Valid JSON whose lines look right but mean something else: the last "models" wins in a parse.
    lambda text: text[:-2] + ',\n"models": [\n' + text.split('"models": [\n', 1)[1].split("\n", 1)[0].rstrip(",")
    + "\n]}\n",
])
def test_a_record_laid_out_otherwise_is_read_by_the_whole_parse(change: object) -> None:
    surface = _surface(SPECS / "twilio-taskrouter-v1.json")
    data, known = dump_surface_lines(surface)
    other = change(data.decode()).encode()  # type: ignore[operator]
    assert load_surface(other, known) == load_surface(other)


def test_another_format_is_refused_with_or_without_known_lines() -> None:
    surface = _surface(SPECS / "twilio-taskrouter-v1.json")
    data, known = dump_surface_lines(surface)
    other = data.replace(b'{"format": 1,', b'{"format": 2,', 1)
    for lines in (None, known):
        with pytest.raises(ValueError, match="format"):
            load_surface(other, lines)
