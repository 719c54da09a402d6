"""HTML descriptions (asana writes whole descriptions in it) become readable docstring text."""

from __future__ import annotations

from generator.codegen.escape import docstring_body
from generator.codegen.html_text import html_to_text


def test_html_becomes_text() -> None:
    text = (
        "<b>Required scope: </b><code>attachments:read</code>\n\nGet the record. See "
        '<a href="https://example.test/docs">the docs</a>.<ul><li>one</li><li>two &amp; three</li></ul>'
        "<p>Last<br/>line</p>"
    )
    assert html_to_text(text) == (
        "Required scope: ``attachments:read``\n\nGet the record. See the docs (https://example.test/docs).\n\n"
        "- one\n- two & three\n\nLast\nline"
    )


def test_text_without_tags_is_unchanged() -> None:
    for text in ("a < b and b > c", "x <3", "use <T> generics", "Markdown *stays*"):
        assert html_to_text(text) == text


def test_a_docstring_never_carries_tags_it_would_show_raw() -> None:
    body = docstring_body("<p>Hello <i>world</i></p>")
    assert body == "Hello world"
