"""Accueil Vélo service of routes, composed once from ``route_coverage`` for the two algorithms
that report it: accueilvelocoverage (each route's stretches, gaps and summary, every
establishment's distance to the routes) and territoryindicators (the véloroutes' covered share,
the prospects).

What counts, the same for both: an establishment is *labelled* when its label value is true
(every one when there is no label field); a point of a route is *covered* when a labelled
establishment lies within the access distance of it, in a straight line (an access distance of
0 covers nothing); an establishment is *eligible* when a route passes within the access
distance, a *prospect* when eligible but not labelled. Establishments without a usable point
(NaN coordinates) are kept, never eligible.

Typical use::

    establishments = Establishments(xy, labelled_flags(label_values, len(xy)), categories)
    service = serve_routes(group_routes(parts, names), establishments, 5000.0)
    service.covered_pct, service.reach.prospect, service.routes[0].summary_rows()

Pure numpy (no QGIS); metres of a projected CRS.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Dict, List, Sequence, Tuple

import numpy as np

from ..inventory.data_model import is_true
from . import route_coverage
from .route_coverage import ALL, Gap, Route, Stretches

DEFAULT_ACCESS_DISTANCE_M = 5000.0  # the Accueil Vélo charter: within 5 km of the route
JOIN_TOLERANCE_M = 1.0  # route pieces whose ends are this close are one continuous line

# (establishment index, start_m, end_m) of each interval of a route within reach of one
Intervals = Tuple[np.ndarray, np.ndarray, np.ndarray]
SummaryRow = Dict[str, object]


def labelled_flags(values: Sequence[object] | None, count: int) -> np.ndarray:
    """Which of ``count`` establishments are labelled: those whose label value is true
    (``data_model.is_true``), or every one when there is no label field (``values`` None)."""
    if values is None:
        return np.ones(count, dtype=bool)
    return np.array([is_true(value) for value in values], dtype=bool).reshape(count)


@dataclass(frozen=True)
class Establishments:
    """``xy``: (p, 2) metres, a NaN row for an establishment without a usable point;
    ``labelled``: (p,) bool; ``categories``: the category of each (None for no value), or
    None when there is no category field."""

    xy: np.ndarray
    labelled: np.ndarray
    categories: Sequence[str | None] | None = None

    @cached_property
    def valid(self) -> np.ndarray:
        """(p,) bool: those with a usable point."""
        return np.isfinite(self.xy).all(axis=1)

    @cached_property
    def category_array(self) -> np.ndarray | None:
        """The categories as an object array (route_coverage's input), None without."""
        return None if self.categories is None else np.array(self.categories, dtype=object)

    @cached_property
    def category_names(self) -> List[str]:
        """The categories present, sorted ([] without a category field)."""
        if self.categories is None:
            return []
        return sorted({c for c in self.categories if c is not None})


@dataclass
class RouteService:
    """One route and the stretches of it within reach of labelled establishments, counted
    overall and per category of ``establishments.category_names``."""

    name: str
    route: Route
    intervals: Intervals
    stretches: Stretches
    establishments: Establishments

    @cached_property
    def gaps(self) -> List[Gap]:
        """Every uncovered stretch, of any length: overall (``ALL``) first, then per
        category."""
        return route_coverage.gaps(self.route, self.stretches, self.establishments.category_names)

    def gaps_at_least(self, min_length_m: float) -> List[Gap]:
        """The gaps at least ``min_length_m`` long."""
        return [gap for gap in self.gaps if gap.length_m >= min_length_m]

    @property
    def covered_length_m(self) -> float:
        """Metres within reach of a labelled establishment."""
        covered = np.asarray(self.stretches.covered, dtype=bool)
        return float(np.sum(np.asarray(self.stretches.length_m)[covered]))

    @property
    def longest_gap_m(self) -> float:
        """The longest stretch with no labelled establishment within reach (0 when none)."""
        return max([0.0] + [gap.length_m for gap in self.gaps if gap.category == ALL])

    def summary_rows(self) -> List[SummaryRow]:
        """``route_coverage.summary_rows`` of this route: the longest gaps of every length,
        the labelled establishments within reach overall and per category."""
        est = self.establishments
        counts = route_coverage.labelled_counts(self.intervals, est.category_array,
                                                est.category_names, est.labelled)
        return route_coverage.summary_rows(self.name, self.route, self.stretches, self.gaps,
                                           est.category_names, counts)

    @cached_property
    def _covered_profile(self) -> Tuple[np.ndarray, np.ndarray]:
        """(stretch bounds, covered metres from the start up to each bound)."""
        stretches = self.stretches
        bounds = np.append(stretches.start_m, stretches.end_m[-1:])
        covered = np.where(stretches.covered, stretches.length_m, 0.0)
        return bounds, np.concatenate([[0.0], np.cumsum(covered)])

    def covered_between(self, start_m: np.ndarray, end_m: np.ndarray) -> float:
        """Covered metres of the route between each pair of chainages, summed."""
        if not len(self.stretches) or not len(start_m):
            return 0.0
        bounds, cumulative = self._covered_profile
        return float((np.interp(end_m, bounds, cumulative)
                      - np.interp(start_m, bounds, cumulative)).sum())


def serve_route(route: Route, establishments: Establishments, access_distance: float,
                name: str = "") -> RouteService:
    """The coverage of ``route`` by the labelled establishments within ``access_distance``
    metres of it (straight line)."""
    counted = np.flatnonzero(establishments.valid & establishments.labelled)
    if access_distance > 0 and len(counted):
        found = route_coverage.establishment_intervals(route, establishments.xy[counted],
                                                       access_distance)
        intervals = (counted[found[0]], found[1], found[2])
    else:
        intervals = (np.empty(0, dtype=np.intp), np.empty(0), np.empty(0))
    stretches = route_coverage.coverage_stretches(
        route, intervals, establishments.category_array, establishments.category_names,
        establishments.labelled)
    return RouteService(name, route, intervals, stretches, establishments)


@dataclass(frozen=True)
class Reach:
    """Per establishment: straight-line distance (m) to the nearest route (NaN without a
    point, inf without routes), that route's index (-1 for none), the chainage (m) of the
    nearest point on it, whether it is eligible and whether it is a prospect."""

    distance_m: np.ndarray
    route_index: np.ndarray
    chainage_m: np.ndarray
    eligible: np.ndarray
    prospect: np.ndarray


def establishment_reach(routes: Sequence[Route], establishments: Establishments,
                        access_distance: float) -> Reach:
    """How far each establishment is from ``routes`` and which are eligible, prospects."""
    valid = establishments.valid
    count = len(valid)
    distance, chainage = np.full(count, np.nan), np.full(count, np.nan)
    route_index = np.full(count, -1)
    if valid.any():
        found = route_coverage.nearest_on_routes(routes, establishments.xy[valid])
        distance[valid], route_index[valid], chainage[valid] = found
    eligible = valid & (distance <= access_distance)
    return Reach(distance, route_index, chainage, eligible,
                 eligible & ~establishments.labelled)


@dataclass
class ServiceOfRoutes:
    """Every route's service, the reach of every establishment, and the figures of all the
    routes together."""

    routes: List[RouteService]
    reach: Reach
    establishments: Establishments

    @property
    def length_m(self) -> float:
        return sum(service.route.length for service in self.routes)

    @property
    def covered_m(self) -> float:
        return sum(service.covered_length_m for service in self.routes)

    @property
    def covered_pct(self) -> float:
        """The covered share of all the routes (0 for no length)."""
        length = self.length_m
        return 100.0 * self.covered_m / length if length else 0.0

    @property
    def longest_gap_m(self) -> float:
        return max([0.0] + [service.longest_gap_m for service in self.routes])


def serve_routes(named_routes: Sequence[Tuple[str, Route]], establishments: Establishments,
                 access_distance: float,
                 cancelled: Callable[[], bool] | None = None) -> ServiceOfRoutes | None:
    """The service of each (name, route) and the reach of the establishments; None when
    ``cancelled()`` turns true (asked before each route)."""
    services = []
    for name, route in named_routes:
        if cancelled is not None and cancelled():
            return None
        services.append(serve_route(route, establishments, access_distance, name))
    routes = [route for _, route in named_routes]
    reach = establishment_reach(routes, establishments, access_distance)
    return ServiceOfRoutes(services, reach, establishments)


def group_routes(parts: Sequence[np.ndarray], names: Sequence[str],
                 join_tolerance: float = JOIN_TOLERANCE_M) -> List[Tuple[str, Route]]:
    """The line parts grouped by name (in order of first appearance), each group ordered and
    oriented into one route (``route_coverage.assemble_route``)."""
    groups: Dict[str, List[np.ndarray]] = {}
    for name, part in zip(names, parts):
        groups.setdefault(name, []).append(part)
    return [(name, route_coverage.assemble_route(group, join_tolerance))
            for name, group in groups.items()]
