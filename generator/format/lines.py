"""The pieces ``linesplit`` works on, as black has them: leaves, the bracket tracker, lines, and how a split
builds its head, body and tail lines (black.lines, black.brackets and the line-building part of
black.linegen, for the grammar ``linetokens`` reads)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from generator.format.settings import LINE_LENGTH

# token types
NAME, NUMBER, STRING = "NAME", "NUMBER", "STRING"
LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE = "(", ")", "[", "]", "{", "}"
COMMA, COLON, EQUAL, RARROW, VBAR, DOT, STAR, DOUBLESTAR = ",", ":", "=", "->", "|", ".", "*", "**"
ASYNC, AWAIT = "ASYNC", "AWAIT"
OPENING = frozenset((LPAR, LSQB, LBRACE))
CLOSING = frozenset((RPAR, RSQB, RBRACE))
BRACKETS = OPENING | CLOSING
MATCH = {LPAR: RPAR, LSQB: RSQB, LBRACE: RBRACE}

COMMA_PRIORITY = 18
VBAR_PRIORITY = 9
DOT_PRIORITY = 1



Transformer = Callable[["Line", bool], Iterator["Line"]]


class Unsupported(Exception):
    """The statement is outside the grammar this module reproduces black for."""


class CannotSplit(Exception):
    pass


class Leaf:
    """One token, with what black reads off its parse tree (``kind`` of a bracket, a comma's list)."""

    __slots__ = (
        "annotation",
        "arglist",
        "bracket_depth",
        "kind",
        "opening_bracket",
        "orig_prefix",
        "parentless",
        "prefix",
        "type",
        "value",
        "vararg",
    )

    def __init__(self, type_: str, value: str, prefix: str = "", kind: str = "") -> None:
        self.type = type_
        self.value = value
        self.prefix = prefix
        self.orig_prefix = prefix
        # brackets: "trailer" (call, subscript), "atom" (display), "params", "class"; others: unused
        self.kind = kind
        self.arglist = False      # a comma directly in an argument or parameter list
        self.annotation = False   # part of a parameter annotation
        self.vararg = False       # ``*``/``**`` unpacking, never an operator
        self.parentless = False   # a comma black adds (it has no place in the parse tree)
        self.bracket_depth = 0
        self.opening_bracket: Leaf | None = None

    def copy(self) -> Leaf:
        leaf = Leaf(self.type, self.value, self.orig_prefix, self.kind)
        leaf.arglist, leaf.annotation, leaf.vararg = self.arglist, self.annotation, self.vararg
        leaf.parentless = self.parentless
        return leaf

    def __str__(self) -> str:
        return self.prefix + self.value


class BracketTracker:
    __slots__ = ("bracket_match", "delimiters", "depth", "invisible", "previous")

    def __init__(self) -> None:
        self.depth = 0
        self.bracket_match: dict[tuple[int, str], Leaf] = {}
        self.delimiters: dict[int, int] = {}
        self.previous: Leaf | None = None
        self.invisible: list[Leaf] = []

    def mark(self, leaf: Leaf) -> None:
        closing = leaf.type in CLOSING
        if closing and self.depth == 0 and (0, leaf.type) not in self.bracket_match:
            return
        if closing:
            self.depth -= 1
            try:
                opening = self.bracket_match.pop((self.depth, leaf.type))
            except KeyError:
                raise Unsupported("unmatched bracket") from None
            leaf.opening_bracket = opening
            if not leaf.value:
                self.invisible.append(leaf)
        leaf.bracket_depth = self.depth
        if self.depth == 0:
            delim = _split_before(leaf, self.previous)
            if delim and self.previous is not None:
                self.delimiters[id(self.previous)] = delim
            elif leaf.type == COMMA:
                self.delimiters[id(leaf)] = COMMA_PRIORITY
        if leaf.type in OPENING:
            self.bracket_match[self.depth, MATCH[leaf.type]] = leaf
            self.depth += 1
            if not leaf.value:
                self.invisible.append(leaf)
        self.previous = leaf

    def max_priority(self, exclude: frozenset[int] = frozenset()) -> int:
        return max(v for k, v in self.delimiters.items() if k not in exclude)  # ValueError when none

    def count_with_priority(self, priority: int = 0) -> int:
        if not self.delimiters:
            return 0
        priority = priority or self.max_priority()
        return sum(1 for p in self.delimiters.values() if p == priority)


def _split_before(leaf: Leaf, previous: Leaf | None) -> int:
    if leaf.vararg:
        return 0
    if leaf.type == DOT and leaf.kind != "ellipsis" and (previous is None or previous.type in CLOSING):
        return DOT_PRIORITY
    if leaf.type == VBAR:
        return VBAR_PRIORITY
    return 0


class Line:
    __slots__ = ("depth", "inside_brackets", "leaves", "magic_trailing_comma", "should_split_rhs", "tracker")

    def __init__(self, depth: int, inside_brackets: bool = False) -> None:
        self.depth = depth
        self.leaves: list[Leaf] = []
        self.inside_brackets = inside_brackets
        self.should_split_rhs = False
        self.magic_trailing_comma: Leaf | None = None
        self.tracker = BracketTracker()

    def append(self, leaf: Leaf, preformatted: bool = False, track_bracket: bool = False) -> None:
        # every leaf this module makes has a value or is a bracket (black drops the others here)
        if self.inside_brackets or not preformatted or track_bracket:
            self.tracker.mark(leaf)
            if (
                leaf.type in CLOSING
                and self.leaves
                and self.leaves[-1].type == COMMA
                and self.has_magic_trailing_comma(leaf)
            ):
                self.magic_trailing_comma = leaf
        self.leaves.append(leaf)

    def has_magic_trailing_comma(self, closing: Leaf) -> bool:
        if not (closing.type in CLOSING and self.leaves and self.leaves[-1].type == COMMA):
            return False
        if closing.type == RBRACE:
            return True
        if closing.type == RSQB:
            return not (
                closing.kind == "trailer"
                and closing.opening_bracket is not None
                and one_sequence_between(closing.opening_bracket, closing, self.leaves, LSQB)
            )
        return closing.opening_bracket is not None and not one_sequence_between(
            closing.opening_bracket, closing, self.leaves, LPAR
        )

    @property
    def is_def(self) -> bool:
        leaves = self.leaves
        if not leaves:
            return False
        first = leaves[0]
        return (first.type == NAME and first.value == "def") or (
            first.type == ASYNC and len(leaves) > 1 and leaves[1].type == NAME and leaves[1].value == "def"
        )

    @property
    def is_chained_assignment(self) -> bool:
        return sum(1 for leaf in self.leaves if leaf.type == EQUAL) > 1

    def clone(self) -> Line:
        line = Line(self.depth, self.inside_brackets)
        line.should_split_rhs = self.should_split_rhs
        line.magic_trailing_comma = self.magic_trailing_comma
        return line

    def __str__(self) -> str:
        if not self.leaves:
            return ""
        first = self.leaves[0]
        return first.prefix + "    " * self.depth + first.value + "".join(
            [leaf.prefix + leaf.value for leaf in self.leaves[1:]]
        )

    def __bool__(self) -> bool:
        return bool(self.leaves)


def one_sequence_between(opening: Leaf, closing: Leaf, leaves: list[Leaf], kind: str) -> bool:
    if opening.type != kind or closing.type != MATCH[kind]:
        return False
    depth = closing.bracket_depth + 1
    try:
        start = next(i for i, leaf in enumerate(leaves) if leaf is opening)
    except StopIteration:
        return False
    commas = 0
    for leaf in leaves[start + 1 :]:
        if leaf is closing:
            break
        if leaf.bracket_depth == depth and leaf.type == COMMA:
            commas += 1
            if leaf.arglist:
                commas += 1
                break
    return commas < 2


def short(line: Line | str) -> bool:
    return len(str(line)) <= LINE_LENGTH


def split_succeeded_or_raise(head: Line, body: Line, tail: Line) -> None:
    tail_len = len(str(tail).strip())
    if not body:
        if tail_len == 0:
            raise CannotSplit("same line")
        if tail_len < 3:
            raise CannotSplit("not worth it")


def _ensure_trailing_comma(leaves: list[Leaf], original: Line, opening: Leaf) -> bool:
    """Black adds a trailing comma to the lone parameter of a split ``def`` (imports never reach here)."""
    if not leaves or not original.is_def or opening.value != "(":
        return False
    return not any(leaf.type == COMMA and not leaf.annotation for leaf in leaves)


def build_line(leaves: list[Leaf], original: Line, opening: Leaf, component: str) -> Line:
    result = Line(original.depth)
    if component == "body":
        result.inside_brackets = True
        result.depth += 1
        if _ensure_trailing_comma(leaves, original, opening) and leaves[-1].type != COMMA:
            leaves.append(added_comma())
    track: set[int] = inside_matching_brackets(leaves) if component == "head" else set()
    for leaf in leaves:
        result.append(leaf, preformatted=True, track_bracket=id(leaf) in track)
    if component == "body" and _should_split_line(result, opening):
        result.should_split_rhs = True
    return result


def inside_matching_brackets(leaves: Sequence[Leaf]) -> set[int]:
    start = next((i for i, leaf in enumerate(leaves) if leaf.type in OPENING), None)
    if start is None:
        return set()
    ids: set[int] = set()
    stack: list[tuple[str, list[int]]] = []
    for leaf in leaves[start:]:
        if leaf.type in OPENING:
            stack.append((MATCH[leaf.type], [id(leaf)]))
        elif leaf.type in CLOSING:
            if stack and leaf.type == stack[-1][0]:
                _, level = stack.pop()
                level.append(id(leaf))
                ids.update(level)
            else:
                break
        elif stack:
            stack[-1][1].append(id(leaf))
    return ids


def _should_split_line(line: Line, opening: Leaf) -> bool:
    trailing_comma = False
    exclude: frozenset[int] = frozenset()
    try:
        last = line.leaves[-1]
        if last.type == COMMA:
            trailing_comma = True
            exclude = frozenset((id(last),))
        max_priority = line.tracker.max_priority(exclude)
    except (IndexError, ValueError):
        return False
    return max_priority == COMMA_PRIORITY and (trailing_comma or opening.kind == "atom")


def added_comma() -> Leaf:
    comma = Leaf(COMMA, ",")
    comma.parentless = True
    return comma


def ensure_visible(leaf: Leaf) -> None:
    if leaf.type == LPAR:
        leaf.value = "("
    elif leaf.type == RPAR:
        leaf.value = ")"
