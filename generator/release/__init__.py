"""The ``release`` stage: versioned regeneration (``pfgen generate``, ``pfgen check``, ``pfgen update``).

``prepare_release`` renders every target's next release in memory (semantic version from the diff against the
spec the current output was generated from, changelog section, manifest); ``write_release`` puts it on disk
atomically per target, after checking every target for conflicts; ``check_release`` reports drift instead.
``download``/``store_download`` fetch the API's current document for ``pfgen update``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.lazy import lazy_exports

if TYPE_CHECKING:
    from generator.release.apply import TargetDrift, check_release, write_release
    from generator.release.changelog import (
        CHANGELOG_PATH,
        ChangeCounts,
        merge_changelog,
        split_sections,
    )
    from generator.release.options import ReleaseOptions, effective_config_sha256
    from generator.release.prepare import (
        Release,
        ReleaseKind,
        TargetRelease,
        prepare_release,
    )
    from generator.release.spec import STORED_SPEC_NAMES, SpecInput, read_spec_input
    from generator.release.update import Downloaded, Stored, download, store_download, update_url
    from generator.release.version import SemVer, bump_version, is_semver, parse_version

# Imported on first use: ``pfgen generate`` needs neither the differ (first releases) nor httpx (``update``).
_WHERE: dict[str, str] = {
    "CHANGELOG_PATH": "generator.release.changelog",
    "ChangeCounts": "generator.release.changelog",
    "Downloaded": "generator.release.update",
    "Release": "generator.release.prepare",
    "ReleaseKind": "generator.release.prepare",
    "ReleaseOptions": "generator.release.options",
    "STORED_SPEC_NAMES": "generator.release.spec",
    "SemVer": "generator.release.version",
    "SpecInput": "generator.release.spec",
    "Stored": "generator.release.update",
    "TargetDrift": "generator.release.apply",
    "TargetRelease": "generator.release.prepare",
    "bump_version": "generator.release.version",
    "check_release": "generator.release.apply",
    "download": "generator.release.update",
    "effective_config_sha256": "generator.release.options",
    "is_semver": "generator.release.version",
    "merge_changelog": "generator.release.changelog",
    "parse_version": "generator.release.version",
    "prepare_release": "generator.release.prepare",
    "read_spec_input": "generator.release.spec",
    "split_sections": "generator.release.changelog",
    "store_download": "generator.release.update",
    "update_url": "generator.release.update",
    "write_release": "generator.release.apply",
}


__getattr__ = lazy_exports(__name__, _WHERE)

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
