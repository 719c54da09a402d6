"""Black's line splitting for the statements pfgen's templates write, without black.

``format`` runs black on the few statements its cheap check doubts (``verify.suspects``). On documents full of
unions those are thousands of long annotations, signatures and calls, and black's splitting (not its parser)
is most of the run. This module (with ``lines`` and ``rhs``) lays such a statement out the way black 24+ does,
by the same algorithm black uses (``black.linegen``: right-hand split with trailer omission and optional
parentheses, delimiter split, left-hand split for ``def``, magic trailing commas, the "second opinion" with
forced optional parentheses), ported for a small statement grammar:

- ``class Name(bases):``, ``[async] def name(params) -> annotation:`` (optionally followed by ``...``);
- ``target = value``, ``target: annotation [= value]``, ``return [await] value``, an expression statement;
- expressions made of names, dotted names, double-quoted strings, plain numbers, calls, subscripts, ``|``
  unions, ``await``, keyword arguments, ``*``/``**`` unpacking, and list/tuple/dict/set displays.

Anything else (comments, other operators or keywords, single quotes, slices, non-ASCII text, ...) raises
``Unsupported`` and the statement goes to black as before. ``tests/perf`` checks the result against black on
every shared document, on generated union-heavy documents, and on random expressions (Hypothesis).
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.format.lines import (
    CLOSING,
    COLON,
    COMMA,
    COMMA_PRIORITY,
    DOT_PRIORITY,
    LPAR,
    LSQB,
    RARROW,
    STRING,
    CannotSplit,
    Leaf,
    Line,
    Transformer,
    Unsupported,
    added_comma,
    build_line,
    ensure_visible,
    inside_matching_brackets,
    short,
    split_succeeded_or_raise,
)
from generator.format.rhs import right_hand_split_with_omits
from generator.format.settings import LINE_LENGTH


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


def transform_line(line: Line, force_optional_parens: bool = False) -> Iterator[Line]:
    line_str = str(line)
    if not line.should_split_rhs and not line.magic_trailing_comma and short(line_str):
        yield line
        return
    transformers: list[Transformer]
    if line.is_def and not _split_funcdef_with_rhs(line):
        transformers = [_left_hand_split]
    elif line.inside_brackets:
        transformers = [_delimiter_split, right_hand_split_with_omits]
    else:
        transformers = [right_hand_split_with_omits]
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
    track = inside_matching_brackets(returns)
    for leaf in returns:
        result.append(leaf, preformatted=True, track_bracket=id(leaf) in track)
    visible = next((leaf for leaf in returns if leaf.value), None)
    if result.magic_trailing_comma is not None or (
        visible is not None and visible.type == STRING and not short(result)
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
        or transform is not right_hand_split_with_omits
        or not line.tracker.invisible
        or any(bracket.value for bracket in optional_parens)
        or short(result[0])
        or any(leaf.parentless for leaf in line.leaves)
    ):
        return result
    line_copy = line.clone()
    for leaf in line.leaves:
        line_copy.append(leaf.copy())
    second_opinion = _run_transformer(line_copy, transform, True, line_str)
    if all(short(ln) for ln in second_opinion):
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
                ensure_visible(leaf)
                ensure_visible(matching)
                current = tail if body else head
            current.append(leaf)
            if current is head and leaf.type == leaf_type:
                matching = leaf
                current = body
        if matching and tail:
            break
    if not matching or not tail:
        raise CannotSplit("no brackets")
    head_line = build_line(head, line, matching, "head")
    body_line = build_line(body, line, matching, "body")
    tail_line = build_line(tail, line, matching, "tail")
    split_succeeded_or_raise(head_line, body_line, tail_line)
    for result in (head_line, body_line, tail_line):
        if result:
            yield result


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
            current.append(added_comma())
        current.leaves[0].prefix = ""
        yield current
