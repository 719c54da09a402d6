"""Bytes to text: UTF-8 (with or without BOM), and UTF-16/UTF-32 when a BOM or the null-byte pattern says so."""

from __future__ import annotations

import codecs

from generator.errors import InputError, Location

# Longest BOM first so the UTF-32 LE BOM is not mistaken for the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _sniff_encoding(raw: bytes) -> str:
    """Guess the encoding of BOM-less text from where the null bytes are (RFC 4627, section 3).

    A JSON or YAML document starts with an ASCII character, so in UTF-16/32 the first few bytes contain
    nulls in a pattern that gives the encoding away; UTF-8 text never contains null bytes there.
    """
    head = raw[:4]
    if len(head) == 4:
        if head[:3] == b"\0\0\0" and head[3]:
            return "utf-32-be"
        if head[0] and head[1:] == b"\0\0\0":
            return "utf-32-le"
    if len(head) >= 2:
        if head[0] == 0 and head[1]:
            return "utf-16-be"
        if head[0] and head[1] == 0:
            return "utf-16-le"
    return "utf-8"


def decode_text(raw: bytes, uri: str) -> str:
    """Decode ``raw``; the returned text never starts with a BOM."""
    encoding = ""
    body = raw
    for bom, name in _BOMS:
        if raw.startswith(bom):
            encoding, body = name, raw[len(bom):]
            break
    if not encoding:
        encoding = _sniff_encoding(raw)
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as exc:
        line, col = _position(body, exc.start)
        raise InputError(
            "bad-encoding",
            f"the document is not valid {encoding.upper()} text (byte {exc.start + 1} cannot be decoded)",
            Location(uri, line, col) if encoding == "utf-8" else Location(uri),
            hint="save the file as UTF-8",
        ) from None


def _position(body: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in bytes) of ``offset`` in UTF-8 ``body``."""
    line = body.count(b"\n", 0, offset) + 1
    col = offset - (body.rfind(b"\n", 0, offset) + 1) + 1
    return line, col
