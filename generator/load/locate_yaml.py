"""Positions in a YAML document: ``yaml.compose`` (the libyaml C loader when present) keeps each node's line and
column. Its own module so that PyYAML is imported only when a YAML document is first located."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

from generator.load.locate import as_index


def _yaml_loader() -> type[Any]:
    loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return loader


class YamlIndex:
    def __init__(self, text: str) -> None:
        root = yaml.compose(text, Loader=_yaml_loader())
        if root is None:
            raise ValueError("empty YAML document")
        self.root: yaml.Node = root
        self._maps: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = {}

    def _members(self, node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        cached = self._maps.get(id(node))
        if cached is not None:
            return cached
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        merged: list[yaml.Node] = []
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.tag == "tag:yaml.org,2002:merge":
                    merged.append(value_node)
                    continue
                out[str(key_node.value)] = (key_node, value_node)
        # ``<<: *base`` members count as this mapping's own when not overridden, as the loader sees them.
        for source in merged:
            sources = source.value if isinstance(source, yaml.SequenceNode) else [source]
            for item in sources:
                if isinstance(item, yaml.MappingNode):
                    for key, pair in self._members(item).items():
                        out.setdefault(key, pair)
        self._maps[id(node)] = out
        return out

    def locate(self, parts: Sequence[str]) -> tuple[int, int]:
        node = self.root
        mark = node.start_mark
        for part in parts:
            if isinstance(node, yaml.MappingNode):
                pair = self._members(node).get(part)
                if pair is None:
                    break
                mark = pair[0].start_mark
                node = pair[1]
            elif isinstance(node, yaml.SequenceNode):
                index = as_index(part)
                if index is None or index >= len(node.value):
                    break
                node = node.value[index]
                mark = node.start_mark
            else:
                break
        return mark.line + 1, mark.column + 1
