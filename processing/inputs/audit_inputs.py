"""The network audit's inputs, read from QGIS layers into the pure logic (``logic.audit``).

One mode's network is audited: the nodes, sections and links whose ``mode`` field (when the
layer has one) is that mode; a feature without a mode counts as cycling, as the data model's
default says. Nodes without a number are counted and left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Tuple

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from ..layers.geometry_io import features, line_parts
from ..logic.audit.audit import LinkInput, NodeInput
from ..logic.inventory.data_model import MODES
from ..logic.network.circuits import node_key
from ..translate import tr
from .circuit_inputs import text_value
from .modes import mode_expression

MODE_FIELD = "mode"
DEFAULT_MODE = MODES.codes[0]
# the letter of each mode in OpenStreetMap's node networks (rcn, rwn, rhn, rpn, rmn, rin)
NETWORK_LETTERS = {"velo": "c", "marche": "w", "cheval": "h", "canoe": "p", "bateau": "m",
                   "roller": "i"}
# the fields of the links layer (liaisons) the audit's links keep, with their types
LINK_FIELDS = (("ref", "text"), ("from_number", "int"), ("to_number", "int"), ("mode", "text"),
               ("network", "text"), ("length_m", "real"), ("state", "text"), ("facts", "text"),
               ("redundant_numbers", "text"), ("unused_segment_count", "int"))


def expected_field(source, given: str | None, mode: str) -> str | None:
    """The nodes' field of expected links: ``given``, else ``expected_links`` or OpenStreetMap's
    ``expected_rcn_route_relations`` (``rwn`` for walking…) when the layer has one."""
    if given:
        return given
    letter = NETWORK_LETTERS.get(mode, "c")
    names = ["expected_links"] + [f"expected_{scope}{letter}n_route_relations"
                                  for scope in "rnli"]
    fields = source.fields()
    return next((name for name in names if fields.indexFromName(name) >= 0), None)


def of_mode(source, mode: str, context: QgsProcessingContext) -> Tuple[Any, Any, int]:
    """``source`` restricted to ``mode`` when it has a mode field: (source, the memory layer
    behind it to keep alive, features of other modes left aside)."""
    if source.fields().indexFromName(MODE_FIELD) < 0:
        return source, None, 0
    layer = source.materialize(QgsFeatureRequest().setFilterExpression(mode_expression(mode)))
    return (QgsProcessingFeatureSource(layer, context), layer,
            source.featureCount() - layer.featureCount())


def _in_mode(feature, has_mode: bool, mode: str) -> bool:
    return not has_mode or (text_value(feature[MODE_FIELD]) or DEFAULT_MODE) == mode


def _number(value: Any) -> float | None:
    """A number of expected links, None when blank or not a number."""
    try:
        number = float(text_value(value))
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None


@dataclass(eq=False)
class ReadNodes:
    """The numbered nodes of the mode: the logic's input, and per node its feature id, its
    number as the layer has it and its geometry (a point in the working CRS)."""

    nodes: NodeInput
    fids: List[int]
    numbers: List[Any]
    skipped: Dict[str, int] = field(default_factory=dict)
    other_modes: int = 0


def read_nodes(source, crs, context, node_field: str, network_field: str | None,
               expected: str | None, mode: str) -> ReadNodes:
    """Read the numbered nodes of ``mode``."""
    for name in (node_field, network_field, expected):
        if name and source.fields().indexFromName(name) < 0:
            raise QgsProcessingException(tr(
                "{} has no field {}: choose the field in the parameters.").format(
                source.sourceName(), name))
    has_mode = source.fields().indexFromName(MODE_FIELD) >= 0
    xy, keys, networks, expect, fids, numbers = [], [], [], [], [], []
    unnumbered = empty = other = 0
    wanted = [node_field, network_field, expected, MODE_FIELD if has_mode else None]
    for feature in features(source, crs, context, wanted):
        if not _in_mode(feature, has_mode, mode):
            other += 1
            continue
        geometry = feature.geometry()
        key = node_key(feature[node_field])
        if geometry.isNull() or geometry.isEmpty():
            empty += 1
            continue
        if key is None:
            unnumbered += 1
            continue
        point = geometry.asMultiPoint()[0] if geometry.isMultipart() else geometry.asPoint()
        xy.append((point.x(), point.y()))
        keys.append(key)
        networks.append(text_value(feature[network_field]) if network_field else None)
        value = _number(feature[expected]) if expected else None
        expect.append(np.nan if value is None else value)
        fids.append(feature.id())
        numbers.append(feature[node_field])
    nodes = NodeInput(np.array(xy, dtype=float).reshape(-1, 2), keys, networks,
                      np.array(expect, dtype=float))
    skipped = {tr("nodes without a number"): unnumbered, tr("nodes without a geometry"): empty}
    return ReadNodes(nodes, fids, numbers,
                     {label: count for label, count in skipped.items() if count}, other)


def parse_facts(value: Any) -> List[str]:
    """Integrity facts written as codes separated by commas, semicolons or spaces."""
    text = text_value(value)
    return [code for code in re.split(r"[,;\s]+", text) if code] if text else []


@dataclass(eq=False)
class ReadLinks:
    """The links of the mode: the logic's input, and per link its feature id, its geometry in
    the working CRS and the values of ``LINK_FIELDS`` it has."""

    links: LinkInput
    fids: List[int]
    geometries: List[QgsGeometry]
    values: List[Dict[str, Any]]
    skipped: int = 0
    other_modes: int = 0


def read_links(source, crs, context, mode: str) -> ReadLinks:
    """Read the links layer (liaisons) of ``mode``."""
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.LineGeometry:
        raise QgsProcessingException(tr(
            "{} is not a line layer; choose the links layer (liaisons).").format(
            source.sourceName()))
    names = [name for name, _ in LINK_FIELDS if source.fields().indexFromName(name) >= 0]
    has_mode = MODE_FIELD in names
    parts, owner, fids, geometries, values, facts = [], [], [], [], [], []
    skipped = other = 0
    for feature in features(source, crs, context, names):
        if not _in_mode(feature, has_mode, mode):
            other += 1
            continue
        geometry = feature.geometry()
        lines = [xy for xy in line_parts(geometry) if len(xy) >= 2] \
            if not geometry.isEmpty() else []
        if not lines:
            skipped += 1
            continue
        parts += lines
        owner += [len(fids)] * len(lines)
        fids.append(feature.id())
        geometries.append(QgsGeometry(geometry))
        values.append({name: feature[name] for name in names})
        facts.append(parse_facts(values[-1].get("facts")))
    sizes = [len(xy) for xy in parts]
    links = LinkInput(
        xy=np.concatenate(parts) if parts else np.zeros((0, 2)),
        ptr=np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64),
        owner=np.asarray(owner, dtype=np.int64), count=len(fids), facts=facts,
        network=[text_value(v.get("network")) for v in values])
    return ReadLinks(links, fids, geometries, values, skipped, other)


@dataclass(eq=False)
class AuditRead:
    """Everything the audit read: nodes, sections (``geometry_io.ReadLines``, their network as
    values when ``section_network``), links and aires (None when not given), the node number
    and expected links fields, and how many features were left out."""

    nodes: ReadNodes
    lines: Any
    links: ReadLinks | None
    aires: Any
    node_field: str
    expected_field: str | None
    section_network: bool
    skipped: int
