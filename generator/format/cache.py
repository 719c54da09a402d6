"""A content-addressed, on-disk cache of black's output.

Key: ``sha256(black version + mode + input text)``. One file per key, in folders sharded by the key's first two
hex digits. Entries are written atomically (temporary file + ``os.replace``) and carry a checksum header, so a
torn or tampered entry is ignored (and later overwritten) rather than trusted. The cache is best-effort: any I/O
problem degrades to "not cached", never to a failed generation.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from generator.cachedir import replace_file
from generator.cachefiles import cache_folder, caching_off
from generator.digests import text_sha256

_MAGIC = b"pfgen-black-1 "  # followed by sha256(payload) hex and a newline, then the UTF-8 payload
_HEADER_LEN = len(_MAGIC) + 64 + 1


def default_cache_dir() -> Path:
    """``black`` in pfgen's cache folder (``generator.cachefiles``: ``$PFGEN_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/pfgen``, default ``~/.cache/pfgen``)."""
    return cache_folder() / "black"


def cache_disabled() -> bool:
    return caching_off()


def cache_key(fingerprint: str, text: str) -> str:
    digest = hashlib.sha256()
    digest.update(fingerprint.encode("utf-8"))
    digest.update(b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class FormatCache:
    """Lookups and stores for one cache directory."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _entry(self, key: str) -> Path:
        return self.root / key[:2] / key

    def get(self, key: str) -> str | None:
        try:
            raw = self._entry(key).read_bytes()
        except OSError:
            return None
        return _decode(raw)

    def get_many(self, keys: Sequence[str]) -> dict[str, str]:
        """Look up many keys; misses are simply absent from the result.

        A shard folder that does not exist is checked once, not once per key, so a cold cache costs one
        ``stat`` per shard instead of one failed ``open`` per file.
        """
        found: dict[str, str] = {}
        missing_shards: set[str] = set()
        for key in keys:
            shard = key[:2]
            if shard in missing_shards or key in found:
                continue
            try:
                raw = (self.root / shard / key).read_bytes()
            except FileNotFoundError:
                if not (self.root / shard).is_dir():
                    missing_shards.add(shard)
                continue
            except OSError:
                continue
            text = _decode(raw)
            if text is not None:
                found[key] = text
        return found

    def put(self, key: str, text: str) -> None:
        payload = text.encode("utf-8", "surrogatepass")
        blob = _MAGIC + hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload
        replace_file(self.root / key[:2] / key, blob)  # unwritable: formatting still succeeds, just uncached

    def put_many(self, entries: Mapping[str, str]) -> None:
        for key, text in entries.items():
            self.put(key, text)


class VerifiedTexts:
    """Hashes of texts already found in black's form by the cheap test (``verify.suspects``), so a
    regeneration re-checks only the files that changed. One small file per checker version, rewritten whole
    (atomically) when a run adds to it, newest entries first and bounded in size."""

    LIMIT = 200_000

    def __init__(self, root: Path, fingerprint: str) -> None:
        self.path = root / f"verified-{fingerprint[:16]}.txt"
        self._known: set[str] | None = None
        self._added: list[str] = []

    @staticmethod
    def digest(text: str) -> str:
        try:
            return text_sha256(text)[1][:32]  # (the write asks the same: ``digests`` remembers it)
        except UnicodeEncodeError:  # lone surrogates: a text no file can hold, known by a digest all the same
            return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def _load(self) -> set[str]:
        if self._known is None:
            try:
                self._known = set(self.path.read_text(encoding="ascii").split())
            except (OSError, UnicodeDecodeError):
                self._known = set()
        return self._known

    def __contains__(self, digest: str) -> bool:
        return digest in self._load()

    def add(self, digest: str) -> None:
        if digest not in self._load():
            self._known.add(digest)  # type: ignore[union-attr]
            self._added.append(digest)

    def save(self) -> None:
        if not self._added:
            return
        try:
            old = self.path.read_text(encoding="ascii").split()
        except (OSError, UnicodeDecodeError):
            old = []
        fresh = set(self._added)
        lines = (self._added + [d for d in old if d not in fresh])[: self.LIMIT]
        if replace_file(self.path, ("\n".join(lines) + "\n").encode("ascii")):
            self._added = []


class LaidOutTexts:
    """Files laid out without black by an earlier run (``linesplit``), by the digest of their input text. One
    file per splitter version, read once and rewritten whole (atomically) when a run adds to it: a run that
    lays out 1,800 files would otherwise create 1,800 cache files, which costs more than laying them out on
    some file systems. Newest entries first, bounded in size."""

    LIMIT_CHARS = 64_000_000

    def __init__(self, root: Path, fingerprint: str) -> None:
        name = hashlib.sha256(fingerprint.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        self.path = root / f"laid-out-{name}.json"
        self._known: dict[str, str] | None = None
        self._added: dict[str, str] = {}
        self._seen: tuple[int, int] | None = None  # (mtime, size) of the file as this object last read or wrote it

    def _stat(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def _read(self) -> dict[str, str]:
        try:
            seen = self._stat()
            raw = json.loads(self.path.read_bytes())
            self._seen = seen
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {k: v for k, v in raw.items() if isinstance(k, str) and isinstance(v, str)}

    def get(self, digest: str) -> str | None:
        if self._known is None:
            self._known = self._read()
        return self._known.get(digest)

    def add(self, digest: str, text: str) -> None:
        self._added[digest] = text

    def save(self) -> None:
        if not self._added:
            return
        entries = dict(self._added)
        size = sum(len(v) for v in entries.values())
        # What other runs stored meanwhile counts too; unless nobody wrote the file since this object read or
        # wrote it (a resident ``pfgen watch`` keeps this object), when what it holds is the file's content.
        unchanged = self._known is not None and self._seen is not None and self._seen == self._stat()
        for digest, text in (self._known if unchanged and self._known is not None else self._read()).items():
            if digest not in entries and size + len(text) <= self.LIMIT_CHARS:
                entries[digest] = text
                size += len(text)
        body = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        if replace_file(self.path, body):
            self._added = {}
            self._known = entries
            self._seen = self._stat()


def _decode(raw: bytes) -> str | None:
    if len(raw) < _HEADER_LEN or not raw.startswith(_MAGIC) or raw[_HEADER_LEN - 1 : _HEADER_LEN] != b"\n":
        return None
    payload = raw[_HEADER_LEN:]
    if hashlib.sha256(payload).hexdigest().encode("ascii") != raw[len(_MAGIC) : _HEADER_LEN - 1]:
        return None
    try:
        return payload.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return None
