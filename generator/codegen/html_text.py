"""HTML in descriptions (CommonMark allows it, and some publishers write whole descriptions in it) as plain text
a docstring reader can follow: paragraphs and line breaks kept, list items as ``- ``, code as ````code````, links
as ``text (url)``, entities decoded, every other tag dropped. Text without tags is returned unchanged."""

from __future__ import annotations

import re

_TAG = re.compile(r"</?(?:p|br|b|strong|i|em|code|pre|a|ul|ol|li|h[1-6]|div|span|table|tr|td|th|tt|hr)\b[^>]*>", re.IGNORECASE)


def html_to_text(text: str) -> str:
    if not _TAG.search(text):
        return text
    from generator.codegen.html_parse import TextParser  # (html.parser only for text that has tags)

    parser = TextParser()
    parser.feed(text)
    parser.close()
    return parser.text()
