"""Versions, changelog sections and the pieces of the release logic, without generating anything."""

from __future__ import annotations

import pytest

from generator.diff.model import Change, SpecDiff
from generator.errors import InputError
from generator.release import bump_version, merge_changelog, parse_version, split_sections
from generator.release.changelog import HEADER, count_changes, initial_section, release_section
from generator.release.version import is_semver, max_bump


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("1.2.3", "major", "2.0.0"),
        ("1.2.3", "minor", "1.3.0"),
        ("1.2.3", "patch", "1.2.4"),
        ("1.2.3", "none", "1.2.3"),
        ("0.3.1", "major", "0.4.0"),
        ("0.3.1", "minor", "0.3.2"),
        ("0.3.1", "patch", "0.3.2"),
        ("2.0.0-rc.1", "major", "2.0.0"),
        ("2.0.0-rc.1", "patch", "2.0.0"),
        ("2.1.3-beta", "minor", "2.2.0"),
        ("1.0.0+build.5", "patch", "1.0.1"),
    ],
)
def test_bump_version(version: str, bump: str, expected: str) -> None:
    assert str(bump_version(parse_version(version), bump)) == expected  # type: ignore[arg-type]


def test_semver_parsing_and_order() -> None:
    assert str(parse_version("1.2.3-alpha.1+x.7")) == "1.2.3-alpha.1+x.7"
    for bad in ("1.0", "v1.0.0", "01.0.0", "1.0.0-", "1.0.0rc1", ""):
        assert not is_semver(bad)
        with pytest.raises(InputError) as info:
            parse_version(bad)
        assert info.value.code == "version-not-semver"
    ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0", "1.0.1"]
    shuffled = [ordered[i] for i in (3, 6, 0, 5, 2, 4, 1)]
    assert sorted(shuffled, key=lambda v: parse_version(v).precedence()) == ordered
    assert max_bump("patch", "major", "minor") == "major" and max_bump() == "none"


def _diff(*changes: tuple[str, str, str]) -> SpecDiff:
    # One operation each: a wire change and an SDK change of the same operation count as one event.
    return SpecDiff(tuple(Change(rule, "sdk" if rule.startswith("sdk-") else "wire", level, f"GET /{i}", "/x", msg)
                          for i, (rule, level, msg) in enumerate(changes)))


def test_counts_and_sections() -> None:
    diff = _diff(
        ("operation-added", "info", "GET /b was added."),
        ("sdk-method-renamed", "breaking", "`a()` was renamed to `b()`; call `b()` instead."),
        ("docs-changed", "info", "The description changed."),
    )
    counts = count_changes(diff)
    assert (counts.breaking, counts.added, counts.changed) == (1, 1, 1)
    section = release_section(diff, version="2.0.0", api_version="3.1")
    assert section.startswith("## 2.0.0 (API 3.1)\n")
    assert section.index("### Breaking changes") < section.index("call `b()` instead") < section.index("### Added")
    quiet = release_section(_diff(), version="1.0.1", api_version="3.1", reasons=["The code templates changed."])
    assert "No changes to the API." in quiet and "- The code templates changed." in quiet
    assert initial_section("1.0.0", "Shop API", "7").startswith("## 1.0.0 (API 7)\n\nInitial release generated from Shop API 7.")


def test_merge_keeps_earlier_sections_and_replaces_the_same_version() -> None:
    first = merge_changelog(None, initial_section("1.0.0", "Shop", "1"), "1.0.0")
    assert first.startswith(HEADER)
    second = merge_changelog(first, "## 1.1.0\n\nAdded things.\n", "1.1.0")
    assert [v for v, _ in split_sections(second)] == ["1.1.0", "1.0.0"]
    again = merge_changelog(second, "## 1.1.0\n\nAdded other things.\n", "1.1.0")
    assert [v for v, _ in split_sections(again)] == ["1.1.0", "1.0.0"] and "other things" in again
    assert "Added things." not in again
    assert merge_changelog(second, "## 1.2.0\n\nMore.\n", "1.2.0").endswith(split_sections(first)[0][1])
