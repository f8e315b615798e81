"""What a rider reads on a climb sheet besides the figures: where the steepest section lies,
what the foot and the top are called, and the surface underfoot.

Pure Python on numpy and shapely (no QGIS): coordinates and distances in metres of one metric
CRS. Names and labels come in already translated; the caller formats the texts.
"""

from __future__ import annotations

import math
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, TypeVar, Union

import numpy as np

from ..arrays import ArrayLike, FloatArray
from ..inventory.checks import LinesIndex
from .profile import densify

Number = TypeVar("Number")

# A climb runs along a network section where it stays this close to it (digitised by two
# people, the same street is rarely drawn closer than a few metres) in the same direction
# (a street it only crosses does not count).
ALONG_TOLERANCE_M = 15.0
ALONG_ANGLE_DEG = 30.0
SAMPLE_STEP_M = 5.0  # the climb is measured on pieces this long
NEAR_NODE_M = 150.0  # a point-nœud this close names a foot or a top


def steepest_section(at_m: Optional[float], window_m: Optional[float],
                     length_m: Optional[float]) -> Optional[Tuple[float, float]]:
    """(start km, end km) of the steepest window that starts at ``at_m`` along a climb of
    ``length_m``: ``slopeprofile`` cuts the window to the climb's length. None when the climb
    has no steepest window (no data)."""
    if at_m is None or window_m is None or length_m is None:
        return None
    at, window, length = float(at_m), float(window_m), float(length_m)
    if not (math.isfinite(at) and math.isfinite(window) and math.isfinite(length)):
        return None
    end = min(at + min(window, length), length)
    return at / 1000.0, end / 1000.0


def surface_lengths(climb_xy: ArrayLike, sections: Union[LinesIndex, Sequence[FloatArray]],
                    surfaces: Sequence[Optional[str]], tolerance: float = ALONG_TOLERANCE_M,
                    step: float = SAMPLE_STEP_M) -> Dict[Optional[str], float]:
    """Metres of the climb (a (k, 2) polyline) along each surface of the network ``sections``
    (polylines, or their ``LinesIndex`` built once for many climbs; ``surfaces[i]`` the
    surface of section i, None or "" when unknown).

    The climb is cut into pieces of at most ``step`` metres; a piece whose middle lies within
    ``tolerance`` of a section, and that runs within ``ALONG_ANGLE_DEG`` of the direction of
    the section's nearest segment, counts for that section's surface. Returns
    {surface: metres} with the key None for the pieces along no section or along a section
    of unknown surface, so that the values add up to the climb's length."""
    chainage, points = densify(climb_xy, step)
    if len(points) < 2:
        return {None: 0.0}
    middles = (points[1:] + points[:-1]) / 2.0
    lengths = np.diff(chainage)
    heading = np.diff(points, axis=0) / lengths[:, None]
    index = sections if isinstance(sections, LinesIndex) else LinesIndex(sections)
    nearest, distance, direction = index.nearest_line(middles)
    parallel = np.abs((heading * direction).sum(axis=1)) >= math.cos(
        math.radians(ALONG_ANGLE_DEG))
    codes = np.array([s if s not in (None, "") else None for s in surfaces] + [None],
                     dtype=object)
    along = np.where((distance <= tolerance) & parallel, nearest, len(codes) - 1)
    totals = np.bincount(along, weights=lengths, minlength=len(codes))
    result: Dict[Optional[str], float] = {}
    for code, metres in zip(codes.tolist(), totals.tolist()):
        if metres > 0:
            result[code] = result.get(code, 0.0) + metres
    return result or {None: 0.0}


def surface_summary(lengths: Mapping[Optional[str], float], labels: Mapping[str, str],
                    unknown: str, alone_share: float = 0.95) -> str:
    """A line such as "Asphalt 72 %, Stabilised gravel 20 %, unknown 8 %" from ``lengths``
    ({surface: metres}, None for unknown), ``labels`` (surface -> text; a surface without a
    label is shown as it is) and the ``unknown`` text. Surfaces longest first, unknown last;
    a surface covering ``alone_share`` of the climb or more is named alone. Percentages are
    whole and add up to 100 (largest remainders)."""
    total = sum(lengths.values())
    known = sorted(((metres, code) for code, metres in lengths.items() if code is not None),
                   key=lambda item: -item[0])
    if total <= 0 or not known:
        return unknown
    if known[0][0] >= alone_share * total:
        return str(labels.get(known[0][1], known[0][1]))
    parts = [(labels.get(code, code), metres) for metres, code in known]
    if lengths.get(None, 0.0) > 0:
        parts.append((unknown, lengths[None]))
    shares = whole_percentages([metres for _, metres in parts])
    return ", ".join(f"{text} {share} %" for (text, _), share in zip(parts, shares)
                     if share > 0)


def whole_percentages(values: Sequence[float]) -> List[int]:
    """Whole percentages of ``values`` adding up to 100 (largest remainders first)."""
    total = float(sum(values))
    exact = [100.0 * v / total for v in values]
    shares = [math.floor(e) for e in exact]
    order = sorted(range(len(values)), key=lambda i: -(exact[i] - shares[i]))
    for i in order[:100 - sum(shares)]:
        shares[i] += 1
    return shares


def place(point: Sequence[float], poles: Sequence[Tuple[str, Any]],
          communes: Sequence[Tuple[str, Any]], nodes: Sequence[Tuple[Number, float, float]],
          near: float = NEAR_NODE_M) -> Tuple[Optional[str], Optional[str], Optional[Number]]:
    """What a foot or top at ``point`` (x, y) is called: (pôle, commune, node number), each
    None when there is none. ``poles`` and ``communes`` are (name, shapely polygon) pairs: the
    first that contains the point names it. ``nodes`` are (number, x, y): the nearest one
    within ``near`` metres."""
    from shapely.geometry import Point

    here = Point(point)
    pole = next((name for name, area in poles if area.covers(here)), None)
    commune = next((name for name, area in communes if area.covers(here)), None)
    node = None
    if nodes:
        xy = np.array([(x, y) for _, x, y in nodes], dtype=float)
        distance = np.hypot(xy[:, 0] - point[0], xy[:, 1] - point[1])
        closest = int(np.argmin(distance))
        if distance[closest] <= near:
            node = nodes[closest][0]
    return pole, commune, node
