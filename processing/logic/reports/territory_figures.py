"""Territory indicators per perimeter (EPCI, commune): one row of figures each, composed from
the plugin's engines, never re-implemented.

Pure numpy/scipy (no QGIS). Every layer is read and indexed once per run (:class:`Inventory`),
networks also built once over the whole territory (for their nodes and the hubs' access); each
perimeter then clips its lines exactly (``perimeter_clip``) and builds the graph of what lies
inside, as airesgap and trameconnectivity build it from the output of QGIS's Clip (cut ends
within the snap tolerance of each other or of another line join there):

- cycling network (``network.build_network``, the graph of airesgap), or the network of
  another mode: km inside, by network and surface; nodes of the whole network inside; the
  served share, airesgap's figure on the clipped network (aires attached to it,
  ``network_coverage``'s exact distance field);
- the networks of every mode (the sections' mode field): km and nodes of each inside;
- aires and establishments: points inside, by kind and category;
- véloroutes (``route_coverage``, the engine of accueilvelocoverage): km inside and the share
  that has a labelled establishment within the access distance; coverage is a property of each
  point of a route, so it is computed once over the whole routes and clipped;
- prospects: establishments inside that are eligible (within the access distance of a route)
  but not labelled, as accueilvelocoverage marks them;
- climbs (``profile.detect_climbs``, as slopeprofile finds them): those whose top is inside;
- trame verte (``network.build_network`` and ``connectivity``, as trameconnectivity): km
  inside, connected parts and critical links (bridges) of the trame clipped to the perimeter;
- pôles: those inside (by a point on their surface), and those within the hub access distance
  of the trame.

A figure whose input layer is missing is None (not computed); a perimeter with nothing in it
gets zeros.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import (
    Any,
    Callable,
    Dict,
    Iterable,
    List,
    Mapping,
    Optional,
    Sequence,
    Set,
    Tuple,
    Union,
    cast,
)

import numpy as np

from ..arrays import ArrayLike, BoolArray, FloatArray, IntArray
from ..network import coverage as network_coverage
from ..network import graph as network
from ..network import route_coverage, route_service
from ..network.perimeter_clip import Geometry, Intervals, Perimeter, Polylines, clip
from ..relief import profile
from ..relief.profile_chart import safe_file_stem
from ..trame.bridges import components_and_bridges
from ..trame.hubs import nearest_on_network

# Strava's categories as profile.strava_category writes them, and their field names
CLIMB_CATEGORIES = (("HC", "hc"), ("1", "cat1"), ("2", "cat2"), ("3", "cat3"), ("4", "cat4"))

# A perimeter's figures: {field: number}, None for a figure whose input is missing
Figures = Dict[str, Optional[float]]


@dataclass(frozen=True)
class Field:
    """An output field: ``name``, ``kind`` (real or int), ``label`` (the key the glue
    translates) and, for a breakdown, the attribute ``value`` it counts."""

    name: str
    kind: str
    label: str
    value: Optional[str] = None


@dataclass
class Settings:
    """The analyses' thresholds (metres), defaults as in airesgap, accueilvelocoverage and
    trameconnectivity."""

    max_distance: float = 2500.0
    snap_tolerance: float = 1.0
    max_attach_distance: float = 200.0
    access_distance: float = route_service.DEFAULT_ACCESS_DISTANCE_M
    trame_snap_tolerance: float = 5.0
    hub_access_distance: float = 100.0


def field_slug(value: object) -> str:
    """A value as a field name part: ASCII, lower case, underscores ("Cœur de Flandre" ->
    "coeur_de_flandre")."""
    return safe_file_stem(value, max_length=40).lower().replace("-", "_")


@dataclass
class Breakdown:
    """A categorical attribute: ``code[i]`` indexes ``slugs`` for item i (-1 for no value);
    ``values[k]`` is the first value seen (or the known code) of slug k. Known codes (the
    data model's) come first, in their order, then the others sorted; values that differ only
    by case or accents share a slug."""

    code: IntArray
    slugs: List[str]
    values: List[str]

    @classmethod
    def of(cls, raw_values: Sequence[Any], known: Iterable[str] = ()) -> Breakdown:
        slugs: List[str] = []
        values: List[str] = []
        index: Dict[str, int] = {}
        for value in known:
            index.setdefault(field_slug(value), len(slugs))
            if len(index) > len(slugs):
                slugs.append(field_slug(value))
                values.append(value)
        present = sorted({str(v) for v in raw_values if _has_value(v)})
        for value in present:
            slug = field_slug(value)
            if slug not in index:
                index[slug] = len(slugs)
                slugs.append(slug)
                values.append(value)
        code = np.array([index[field_slug(v)] if _has_value(v) else -1 for v in raw_values],
                        dtype=np.int64)
        return cls(code, slugs, values)

    def counts(self, mask: BoolArray,
               weights: Optional[FloatArray] = None) -> Union[IntArray, FloatArray]:
        """Per slug: the number (or the sum of ``weights``) of items where ``mask`` is true."""
        pick = mask & (self.code >= 0)
        return np.bincount(self.code[pick], minlength=len(self.slugs),
                           weights=None if weights is None else weights[pick])


def _has_value(value: object) -> bool:
    return value is not None and str(value).strip() not in ("", "NULL")


# --------------------------------------------------------------------------------------------
# Inputs, prepared once
# --------------------------------------------------------------------------------------------


class LinesInput:
    """Lines indexed once for clipping (``lines``) and their graph over the whole territory
    (``graph``, the noding of airesgap and trameconnectivity). A perimeter's network is built
    from its exactly clipped lines (:meth:`clipped`), as the single algorithms build it from
    QGIS's Clip: ends cut at the boundary join what lies within the snap tolerance there."""

    def __init__(self, parts: Sequence[FloatArray], snap_tolerance: float) -> None:
        self.part_count = len(parts)
        self.snap_tolerance = snap_tolerance
        self.lines = Polylines.from_parts(parts)
        self.graph = network.build_network(parts, snap_tolerance)

    def clipped(self, perimeter: Perimeter) -> Tuple[network.Network, Intervals]:
        """(network of the lines inside ``perimeter``, their intervals): ``edge_line`` of the
        network indexes the intervals, whose ``line`` is the input part."""
        intervals = clip(self.lines, perimeter)
        return network.build_network(self.lines.pieces(intervals), self.snap_tolerance), \
            intervals


class NetworkInput(LinesInput):
    """The cycling network, with, per input line, the values of the attributes the km are
    broken down by (``{"network": [...], "surface": [...]}``, the data model's codes in
    ``known``)."""

    def __init__(self, parts: Sequence[FloatArray], snap_tolerance: float,
                 attributes: Optional[Mapping[str, Sequence[Any]]] = None,
                 known: Optional[Mapping[str, Sequence[str]]] = None) -> None:
        super().__init__(parts, snap_tolerance)
        codes = known or {}
        self.breakdowns = {name: Breakdown.of(values, codes.get(name, ()))
                           for name, values in (attributes or {}).items()}


class ModesInput:
    """The network's lines of every mode (``modes[i]``: the mode of ``parts[i]``; the data
    model's codes in ``known``, first): each mode's lines and graph (None for a mode without
    lines), for the km and nodes of each mode's network."""

    def __init__(self, parts: Sequence[FloatArray], modes: Sequence[Any],
                 known: Iterable[str], snap_tolerance: float) -> None:
        self.breakdown = Breakdown.of(modes, known)
        self.networks: List[Optional[LinesInput]] = [LinesInput([parts[i] for i in np.flatnonzero(
            self.breakdown.code == k).tolist()], snap_tolerance)
            if (self.breakdown.code == k).any() else None
            for k in range(len(self.breakdown.slugs))]

    def figures(self, perimeter: Perimeter) -> Figures:
        """{``mode_<code>_km``, ``mode_<code>_node_count``} inside ``perimeter``."""
        figures: Figures = {}
        for slug, lines in zip(self.breakdown.slugs, self.networks):
            inside = clip(lines.lines, perimeter).length if lines is not None else 0.0
            nodes = perimeter.covers(lines.graph.node_xy).sum() if lines is not None else 0
            figures[mode_km_field(slug)] = inside / 1000.0
            figures[mode_node_field(slug)] = int(nodes)
        return figures


def mode_km_field(slug: str) -> str:
    return f"mode_{slug}_km"


def mode_node_field(slug: str) -> str:
    return f"mode_{slug}_node_count"


class PointsInput:
    """Points (aires) with a categorical attribute (their kind)."""

    def __init__(self, xy: ArrayLike, kinds: Optional[Sequence[Any]] = None,
                 known: Iterable[str] = ()) -> None:
        self.xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        self.kinds = Breakdown.of(kinds if kinds is not None else [None] * len(self.xy), known)


class EstablishmentsInput:
    """Establishments: points, labelled or not, with a category."""

    def __init__(self, xy: ArrayLike, labelled: ArrayLike,
                 categories: Optional[Sequence[Any]] = None,
                 known: Iterable[str] = ()) -> None:
        self.xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        self.labelled = np.asarray(labelled, dtype=bool)
        self.categories = Breakdown.of(
            categories if categories is not None else [None] * len(self.xy), known)
        # set by RoutesInput: within the access distance of a route
        self.eligible: Optional[BoolArray] = None


class RoutesInput:
    """Véloroutes (the itineraries' lines) and their Accueil Vélo coverage by the labelled
    ``establishments``, computed once over the whole lines: a point is covered when a labelled
    establishment lies within ``access_distance`` of it, whatever the rest of its route does."""

    def __init__(self, parts: Sequence[FloatArray],
                 establishments: Optional[EstablishmentsInput],
                 access_distance: float) -> None:
        # the parts as they come: coverage and lengths do not depend on their order
        self.route = route_coverage.Route(parts)
        self.lines = Polylines.from_parts(self.route.pieces)
        self.service: Optional[route_service.RouteService] = None
        if establishments is None:
            return
        served = route_service.Establishments(establishments.xy, establishments.labelled)
        self.service = route_service.serve_route(self.route, served, access_distance)
        establishments.eligible = route_service.establishment_reach(
            [self.route], served, access_distance).eligible

    def covered_length(self, intervals: Intervals) -> float:
        """Covered metres of the parts ``intervals`` of the lines."""
        if self.service is None or not len(intervals):
            return 0.0
        offset = self.route.piece_start[intervals.line]
        return self.service.covered_between(offset + intervals.start, offset + intervals.end)


class TrameInput(LinesInput):
    """The trame verte (trameconnectivity's noding)."""


class PolesInput:
    """Pôles: a point on each one's surface, and whether it lies within the hub access
    distance of the whole trame (None without a trame)."""

    def __init__(self, points: ArrayLike, shapes: Sequence[Geometry],
                 trame: Optional[TrameInput] = None,
                 hub_access_distance: float = 100.0) -> None:
        self.xy = np.asarray(points, dtype=float).reshape(-1, 2)
        self.connected: Optional[BoolArray] = None
        if trame is not None:
            near = nearest_on_network(trame.graph, shapes)
            self.connected = near.distance <= hub_access_distance


class ClimbsInput:
    """Climbs found in lines (slopeprofile's detection, as digitised): the top of each and its
    Strava category."""

    def __init__(self, top_xy: ArrayLike, categories: Iterable[Optional[str]]) -> None:
        self.top_xy = np.asarray(top_xy, dtype=float).reshape(-1, 2)
        self.categories = list(categories)

    @classmethod
    def detect(cls, parts: Iterable[FloatArray], elevations: Callable[[FloatArray], FloatArray],
               step: float) -> Tuple[ClimbsInput, int]:
        """Profile each line every ``step`` metres with ``elevations`` (a function of (n, 2)
        points giving (n,) metres, NaN off the DEM) and keep its climbs. Returns the input and
        the number of lines with no elevation at all (outside the DEM)."""
        tops: List[FloatArray] = []
        categories: List[Optional[str]] = []
        outside = 0
        for xy in parts:
            chainage, points = profile.densify(xy, step)
            z = elevations(points)
            if np.isnan(z).all():
                outside += 1
                continue
            for climb in profile.detect_climbs(chainage, z):
                tops.append(points[np.searchsorted(chainage, climb["end_m"])])
                categories.append(climb["category"])
        return cls(tops, categories), outside


# --------------------------------------------------------------------------------------------
# The indicators
# --------------------------------------------------------------------------------------------


@dataclass
class Shapes:
    """What a perimeter's small map shows: polylines and points inside it."""

    served: List[FloatArray] = field(default_factory=list)
    unserved: List[FloatArray] = field(default_factory=list)
    network: List[FloatArray] = field(default_factory=list)
    routes: List[FloatArray] = field(default_factory=list)
    trame: List[FloatArray] = field(default_factory=list)
    aires: FloatArray = field(default_factory=lambda: np.zeros((0, 2)))
    labelled: FloatArray = field(default_factory=lambda: np.zeros((0, 2)))


@dataclass
class Inventory:
    """Every input, prepared once; each optional (None when the layer is not given)."""

    settings: Settings = field(default_factory=Settings)
    network: Optional[NetworkInput] = None
    modes: Optional[ModesInput] = None
    aires: Optional[PointsInput] = None
    establishments: Optional[EstablishmentsInput] = None
    routes: Optional[RoutesInput] = None
    trame: Optional[TrameInput] = None
    poles: Optional[PolesInput] = None
    climbs: Optional[ClimbsInput] = None

    def fields(self) -> List[Field]:
        """The output fields, in order (the same for every perimeter)."""
        specs = [Field("network_km", "real", "network_km")]
        if self.network is not None:
            for name, breakdown in self.network.breakdowns.items():
                specs += [Field(f"{name}_{slug}_km", "real", f"{name}_value_km", value)
                          for slug, value in zip(breakdown.slugs, breakdown.values)]
        specs += [Field("node_count", "int", "node_count")]
        if self.modes is not None:
            modes = self.modes.breakdown
            specs += [Field(mode_km_field(slug), "real", "mode_value_km", value)
                      for slug, value in zip(modes.slugs, modes.values)]
            specs += [Field(mode_node_field(slug), "int", "mode_node_count", value)
                      for slug, value in zip(modes.slugs, modes.values)]
        specs += [Field("aire_count", "int", "aire_count")]
        if self.aires is not None:
            specs += [Field(aire_field(slug), "int", "aire_kind_count", value)
                      for slug, value in zip(self.aires.kinds.slugs, self.aires.kinds.values)]
        specs += [Field("served_pct", "real", "served_pct"),
                  Field("accueil_velo_count", "int", "accueil_velo_count")]
        if self.establishments is not None:
            cats = self.establishments.categories
            specs += [Field(accueil_velo_field(slug), "int", "accueil_velo_category_count",
                            value) for slug, value in zip(cats.slugs, cats.values)]
        specs += [Field("veloroute_km", "real", "veloroute_km"),
                  Field("veloroute_covered_pct", "real", "veloroute_covered_pct"),
                  Field("prospect_count", "int", "prospect_count"),
                  Field("climb_count", "int", "climb_count")]
        specs += [Field(f"climb_{slug}_count", "int", "climb_category_count", value)
                  for value, slug in CLIMB_CATEGORIES]
        specs += [Field("trame_km", "real", "trame_km"),
                  Field("trame_component_count", "int", "trame_component_count"),
                  Field("bridge_count", "int", "bridge_count"),
                  Field("pole_count", "int", "pole_count"),
                  Field("pole_connected_count", "int", "pole_connected_count")]
        return specs

    def row(self, geometry: Geometry, shapes: Optional[Shapes] = None) -> Figures:
        """The figures of one perimeter (shapely polygon, possibly empty): {field: value}, None
        for a figure whose input is missing. With ``shapes`` (a :class:`Shapes`), also fills in
        what the perimeter's map shows."""
        perimeter = Perimeter(geometry)
        figures: Figures = {f.name: None for f in self.fields()}
        if self.network is not None:
            figures.update(self._network(self.network, perimeter, shapes))
        if self.modes is not None:
            figures.update(self.modes.figures(perimeter))
        if self.aires is not None:
            inside = perimeter.covers(self.aires.xy)
            figures["aire_count"] = int(inside.sum())
            _breakdown(figures, aire_field, self.aires.kinds, inside)
            if shapes is not None:
                shapes.aires = self.aires.xy[inside]
        if self.establishments is not None:
            figures.update(self._establishments(self.establishments, perimeter, shapes))
        if self.routes is not None:
            intervals = clip(self.routes.lines, perimeter)
            length = intervals.length
            figures["veloroute_km"] = length / 1000.0
            figures["veloroute_covered_pct"] = (
                100.0 * self.routes.covered_length(intervals) / length if length > 0 else 0.0)
            if shapes is not None:
                shapes.routes = self.routes.lines.pieces(intervals)
        if self.climbs is not None:
            inside = perimeter.covers(self.climbs.top_xy)
            figures["climb_count"] = int(inside.sum())
            kept = [c for c, keep in zip(self.climbs.categories, inside.tolist()) if keep]
            for value, slug in CLIMB_CATEGORIES:
                figures[f"climb_{slug}_count"] = kept.count(value)
        if self.trame is not None:
            figures.update(self._trame(self.trame, perimeter, shapes))
        if self.poles is not None:
            inside = perimeter.covers(self.poles.xy)
            figures["pole_count"] = int(inside.sum())
            if self.poles.connected is not None:
                figures["pole_connected_count"] = int((inside & self.poles.connected).sum())
        return figures

    def _network(self, net: NetworkInput, perimeter: Perimeter,
                 shapes: Optional[Shapes]) -> Figures:
        clipped, intervals = net.clipped(perimeter)
        figures: Figures = {"network_km": clipped.total_length / 1000.0,
                   "node_count": int(perimeter.covers(net.graph.node_xy).sum())}
        part = intervals.line[clipped.edge_line]
        # float: bincount with weights (numpy's stubs say int)
        by_part = cast(FloatArray, np.bincount(part, weights=clipped.edge_length,
                                               minlength=net.part_count))
        everything = np.ones(net.part_count, dtype=bool)
        for name, breakdown in net.breakdowns.items():
            km = breakdown.counts(everything, by_part) / 1000.0
            for slug, value in zip(breakdown.slugs, km.tolist()):
                figures[f"{name}_{slug}_km"] = value
        if self.aires is not None:
            # aires farther than the attach distance from the perimeter's box cannot serve it
            near = perimeter.near(self.aires.xy, self.settings.max_attach_distance)
            figures["served_pct"], served = served_share(clipped, self.aires.xy[near],
                                                         self.settings)
            if shapes is not None and served is not None:
                pieces = served.coords
                shapes.served = [p for p, c in zip(pieces, served.covered.tolist()) if c]
                shapes.unserved = [p for p, c in zip(pieces, served.covered.tolist()) if not c]
        elif shapes is not None:
            shapes.network = clipped.edge_coords
        return figures

    def _establishments(self, est: EstablishmentsInput, perimeter: Perimeter,
                        shapes: Optional[Shapes]) -> Figures:
        inside = perimeter.covers(est.xy)
        labelled = inside & est.labelled
        figures: Figures = {"accueil_velo_count": int(labelled.sum())}
        _breakdown(figures, accueil_velo_field, est.categories, labelled)
        if est.eligible is not None:
            figures["prospect_count"] = int((inside & est.eligible & ~est.labelled).sum())
        if shapes is not None:
            shapes.labelled = est.xy[labelled]
        return figures

    def _trame(self, trame: TrameInput, perimeter: Perimeter,
               shapes: Optional[Shapes]) -> Figures:
        clipped, _ = trame.clipped(perimeter)
        bridges = components_and_bridges(clipped)
        if shapes is not None:
            shapes.trame = clipped.edge_coords
        return {"trame_km": clipped.total_length / 1000.0,
                "trame_component_count": int(clipped.component_count),
                "bridge_count": int(bridges.is_bridge.sum())}


def _breakdown(figures: Figures, name_of: Callable[[str], str], breakdown: Breakdown,
               mask: BoolArray) -> None:
    """Counts per value of ``breakdown`` where ``mask``, into the fields ``name_of(slug)``."""
    for slug, count in zip(breakdown.slugs, breakdown.counts(mask).tolist()):
        figures[name_of(slug)] = int(count)


def aire_field(slug: str) -> str:
    """``aire_<kind>_count``; a kind that starts with ``aire_`` (``aire_amenagee``) is not
    prefixed twice: ``aire_amenagee_count``."""
    kind = slug[len("aire_"):] if slug.startswith("aire_") and slug != "aire_" else slug
    return f"aire_{kind}_count"


def accueil_velo_field(slug: str) -> str:
    return f"accueil_velo_{slug}_count"


def served_share(clipped: network.Network, points: FloatArray, settings: Settings
                 ) -> Tuple[float, Optional[network_coverage.Stretches]]:
    """The share (%) of ``clipped`` within ``settings.max_distance`` of a point along it, the
    points attached to it within ``settings.max_attach_distance``: airesgap's figure on that
    network. Returns (share, stretches); (0, None) for an empty network."""
    if clipped.edge_count == 0:
        return 0.0, None
    located = network.locate_points(clipped, points, settings.max_attach_distance)
    refined, point_node = network.split_at(clipped, located)
    on = located.edge >= 0
    dist, nearest = network_coverage.distance_field(refined, point_node[on])
    stretches = network_coverage.stretches(refined, dist, nearest, settings.max_distance)
    return network_coverage.coverage_totals(refined, stretches)["coverage_pct"], stretches


def indicator_rows(inventory: Inventory, geometries: Iterable[Geometry],
                   shapes: Optional[List[Optional[Shapes]]] = None) -> List[Figures]:
    """One row per perimeter geometry (and its map in ``shapes``, a list, when given)."""
    rows: List[Figures] = []
    for geometry in geometries:
        drawn = Shapes() if shapes is not None else None
        rows.append(inventory.row(geometry, drawn))
        if shapes is not None:
            shapes.append(drawn)
    return rows


def change_fields(fields: Iterable[Field]) -> List[Field]:
    """With a comparison: each numeric field followed by ``<field>_prev`` and
    ``<field>_change``."""
    out: List[Field] = []
    for spec in fields:
        out += [spec, Field(f"{spec.name}_prev", spec.kind, "prev", spec.name),
                Field(f"{spec.name}_change", spec.kind, "change", spec.name)]
    return out


def with_changes(row: Mapping[str, Optional[float]],
                 previous: Optional[Mapping[str, Any]]) -> Figures:
    """``row`` with ``<field>_prev`` (from ``previous``, a dict or None) and ``<field>_change``
    (the difference; None when either is unknown; for a share, in percentage points)."""
    out: Figures = {}
    for name, current in row.items():
        before = previous.get(name) if previous is not None else None
        out[name] = current
        out[f"{name}_prev"] = before
        out[f"{name}_change"] = (current - before
                                 if current is not None and before is not None else None)
    return out


def _key(text: object) -> Optional[str]:
    return str(text).strip().casefold() if _has_value(text) else None


def match_previous(current: Iterable[Tuple[object, object]],
                   previous_rows: Sequence[Mapping[str, Any]]
                   ) -> Tuple[List[Optional[Mapping[str, Any]]], List[Mapping[str, Any]]]:
    """Pair each current perimeter, a (name, code) pair, with a row of an earlier table (dicts
    with ``name`` and perhaps ``code``): the row of the same official code when both have one,
    else the row of the same name (spaces trimmed, case ignored) unless both have codes and
    they differ. Returns (the previous row or None for each perimeter, the previous rows left
    unmatched)."""
    by_code: Dict[Optional[str], Mapping[str, Any]] = {}
    by_name: Dict[Optional[str], Mapping[str, Any]] = {}
    for row in previous_rows:
        if _key(row.get("code")) is not None:
            by_code.setdefault(_key(row.get("code")), row)
        if _key(row.get("name")) is not None:
            by_name.setdefault(_key(row.get("name")), row)
    matched: List[Optional[Mapping[str, Any]]] = []
    used: Set[int] = set()
    for name, code in current:
        found = by_code.get(_key(code)) if _key(code) is not None else None
        if found is None:
            found = by_name.get(_key(name))
            if (found is not None and _key(code) is not None
                    and _key(found.get("code")) is not None):
                found = None  # both have codes and they differ: another perimeter
        matched.append(found)
        if found is not None:
            used.add(id(found))
    return matched, [row for row in previous_rows if id(row) not in used]
