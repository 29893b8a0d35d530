"""The citation graph as GraphML or Graphviz DOT (standard library only)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree as ET

from vbadmin.errors import StoreError
from vbadmin.store.schema import DocumentRow, ReferenceRow

_NODE_KEYS = ("identifier", "date", "doc_type", "kind", "issuer", "subject", "stored")
_EDGE_KEYS = ("status", "reference")


def _nodes(docs: Sequence[DocumentRow], refs: Sequence[ReferenceRow]) -> dict[str, dict[str, str]]:
    nodes = {
        f"d{d.id}": {
            "identifier": d.identifier or "", "date": d.date or "", "doc_type": d.doc_type or "",
            "kind": d.kind, "issuer": d.issuer or "", "subject": d.subject or "", "stored": "true",
        }
        for d in docs
    }  # fmt: skip
    for ref in refs:  # letters cited but not stored: one node per identifier
        if ref.resolved_id is None:
            nodes.setdefault(
                _target(ref), {"identifier": ref.identifier or "", "date": ref.date or "", "stored": "false"}
            )
    return nodes


def _target(ref: ReferenceRow) -> str:
    return f"d{ref.resolved_id}" if ref.resolved_id else f"x:{ref.identifier_key}"


def _edges(refs: Sequence[ReferenceRow]) -> list[tuple[str, str, dict[str, str]]]:
    return [(f"d{r.citing_id}", _target(r), {"status": r.status, "reference": r.text}) for r in refs]


def to_graphml(nodes: dict[str, dict[str, str]], edges: list[tuple[str, str, dict[str, str]]]) -> str:
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for key in _NODE_KEYS:
        ET.SubElement(root, "key", id=key, attrib={"for": "node", "attr.name": key, "attr.type": "string"})
    for key in _EDGE_KEYS:
        ET.SubElement(root, "key", id=key, attrib={"for": "edge", "attr.name": key, "attr.type": "string"})
    graph = ET.SubElement(root, "graph", id="citations", edgedefault="directed")
    for node_id, data in nodes.items():
        node = ET.SubElement(graph, "node", id=node_id)
        for key, value in data.items():
            ET.SubElement(node, "data", key=key).text = value
    for source, target, data in edges:
        edge = ET.SubElement(graph, "edge", source=source, target=target)
        for key, value in data.items():
            ET.SubElement(edge, "data", key=key).text = value
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def to_dot(nodes: dict[str, dict[str, str]], edges: list[tuple[str, str, dict[str, str]]]) -> str:

    def quote(value: str) -> str:  # a JSON string is a valid DOT quoted ID ("\n" is a line break)
        return json.dumps(value, ensure_ascii=False)

    lines = ["digraph citations {", "  rankdir=LR;"]
    for node_id, data in nodes.items():
        label = "\n".join(p for p in (data.get("identifier"), data.get("date")) if p)
        style = "" if data.get("stored") == "true" else ", style=dashed"
        lines.append(f"  {quote(node_id)} [label={quote(label or node_id)}{style}];")
    for source, target, data in edges:
        lines.append(f"  {quote(source)} -> {quote(target)} [label={quote(data['status'])}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write(path: Path, format: str, docs: Sequence[DocumentRow], refs: Sequence[ReferenceRow]) -> Path:
    if format not in ("graphml", "dot"):
        raise StoreError(f"unknown graph format {format!r}: use graphml or dot")
    nodes, edges = _nodes(docs, refs), _edges(refs)
    body = to_graphml(nodes, edges) if format == "graphml" else to_dot(nodes, edges)
    try:
        path.write_text(body, encoding="utf-8")
    except OSError as error:
        raise StoreError(f"{path}: cannot write the graph: {error.strerror or error}") from error
    return path
