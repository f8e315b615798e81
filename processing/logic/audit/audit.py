"""The audit of a node network, composed from the engines: the section graph (``network.graph``),
its links between numbered nodes (``network.node_network.node_graph``), the grades per 100 m
(``relief``), the loop census (``network.node_network.loops``), the faces
(``network.node_network.faces``) and the node facts.

Pure numpy/scipy/shapely (no QGIS). Coordinates and distances are metres in a metric CRS.

Links. With a links layer (the ``liaisons`` of the project database, one per route relation of
OpenStreetMap), the links are its features, their integrity facts kept. Without one (a network
drawn by hand), the links are the chains of sections between numbered nodes: a chain goes on
through a vertex joining two sections, and stops at every numbered node, every junction of
three sections or more and every line end. A link that stops at a junction without a number
gets the fact ``unnumbered_junction`` (a rider finds no number to follow there), at a line end
without a number ``open_end``; a closed ring without any numbered node ``no_node``. In both
cases a link whose ends are nodes of two networks gets ``crosses_networks``.

Loops. Each profile (family, sporty) counts, for every numbered node, the loops through it
(``loops``) on the sections whose steepest 100 m is within its grade (a section with no
grade, off the DEM or without one, is not barred), between its lengths, through at most
``max_loop_nodes`` numbered nodes and, when aires are given, with no stretch longer than
``max_without_water_km`` between two aires (aires attached to the network).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, List, Sequence, Tuple

import numpy as np

from ..network import graph as network
from ..network.node_network import faces as network_faces
from ..network.node_network import loops, node_graph
from ..relief import grade_pieces as grades
from . import classes
from . import node_facts as facts_of

Sampler = Callable[[np.ndarray], np.ndarray]
LINK_FACTS = ("unnumbered_junction", "open_end", "no_node", "crosses_networks")


@dataclass(frozen=True)
class LoopProfile:
    """A rider's loops: from ``min_km`` to ``max_km``, no 100 m steeper than ``max_grade_pct``."""

    min_km: float
    max_km: float
    max_grade_pct: float


@dataclass(frozen=True)
class AuditSettings:
    family: LoopProfile = LoopProfile(5.0, 20.0, 4.0)
    sport: LoopProfile = LoopProfile(10.0, 40.0, 6.0)
    max_without_water_km: float = 10.0
    max_loop_nodes: int = 30
    snap_tolerance_m: float = 1.0
    max_node_distance_m: float = 25.0
    max_aire_distance_m: float = 200.0
    clash_distance_m: float = 5000.0


@dataclass(eq=False)
class NodeInput:
    """The numbered nodes: position, number (as text, ``circuits.node_key``), network (None:
    not known), expected number of links (NaN: not known)."""

    xy: np.ndarray
    number: List[str]
    network: List[str | None]
    expected: np.ndarray


@dataclass(eq=False)
class LinkInput:
    """The links layer: its lines flat (part k is ``xy[ptr[k]:ptr[k + 1]]``, of the link
    ``owner[k]``, parts in order), and per link its facts (codes, as the layer has them)."""

    xy: np.ndarray
    ptr: np.ndarray
    owner: np.ndarray
    count: int
    facts: List[List[str]]
    network: List[str | None]


@dataclass(eq=False)
class Links:
    """The links audited (one value each). ``source``: the link of the links layer (-1 for a
    link derived from the sections, whose line is ``xy[ptr[k]:ptr[k + 1]]``); ``from_node`` and
    ``to_node``: the numbered node at each end (-1 for none); ``grade_lengths``: metres per
    grade class, then off the DEM (``grade_pieces.class_lengths``)."""

    source: np.ndarray
    xy: np.ndarray
    ptr: np.ndarray
    from_node: np.ndarray
    to_node: np.ndarray
    network: List[str | None]
    length: np.ndarray
    facts: List[List[str]]
    length_class: np.ndarray
    grade_lengths: np.ndarray
    max_grade: np.ndarray

    def __len__(self) -> int:
        return len(self.length)

    @property
    def broken(self) -> np.ndarray:
        return np.array(["broken" in f for f in self.facts], dtype=bool)


@dataclass(eq=False)
class Nodes:
    """The numbered nodes audited (one value each, in input order): graph vertex (-1 off the
    network), sections leaving it, connected part (-1 off the network), facts, loops."""

    vertex: np.ndarray
    degree: np.ndarray
    component: np.ndarray
    facts: List[List[str]]
    family_loops: np.ndarray
    sport_loops: np.ndarray


@dataclass(eq=False)
class Seams:
    """Where networks meet: links joining two networks, node pairs of two networks with one
    number near each other, dead ends near another network."""

    crossing_links: np.ndarray
    clash_pairs: Tuple[np.ndarray, np.ndarray]
    border_stops: np.ndarray


@dataclass(eq=False)
class Audit:
    nodes: Nodes
    links: Links
    faces: network_faces.Faces
    face_class: np.ndarray
    seams: Seams
    network_length_m: float
    component_count: int
    loop_counts: Tuple[int, int]  # distinct family and sporty loops
    grade_known: bool
    section_grade_lengths: np.ndarray  # metres per grade class, then off the DEM
    aires_attached: int = 0
    aires_off: int = 0
    notes: List[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Sections, nodes and aires
# --------------------------------------------------------------------------------------------


def _attach(graph: network.Network, nodes: NodeInput, aire_xy: np.ndarray,
            settings: AuditSettings) -> Tuple[network.Network, np.ndarray, np.ndarray]:
    """The sections split where the nodes and aires attach: (graph, vertex of each node,
    vertex of each aire; -1 for those too far from the sections)."""
    on_nodes = network.locate_points(graph, nodes.xy, settings.max_node_distance_m)
    on_aires = network.locate_points(graph, aire_xy, settings.max_aire_distance_m)
    both = network.Locations(*(np.concatenate([a, b]) for a, b in zip(
        (on_nodes.edge, on_nodes.offset, on_nodes.distance, on_nodes.xy),
        (on_aires.edge, on_aires.offset, on_aires.distance, on_aires.xy))))
    refined, vertex = network.split_at(graph, both)
    return refined, vertex[:len(nodes.xy)], vertex[len(nodes.xy):]


def _flags(vertices: np.ndarray, count: int) -> np.ndarray:
    flags = np.zeros(count, dtype=bool)
    flags[vertices[vertices >= 0]] = True
    return flags


def _first_node_at(node_vertex: np.ndarray, count: int) -> np.ndarray:
    """The first node at each vertex (-1 for none)."""
    at = np.full(count, -1, dtype=np.int64)
    nodes = np.flatnonzero(node_vertex >= 0)[::-1]
    at[node_vertex[nodes]] = nodes  # the last write wins: the first node
    return at


def _no_grades(lengths: np.ndarray) -> np.ndarray:
    """Grade class lengths of links off any DEM: all of their length."""
    out = np.zeros((len(lengths), len(grades.GRADE_CLASS_KEYS) + 1))
    out[:, -1] = lengths
    return out


# --------------------------------------------------------------------------------------------
# Links
# --------------------------------------------------------------------------------------------


def _end_facts(vertex: np.ndarray, node: np.ndarray, degree: np.ndarray) -> List[str]:
    """The fact of a link end without a numbered node: a line end or a junction."""
    return ["open_end" if degree[v] == 1 else "unnumbered_junction"
            for v, n in zip(vertex.tolist(), node.tolist()) if n < 0]


def _derived_links(refined: network.Network, node_vertex: np.ndarray,
                   pieces: grades.GradePieces | None, edge_grade: np.ndarray,
                   section_network: Sequence | None) -> Links:
    """The chains of sections between numbered nodes, junctions and line ends."""
    chains = node_graph.contract(refined.edge_u, refined.edge_v, refined.edge_length,
                                 _flags(node_vertex, refined.node_count), edge_grade=edge_grade)
    walk = chains.step_chain
    xy, ptr = network.walks_xy(refined.edge_xy, refined.edge_ptr, walk, chains.step_edge,
                               chains.step_reversed, count=len(chains))
    at = _first_node_at(node_vertex, refined.node_count)
    from_node, to_node = at[chains.start], at[chains.end]
    degree = refined.node_degree
    link_facts = []
    for k, ring in enumerate(chains.ring.tolist()):
        ends = _end_facts(np.array([chains.start[k], chains.end[k]]),
                          np.array([from_node[k], to_node[k]]), degree)
        link_facts.append(["no_node"] if ring else sorted(set(ends), key=LINK_FACTS.index))
    if pieces is not None:
        edge_chain = np.empty(refined.edge_count, dtype=np.int64)
        edge_chain[chains.step_edge] = walk
        lengths = grades.class_lengths(edge_chain[pieces.edge], pieces.length,
                                       pieces.grade_class, len(chains))
    else:
        lengths = _no_grades(chains.length)
    first_edge = chains.step_edge[chains.ptr[:-1]]
    networks = ([section_network[i] for i in refined.edge_line[first_edge].tolist()]
                if section_network is not None else [None] * len(chains))
    return Links(source=np.full(len(chains), -1, dtype=np.int64), xy=xy, ptr=ptr,
                 from_node=from_node, to_node=to_node, network=networks, length=chains.length,
                 facts=link_facts, length_class=classes.length_class(chains.length),
                 grade_lengths=lengths, max_grade=chains.max_grade)


def _nearest_node(nodes: NodeInput, points: np.ndarray, within: float) -> np.ndarray:
    """The nearest node of each point within ``within`` metres (-1 for none)."""
    from scipy.spatial import cKDTree

    if len(nodes.xy) == 0 or len(points) == 0:
        return np.full(len(points), -1, dtype=np.int64)
    distance, index = cKDTree(nodes.xy).query(points, distance_upper_bound=within)
    return np.where(np.isfinite(distance), index, -1).astype(np.int64)


def _given_links(given: LinkInput, nodes: NodeInput, sample: Sampler | None,
                 settings: AuditSettings) -> Links:
    """The links of the links layer, measured along their lines."""
    lines = grades.lines_network(given.xy, given.ptr)
    length = np.bincount(given.owner, weights=lines.edge_length, minlength=given.count)
    max_grade = np.full(given.count, np.nan)
    if sample is not None:
        pieces = grades.grade_pieces(lines, sample)
        owner = given.owner[pieces.edge]
        lengths = grades.class_lengths(owner, pieces.length, pieces.grade_class, given.count)
        steepest = grades.steepest_per_edge(pieces, lines.edge_count)
        known = np.isfinite(steepest)
        top = np.full(given.count, -np.inf)
        np.maximum.at(top, given.owner[known], steepest[known])
        max_grade = np.where(np.isfinite(top), top, np.nan)
    else:
        lengths = _no_grades(length)
    first = np.full(given.count, -1, dtype=np.int64)
    last = np.full(given.count, -1, dtype=np.int64)
    parts = np.arange(len(given.owner))
    np.maximum.at(last, given.owner, parts)
    first[given.owner[::-1]] = parts[::-1]
    has = first >= 0
    ends = np.full((given.count, 2), -1, dtype=np.int64)
    ends[has, 0] = _nearest_node(nodes, given.xy[given.ptr[first[has]]],
                                 settings.max_node_distance_m)
    ends[has, 1] = _nearest_node(nodes, given.xy[given.ptr[last[has] + 1] - 1],
                                 settings.max_node_distance_m)
    return Links(source=np.arange(given.count), xy=np.zeros((0, 2)), ptr=np.zeros(1, np.int64),
                 from_node=ends[:, 0], to_node=ends[:, 1], network=list(given.network),
                 length=length, facts=[list(f) for f in given.facts],
                 length_class=classes.length_class(length), grade_lengths=lengths,
                 max_grade=max_grade)


# --------------------------------------------------------------------------------------------
# Loops
# --------------------------------------------------------------------------------------------


def _max_dry_m(settings: AuditSettings, with_water: bool) -> float:
    return settings.max_without_water_km * 1000.0 if with_water else math.inf


def loop_graph(refined: network.Network, numbered: np.ndarray, water: np.ndarray,
               edge_grade: np.ndarray, max_grade_pct: float,
               max_dry_m: float) -> loops.LoopGraph:
    """The graph a profile's loops run on: the sections within its grade (unknown grades
    pass), contracted between numbered nodes and junctions, without the dead ends and the
    links with too long a stretch without water."""
    allowed = ~(edge_grade > max_grade_pct)
    chains = node_graph.contract(refined.edge_u[allowed], refined.edge_v[allowed],
                                 refined.edge_length[allowed], numbered, water,
                                 edge_grade[allowed])
    usable = chains.water.gap <= max_dry_m + loops.LENGTH_EPS_M
    core = np.flatnonzero(usable)[node_graph.two_core(chains.start[usable], chains.end[usable],
                                                      refined.node_count)]
    again = node_graph.contract(chains.start[core], chains.end[core], chains.length[core],
                                numbered, water, chains.max_grade[core],
                                chains.water.take(core))
    return loops.LoopGraph(refined.node_xy, numbered, water, again.start, again.end,
                           again.length, again.water)


def _profile_loops(refined: network.Network, node_vertex: np.ndarray, water: np.ndarray,
                   edge_grade: np.ndarray, profile: LoopProfile, settings: AuditSettings,
                   max_dry_m: float, progress: Callable[[float], None],
                   cancelled: Callable[[], bool]) -> Tuple[np.ndarray, int]:
    """The loops of a profile through each node (0 off the network), and their number."""
    numbered = _flags(node_vertex, refined.node_count)
    graph = loop_graph(refined, numbered, water, edge_grade, profile.max_grade_pct, max_dry_m)
    rules = loops.LoopRules(profile.min_km * 1000.0, profile.max_km * 1000.0,
                            settings.max_loop_nodes, max_dry_m)
    census = loops.loop_census(graph, rules, progress, cancelled)
    through = np.where(node_vertex >= 0, census.loops_through[np.maximum(node_vertex, 0)], 0)
    return through, census.loop_count


# --------------------------------------------------------------------------------------------
# Nodes and seams
# --------------------------------------------------------------------------------------------


def _nodes(refined: network.Network, nodes: NodeInput, node_vertex: np.ndarray,
           number_code: np.ndarray, network_code: np.ndarray,
           settings: AuditSettings) -> Nodes:
    """The nodes' degree, part and facts (their loops come later)."""
    attached = node_vertex >= 0
    at = np.maximum(node_vertex, 0)
    degree = np.where(attached, refined.node_degree[at] if refined.node_count else 0, 0)
    component = np.where(attached, refined.node_component[at] if refined.node_count else -1,
                         -1)
    pairs = facts_of.same_number_pairs(nodes.xy, number_code, network_code,
                                       settings.clash_distance_m, same_network=True)
    facts = facts_of.node_facts(degree, attached, nodes.expected,
                                facts_of.clash_flags(len(degree), pairs))
    zero = np.zeros(len(degree), dtype=np.int64)
    return Nodes(vertex=node_vertex, degree=degree, component=component, facts=facts,
                 family_loops=zero, sport_loops=zero.copy())


def _seams(nodes: NodeInput, audited: Nodes, links: Links, number_code: np.ndarray,
           network_code: np.ndarray, settings: AuditSettings) -> Seams:
    """Where the nodes' networks meet; links crossing get the fact ``crosses_networks``."""
    crossing = facts_of.crossing(links.from_node, links.to_node, network_code)
    for k in crossing.tolist():
        links.facts[k] = links.facts[k] + ["crosses_networks"]
    dead_end = np.array(["dead_end" in f for f in audited.facts], dtype=bool)
    return Seams(
        crossing_links=crossing,
        clash_pairs=facts_of.same_number_pairs(nodes.xy, number_code, network_code,
                                               settings.clash_distance_m, same_network=False),
        border_stops=facts_of.border_stops(nodes.xy, network_code, dead_end,
                                           settings.clash_distance_m))


# --------------------------------------------------------------------------------------------
# The audit
# --------------------------------------------------------------------------------------------


def _section_grades(refined: network.Network, sample: Sampler | None
                    ) -> Tuple[grades.GradePieces | None, np.ndarray]:
    """The sections' 100 m pieces (None without a DEM) and each section's steepest grade."""
    if sample is None or refined.edge_count == 0:
        return None, np.full(refined.edge_count, np.nan)
    pieces = grades.grade_pieces(refined, sample)
    return pieces, grades.steepest_per_edge(pieces, refined.edge_count)


@dataclass(eq=False)
class AuditInputs:
    """What the audit reads: the sections (flat polylines, section k ``section_xy[
    section_ptr[k]:section_ptr[k + 1]]``, of the network ``section_network[k]``), the numbered
    nodes, the links layer (None: links derived from the sections), the water points (None: no
    water rule) and the DEM's elevations (None: no grades)."""

    section_xy: np.ndarray
    section_ptr: np.ndarray
    nodes: NodeInput
    section_network: Sequence | None = None
    links: LinkInput | None = None
    aire_xy: np.ndarray | None = None
    sample: Sampler | None = None


def audit_network(inputs: AuditInputs, settings: AuditSettings | None = None,
                  progress: Callable[[float], None] = lambda _fraction: None,
                  cancelled: Callable[[], bool] = lambda: False) -> Audit:
    """Audit the network (see the module's notes); ``progress`` gets the share done (0 to
    1)."""
    settings = settings or AuditSettings()
    nodes, sample, aire_xy = inputs.nodes, inputs.sample, inputs.aire_xy
    section_xy, section_ptr = inputs.section_xy, inputs.section_ptr
    graph = network.build_network_flat(section_xy, section_ptr, settings.snap_tolerance_m)
    aires = np.zeros((0, 2)) if aire_xy is None else np.asarray(aire_xy, dtype=float)
    refined, node_vertex, aire_vertex = _attach(graph, nodes, aires, settings)
    network_length_m, component_count = graph.total_length, graph.component_count
    del graph  # the split network serves the rest: free the unsplit one and its indexes
    pieces, edge_grade = _section_grades(refined, sample)
    progress(0.1)
    links = (_given_links(inputs.links, nodes, sample, settings) if inputs.links is not None
             else _derived_links(refined, node_vertex, pieces, edge_grade,
                                 inputs.section_network))
    number_code, network_code = facts_of.codes(nodes.number), facts_of.codes(nodes.network)
    audited = _nodes(refined, nodes, node_vertex, number_code, network_code, settings)
    seams = _seams(nodes, audited, links, number_code, network_code, settings)
    water = _flags(aire_vertex, refined.node_count)
    max_dry = _max_dry_m(settings, aire_xy is not None)
    counts = []
    for share, (profile, loops_of) in enumerate(((settings.family, audited.family_loops),
                                                 (settings.sport, audited.sport_loops))):

        def profile_progress(fraction: float, done: int = share) -> None:
            progress(0.2 + 0.35 * (done + fraction))

        through, count = _profile_loops(
            refined, node_vertex, water, edge_grade, profile, settings, max_dry,
            profile_progress, cancelled)
        loops_of[:] = through
        counts.append(count)
    faces = network_faces.faces(refined)
    section_lengths = (grades.class_lengths(np.zeros(len(pieces.edge), np.int64),
                                            pieces.length, pieces.grade_class, 1)[0]
                       if pieces is not None else _no_grades(np.array([network_length_m]))[0])
    return Audit(nodes=audited, links=links, faces=faces,
                 face_class=classes.face_class(faces.perimeter), seams=seams,
                 network_length_m=network_length_m, component_count=component_count,
                 loop_counts=(counts[0], counts[1]), grade_known=pieces is not None,
                 section_grade_lengths=section_lengths,
                 aires_attached=int((aire_vertex >= 0).sum()),
                 aires_off=int((aire_vertex < 0).sum()))


def _pct(part: float, whole: float) -> float:
    return 100.0 * part / whole if whole > 0 else math.nan


def fact_counts(fact_lists: Sequence[Sequence[str]], codes: Sequence[str]) -> dict:
    """How many of the lists hold each fact code."""
    return {code: sum(code in facts for facts in fact_lists) for code in codes}


def headline(audit: Audit) -> dict:
    """The audit's figures, by result name (the algorithm's results)."""
    links, nodes = audit.links, audit.nodes
    node_count = len(nodes.facts)
    ideal = links.length[links.length_class == classes.LENGTH_CLASSES.index("ideal")].sum()
    covered = audit.section_grade_lengths[:-1].sum()
    return {
        "LINK_COUNT": len(links),
        "BROKEN_COUNT": int(links.broken.sum()),
        "NODE_FACT_COUNT": sum(len(f) for f in nodes.facts),
        "IDEAL_LENGTH_PCT": _pct(float(ideal), float(links.length.sum())),
        "FAMILY_LOOP_NODE_PCT": _pct(float((nodes.family_loops > 0).sum()), node_count),
        "SPORT_LOOP_NODE_PCT": _pct(float((nodes.sport_loops > 0).sum()), node_count),
        "COMPONENT_COUNT": audit.component_count,
        "DEAD_END_COUNT": fact_counts(nodes.facts, ("dead_end",))["dead_end"],
        "NETWORK_KM": audit.network_length_m / 1000.0,
        "NODE_COUNT": node_count,
        "FAMILY_LOOP_COUNT": audit.loop_counts[0],
        "SPORT_LOOP_COUNT": audit.loop_counts[1],
        "FACE_COUNT": len(audit.faces),
        "DEM_COVERED_PCT": (_pct(float(covered), float(audit.section_grade_lengths.sum()))
                            if audit.grade_known else math.nan),
        "CROSSING_LINK_COUNT": len(audit.seams.crossing_links),
    }
