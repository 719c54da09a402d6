"""The ``write`` stage: put rendered files on disk atomically, manifest last, never outside the output directory."""

from __future__ import annotations

from generator.write.ignore import IGNORE_FILE
from generator.write.manifest import MANIFEST_NAME, Manifest, ManifestInfo, read_manifest
from generator.write.plan import WritePlan
from generator.write.report import WriteReport
from generator.write.tree import apply_tree, check_tree, plan_tree, write_tree

__all__ = [
    "IGNORE_FILE",
    "MANIFEST_NAME",
    "Manifest",
    "ManifestInfo",
    "WritePlan",
    "WriteReport",
    "apply_tree",
    "check_tree",
    "plan_tree",
    "read_manifest",
    "write_tree",
]
