"""``edit_span.edit_between``: the one span an edit replaced. Oracle: a character-by-character comparison."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.load import edit_span


def _naive(old: str, new: str) -> tuple[int, int]:
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, suffix


_texts = st.text("ab\n", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_texts, _texts, _texts, st.integers(0, 3))
def test_the_span_is_the_naive_one(head: str, middle: str, tail: str, scale: int) -> None:
    # Long texts too, so the chunked comparison (32 Ki characters at a time) is taken.
    head, tail = head * (1 + scale * 1000), tail * (1 + scale * 1000)
    old, new = head + tail, head + middle + tail
    for a, b in ((old, new), (new, old)):
        edit = edit_span.edit_between(a, b)
        prefix, suffix = _naive(a, b)
        assert (edit.start, edit.end, edit.delta) == (prefix, len(a) - suffix, len(b) - len(a))
        assert a[:edit.start] + b[edit.start:edit.end + edit.delta] + a[edit.end:] == b
