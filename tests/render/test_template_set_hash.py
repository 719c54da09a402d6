"""The template set's hash is recorded in every manifest: computing it another way must give the same value, or
every output would report changed templates after an upgrade. The oracle is the original definition (every
file ``Path.rglob`` finds, sorted as paths, hidden and cache files left out)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.codegen.template_set import BUILTIN_TEMPLATES, _is_template_file, template_set_sha256


def _reference(roots: list[Path]) -> str:
    digest = hashlib.sha256()
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and _is_template_file(p.relative_to(root))):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def test_the_hash_is_the_one_recorded_before(tmp_path: Path) -> None:
    # Names whose order differs between path and string sorting ("a-b" < "a/b" as strings, not as paths).
    for name in ("a/b.jinja", "a-b.jinja", "a.b/c.jinja", "a/b/c.jinja", "A/z.jinja", "b.jinja",
                 ".hidden/x.jinja", "a/.swp", "a/__pycache__/x.pyc", "ünï/çödé.jinja", "a b/c.jinja"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name)
    (tmp_path / "linked").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "file-link.jinja").symlink_to(tmp_path / "b.jinja")
    assert template_set_sha256.__wrapped__(tmp_path) == _reference([BUILTIN_TEMPLATES, tmp_path])
    assert template_set_sha256.__wrapped__(None) == _reference([BUILTIN_TEMPLATES])
