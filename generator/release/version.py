"""Semantic versions of generated packages: parsing, ordering and bumping (https://semver.org/).

The bump follows the usual 0.x convention (as Cargo does): while the major version is 0, a breaking change bumps
the minor number and an addition bumps the patch number, because 0.x releases promise nothing across minors.
A pre-release is completed rather than skipped: a patch bump of ``1.2.0-rc.1`` is ``1.2.0`` (as npm does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from generator.errors import InputError, Location

Bump = Literal["major", "minor", "patch", "none"]
BUMP_RANK: dict[str, int] = {"none": 0, "patch": 1, "minor": 2, "major": 3}

_SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?"
    r"(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$"
)


@dataclass(frozen=True, slots=True)
class SemVer:
    """A semantic version (``MAJOR.MINOR.PATCH[-pre][+build]``) of a generated package."""

    major: int
    minor: int
    patch: int
    prerelease: tuple[str, ...] = ()
    build: tuple[str, ...] = ()

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.prerelease:
            text += "-" + ".".join(self.prerelease)
        if self.build:
            text += "+" + ".".join(self.build)
        return text

    def precedence(self) -> tuple[object, ...]:
        """Sort key by semver precedence (build metadata ignored; a pre-release sorts before its release)."""
        pre = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.prerelease)
        return (self.major, self.minor, self.patch, 0 if self.prerelease else 1, pre)


def is_semver(text: str) -> bool:
    return bool(_SEMVER.match(text))


def parse_version(text: str, *, location: Location | None = None, what: str = "version", hint: str = "") -> SemVer:
    """Parse ``MAJOR.MINOR.PATCH[-pre][+build]``; anything else is ``InputError('version-not-semver')``."""
    match = _SEMVER.match(text.strip())
    if match is None:
        raise InputError(
            "version-not-semver",
            f"{what} {text!r} is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)",
            location or Location(),
            hint or "write the version as MAJOR.MINOR.PATCH, for example 1.0.0",
        )
    major, minor, patch, pre, build = match.groups()
    return SemVer(
        int(major),
        int(minor),
        int(patch),
        tuple(pre.split(".")) if pre else (),
        tuple(build.split(".")) if build else (),
    )


def bump_version(version: SemVer, bump: Bump) -> SemVer:
    """The next version after ``version`` for a change of kind ``bump`` (``none`` keeps it)."""
    if bump == "none":
        return version
    if version.major == 0:  # 0.x: breaking -> minor, anything else -> patch
        bump = "minor" if bump == "major" else "patch"
    m, n, p = version.major, version.minor, version.patch
    # A pre-release that already is at least that bump is finished rather than skipped.
    finishes = bump == "patch" or (bump == "minor" and p == 0) or (bump == "major" and n == 0 and p == 0)
    if version.prerelease and finishes:
        return SemVer(m, n, p)
    if bump == "major":
        return SemVer(m + 1, 0, 0)
    if bump == "minor":
        return SemVer(m, n + 1, 0)
    return SemVer(m, n, p + 1)


def max_bump(*bumps: Bump) -> Bump:
    return max(bumps, key=lambda b: BUMP_RANK[b]) if bumps else "none"
