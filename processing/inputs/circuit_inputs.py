"""The circuit builder's inputs, read from QGIS layers into the pure logic, and its errors said
in the user's language.

Shared by ``itinerance:buildcircuit`` and the dock's Circuit panel, which reads the network
once and builds its circuit again at every click.
"""

from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsProcessingException, QgsWkbTypes

from ..layers.geometry_io import features, field_or_default, read_lines
from ..logic.inventory.data_model import is_true
from ..logic.network import circuits
from ..logic.network import graph as network_engine
from ..translate import format_number, tr
from .modes import check_not_empty, for_mode

DEFAULT_NODE_FIELD = "number"
DEFAULT_LABEL_FIELD = "accueil_velo"


def text_value(value):
    """A field value as text; None for NULL (QGIS's NULL included) or blank text."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    text = str(value).strip()
    return text or None


def check_field(source, name, parameter):
    if source.fields().indexFromName(name) < 0:
        raise QgsProcessingException(tr(
            "{} has no field {}: choose the field in {}.").format(
            source.sourceName(), name, parameter))


@dataclass(eq=False)
class CircuitNetwork:
    """The network graph split at the numbered nodes, the node table (``node_fids``: the
    feature of each of its rows), and per graph edge the value of the surface field (None
    without one)."""

    graph: network_engine.Network
    table: circuits.NodeTable
    edge_surface: list
    skipped: dict = field(default_factory=dict)  # what was left out: label -> count
    node_fids: list = field(default_factory=list)

    def rows_of_feature(self, fid):
        """The table's rows of the node feature ``fid`` (several for a multipoint)."""
        return [row for row, row_fid in enumerate(self.node_fids) if row_fid == fid]


@dataclass
class NodePoints:
    """The numbered nodes read: per point its coordinates, number (key), network and feature."""

    xy: list = field(default_factory=list)
    keys: list = field(default_factory=list)
    networks: list = field(default_factory=list)
    fids: list = field(default_factory=list)
    read: int = 0
    unnumbered: int = 0
    empty: int = 0


def read_circuit_network(network_source, nodes_source, node_field, network_field,
                         surface_field, crs, context, snap_tolerance, max_node_distance,
                         feedback=None, mode=None):
    """Read the network and the numbered nodes (in ``crs``; with ``mode``, those of that mode
    where the layers have a mode field) and attach the nodes to it."""
    check_field(nodes_source, node_field, "NODE_FIELD")
    if network_field:
        check_field(nodes_source, network_field, "NETWORK_FIELD")
    if surface_field:
        check_field(network_source, surface_field, "SURFACE_FIELD")
    network_source = for_mode(network_source, mode, feedback)
    lines = read_lines(network_source, crs, context, feedback, surface_field or None)
    check_not_empty(network_source, lines.features)
    if not lines.parts:
        raise QgsProcessingException(tr(
            "The network layer has no usable line ({} features read). Choose a layer of lines "
            "with geometries.").format(lines.features))
    nodes = read_nodes(for_mode(nodes_source, mode, feedback), node_field, network_field, crs,
                       context)
    graph = network_engine.build_network(lines.parts, snap_tolerance)
    refined, table = circuits.node_table(graph, np.array(nodes.xy, dtype=float), nodes.keys,
                                         nodes.networks if network_field else None,
                                         max_node_distance)
    edge_surface = [lines.values[i] for i in refined.edge_line.tolist()] \
        if surface_field else None
    skipped = {tr("network lines with an empty or degenerate geometry"): lines.skipped_count,
               tr("nodes without a geometry"): nodes.empty,
               tr("nodes without a number"): nodes.unnumbered}
    return CircuitNetwork(refined, table, edge_surface,
                          {label: count for label, count in skipped.items() if count},
                          nodes.fids)


def read_nodes(nodes_source, node_field, network_field, crs, context):
    """The points of the nodes layer (:class:`NodePoints`); raises when it has none."""
    if QgsWkbTypes.geometryType(nodes_source.wkbType()) != QgsWkbTypes.PointGeometry:
        raise QgsProcessingException(tr(
            "{} is not a point layer; choose a layer of points.").format(
            nodes_source.sourceName()))
    nodes = NodePoints()
    for feature in features(nodes_source, crs, context, [node_field, network_field]):
        nodes.read += 1
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            nodes.empty += 1
            continue
        key = circuits.node_key(feature[node_field])
        nodes.unnumbered += key is None
        network = text_value(feature[network_field]) if network_field else None
        for point in (geometry.asMultiPoint() if geometry.isMultipart()
                      else [geometry.asPoint()]):
            nodes.xy.append((point.x(), point.y()))
            nodes.keys.append(key)
            nodes.networks.append(network)
            nodes.fids.append(feature.id())
    check_not_empty(nodes_source, nodes.read)
    if not nodes.xy:
        raise QgsProcessingException(tr(
            "The nodes layer {} has no point: choose the layer of numbered nodes (noeuds).")
            .format(nodes_source.sourceName()))
    return nodes


@dataclass(eq=False)
class Stops:
    """Aires and labelled Accueil Vélo establishments: where, what, named how."""

    xy: np.ndarray
    kind: list  # "aire" or "accueil_velo"
    name: list
    category: list
    fid: list
    skipped: int = 0


def read_stops(aires_source, establishments_source, label_field, crs, context):
    """The aires, and the establishments labelled Accueil Vélo (every one without a label
    field), in ``crs``."""
    xy, kind, name, category, fid, skipped = [], [], [], [], [], 0
    for source, what, category_field in ((aires_source, "aire", "kind"),
                                         (establishments_source, "accueil_velo", "category")):
        if source is None:
            continue
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
            raise QgsProcessingException(tr(
                "{} is not a point layer; choose a layer of points.").format(source.sourceName()))
        name_field = field_or_default(source, None, "name")
        category_field = field_or_default(source, None, category_field)
        label = field_or_default(source, label_field, DEFAULT_LABEL_FIELD) \
            if what == "accueil_velo" else None
        for feature in features(source, crs, context, [name_field, category_field, label]):
            if label and not is_true(feature[label]):
                continue
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                skipped += 1
                continue
            point = geometry.asMultiPoint()[0] if geometry.isMultipart() \
                else geometry.asPoint()
            xy.append((point.x(), point.y()))
            kind.append(what)
            name.append(text_value(feature[name_field]) if name_field else None)
            category.append(text_value(feature[category_field]) if category_field else None)
            fid.append(feature.id())
    return Stops(np.array(xy, dtype=float).reshape(-1, 2), kind, name, category, fid, skipped)


def error_message(error):
    """What is wrong with a sequence (a ``circuits.CircuitError``) and how to fix it."""
    values = dict(error.values)
    kind = error.kind
    if kind == "unknown" and values.get("network") is not None:
        kind = "unknown_in_network"
    if kind == "ambiguous":
        candidates = values.pop("candidates")
        if all(network is None for network, _ in candidates):
            kind = "ambiguous_without_networks"
        values["candidates"] = "; ".join(
            tr("{} at {} km").format(
                circuits.Token(values["number"], network) if network is not None
                else values["number"], format_number(distance / 1000.0, 1))
            for network, distance in candidates)
        values["example"] = next((str(circuits.Token(values["number"], network))
                                  for network, _ in candidates if network is not None), "")
    return _messages()[kind].format(**values)


def _messages():
    return {
        "empty": tr("The sequence has no node number: write the numbers in riding order, "
                    "such as 12-45-3-78-12."),
        "too_short": tr("The sequence has a single number ({number}): a circuit needs at "
                        "least two, such as 12-45-3-78-12."),
        "repeated": tr("Node {number} follows itself in the sequence: remove one of the two."),
        "unknown": tr("Node number {number} is not in the nodes layer: check the number and "
                      "the node number field (NODE_FIELD)."),
        "unknown_in_network": tr("Node number {number} is not in the network {network}: check "
                                 "the number and the network."),
        "ambiguous": tr("Node number {number} names {count} nodes at nearly the same distance "
                        "along the network from node {other}: {candidates}. Write the network "
                        "after the number, such as {example}."),
        "ambiguous_without_networks": tr(
            "Node number {number} names {count} nodes at nearly the same distance along the "
            "network from node {other} ({candidates}), and the nodes' networks are not known: "
            "set the network field (NETWORK_FIELD) and write the network after the number, "
            "such as {number} (Westhoek), or fix the duplicate numbers."),
        "duplicate": tr("Node number {number} is on {count} points of the network {network} at "
                        "nearly the same distance from node {other}: fix the duplicate numbers "
                        "(Check the inventory lists them)."),
        "unknown_network": tr("No node is in the network {network}: check the network's "
                              "name."),
        "no_networks": tr("The sequence names the network {network}, but the nodes' networks "
                          "are not known: set the network field of the nodes (NETWORK_FIELD)."),
        "off_network": tr("Node {number} is {distance:.0f} m from the network (more than "
                          "MAX_NODE_DISTANCE): move it onto the network or raise "
                          "MAX_NODE_DISTANCE."),
        "same_place": tr("Nodes {number} and {other} are at the same point: fix their "
                         "positions, or keep only one of them in the sequence."),
        "no_path": tr("No path along the network joins node {number} to node {other}: they "
                      "are in separate parts of the network, or a section between them is "
                      "missing (the diagnostics of Gaps between aires show the breaks)."),
    }
