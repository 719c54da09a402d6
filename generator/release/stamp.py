"""Up-to-date stamps: ``pfgen check`` answers without rendering when nothing that decides the output changed.

A target's output is a function of its inputs: the spec's bytes (and every document it references), the
overlays, the effective configuration, the templates, pfgen's own code and the versions of the libraries that
shape the text (black, jinja2, openapi-spec-validator), plus the output's own ``.pfgenignore``. After pfgen has
written a target (or ``check`` has found it up to date) it records, in its cache folder, a stamp keyed by a hash
of all of these: the hash of the manifest it left and the referenced documents' hashes. The next ``check`` with
the same key only has to confirm that the output still is what that manifest lists (every file re-hashed), which
costs about as much as reading the spec; anything else (no stamp, a changed document, a touched file) falls back
to rendering in memory and comparing, so a stamp can make ``check`` faster but never change its answer.

Not stamped: ``--version`` runs and specs that may pull remote ``$ref``s (their inputs are not all local).
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.cachefiles import fingerprint, read_json, section_dir, write_json
from generator.codegen.template_set import template_set_sha256
from generator.digests import sha256_hex
from generator.write import MANIFEST_NAME, read_manifest
from generator.write.ignore import IGNORE_FILE

if TYPE_CHECKING:
    from generator.config import TargetConfig
    from generator.release.options import ReleaseOptions
    from generator.release.spec import SpecInput

FORMAT = "1"
SECTION = "stamps"


@dataclass(frozen=True, slots=True)
class Verified:
    """A target found up to date from its stamp (nothing was rendered)."""

    output: Path
    version: str


def stamp_dir() -> Path | None:
    return section_dir(SECTION)


# A stamp stands for a whole run: all of pfgen, and every library whose behaviour shapes the output.
DISTRIBUTIONS = ("black", "jinja2", "openapi_spec_validator", "openapi_schema_validator", "jsonschema",
                 "jsonschema_rs", "PyYAML", "pathspec")


def code_fingerprint() -> str:
    return fingerprint(("*",), DISTRIBUTIONS)


def input_key(spec: SpecInput, target: TargetConfig, options: ReleaseOptions) -> str | None:
    """The hash of everything that decides ``target``'s output, or None when this run cannot be stamped."""
    if options.version is not None or options.spec.allow_remote_refs or target.output is None:
        return None
    digest = hashlib.sha256()
    parts: list[str] = [
        FORMAT,
        code_fingerprint(),
        f"python={sys.version_info[0]}.{sys.version_info[1]}",
        spec.doc.uri,
        sha256_hex(spec.raw),
        repr(options.spec),
        options.config_sha256,
        repr(target),
        template_set_sha256(target.templates),
        file_sha(target.output / IGNORE_FILE),
        *(f"{p}\0{file_sha(p)}" for p in target.overlays),
    ]
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    digest.update(str(target.output.resolve()).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def verify(key: str | None, output: Path) -> Verified | None:
    """``output`` is exactly what pfgen wrote for ``key`` (stamped, untouched since): cheap, and None if unsure."""
    if key is None:
        return None
    stamp = _read(key)
    if stamp is None:
        return None
    try:
        if file_sha(output / MANIFEST_NAME) != stamp.get("manifest"):
            return None
        manifest = read_manifest(output)
        if manifest is None:
            return None
        for path, sha in manifest.files.items():
            if file_sha(output / path) != sha:
                return None
        for path, sha in stamp.get("documents", []):
            if file_sha(Path(path)) != sha:
                return None
    except Exception:  # noqa: BLE001 -- a damaged manifest or stamp: the full check will say what is wrong
        return None
    return Verified(output, manifest.info.package_version)


def verify_targets(
    spec: SpecInput, targets: Sequence[TargetConfig], options: ReleaseOptions
) -> list[Verified | None]:
    """``verify`` for each target, in order (None where its output must be rendered to be judged)."""
    template_set_sha256.cache_clear()  # a template edited since the last call in this process must count
    return [verify(input_key(spec, t, options), t.output) if t.output is not None else None for t in targets]


def record(key: str | None, output: Path, documents: Iterable[str]) -> None:
    """Remember that ``output`` now holds exactly what pfgen makes of the inputs behind ``key`` (call after
    writing it, or after a check found it up to date); ``documents``: the other files the spec references.
    Best effort: an unwritable cache only costs the next check its shortcut."""
    if key is None or stamp_dir() is None:
        return
    manifest = file_sha(output / MANIFEST_NAME)
    docs = [(path, file_sha(Path(path))) for path in sorted({str(Path(d).resolve()) for d in documents})]
    if not manifest or any(not sha for _, sha in docs):
        return
    write_json(SECTION, key, {"manifest": manifest, "documents": docs})


def _read(key: str) -> dict[str, Any] | None:
    data = read_json(SECTION, key)
    return data if isinstance(data, dict) else None


def file_sha(path: Path) -> str:
    """sha256 of a file's bytes; "" when it cannot be read (missing counts as a state of its own)."""
    try:
        return sha256_hex(path.read_bytes())
    except OSError:
        return ""
