"""A multi-day plan along an assembled route, what ``itinerance:planstages`` computes.

Pure numpy (no QGIS). The route is a :class:`route_coverage.Route`; the plan rides it from the
start chainage to the end chainage (backwards when the end comes first). The lodgings' detours
are given (straight, or along a network by :mod:`access`); the cut is :mod:`stages`'.
"""

from dataclasses import dataclass, field
from typing import List, Optional, Tuple, cast

import numpy as np

from ..network.route_coverage import Route, nearest_on_routes
from . import stages


@dataclass
class Lodgings:
    """The lodgings: ``xy`` (n, 2), ``labelled`` (Accueil Vélo), ``detour_m`` (inf when out of
    reach of the route by any path), ``names``."""

    xy: np.ndarray
    labelled: np.ndarray
    detour_m: np.ndarray
    names: List[str]


@dataclass
class Profile:
    """Elevations sampled along the route: ``chainage_m`` ascending, ``z_m`` (NaN: no data)."""

    chainage_m: np.ndarray
    z_m: np.ndarray


@dataclass
class StagePlan:
    """The plan: ``boundaries_m`` the start, the nights and the end as route chainages (in riding
    order); ``nights`` the lodging of each night; ``gain_m`` per day (None without a
    profile); ``reverse``: ridden against the route's direction; ``options``: (night, lodging)
    alternatives; ``candidates``: the lodgings within reach between start and end;
    ``chainage_m``: each lodging's route chainage (NaN when off any route)."""

    boundaries_m: np.ndarray
    nights: np.ndarray
    gain_m: Optional[np.ndarray]
    reverse: bool
    cost: float
    options: Tuple[np.ndarray, np.ndarray]
    candidates: np.ndarray
    chainage_m: np.ndarray
    stop_count: int = 0
    notes: List[str] = field(default_factory=list)

    @property
    def length_km(self) -> np.ndarray:
        return np.abs(np.diff(self.boundaries_m)) / 1000.0

    @property
    def day_count(self) -> int:
        return len(self.boundaries_m) - 1


def _riding(chainage_m: np.ndarray, start_m: float, end_m: float) -> np.ndarray:
    """Chainages as metres ridden from the start (negative before it)."""
    return (np.asarray(chainage_m, dtype=float) - start_m) * (1.0 if end_m >= start_m else -1.0)


def _cumulative_gain(profile: Optional[Profile], start_m: float, end_m: float,
                     at_m: np.ndarray) -> Optional[np.ndarray]:
    """Gain ridden from the start to each route chainage of ``at_m`` (riding direction)."""
    if profile is None:
        return None
    riding = _riding(profile.chainage_m, start_m, end_m)
    order = np.argsort(riding, kind="stable")
    return stages.cumulative_gain(riding[order], np.asarray(profile.z_m)[order],
                                  _riding(at_m, start_m, end_m))


def plan(route: Route, lodgings: Lodgings, start_m: float, end_m: float,
         max_detour_m: float, bounds: stages.DayBounds,
         profile: Optional[Profile] = None) -> StagePlan:
    """The optimal plan from ``start_m`` to ``end_m`` (route chainages); raises
    :class:`stages.StagesError` ``no_plan`` (details: ``blockage``, ``riding_m``) when none
    fits, ``order`` when start and end are one point."""
    bounds.check()
    _, _, chainage = nearest_on_routes([route], lodgings.xy)
    detour = np.asarray(lodgings.detour_m, dtype=float)
    within = np.isfinite(chainage) & (detour <= max_detour_m)
    riding = _riding(np.where(within, chainage, np.nan), start_m, end_m)
    total = abs(end_m - start_m)
    candidate = np.flatnonzero(within & (riding > 0) & (riding < total))
    prefer = bounds.labelled_weight > 0
    points = stages.stop_points(riding[candidate], detour[candidate],
                                lodgings.labelled[candidate], 0.0, total, prefer)
    route_m = start_m + points.chainage_m * (1.0 if end_m >= start_m else -1.0)
    gain_at = _cumulative_gain(profile, start_m, end_m, route_m)
    cut = stages.cut_days(points, bounds, gain_at)
    if not cut.feasible:
        raise stages.StagesError("no_plan", blockage=stages.blockage(points, cut, bounds),
                                 riding_m=points.chainage_m,
                                 lodging=candidate[np.maximum(points.lodging, 0)]
                                 if len(candidate) else np.full(len(points), -1))
    stops = cut.stops()
    nights = candidate[points.lodging[stops[1:-1]]]
    boundaries = route_m[stops]
    gain = None if gain_at is None else np.diff(gain_at[stops])
    cand_gain = _cumulative_gain(profile, start_m, end_m, chainage[candidate]) \
        if gain_at is not None else None
    night_idx, option = stages.lodging_options(
        riding[candidate], points.chainage_m[stops[1:-1]], 0.0, total, bounds, cand_gain,
        None if gain_at is None else gain_at[stops])
    return StagePlan(boundaries_m=boundaries, nights=nights, gain_m=gain,
                     reverse=end_m < start_m, cost=cut.cost,
                     options=(night_idx, candidate[option]), candidates=candidate,
                     chainage_m=chainage, stop_count=len(points) - 2)


def day_lines(route: Route, boundaries_m: np.ndarray) -> List[List[np.ndarray]]:
    """Each day's line: the route between consecutive boundaries, in riding order (a list of
    pieces, several where the route breaks)."""
    lo, hi = np.minimum(boundaries_m[:-1], boundaries_m[1:]), \
        np.maximum(boundaries_m[:-1], boundaries_m[1:])
    lines = route.sub_lines(lo, hi)
    if len(boundaries_m) > 1 and boundaries_m[-1] < boundaries_m[0]:
        lines = [[piece[::-1] for piece in reversed(pieces)] for pieces in lines]
    return lines


def stops_by_day(route: Route, boundaries_m: np.ndarray, xy: np.ndarray,
                 max_distance_m: float) -> Tuple[np.ndarray, np.ndarray]:
    """The points of ``xy`` within ``max_distance_m`` (straight) of the route between the start
    and the end: (day of each, 1-based, 0 when not on the way; riding metres from the day's
    start)."""
    distance, _, chainage = nearest_on_routes([route], xy)
    riding = _riding(chainage, boundaries_m[0], boundaries_m[-1])
    ends = _riding(boundaries_m, boundaries_m[0], boundaries_m[-1])
    day = stages.days_of(np.where(np.isfinite(riding), riding, -1.0), ends)
    day[~(distance <= max_distance_m)] = 0
    into = riding - ends[np.maximum(day - 1, 0)]
    return day, into


def nearest_named(xy: np.ndarray, names: List[str], at: Tuple[float, float]) -> Tuple[
        Optional[str], float]:
    """The name of the point of ``xy`` nearest to ``at`` and its distance (None, inf when
    there is none)."""
    pts = np.asarray(xy, dtype=float).reshape(-1, 2)
    if not len(pts):
        return None, float("inf")
    d = np.hypot(pts[:, 0] - at[0], pts[:, 1] - at[1])
    k = int(np.argmin(d))
    return names[k], float(d[k])


def describe_blockage(route: Route, error: stages.StagesError, start_m: float, end_m: float,
                      lodgings: Lodgings, places_xy: np.ndarray,
                      place_names: List[str]) -> dict:
    """The facts a "no plan" message gives: the stretch (riding km), the place nearest to it,
    the next lodging within reach after it and the lodging nearest to the stretch (any
    distance), with its distance to the route."""
    block = cast(stages.Blockage, error.details["blockage"])
    riding_m = cast(np.ndarray, error.details["riding_m"])
    lodging_of = cast(np.ndarray, error.details["lodging"])
    sign = 1.0 if end_m >= start_m else -1.0
    total = abs(end_m - start_m)
    a_m, b_m = min(block.stretch_start_m, total), min(block.stretch_end_m, total)
    middle = route.point_at(start_m + sign * 0.5 * (a_m + b_m))
    place, _ = nearest_named(places_xy, place_names, middle)
    facts = {"reason": block.reason, "from_km": block.reached_m / 1000.0,
             "at_start": block.reached == 0,
             "start_km": a_m / 1000.0, "end_km": b_m / 1000.0, "place": place,
             "next_name": None, "next_km": None, "nearest_name": None, "nearest_m": None}
    if block.next_m is not None:
        k = int(np.searchsorted(riding_m, block.next_m))
        facts["next_name"] = lodgings.names[int(lodging_of[k])]
        facts["next_km"] = block.next_m / 1000.0
    stretch = route.sub_line(min(start_m + sign * a_m, start_m + sign * b_m),
                             max(start_m + sign * a_m, start_m + sign * b_m))
    if stretch and len(lodgings.names):
        distance, _, _ = nearest_on_routes([Route(stretch)], lodgings.xy)
        k = int(np.argmin(distance))
        facts["nearest_name"], facts["nearest_m"] = lodgings.names[k], float(distance[k])
    return facts


__all__ = ["Lodgings", "Profile", "StagePlan", "day_lines", "describe_blockage",
           "nearest_named", "plan", "stops_by_day"]
