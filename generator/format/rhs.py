"""Black's right-hand split (``right_hand_split_with_omits`` and what it calls in black.linegen and black.lines):
split at the last bracket pair, omitting trailers while the head does not fit, and prefer splitting inside a
value over wrapping it in its optional parentheses when black would."""

from __future__ import annotations

from collections.abc import Iterator

from generator.format.lines import (
    BRACKETS,
    CLOSING,
    COMMA,
    DOT,
    DOT_PRIORITY,
    EQUAL,
    LPAR,
    NAME,
    OPENING,
    RBRACE,
    RPAR,
    RSQB,
    STRING,
    CannotSplit,
    Leaf,
    Line,
    build_line,
    ensure_visible,
    one_sequence_between,
    short,
    split_succeeded_or_raise,
)
from generator.format.settings import LINE_LENGTH


def right_hand_split_with_omits(line: Line, fop: bool) -> Iterator[Line]:
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
        if short(lines[0]):
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
    head_line = build_line(head, line, opening, "head")
    body_line = build_line(body, line, opening, "body")
    tail_line = build_line(tail, line, opening, "tail")
    split_succeeded_or_raise(head_line, body_line, tail_line)
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
            elif not _can_be_split(rhs.body) and not short(rhs.body):
                raise CannotSplit("body too long and cannot be split") from exc
    ensure_visible(rhs.opening)
    ensure_visible(rhs.closing)
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
        any(leaf.type == EQUAL for leaf in rhs_oop.head.leaves) and short(rhs_oop.head)
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
        and not one_sequence_between(leaf.opening_bracket, leaf, leaves, LPAR)
    )
