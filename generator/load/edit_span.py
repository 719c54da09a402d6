"""Where a saved text differs from the one before it: the one span an edit replaced, found from the common
prefix and suffix of the two texts (for the watch's re-parsers, ``json_reparse`` and ``yaml_reparse``)."""

from __future__ import annotations

from dataclasses import dataclass

_CHUNK = 1 << 15


@dataclass(frozen=True, slots=True)
class Edit:
    """``old[start:end]`` became ``new[start:end + delta]``; the text around it is the same in both."""

    start: int
    end: int
    delta: int


def edit_between(old: str, new: str) -> Edit:
    prefix = common_prefix(old, new)
    suffix = min(common_suffix(old, new), len(old) - prefix, len(new) - prefix)
    return Edit(prefix, len(old) - suffix, len(new) - len(old))


def common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix, by chunks (string comparison runs at memory speed)."""
    limit = min(len(a), len(b))
    low = 0
    while low + _CHUNK <= limit and a[low:low + _CHUNK] == b[low:low + _CHUNK]:
        low += _CHUNK
    high = min(low + _CHUNK, limit)   # the answer lies in [low, high]
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def common_suffix(a: str, b: str) -> int:
    """The length of the longest common suffix (as ``common_prefix``)."""
    limit = min(len(a), len(b))
    low = 0
    la, lb = len(a), len(b)
    while low + _CHUNK <= limit and a[la - low - _CHUNK:la - low] == b[lb - low - _CHUNK:lb - low]:
        low += _CHUNK
    high = min(low + _CHUNK, limit)
    while low < high:
        middle = (low + high + 1) // 2
        if a[la - middle:la - low] == b[lb - middle:lb - low]:
            low = middle
        else:
            high = middle - 1
    return low
