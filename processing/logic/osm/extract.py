"""An OpenStreetMap extract made into records of the data model, for every mode of itinerance
(cycling, walking, horse riding, canoe, boat, roller): numbered nodes (``noeuds``), sections
from node to node (``troncons``), one line per named itinerary (``itineraires``), the links of
node networks with their integrity (``liaisons``), green-network links (``trame``), and the
railway stations, campsites and motorhome areas (``gares``, ``etablissements``, ``aires``).

It composes the engines: the graph engine of ``network`` for each mode's sections
(``sections``), the route assembly of ``route_coverage`` for itineraries, the fragment graph
and its paths for links (``links``). Pure numpy/scipy/shapely: the glue reads the file
(``reader``, ``relations``), projects with ``project`` and writes the records.

Records are (coordinates, attributes): an (x, y) pair for a point, a (k, 2) array for a line,
in the metres of the project CRS; the attributes are data-model fields, with ``source`` "osm"
and ``source_id`` the OSM element (``node/…``, ``way/…@k``, ``relation/…``; other modes than
cycling prefix their nodes and sections with their code), see docs/data-model.md.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np
from shapely.geometry import LineString, Point
from shapely.prepared import prep

from ..network.graph import ranges
from . import links as osm_links
from . import pois as osm_pois
from . import sections as osm_sections
from . import tags as osm_tags
from .modes import MODES, RouteClass, classify_route
from .reader import Areas, Nodes, Ways, no_areas
from .relations import Relation

SOURCE = "osm"
JOIN_TOLERANCE = osm_links.JOIN_TOLERANCE
EXAMPLES = 5  # element ids kept per skip reason, for the log
Project = Callable[[np.ndarray], np.ndarray]
Record = Tuple[np.ndarray, dict]
Route = Tuple[Relation, RouteClass]

# why an element was not imported (the glue words them in the user's language)
RELATION_WITHOUT_WAYS = "relation_without_ways"
WAY_WITHOUT_GEOMETRY = "way_without_geometry"
NODE_NUMBER = "node_number"
OUTSIDE = "outside"
ROUTE_NOT_IMPORTED = "route_not_imported"
SECTION_WITHOUT_LENGTH = "section_without_length"
AREA_WITHOUT_WAYS = "area_without_ways"
NETWORK_LAYERS = ("noeuds", "troncons", "itineraires", "trame", "liaisons")
POI_LAYERS = ("gares", "etablissements", "aires")
LAYERS = NETWORK_LAYERS + POI_LAYERS
MODE_LAYERS = ("noeuds", "troncons", "itineraires", "liaisons")


class NoRouteError(ValueError):
    """The extract holds no route relation of the modes asked (nor anything else to import)."""

    def __init__(self, relation_count: int, held: Dict[str, int], asked: Sequence[str]) -> None:
        self.relation_count, self.held, self.asked = relation_count, dict(held), tuple(asked)
        super().__init__(f"no route relation of {', '.join(asked)} among {relation_count} "
                         f"relations (it holds {dict(held) or 'none'})")


@dataclass(eq=False)
class Incomplete:
    """A relation some of whose ways are not in the extract (imported from the others)."""

    relation: int
    name: str
    missing: int
    total: int


@dataclass(eq=False)
class ItineraryLine:
    """How an itinerary's ways became one line: ``jumps`` straight joins between parts that do
    not touch (``jump_m`` metres in all, not counted as ways)."""

    relation: int
    name: str
    ways: int
    jumps: int
    jump_m: float


@dataclass(eq=False)
class Extract:
    noeuds: List[Record] = field(default_factory=list)
    troncons: List[Record] = field(default_factory=list)
    itineraires: List[Record] = field(default_factory=list)
    trame: List[Record] = field(default_factory=list)
    liaisons: List[Record] = field(default_factory=list)
    gares: List[Record] = field(default_factory=list)
    etablissements: List[Record] = field(default_factory=list)
    aires: List[Record] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  # reason -> count
    examples: Dict[str, List[str]] = field(default_factory=dict)  # reason -> a few elements
    incomplete: List[Incomplete] = field(default_factory=list)
    itinerary_lines: List[ItineraryLine] = field(default_factory=list)
    nodes_off_network: int = 0  # numbered nodes on no way of their network's relations
    open_section_ends: int = 0  # section ends at a junction or dead end without a number
    relation_count: int = 0  # route relations of the modes asked
    modes: Tuple[str, ...] = MODES  # the modes asked
    modes_held: Dict[str, int] = field(default_factory=dict)  # route relations per mode

    def skip(self, reason: str, elements: Iterable[str]) -> None:
        elements = list(elements)
        if elements:
            self.skipped[reason] += len(elements)
            self.examples.setdefault(reason, []).extend(elements[:EXAMPLES])

    @property
    def skipped_count(self) -> int:
        return sum(self.skipped.values())

    def count(self, layer: str, mode: Optional[str] = None) -> int:
        """Records of ``layer`` (of ``mode`` only, when given)."""
        records = getattr(self, layer)
        return len(records) if mode is None else self.counts_by_mode(layer)[mode]

    def counts_by_mode(self, layer: str) -> Counter:
        """{mode: records of ``layer``}."""
        return Counter([v["mode"] for _, v in getattr(self, layer)])

    def section_length(self, mode: Optional[str] = None) -> float:
        """Metres of network sections (of ``mode`` only, when given)."""
        lengths = self.section_lengths_by_mode()
        return sum(lengths.values()) if mode is None else lengths.get(mode, 0.0)

    def section_lengths_by_mode(self) -> Dict[str, float]:
        """{mode: metres of its sections}."""
        if not self.troncons:
            return {}
        xy = np.concatenate([c for c, _ in self.troncons])
        steps = np.hypot(*np.diff(xy, axis=0).T)
        ends = np.cumsum([len(c) for c, _ in self.troncons])
        steps[ends[:-1] - 1] = 0.0  # from the end of a section to the start of the next
        owner = np.repeat(np.arange(len(ends)), np.diff(np.concatenate([[0], ends])))[:-1]
        per_section = np.bincount(owner, weights=steps, minlength=len(ends))
        modes = np.array([v["mode"] for _, v in self.troncons], dtype=object)
        return {str(m): float(per_section[modes == m].sum()) for m in set(modes.tolist())}

    def count_with_fact(self, fact: str) -> int:
        """Links whose facts include ``fact``."""
        return sum(fact in (v["facts"] or "").split(",") for _, v in self.liaisons)

    def keep_in(self, area: Any) -> None:
        """Leave out (counted as OUTSIDE) the records that do not intersect ``area`` (a shapely
        geometry in the records' CRS; None keeps everything)."""
        if area is None:
            return
        prepared = prep(area)
        x0, y0, x1, y1 = area.bounds
        for layer in LAYERS:
            kept: List[Record] = []
            outside: List[Record] = []
            for coords, values in getattr(self, layer):
                xy = np.asarray(coords, dtype=float).reshape(-1, 2)
                lo, hi = xy.min(axis=0), xy.max(axis=0)
                near = lo[0] <= x1 and hi[0] >= x0 and lo[1] <= y1 and hi[1] >= y0
                shape = Point(xy[0]) if len(xy) == 1 else LineString(xy)
                (kept if near and prepared.intersects(shape) else outside).append(
                    (coords, values))
            setattr(self, layer, kept)
            self.skip(OUTSIDE, [values["source_id"] for _, values in outside])


def wanted_relation(tags: Mapping[str, str]) -> bool:
    """The relations the import reads: routes, and the areas of stations, campsites and
    motorhome areas (multipolygons)."""
    kind = tags.get("type")
    return kind == "route" or (kind == "multipolygon" and osm_pois.poi_kind(tags) is not None)


@dataclass(eq=False)
class Routes:
    """The route relations of the modes asked with a way in the extract, by what they give."""

    members: Dict[int, np.ndarray]  # relation id -> indices of its ways in the extract
    sections: Dict[str, List[Route]]  # mode -> routes whose ways are its network's
    itineraries: List[Route]
    links: List[Route]


def build_extract(nodes: Nodes, ways: Ways, relations: Sequence[Relation], project: Project,
                  modes: Sequence[str] = MODES, pois: bool = True,
                  areas: Optional[Areas] = None) -> Extract:
    """The records of an extract: ``nodes``, ``ways`` and ``areas`` from ``reader``,
    ``relations`` from ``relations``, ``project(lonlat)`` giving (n, 2) project coordinates of
    (n, 2) longitudes and latitudes; the networks of ``modes`` and, with ``pois``, the
    stations, campsites and motorhome areas. Raises NoRouteError when there is nothing of
    that to import."""
    areas = areas if areas is not None else no_areas()
    routes = sorted(((r, c) for r in relations for c in [classify_route(r.tags)] if c),
                    key=lambda route: route[0].id)
    asked = [(r, c) for r, c in routes if c.mode in modes]
    result = Extract(relation_count=len(asked), modes=tuple(m for m in MODES if m in modes),
                     modes_held=dict(Counter(c.mode for _, c in routes)))
    has_pois = pois and (_any_poi(nodes, ways, relations) or len(areas) > 0)
    if not asked and not has_pois:
        raise NoRouteError(len(relations), result.modes_held, result.modes)
    valid = _has_length(ways)
    kinds = osm_tags.trame_kinds(*(ways.tags[name] for name in (
        "highway", "railway", "name", "bicycle", "foot")))
    chosen = _routes(ways, asked, result)
    used = kinds != None  # noqa: E711 - elementwise
    for ways_of in chosen.members.values():
        used[ways_of] = True
    result.skip(WAY_WITHOUT_GEOMETRY, [f"way/{i}" for i in ways.ids[used & ~valid]])
    xy = _project_ways(ways, used & valid, project)
    for mode in result.modes:
        if chosen.sections[mode] or osm_sections.has_numbers(nodes, mode):
            _mode_network(mode, nodes, ways, xy, valid, chosen, project, result)
    for relation, route in chosen.itineraries:
        _itinerary(ways, xy, relation, route, chosen.members[relation.id], valid, result)
    result.liaisons = osm_links.build_links(nodes, ways, xy, valid, chosen.links)
    _trame(ways, xy, kinds, valid, result)
    if has_pois:
        _pois(nodes, ways, areas, relations, project, result)
    return result


def _routes(ways: Ways, asked: List[Route], result: Extract) -> Routes:
    """What each route asked gives; a route that gives nothing is counted."""
    members = _members(ways, [r for r, _ in asked], result)
    present = [(r, c) for r, c in asked if r.id in members]
    chosen = Routes(members, {m: [] for m in result.modes}, [], [])
    for relation, route in present:
        if route.sections:
            chosen.sections[route.mode].append((relation, route))
        if osm_tags.is_itinerary(relation.tags, route):
            chosen.itineraries.append((relation, route))
        if route.link:
            chosen.links.append((relation, route))
    giving = {r.id for routes in chosen.sections.values() for r, _ in routes}
    giving |= {r.id for r, _ in chosen.itineraries}
    result.skip(ROUTE_NOT_IMPORTED,
                [f"relation/{r.id}" for r, _ in present if r.id not in giving])
    return chosen


def _mode_network(mode: str, nodes: Nodes, ways: Ways, xy: np.ndarray, valid: np.ndarray,
                  chosen: Routes, project: Project, result: Extract) -> None:
    """The numbered nodes and sections of ``mode``; the ways named by the first route (lowest
    id) holding them."""
    way_network = np.full(len(ways), None, dtype=object)
    for relation, _ in reversed(chosen.sections[mode]):
        way_network[chosen.members[relation.id]] = osm_tags.network_name(relation.tags)
    network_ways = np.flatnonzero((way_network != None) & valid)  # noqa: E711
    found = osm_sections.mode_network(mode, nodes, ways, xy, network_ways, way_network,
                                      project)
    result.noeuds += found.noeuds
    result.troncons += found.troncons
    result.skip(NODE_NUMBER, found.bad_numbers)
    result.skip(SECTION_WITHOUT_LENGTH, found.zero_length)
    result.nodes_off_network += found.nodes_off_network
    result.open_section_ends += found.open_section_ends


def _attributes(source_id: str, **values: Any) -> Dict[str, Any]:
    return {**values, "source": SOURCE, "source_id": source_id}


def way_indices(ways: Ways, ids: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """(index in ``ways`` of each id, whether the extract has it)."""
    order = np.argsort(ways.ids, kind="stable")
    sorted_ids = ways.ids[order]
    at = np.minimum(np.searchsorted(sorted_ids, ids), max(len(sorted_ids) - 1, 0))
    found = sorted_ids[at] == ids if len(sorted_ids) else np.zeros(len(ids), bool)
    return order[at] if len(order) else at, found


def _members(ways: Ways, relations: List[Relation], result: Extract) -> Dict[int, np.ndarray]:
    """{relation id: indices of its ways present in the extract (each once)}; relations with
    none are skipped, those with some missing are listed as incomplete."""
    member = np.concatenate([r.ways for r in relations] + [np.zeros(0, np.int64)])
    owner = np.repeat(np.arange(len(relations)), [len(r.ways) for r in relations])
    index, found = way_indices(ways, member)
    # a way listed twice in a relation (there and back) counts once
    present = np.unique(owner[found] * len(ways) + index[found])
    present_owner, present_way = present // max(len(ways), 1), present % max(len(ways), 1)
    bounds = np.searchsorted(present_owner, np.arange(len(relations) + 1))
    missing = np.unique(np.column_stack([owner[~found], member[~found]]), axis=0)[:, 0]
    missing_count = np.bincount(missing, minlength=len(relations))
    members = {}
    for k, relation in enumerate(relations):
        ways_k = present_way[bounds[k]:bounds[k + 1]]
        if len(ways_k) == 0:
            result.skip(RELATION_WITHOUT_WAYS, [f"relation/{relation.id}"])
            continue
        members[relation.id] = ways_k
        if missing_count[k]:
            result.incomplete.append(Incomplete(
                relation.id, osm_tags.itinerary_name(relation.tags) or "",
                int(missing_count[k]), int(missing_count[k]) + len(ways_k)))
    return members


def _has_length(ways: Ways) -> np.ndarray:
    """Ways with at least two distinct vertices."""
    owner = np.repeat(np.arange(len(ways)), np.diff(ways.ptr))
    moves = (owner[1:] == owner[:-1]) & (ways.lonlat[1:] != ways.lonlat[:-1]).any(axis=1)
    return np.bincount(owner[1:][moves], minlength=len(ways)) > 0


def _project_ways(ways: Ways, wanted: np.ndarray, project: Project) -> np.ndarray:
    """Project coordinates of the vertices of the ``wanted`` ways (NaN elsewhere)."""
    xy = np.full(ways.lonlat.shape, np.nan)
    take = ranges(ways.ptr[:-1][wanted], np.diff(ways.ptr)[wanted])
    if len(take):
        xy[take] = project(ways.lonlat[take])
    return xy


def _itinerary(ways: Ways, xy: np.ndarray, relation: Relation, route: RouteClass,
               member_ways: np.ndarray, valid: np.ndarray, result: Extract) -> None:
    """One line for a named route: its ways ordered and oriented into a route (route_coverage),
    the parts that do not touch joined by straight jumps."""
    parts = [xy[ways.ptr[k]:ways.ptr[k + 1]] for k in member_ways[valid[member_ways]]]
    line, jumps, jump_m = osm_links.merged_line(parts)
    if line is None:
        return  # its ways are counted as ways without geometry
    name = osm_tags.itinerary_name(relation.tags) or ""  # an itinerary has a name or a ref
    result.itinerary_lines.append(ItineraryLine(relation.id, name, len(parts), jumps, jump_m))
    closed = len(line) > 3 and float(np.hypot(*(line[-1] - line[0]))) <= JOIN_TOLERANCE
    result.itineraires.append((line, _attributes(
        f"relation/{relation.id}", name=name,
        kind=osm_tags.itinerary_kind(relation.tags, route, closed), mode=route.mode)))


def _trame(ways: Ways, xy: np.ndarray, kinds: np.ndarray, valid: np.ndarray, result: Extract
           ) -> None:
    """The green links: cycleways, paths and tracks on former railways or voies vertes."""
    for k in np.flatnonzero((kinds != None) & valid):  # noqa: E711
        name = ways.tags["name"][k] or ways.tags["ref"][k] or None
        result.trame.append((xy[ways.ptr[k]:ways.ptr[k + 1]],
                             _attributes(f"way/{ways.ids[k]}", name=name, kind=kinds[k])))


def _any_poi(nodes: Nodes, ways: Ways, relations: Sequence[Relation]) -> bool:
    return bool(osm_pois.candidates(nodes.tags).any() or osm_pois.candidates(ways.tags).any()
                or any(osm_pois.poi_kind(r.tags) for r in relations
                       if r.tags.get("type") == "multipolygon"))


def _pois(nodes: Nodes, ways: Ways, areas: Areas, relations: Sequence[Relation],
          project: Project, result: Extract) -> None:
    def members(relation: Relation) -> np.ndarray:
        index, found = way_indices(ways, relation.ways)
        return index[found]

    found = osm_pois.read_pois(nodes, ways, areas, list(relations), members, project)
    for layer, records in found.records.items():
        setattr(result, layer, records)
    result.skip(AREA_WITHOUT_WAYS, found.without_geometry)
