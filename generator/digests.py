"""The SHA-256 of bytes, as hex: one function for every digest pfgen writes or compares (manifests, stamps,
the source document's ``sha256``).

One run hashes the same large object several times: the source document's bytes are the parsed document's
``sha256``, the stored copy in the output, the manifest entry and the stamp's key. The last few large ``bytes``
objects hashed are remembered by identity (``bytes`` cannot change, and each is kept alive while remembered,
so its ``id`` cannot be reused), and hashing the same object again costs nothing.
"""

from __future__ import annotations

import hashlib

_LARGE = 1 << 16   # smaller inputs hash faster than a lookup is worth remembering
_KEEP = 4
_RECENT: dict[int, tuple[bytes, str]] = {}


def sha256_hex(data: bytes) -> str:
    if type(data) is not bytes or len(data) < _LARGE:
        return hashlib.sha256(data).hexdigest()
    hit = _RECENT.get(id(data))
    if hit is not None and hit[0] is data:
        return hit[1]
    digest = hashlib.sha256(data).hexdigest()
    if len(_RECENT) >= _KEEP:
        del _RECENT[next(iter(_RECENT))]
    _RECENT[id(data)] = (data, digest)
    return digest
