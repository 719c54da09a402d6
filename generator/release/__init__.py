"""The ``release`` stage: versioned regeneration (``pfgen generate``, ``pfgen check``, ``pfgen update``).

``prepare_release`` renders every target's next release in memory (semantic version from the diff against the
spec the current output was generated from, changelog section, manifest); ``write_release`` puts it on disk
atomically per target, after checking every target for conflicts; ``check_release`` reports drift instead.
``download``/``store_download`` fetch the API's current document for ``pfgen update``.
"""

from __future__ import annotations

from generator.release.apply import TargetDrift, check_release, write_release
from generator.release.changelog import (
    CHANGELOG_PATH,
    ChangeCounts,
    merge_changelog,
    split_sections,
)
from generator.release.prepare import (
    Release,
    ReleaseKind,
    ReleaseOptions,
    TargetRelease,
    effective_config_sha256,
    prepare_release,
)
from generator.release.spec import STORED_SPEC_NAMES, SpecInput, read_spec_input
from generator.release.update import Downloaded, Stored, download, store_download, update_url
from generator.release.version import SemVer, bump_version, is_semver, parse_version

__all__ = [
    "CHANGELOG_PATH",
    "STORED_SPEC_NAMES",
    "ChangeCounts",
    "Downloaded",
    "Release",
    "ReleaseKind",
    "ReleaseOptions",
    "SemVer",
    "SpecInput",
    "Stored",
    "TargetDrift",
    "TargetRelease",
    "bump_version",
    "check_release",
    "download",
    "effective_config_sha256",
    "is_semver",
    "merge_changelog",
    "parse_version",
    "prepare_release",
    "read_spec_input",
    "split_sections",
    "store_download",
    "update_url",
    "write_release",
]
