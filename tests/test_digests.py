"""``digests.sha256_hex`` remembers large ``bytes`` by identity; every answer must still be the real digest."""

from __future__ import annotations

import hashlib
import os

from generator import digests


def _real(data: bytes | bytearray) -> str:
    return hashlib.sha256(data).hexdigest()


def test_every_answer_is_the_real_digest_for_many_large_objects() -> None:
    blobs = [os.urandom(1 << 17) for _ in range(3 * digests._KEEP)]
    for _ in range(2):  # the second pass meets remembered and forgotten objects alike
        for blob in blobs:
            assert digests.sha256_hex(blob) == _real(blob)
    assert len(digests._RECENT) <= digests._KEEP


def test_a_new_object_with_equal_or_different_content_is_hashed_itself() -> None:
    first = os.urandom(1 << 17)
    assert digests.sha256_hex(first) == _real(first)
    same_text = bytes(bytearray(first))
    assert same_text is not first
    assert digests.sha256_hex(same_text) == _real(first)
    del first, same_text
    other = os.urandom(1 << 17)  # may land at a freed address: only an object still remembered can match
    assert digests.sha256_hex(other) == _real(other)


def test_mutable_buffers_are_never_remembered() -> None:
    buffer = bytearray(os.urandom(1 << 17))
    before = digests.sha256_hex(buffer)  # type: ignore[arg-type]
    buffer[0] ^= 0xFF
    assert digests.sha256_hex(buffer) == _real(buffer) != before  # type: ignore[arg-type]


def test_small_inputs() -> None:
    assert digests.sha256_hex(b"") == _real(b"")
    assert digests.sha256_hex(b"pfgen") == _real(b"pfgen")


def test_a_text_digest_is_the_sha256_of_its_utf8_and_is_remembered_by_identity() -> None:
    import hashlib

    from generator import digests

    text = "é" * 1000 + "".join(str(i) for i in range(1000))
    data, digest = digests.text_sha256(text)
    assert data == text.encode("utf-8") and digest == hashlib.sha256(data).hexdigest()
    assert digests.text_sha256(text)[0] is data  # the same object: not encoded again
    copy = "".join(list(text))  # equal, another object
    assert copy is not text and digests.text_sha256(copy) == (data, digest)
    for i in range(digests._TEXTS_KEPT + 1):  # bounded: the oldest go first
        digests.text_sha256(f"filler {i}")
    assert len(digests._TEXTS) == digests._TEXTS_KEPT and id(text) not in digests._TEXTS
    try:
        digests.text_sha256("\udc80")
    except UnicodeEncodeError:
        pass
    else:
        raise AssertionError("a lone surrogate has no UTF-8 form")
