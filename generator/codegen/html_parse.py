"""The HTML parser behind ``html_text.html_to_text`` (a module of its own, so ``html.parser`` is imported only for
text that has tags)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset({"p", "div", "ul", "ol", "pre", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr"})


class TextParser(HTMLParser):
    """Collects the text of an HTML fragment as ``html_text.html_to_text`` describes it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[tuple[str, int]] = []   # (href, index of the link text's first part)
        self.pre = 0

    def _break(self, blank: bool) -> None:
        self.parts.append("\n\n" if blank else "\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._break(blank=True)
            self.pre += tag == "pre"
        elif tag == "br":
            self._break(blank=False)
        elif tag == "li":
            self._break(blank=False)
            self.parts.append("- ")
        elif tag in ("code", "tt") and not self.pre:
            self.parts.append("``")
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.parts)))
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.pre -= tag == "pre" and self.pre > 0
            self._break(blank=True)
        elif tag in ("code", "tt") and not self.pre:
            self.parts.append("``")
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            label = "".join(self.parts[start:]).strip()
            if href and href not in label and not href.startswith("#"):
                self.parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        self.parts.append(data if self.pre else re.sub(r"[ \t]+", " ", data))

    def text(self) -> str:
        joined = "".join(self.parts).replace("````", "")
        lines = [line.rstrip() for line in joined.split("\n")]
        out = "\n".join(lines)
        return re.sub(r"\n{3,}", "\n\n", out).strip()
