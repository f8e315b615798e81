"""Multi-day stages along a route: where each night can be spent, and the optimal cut into days.

Pure numpy (no QGIS). Chainages and distances are metres; day lengths in the cost are km.

Stop points
    A lodging within reach of the route (its detour at most ``MAX_DETOUR_M``) gives a stop point:
    the route's point nearest to it, i.e. its chainage. Lodgings whose chainages lie within
    ``SAME_POINT_M`` of each other share one stop point; the plan keeps the best of them (the
    labelled one when labelled nights are preferred, then the shortest detour, then the first),
    and every one stays an option (:func:`lodging_options`). The first day starts at the start
    station's chainage, the last one ends at the end station's.

The cut
    Stop points p_0 (start) < p_1 < … < p_n (end). A plan is an increasing sequence
    p_0 = q_0 < q_1 < … < q_k = p_n; day d runs from q_{d-1} to q_d. Its cost is
    sum over days of (L_d − T)² (L_d in km, T the target) minus ``labelled_weight`` for every
    night at a labelled (Accueil Vélo) lodging, subject to MIN ≤ L_d ≤ MAX for every day (and the
    day's elevation gain ≤ MAX_DAY_GAIN when a profile is given). :func:`cut_days` finds the plan
    of least cost exactly, by dynamic programming over the stop points in chainage order: the
    best plan ending at p_j is the best, over the p_i with p_j − MAX ≤ p_i ≤ p_j − MIN (a
    contiguous range found by binary search), of the best plan ending at p_i plus that day.
    The cost is O(n·w), w the stop points in a window MAX − MIN long. Ties go to the earlier
    previous stop.

No plan
    When the end cannot be reached, :func:`blockage` names the stretch the plan cannot cross:
    from the farthest stop point a plan reaches (a), the next night would have to lie within
    [a + MIN, a + MAX] and none does (or the gain is too high on every such day, or the end is
    nearer than MIN and farther than MAX from every stop reached).
"""

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

import numpy as np

SAME_POINT_M = 1.0  # metres: lodgings whose route points are this close share a stop point
BOUND_SLACK_M = 1e-6  # metres: a day this much beyond a bound still fits (rounding)

# (DAY_MIN_KM, DAY_MAX_KM, DAY_TARGET_KM) of each rider profile
PROFILES: Dict[str, Tuple[float, float, float]] = {
    "balanced": (40.0, 70.0, 55.0),
    "family": (25.0, 45.0, 35.0),
    "sporty": (60.0, 110.0, 85.0),
}


class StagesError(ValueError):
    """Input the cut cannot take: ``code`` (bounds, target, weight, gain, order) and
    ``details``, for the caller to word in the user's language."""

    def __init__(self, code: str, **details: object) -> None:
        super().__init__(f"{code}: {details}")
        self.code = code
        self.details = details


@dataclass(frozen=True)
class DayBounds:
    """Day lengths (km) and the preference for labelled nights (km², the cost's unit)."""

    min_km: float
    max_km: float
    target_km: float
    labelled_weight: float = 0.0
    max_gain_m: Optional[float] = None  # None: no limit

    def check(self) -> None:
        """Refuse bounds that cannot hold, saying which."""
        if not (np.isfinite(self.min_km) and np.isfinite(self.max_km) and self.min_km >= 0):
            raise StagesError("bounds", min_km=self.min_km, max_km=self.max_km)
        if self.min_km > self.max_km or self.max_km <= 0:
            raise StagesError("bounds", min_km=self.min_km, max_km=self.max_km)
        if not self.min_km <= self.target_km <= self.max_km:
            raise StagesError("target", min_km=self.min_km, max_km=self.max_km,
                              target_km=self.target_km)
        if not (np.isfinite(self.labelled_weight) and self.labelled_weight >= 0):
            raise StagesError("weight", weight=self.labelled_weight)
        if self.max_gain_m is not None and not self.max_gain_m >= 0:
            raise StagesError("gain", max_gain_m=self.max_gain_m)


def profile_bounds(profile: str, min_km: Optional[float] = None,
                   max_km: Optional[float] = None,
                   target_km: Optional[float] = None) -> Tuple[float, float, float]:
    """The profile's (min, max, target) with each value given instead of the profile's."""
    defaults = PROFILES[profile]
    given = (min_km, max_km, target_km)
    return tuple(d if g is None else float(g) for d, g in zip(defaults, given))  # type: ignore


# --- stop points -----------------------------------------------------------------------------


@dataclass
class StopPoints:
    """Where days may end, in riding order: ``chainage_m`` (ascending; the first is the start,
    the last the end), ``lodging`` (the candidate kept at each point, −1 at the two ends),
    ``labelled`` (whether that lodging is labelled; False at the ends)."""

    chainage_m: np.ndarray
    lodging: np.ndarray
    labelled: np.ndarray

    def __len__(self) -> int:
        return len(self.chainage_m)


def stop_points(chainage_m: np.ndarray, detour_m: np.ndarray, labelled: np.ndarray,
                start_m: float, end_m: float, prefer_labelled: bool) -> StopPoints:
    """The stop points of the candidates (lodgings within reach: their chainage in riding order,
    detour, label) strictly between ``start_m`` and ``end_m``, one per group of chainages less
    than SAME_POINT_M apart, keeping its best lodging."""
    if not end_m > start_m:
        raise StagesError("order", start_m=start_m, end_m=end_m)
    chainage = np.asarray(chainage_m, dtype=float)
    inside = np.flatnonzero((chainage > start_m) & (chainage < end_m))
    inside = inside[np.argsort(chainage[inside], kind="stable")]
    along = chainage[inside]
    group = np.cumsum(np.concatenate([[True], np.diff(along) >= SAME_POINT_M])) - 1 \
        if len(inside) else np.zeros(0, dtype=np.int64)
    lab = np.asarray(labelled, dtype=bool)[inside]
    rank = ~lab if prefer_labelled else np.zeros(len(inside), dtype=bool)
    order = np.lexsort((inside, np.asarray(detour_m, dtype=float)[inside], rank, group))
    head = np.ones(len(order), dtype=bool)
    head[1:] = group[order][1:] != group[order][:-1]
    points = inside[order[head]]
    return StopPoints(
        chainage_m=np.concatenate([[start_m], chainage[points], [end_m]]),
        lodging=np.concatenate([[-1], points, [-1]]).astype(np.int64),
        labelled=np.concatenate([[False], np.asarray(labelled, dtype=bool)[points], [False]]))


# --- the cut ---------------------------------------------------------------------------------


@dataclass
class Cut:
    """The dynamic programme's tables: ``best[j]`` the least cost of a plan from the start to
    stop point j (inf: none), ``previous[j]`` the stop before j in it (−1)."""

    best: np.ndarray
    previous: np.ndarray

    @property
    def feasible(self) -> bool:
        return bool(np.isfinite(self.best[-1]))

    def stops(self) -> List[int]:
        """The stop points of the best plan, start to end (empty when there is none)."""
        if not self.feasible:
            return []
        path = [len(self.best) - 1]
        while path[-1] > 0:
            path.append(int(self.previous[path[-1]]))
        return path[::-1]

    @property
    def cost(self) -> float:
        return float(self.best[-1])


def day_cost(length_m: np.ndarray, bounds: DayBounds) -> np.ndarray:
    """(L − T)² in km² for days of ``length_m`` metres; inf outside [MIN, MAX]."""
    length = np.asarray(length_m, dtype=float)
    fits = (length >= bounds.min_km * 1000 - BOUND_SLACK_M) & \
        (length <= bounds.max_km * 1000 + BOUND_SLACK_M)
    return np.where(fits, (length / 1000.0 - bounds.target_km) ** 2, np.inf)


def cut_days(points: StopPoints, bounds: DayBounds,
             cumulative_gain_m: Optional[np.ndarray] = None) -> Cut:
    """The optimal plan over ``points`` (see the module's notes). ``cumulative_gain_m``: the
    elevation gain from the start to each stop point, when the days' gain is bounded."""
    bounds.check()
    c = np.asarray(points.chainage_m, dtype=float)
    n = len(c)
    bonus = np.where(points.labelled, bounds.labelled_weight, 0.0)
    bonus[-1] = 0.0
    max_gain_m = bounds.max_gain_m
    gain = np.asarray(cumulative_gain_m, dtype=float) \
        if cumulative_gain_m is not None and max_gain_m is not None else None
    # day i -> j fits when c[j] - MAX <= c[i] <= c[j] - MIN: i in [lo[j], hi[j])
    lo = np.searchsorted(c, c - bounds.max_km * 1000 - BOUND_SLACK_M, side="left")
    hi = np.minimum(np.searchsorted(c, c - bounds.min_km * 1000 + BOUND_SLACK_M, side="right"),
                    np.arange(n))
    best = np.full(n, np.inf)
    previous = np.full(n, -1, dtype=np.int64)
    best[0] = 0.0
    # Stops whose every possible previous stop lies before stop j form one batch, solved at
    # once: a day is at least MIN long, so a batch spans about MIN of route and the loop runs
    # about length / MIN times, not once per stop. hi is non-decreasing.
    j = 1
    while j < n:
        end = max(int(np.searchsorted(hi, j, side="right")), j + 1)
        batch = np.arange(j, end)
        width = int(max((hi[batch] - lo[batch]).max(), 1))
        prev = lo[batch, None] + np.arange(width)
        ok = prev < hi[batch, None]
        prev = np.minimum(prev, n - 1)
        total = np.where(ok, best[prev] + day_cost(c[batch, None] - c[prev], bounds), np.inf)
        if gain is not None and max_gain_m is not None:
            total[gain[batch, None] - gain[prev] > max_gain_m + BOUND_SLACK_M] = np.inf
        k = np.argmin(total, axis=1)  # the first of the least: the earliest previous stop
        found = np.isfinite(total[np.arange(len(batch)), k])
        best[batch[found]] = total[np.arange(len(batch)), k][found] - bonus[batch[found]]
        previous[batch[found]] = prev[np.arange(len(batch)), k][found]
        j = end
    return Cut(best, previous)


def plan_cost(points: StopPoints, stops: List[int], bounds: DayBounds,
              cumulative_gain_m: Optional[np.ndarray] = None) -> float:
    """The cost of the plan through ``stops`` (indices of points, start to end): inf when a day
    breaks a bound. What :func:`cut_days` minimises, written plainly."""
    c = np.asarray(points.chainage_m, dtype=float)
    total = 0.0
    for i, j in zip(stops[:-1], stops[1:]):
        total += float(day_cost(np.array([c[j] - c[i]]), bounds)[0])
        if cumulative_gain_m is not None and bounds.max_gain_m is not None and \
                cumulative_gain_m[j] - cumulative_gain_m[i] > bounds.max_gain_m + BOUND_SLACK_M:
            return np.inf
        if j != len(c) - 1 and points.labelled[j]:
            total -= bounds.labelled_weight
    return total


# --- when there is no plan -------------------------------------------------------------------


@dataclass(frozen=True)
class Blockage:
    """Where the plan stops: ``reached_m`` the farthest stop point a plan reaches (its index
    ``reached``); the next night should lie in [``stretch_start_m``, ``stretch_end_m``];
    ``reason``: no_stop (no stop point there), gain (every day there climbs too much),
    end (the end is nearer than MIN or farther than MAX from every stop reached: the stretch is
    then where a last night would have to be); ``next_m``: the first stop point after the
    stretch (None when there is none)."""

    reason: str
    reached: int
    reached_m: float
    stretch_start_m: float
    stretch_end_m: float
    next_m: Optional[float]


def blockage(points: StopPoints, cut: Cut, bounds: DayBounds) -> Blockage:
    """The first stretch the plan cannot cross (only when ``cut`` is not feasible)."""
    c = np.asarray(points.chainage_m, dtype=float)
    end = float(c[-1])
    reached = int(np.flatnonzero(np.isfinite(cut.best[:-1]))[-1])
    a = float(c[reached])
    lo_m, hi_m = a + bounds.min_km * 1000, a + bounds.max_km * 1000
    if end < lo_m - BOUND_SLACK_M:
        # the end is too near every stop reached: a last night is needed MIN to MAX before it
        return Blockage("end", reached, a, max(end - bounds.max_km * 1000, 0.0),
                        max(end - bounds.min_km * 1000, 0.0), None)
    if end <= hi_m + BOUND_SLACK_M:
        return Blockage("gain", reached, a, lo_m, end, None)
    # a stop point of the window reached would be farther than a: there is none, or every
    # day to one climbs too much
    inner = c[1:-1]
    window = (inner >= lo_m - BOUND_SLACK_M) & (inner <= hi_m + BOUND_SLACK_M)
    return Blockage("gain" if window.any() else "no_stop", reached, a, lo_m, hi_m,
                    _next_after(c, hi_m))


def _next_after(c: np.ndarray, at_m: float) -> Optional[float]:
    later = c[:-1][c[:-1] > at_m]
    return float(later[0]) if len(later) else None


# --- the plan's nights and their alternatives ------------------------------------------------


def lodging_options(candidate_m: np.ndarray, night_m: np.ndarray, start_m: float,
                    end_m: float, bounds: DayBounds, candidate_gain: Optional[np.ndarray] = None,
                    boundary_gain: Optional[np.ndarray] = None) -> Tuple[np.ndarray, np.ndarray]:
    """The alternatives of each night: the candidates where that night could be spent instead,
    the other nights unchanged (both days around it still within the bounds, and within the
    gain limit when ``candidate_gain`` and ``boundary_gain``, the cumulative gains at the
    candidates and at the start, the nights and the end, are given). ``candidate_m``: every
    candidate's chainage in riding order; ``night_m``: the plan's nights, ascending. Returns
    (night index, candidate index) pairs, by night then chainage."""
    nights = np.asarray(night_m, dtype=float)
    before = np.concatenate([[start_m], nights[:-1]])
    after = np.concatenate([nights[1:], [end_m]])
    low = np.maximum(before + bounds.min_km * 1000, after - bounds.max_km * 1000)
    high = np.minimum(before + bounds.max_km * 1000, after - bounds.min_km * 1000)
    cand = np.asarray(candidate_m, dtype=float)
    order = np.argsort(cand, kind="stable")
    first = np.searchsorted(cand[order], low - BOUND_SLACK_M, side="left")
    last = np.searchsorted(cand[order], high + BOUND_SLACK_M, side="right")
    counts = np.maximum(last - first, 0)
    night = np.repeat(np.arange(len(nights)), counts)
    taken = order[np.repeat(first, counts) + np.arange(counts.sum())
                  - np.repeat(np.cumsum(counts) - counts, counts)]
    if candidate_gain is not None and boundary_gain is not None and \
            bounds.max_gain_m is not None:
        limit = bounds.max_gain_m + BOUND_SLACK_M
        at = np.asarray(candidate_gain, dtype=float)[taken]
        ok = (at - boundary_gain[night] <= limit) & (boundary_gain[night + 2] - at <= limit)
        night, taken = night[ok], taken[ok]
    return night, taken


def cumulative_gain(chainage_m: np.ndarray, z: np.ndarray, at_m: np.ndarray) -> np.ndarray:
    """The elevation gain (m) from the profile's start to each chainage of ``at_m``: every rise
    between samples counts (NaN samples count none), linear between samples."""
    s = np.asarray(chainage_m, dtype=float)
    rise = np.diff(np.asarray(z, dtype=float))
    rise = np.where(np.isfinite(rise) & (rise > 0), rise, 0.0)
    return np.interp(np.asarray(at_m, dtype=float), s, np.concatenate([[0.0], np.cumsum(rise)]))


def days_of(chainage_m: np.ndarray, boundaries_m: np.ndarray) -> np.ndarray:
    """The day (1-based) whose stretch holds each chainage; 0 before the start and beyond the
    end. ``boundaries_m``: the start, the nights and the end, ascending."""
    bounds_m = np.asarray(boundaries_m, dtype=float)
    at = np.asarray(chainage_m, dtype=float)
    day = np.searchsorted(bounds_m, at, side="right")
    day[(at < bounds_m[0]) | (at > bounds_m[-1])] = 0
    return np.minimum(day, len(bounds_m) - 1)


__all__ = ["Blockage", "Cut", "DayBounds", "PROFILES", "StagesError", "StopPoints", "blockage",
           "cumulative_gain", "cut_days", "day_cost", "days_of", "lodging_options",
           "plan_cost", "profile_bounds", "stop_points"]
