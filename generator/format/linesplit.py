"""Black's line splitting for the statements pfgen's templates write, without black.

``format`` runs black on the few statements its cheap check doubts (``verify.suspects``). On documents full of
unions those are thousands of long annotations, signatures and calls, and black's splitting (not its parser)
is most of the run. This module lays such a statement out the way black 24+ does, by the same algorithm black
uses (``black.linegen``: right-hand split with trailer omission and optional parentheses, delimiter split,
left-hand split for ``def``, magic trailing commas, the "second opinion" with forced optional parentheses),
ported for a small statement grammar:

- ``class Name(bases):``, ``[async] def name(params) -> annotation:`` (optionally followed by ``...``);
- ``target = value``, ``target: annotation [= value]``, ``return [await] value``, an expression statement;
- expressions made of names, dotted names, double-quoted strings, plain numbers, calls, subscripts, ``|``
  unions, ``await``, keyword arguments, ``*``/``**`` unpacking, and list/tuple/dict/set displays.

Anything else (comments, other operators or keywords, single quotes, slices, non-ASCII text, ...) raises
``Unsupported`` and the statement goes to black as before. ``tests/perf`` checks the result against black on
every shared document, on generated union-heavy documents, and on random expressions (Hypothesis).
"""

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
                and _one_sequence_between(closing.opening_bracket, closing, self.leaves, LSQB)
            )
        return closing.opening_bracket is not None and not _one_sequence_between(
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


def _one_sequence_between(opening: Leaf, closing: Leaf, leaves: list[Leaf], kind: str) -> bool:
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


def _short(line: Line | str) -> bool:
    return len(str(line)) <= LINE_LENGTH


def split_statement(leaves: list[Leaf], depth: int) -> tuple[list[str], bool]:
    """The statement made of ``leaves`` at ``depth`` indentation levels, split as black splits it, and whether
    the split added a trailing comma (black's second pass then reads it as a magic one)."""
    line = Line(depth)
    for leaf in leaves:
        line.append(leaf)
    results = list(transform_line(line))
    out = [str(result) for result in results]
    if any(text != text.rstrip() or not text.strip() for text in out):
        raise Unsupported("a line black would write differently")
    return out, any(leaf.parentless for result in results for leaf in result.leaves)


# --- transforms (black.linegen) ----------------------------------------------------------------------------


def transform_line(line: Line, force_optional_parens: bool = False) -> Iterator[Line]:
    line_str = str(line)
    if not line.should_split_rhs and not line.magic_trailing_comma and _short(line_str):
        yield line
        return
    transformers: list[Transformer]
    if line.is_def and not _split_funcdef_with_rhs(line):
        transformers = [_left_hand_split]
    elif line.inside_brackets:
        transformers = [_delimiter_split, _rhs]
    else:
        transformers = [_rhs]
    for transform in transformers:
        try:
            result = _run_transformer(line, transform, force_optional_parens, line_str)
        except CannotSplit:
            continue
        yield from result
        return
    yield line


def _split_funcdef_with_rhs(line: Line) -> bool:
    """Black splits a ``def`` at its return annotation first when that has a magic trailing comma (or is a
    long string); pfgen's templates never write such a signature, so it is left to black."""
    in_return = False
    returns: list[Leaf] = []
    for leaf in line.leaves:
        if leaf.type == COLON:
            in_return = False
        if in_return:
            returns.append(leaf)
        if leaf.type == RARROW:
            in_return = True
    result = Line(line.depth)
    track = _inside_matching_brackets(returns)
    for leaf in returns:
        result.append(leaf, preformatted=True, track_bracket=id(leaf) in track)
    visible = next((leaf for leaf in returns if leaf.value), None)
    if result.magic_trailing_comma is not None or (
        visible is not None and visible.type == STRING and not _short(result)
    ):
        raise Unsupported("a return annotation black splits on its own")
    return False


def _run_transformer(line: Line, transform: Transformer, fop: bool, line_str: str) -> list[Line]:
    optional_parens = [b for b in line.tracker.invisible if b.bracket_depth == 0]
    result: list[Line] = []
    for transformed in transform(line, fop):
        text = str(transformed)
        if text == line_str:
            raise CannotSplit("unchanged")
        if not transformed.should_split_rhs and not transformed.magic_trailing_comma and len(text) <= LINE_LENGTH:
            result.append(transformed)  # what ``transform_line`` does with it, without a generator
        else:
            result.extend(transform_line(transformed, fop))
    if (
        fop
        or transform is not _rhs
        or not line.tracker.invisible
        or any(bracket.value for bracket in optional_parens)
        or _short(result[0])
        or any(leaf.parentless for leaf in line.leaves)
    ):
        return result
    line_copy = line.clone()
    for leaf in line.leaves:
        line_copy.append(leaf.copy())
    second_opinion = _run_transformer(line_copy, transform, True, line_str)
    if all(_short(ln) for ln in second_opinion):
        result = second_opinion
    return result


def _left_hand_split(line: Line, fop: bool) -> Iterator[Line]:
    for leaf_type in (LPAR, LSQB):
        tail: list[Leaf] = []
        body: list[Leaf] = []
        head: list[Leaf] = []
        current = head
        matching: Leaf | None = None
        for leaf in line.leaves:
            if current is body and leaf.type in CLOSING and leaf.opening_bracket is matching and matching:
                _ensure_visible(leaf)
                _ensure_visible(matching)
                current = tail if body else head
            current.append(leaf)
            if current is head and leaf.type == leaf_type:
                matching = leaf
                current = body
        if matching and tail:
            break
    if not matching or not tail:
        raise CannotSplit("no brackets")
    head_line = _build_line(head, line, matching, "head")
    body_line = _build_line(body, line, matching, "body")
    tail_line = _build_line(tail, line, matching, "tail")
    _split_succeeded_or_raise(head_line, body_line, tail_line)
    for result in (head_line, body_line, tail_line):
        if result:
            yield result


def _rhs(line: Line, fop: bool) -> Iterator[Line]:
    """``right_hand_split_with_omits``."""
    prefix_lengths: dict[int, int] = {}
    length = 4 * line.depth
    for leaf in line.leaves:
        prefix_lengths[id(leaf)] = length
        length += len(leaf.prefix) + len(leaf.value)
    first_lines: list[Line] | None = None
    for omit in _trailers_to_omit(line):
        if omit:
            target: Leaf | None = None
            for leaf in reversed(line.leaves):
                if leaf.type in CLOSING and id(leaf) not in omit:
                    target = leaf.opening_bracket
                    break
            if target is not None and target.value and prefix_lengths.get(id(target), 0) > LINE_LENGTH:
                continue
        lines = list(_right_hand_split(line, fop, omit))
        if first_lines is None and not omit:
            first_lines = lines
        if _short(lines[0]):
            yield from lines
            return
    if first_lines is not None:
        yield from first_lines
    else:
        yield from _right_hand_split(line, fop, frozenset())


def _right_hand_split(line: Line, fop: bool, omit: frozenset[int]) -> Iterator[Line]:
    yield from _maybe_split_omitting_optional_parens(_first_rhs(line, omit), line, fop, omit)


class _RHS:
    __slots__ = ("body", "closing", "head", "opening", "tail")

    def __init__(self, head: Line, body: Line, tail: Line, opening: Leaf, closing: Leaf) -> None:
        self.head, self.body, self.tail, self.opening, self.closing = head, body, tail, opening, closing


def _first_rhs(line: Line, omit: frozenset[int]) -> _RHS:
    tail: list[Leaf] = []
    body: list[Leaf] = []
    head: list[Leaf] = []
    current = tail
    opening: Leaf | None = None
    closing: Leaf | None = None
    for leaf in reversed(line.leaves):
        if current is body and leaf is opening:
            current = head if body else tail
        current.append(leaf)
        if current is tail and leaf.type in CLOSING and id(leaf) not in omit:
            opening = leaf.opening_bracket
            closing = leaf
            current = body
    if not (opening and closing and head):
        raise CannotSplit("no brackets")
    tail.reverse()
    body.reverse()
    head.reverse()
    head_line = _build_line(head, line, opening, "head")
    body_line = _build_line(body, line, opening, "body")
    tail_line = _build_line(tail, line, opening, "tail")
    _split_succeeded_or_raise(head_line, body_line, tail_line)
    return _RHS(head_line, body_line, tail_line, opening, closing)


def _maybe_split_omitting_optional_parens(rhs: _RHS, line: Line, fop: bool, omit: frozenset[int]) -> Iterator[Line]:
    if (
        not fop
        and rhs.opening.type == LPAR
        and not rhs.opening.value
        and rhs.closing.type == RPAR
        and not rhs.closing.value
        and _can_omit_invisible_parens(rhs)
    ):
        omit = frozenset((id(rhs.closing), *omit))
        try:
            rhs_oop = _first_rhs(line, omit)
            if _prefer_split_rhs_oop_over_rhs(rhs_oop, rhs):
                yield from _maybe_split_omitting_optional_parens(rhs_oop, line, fop, omit)
                return
        except CannotSplit as exc:
            if line.is_chained_assignment:
                pass
            elif not _can_be_split(rhs.body) and not _short(rhs.body):
                raise CannotSplit("body too long and cannot be split") from exc
    _ensure_visible(rhs.opening)
    _ensure_visible(rhs.closing)
    for result in (rhs.head, rhs.body, rhs.tail):
        if result:
            yield result


def _prefer_split_rhs_oop_over_rhs(rhs_oop: _RHS, rhs: _RHS) -> bool:
    head = rhs.head.leaves
    if not (len(head) >= 2 and head[-2].type == EQUAL):
        return True
    if not any(leaf.type in BRACKETS for leaf in head[:-1]):
        return True
    if len(str(rhs.head)) > LINE_LENGTH - 1:
        return True
    if rhs.head.magic_trailing_comma is not None:
        return True
    head_equals = sum(1 for leaf in head if leaf.type == EQUAL)
    oop_equals = sum(1 for leaf in rhs_oop.head.leaves if leaf.type == EQUAL)
    if head_equals > 1 and head_equals > oop_equals:
        return False
    closing_after_assign = False
    for leaf in reversed(rhs_oop.head.leaves):
        if leaf.type == EQUAL:
            break
        if leaf.type in CLOSING:
            closing_after_assign = True
            break
    return closing_after_assign or (
        any(leaf.type == EQUAL for leaf in rhs_oop.head.leaves) and _short(rhs_oop.head)
    )


def _can_be_split(line: Line) -> bool:
    leaves = line.leaves
    if len(leaves) < 2:
        return False
    if leaves[0].type == STRING and leaves[1].type == DOT:
        calls = dots = 0
        following = leaves[-1]
        for leaf in leaves[-2::-1]:
            if leaf.type in OPENING:
                if following.type not in CLOSING:
                    return False
                calls += 1
            elif leaf.type == DOT:
                dots += 1
            elif leaf.type == NAME:
                if not (following.type == DOT or following.type in OPENING):
                    return False
            elif leaf.type not in CLOSING:
                return False
            if dots > 1 and calls > 1:
                return False
    return True


def _can_omit_invisible_parens(rhs: _RHS) -> bool:
    line = rhs.body
    tracker = line.tracker
    if not tracker.delimiters:
        return True
    max_priority = tracker.max_priority()
    count = tracker.count_with_priority(max_priority)
    if count > 1:
        return False
    if max_priority == DOT_PRIORITY:
        return True
    first, second = line.leaves[0], line.leaves[1]
    if first.type in OPENING and second.type not in CLOSING and _can_omit_opening_paren(line, first):
        return True
    penultimate, last = line.leaves[-2], line.leaves[-1]
    if last.type == RPAR or last.type == RBRACE or (last.type == RSQB and last.kind != "trailer"):
        if penultimate.type in OPENING:
            return False
        if _can_omit_closing_paren(line, last):
            return True
    return False


def _can_omit_opening_paren(line: Line, first: Leaf) -> bool:
    remainder = False
    length = 4 * line.depth
    index = -1
    for index, leaf in enumerate(line.leaves):
        if leaf.type in CLOSING and leaf.opening_bracket is first:
            remainder = True
        if remainder:
            length += len(leaf.prefix) + len(leaf.value)
            if length > LINE_LENGTH:
                break
            if leaf.type in OPENING:
                remainder = False
    else:
        if len(line.leaves) == index + 1:
            return True
    return False


def _can_omit_closing_paren(line: Line, last: Leaf) -> bool:
    length = 4 * line.depth
    seen_other_brackets = False
    for leaf in line.leaves:
        length += len(leaf.prefix) + len(leaf.value)
        if leaf is last.opening_bracket:
            if seen_other_brackets or length <= LINE_LENGTH:
                return True
        elif leaf.type in OPENING:
            seen_other_brackets = True
    return False


def _split_succeeded_or_raise(head: Line, body: Line, tail: Line) -> None:
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


def _build_line(leaves: list[Leaf], original: Line, opening: Leaf, component: str) -> Line:
    result = Line(original.depth)
    if component == "body":
        result.inside_brackets = True
        result.depth += 1
        if _ensure_trailing_comma(leaves, original, opening) and leaves[-1].type != COMMA:
            leaves.append(_added_comma())
    track: set[int] = _inside_matching_brackets(leaves) if component == "head" else set()
    for leaf in leaves:
        result.append(leaf, preformatted=True, track_bracket=id(leaf) in track)
    if component == "body" and _should_split_line(result, opening):
        result.should_split_rhs = True
    return result


def _inside_matching_brackets(leaves: Sequence[Leaf]) -> set[int]:
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


def _delimiter_split(line: Line, fop: bool) -> Iterator[Line]:
    if not line.leaves:
        raise CannotSplit("empty")
    last_leaf = line.leaves[-1]
    tracker = line.tracker
    try:
        priority = tracker.max_priority(frozenset((id(last_leaf),)))
    except ValueError:
        raise CannotSplit("no delimiters") from None
    if priority == DOT_PRIORITY and tracker.count_with_priority(priority) == 1:
        raise CannotSplit("single attribute")
    current = Line(line.depth, line.inside_brackets)
    for leaf in line.leaves:
        current.append(leaf, preformatted=True)
        if tracker.delimiters.get(id(leaf)) == priority:
            current.leaves[0].prefix = ""
            yield current
            current = Line(line.depth, line.inside_brackets)
    if current:
        if priority == COMMA_PRIORITY and current.leaves[-1].type != COMMA:
            current.append(_added_comma())
        current.leaves[0].prefix = ""
        yield current


def _trailers_to_omit(line: Line) -> Iterator[frozenset[int]]:
    omit: set[int] = set()
    if not line.magic_trailing_comma:
        yield frozenset(omit)
    length = 4 * line.depth
    opening: Leaf | None = None
    closing: Leaf | None = None
    inner: set[int] = set()
    leaves = line.leaves
    for index in range(len(leaves) - 1, -1, -1):
        leaf = leaves[index]
        length += len(leaf.prefix) + len(leaf.value)
        if length > LINE_LENGTH:
            break
        if opening:
            if leaf is opening:
                opening = None
            elif leaf.type in CLOSING:
                if _magic_pair(leaves, index):
                    break
                inner.add(id(leaf))
        elif leaf.type in CLOSING:
            prev = leaves[index - 1] if index > 0 else None
            if prev and prev.type in OPENING:
                inner.add(id(leaf))
                continue
            if closing:
                omit.add(id(closing))
                omit.update(inner)
                inner.clear()
                yield frozenset(omit)
            if _magic_pair(leaves, index):
                break
            if leaf.value:
                opening = leaf.opening_bracket
                closing = leaf


def _magic_pair(leaves: list[Leaf], index: int) -> bool:
    """The closing bracket at ``index`` follows a trailing comma that is not a one-tuple's: black never omits
    such a pair (it has to explode)."""
    leaf = leaves[index]
    prev = leaves[index - 1] if index > 0 else None
    return bool(
        prev
        and prev.type == COMMA
        and leaf.opening_bracket is not None
        and not _one_sequence_between(leaf.opening_bracket, leaf, leaves, LPAR)
    )


def _added_comma() -> Leaf:
    comma = Leaf(COMMA, ",")
    comma.parentless = True
    return comma


def _ensure_visible(leaf: Leaf) -> None:
    if leaf.type == LPAR:
        leaf.value = "("
    elif leaf.type == RPAR:
        leaf.value = ")"
