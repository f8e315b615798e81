"""Elevation profiles along lines: sampling, smoothing, gain and loss, grades, climbs, scores.

Pure numpy (no QGIS). A profile is two 1-D arrays of the same length: ``chainage`` (metres from
the start of the line, non-decreasing) and ``z`` (metres; NaN where the DEM has no data). Every
function works on whole arrays: no Python loop runs over samples (the loops below run over
nodata gaps, climbs or hysteresis swings, and their inner steps are numpy operations on blocks).

Scores
    * Strava climb score and category: score = length (m) x average grade (%); category 4 from
      8,000, 3 from 16,000, 2 from 32,000, 1 from 64,000, HC (hors catégorie) from 80,000, as
      Strava describes its climb categorisation ("How are climbs categorized?", Strava support).
    * FIETS index, devised by the Dutch cycling magazine Fiets to rate climbs:
      H^2 / (10 D) + max(0, (T - 1000) / 1000), with H the height climbed (m), D the distance
      (m) and T the altitude of the top (m); the second term only counts above 1,000 m.
"""

from __future__ import annotations

from typing import Dict, List, NamedTuple, Optional, Tuple, TypedDict, Union, overload

import numpy as np

from ..arrays import ArrayLike, FloatArray, IntArray

# Grade classes of the profiles, by the ABSOLUTE value of the grade: a 7 % descent is in the
# 6-10 % class like a 7 % climb. Bounds are [low, high): exactly 3 % is "3-6 %", exactly 10 %
# is ">10 %". NaN grades (no data) get NODATA_CLASS. Colours as on Tour de France profiles.
GRADE_BOUNDS_PCT = (3.0, 6.0, 10.0)
GRADE_CLASSES = (
    ("0–3 %", "#43a047"),   # green
    ("3–6 %", "#fdd835"),   # yellow
    ("6–10 %", "#fb8c00"),  # orange
    (">10 %", "#d32f2f"),   # red
)
NODATA_CLASS = -1
NODATA_COLOUR = "#bdbdbd"

STRAVA_CATEGORIES = (("HC", 80_000.0), ("1", 64_000.0), ("2", 32_000.0), ("3", 16_000.0),
                     ("4", 8_000.0))

SUMMARY_KEYS = ("length_m", "z_start_m", "z_end_m", "z_min_m", "z_max_m", "gain_m", "loss_m",
                "avg_grade_pct", "max_grade_pct", "max_grade_at_m", "strava_score", "category",
                "fiets_index", "nodata_m")
CLIMB_KEYS = ("start_m", "end_m", "length_m", "z_start_m", "z_end_m", "gain_m", "avg_grade_pct",
              "max_grade_pct", "max_grade_at_m", "strava_score", "category", "fiets_index")

_BLOCK = 256  # first block of the block-doubling searches

# The figures of a profile or a climb (SUMMARY_KEYS, CLIMB_KEYS): metres, percents and scores
# (None when undefined), and the Strava category (a str).
Summary = Dict[str, Optional[Union[float, str]]]


class Climb(TypedDict):
    """One climb (``CLIMB_KEYS``): metres, percents and scores (NaN when undefined)."""

    start_m: float
    end_m: float
    length_m: float
    z_start_m: float
    z_end_m: float
    gain_m: float
    avg_grade_pct: float
    max_grade_pct: float
    max_grade_at_m: float
    strava_score: float
    category: str
    fiets_index: float


class GradeClass(NamedTuple):
    code: int
    label: str
    low_pct: float
    high_pct: float
    colour: str


def grade_class_table() -> List[GradeClass]:
    """The grade classes as ``GradeClass`` records (code, label, low, high, colour)."""
    lows = (0.0,) + GRADE_BOUNDS_PCT
    highs = GRADE_BOUNDS_PCT + (float("inf"),)
    return [GradeClass(code, label, low, high, colour)
            for code, ((label, colour), low, high) in enumerate(zip(GRADE_CLASSES, lows, highs))]


# --------------------------------------------------------------------------------------------
# Sampling
# --------------------------------------------------------------------------------------------


def densify(xy: ArrayLike, step: float) -> Tuple[FloatArray, FloatArray]:
    """Points along a polyline at most ``step`` metres apart, keeping every vertex.

    ``xy`` is a (k, 2) array in a metric CRS (extra columns such as Z are ignored). Each segment
    is cut into ceil(length / step) equal parts, as QGIS's "Densify by interval" does (so the
    spacing is ``step`` or a little less, and corners are kept). Consecutive duplicate vertices
    are dropped. Returns (chainage, points): chainage (n,) in metres from the first vertex,
    points (n, 2). A line of zero length gives a single point at chainage 0.
    """
    pts = np.asarray(xy, dtype=np.float64)
    if pts.ndim != 2 or pts.shape[0] == 0 or pts.shape[1] < 2:
        raise ValueError("a line needs a (k, 2) array of at least one vertex")
    pts = pts[:, :2]
    if not np.isfinite(pts).all():
        raise ValueError("the line has NaN or infinite coordinates")
    step = float(step)
    if not (np.isfinite(step) and step > 0):
        raise ValueError(f"the sampling step must be a positive number of metres, got {step!r}")
    keep = np.ones(len(pts), dtype=bool)
    keep[1:] = np.any(pts[1:] != pts[:-1], axis=1)
    pts = pts[keep]
    if len(pts) == 1:
        return np.zeros(1), pts.copy()
    seg = np.diff(pts, axis=0)
    seglen = np.hypot(seg[:, 0], seg[:, 1])
    parts = np.maximum(np.ceil(seglen / step - 1e-9), 1).astype(np.int64)
    seg_idx = np.repeat(np.arange(len(parts)), parts)
    first = np.cumsum(parts) - parts
    t = (np.arange(seg_idx.size) - first[seg_idx]) / parts[seg_idx]
    cum = np.concatenate(([0.0], np.cumsum(seglen)))
    chainage = np.empty(seg_idx.size + 1)
    chainage[:-1] = cum[seg_idx] + t * seglen[seg_idx]
    chainage[-1] = cum[-1]
    points = np.empty((seg_idx.size + 1, 2))
    points[:-1] = pts[seg_idx] + t[:, None] * seg[seg_idx]
    points[-1] = pts[-1]
    return chainage, points


def auto_step(cell_size_m: ArrayLike) -> float:
    """The automatic sampling step: half a DEM cell, at least 1 m.

    ``cell_size_m`` is a number or an (x, y) pair (the smaller side is used).
    """
    sizes = np.atleast_1d(np.asarray(cell_size_m, dtype=np.float64))
    sizes = sizes[np.isfinite(sizes) & (sizes > 0)]
    if sizes.size == 0:
        return 1.0
    return max(1.0, float(sizes.min()) / 2.0)


def _profile(chainage: ArrayLike, z: ArrayLike) -> Tuple[FloatArray, FloatArray]:
    s = np.asarray(chainage, dtype=np.float64).reshape(-1)
    zz = np.asarray(z, dtype=np.float64).reshape(-1)
    if s.shape != zz.shape:
        raise ValueError(f"chainage and z differ in length ({s.size} and {zz.size})")
    if s.size and (not np.isfinite(s).all() or np.any(np.diff(s) < 0)):
        raise ValueError("chainage must be finite and non-decreasing")
    return s, zz


def _cell_lengths(s: FloatArray) -> FloatArray:
    """Length of line each sample stands for: half the spacing on each side."""
    w = np.zeros(s.size)
    if s.size > 1:
        half = np.diff(s) / 2.0
        w[:-1] += half
        w[1:] += half
    return w


def _valid_runs(z: FloatArray) -> List[Tuple[int, int]]:
    """(start, stop) index pairs of the runs of finite values."""
    valid = np.isfinite(z)
    edges = np.diff(np.concatenate(([False], valid, [False])).astype(np.int8))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()))


def interpolate_at(chainage: ArrayLike, z: ArrayLike, at: ArrayLike) -> FloatArray:
    """z linearly interpolated at chainages ``at`` (clamped to the profile's ends).

    NaN-aware: a value between a valid and a NaN sample is NaN, but a position that falls
    exactly on a valid sample returns it whatever its neighbours.
    """
    s, zz = _profile(chainage, z)
    at = np.asarray(at, dtype=np.float64)
    if s.size == 0:
        return np.full(at.shape, np.nan)
    if s.size == 1:
        return np.full(at.shape, zz[0])
    j = np.clip(np.searchsorted(s, at, side="right") - 1, 0, s.size - 2)
    s0, s1 = s[j], s[j + 1]
    z0, z1 = zz[j], zz[j + 1]
    span = s1 - s0
    with np.errstate(invalid="ignore", divide="ignore"):
        f = np.clip(np.where(span > 0, (at - s0) / np.where(span > 0, span, 1.0), 0.0), 0, 1)
        out = z0 + f * (z1 - z0)
    out = np.where(f == 0, z0, out)
    return np.where(f == 1, z1, out)


# --------------------------------------------------------------------------------------------
# Smoothing, gain and loss
# --------------------------------------------------------------------------------------------


def smooth(chainage: ArrayLike, z: ArrayLike, window_m: float) -> FloatArray:
    """Moving average of z over ``window_m`` metres of chainage centred on each sample.

    Each sample weighs the length of line it stands for (half the spacing on each side), so
    irregular spacing does not bias the mean. NaN samples stay NaN and are left out of their
    neighbours' means. Near the ends the window is cut by the line's ends. ``window_m`` = 0
    returns z unchanged (a copy).
    """
    s, zz = _profile(chainage, z)
    window_m = float(window_m)
    if not (np.isfinite(window_m) and window_m >= 0):
        raise ValueError(f"the smoothing window must be >= 0 m, got {window_m!r}")
    valid = np.isfinite(zz)
    if window_m == 0 or s.size < 2 or not valid.any():
        return zz.copy()
    ref = float(np.mean(zz[valid]))
    w = np.where(valid, _cell_lengths(s), 0.0)
    cz = np.concatenate(([0.0], np.cumsum(w * np.where(valid, zz - ref, 0.0))))
    cw = np.concatenate(([0.0], np.cumsum(w)))
    lo = np.searchsorted(s, s - window_m / 2.0, side="left")
    hi = np.searchsorted(s, s + window_m / 2.0, side="right")
    num = cz[hi] - cz[lo]
    den = cw[hi] - cw[lo]
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(den > 0, ref + num / np.where(den > 0, den, 1.0), zz)
    out[~valid] = np.nan
    return out


def _drawdown(a: FloatArray, start: int, ext: float,
              h: float) -> Tuple[Optional[int], float]:
    """First k >= start where ``max(ext, a[start..k]) - a[k]`` reaches h (exceeds 0 if h == 0).

    Returns (k, running max at k), or (None, final running max). Searches blocks of doubling
    size, so the cost is about the distance to the answer.
    """
    n = a.size
    size = _BLOCK
    while start < n:
        block = a[start:start + size]
        run = np.maximum.accumulate(block)
        np.maximum(run, ext, out=run)
        drop = run - block
        hit = drop >= h if h > 0 else drop > 0
        if hit.any():
            k = int(np.argmax(hit))
            return start + k, float(run[k])
        ext = float(run[-1])
        start += size
        size *= 2
    return None, ext


def _first_swing(a: FloatArray, h: float) -> Tuple[Optional[int], float, float]:
    """First index where a moved h away from its running min or max since a[0].

    Returns (index, running min, running max) or (None, min, max).
    """
    n = a.size
    lo = hi = float(a[0])
    start, size = 1, _BLOCK
    while start < n:
        block = a[start:start + size]
        run_lo = np.minimum(np.minimum.accumulate(block), lo)
        run_hi = np.maximum(np.maximum.accumulate(block), hi)
        hit = ((block - run_lo) >= h) | ((run_hi - block) >= h)
        if hit.any():
            k = int(np.argmax(hit))
            return start + k, float(run_lo[k]), float(run_hi[k])
        lo, hi = float(run_lo[-1]), float(run_hi[-1])
        start += size
        size *= 2
    return None, lo, hi


def _zigzag(a: FloatArray, h: float) -> Tuple[float, float]:
    """Gain and loss of a NaN-free run with the threshold filter of amplitude h > 0.

    The last turning point is the reference; a move counts once the profile has gone h beyond
    it, and the new turning point is confirmed once the profile turns back by h from its
    extreme. Before the first move, the reference is the lowest (or highest) point so far;
    after the last turn, a final move smaller than h is ignored.
    """
    n = a.size
    if n < 2:
        return 0.0, 0.0
    j, lo, hi = _first_swing(a, h)
    if j is None:
        return 0.0, 0.0
    up = a[j] - lo >= h
    ref = lo if up else hi
    gain = loss = 0.0
    neg = -a
    i = j + 1
    ext = float(a[j])
    while True:
        if up:
            k, peak = _drawdown(a, i, ext, h)
            if k is None:
                gain += peak - ref
                break
            gain += peak - ref
            ref, ext, up = peak, float(a[k]), False
        else:
            k, trough = _drawdown(neg, i, -ext, h)
            trough = -trough
            if k is None:
                loss += ref - trough
                break
            loss += ref - trough
            ref, ext, up = trough, float(a[k]), True
        i = k + 1
    return gain, loss


def gain_loss(z: ArrayLike, hysteresis: float = 0.0) -> Tuple[float, float]:
    """Cumulative climb and descent (gain, loss) in metres, both >= 0.

    With ``hysteresis`` h > 0, the standard threshold filter: the reference is the last turning
    point, and a climb (descent) only counts once the profile has risen (dropped) by h or more
    from it; it then counts fully, from the turning point to the next confirmed one (confirmed
    when the profile turns back by h). Changes smaller than h are thus ignored. With h = 0,
    every rise and drop between consecutive samples counts, so gain - loss = z_end - z_start.
    NaN samples split the profile: each valid stretch is filtered on its own and the jump
    across a nodata gap is not counted. Reversing the profile swaps gain and loss.
    """
    zz = np.asarray(z, dtype=np.float64).reshape(-1)
    h = float(hysteresis)
    if not (np.isfinite(h) and h >= 0):
        raise ValueError(f"the hysteresis must be >= 0 m, got {hysteresis!r}")
    if h == 0:
        d = np.diff(zz)
        d = d[np.isfinite(d)]
        return float(d[d > 0].sum()), 0.0 - float(d[d < 0].sum())
    gain = loss = 0.0
    for start, stop in _valid_runs(zz):
        g, l_ = _zigzag(zz[start:stop], h)
        gain += g
        loss += l_
    return gain, loss


# --------------------------------------------------------------------------------------------
# Grades
# --------------------------------------------------------------------------------------------


def _window_grades(s: FloatArray, z: FloatArray, a: FloatArray, b: FloatArray,
                   nan_count: IntArray) -> FloatArray:
    """(z(b) - z(a)) / (b - a) for chainage windows [a, b]; NaN when a window touches NaN."""
    za = interpolate_at(s, z, a)
    zb = interpolate_at(s, z, b)
    lo = np.searchsorted(s, a, side="left")
    hi = np.searchsorted(s, b, side="right")
    touches = (nan_count[hi] - nan_count[lo]) > 0
    span = b - a
    with np.errstate(invalid="ignore", divide="ignore"):
        grade = (zb - za) / np.where(span > 0, span, np.nan)
    grade[touches | ~np.isfinite(grade)] = np.nan
    return grade


def _nan_count(z: FloatArray) -> IntArray:
    return np.concatenate(([0], np.cumsum(~np.isfinite(z))))


def max_grade(chainage: ArrayLike, z: ArrayLike, window_m: float) -> Tuple[float, float]:
    """Steepest climb over ``window_m`` metres: (grade_pct, at_m).

    The largest (z(s + W) - z(s)) / W x 100 over all s, z interpolated linearly along the
    chainage. It is computed for windows starting at a sample and windows ending at a sample;
    as the difference is piecewise linear in s with its breaks exactly there, this is the exact
    maximum over every s. Windows touching a NaN sample are left out. W is cut to the length of
    the line, and to the longest stretch without NaN when no stretch of W metres is free of
    NaN. ``at_m`` is the chainage where the steepest window starts. (NaN, NaN) when no window
    exists (fewer than 2 valid samples in a row). A descending line gives a negative grade.
    """
    s, zz = _profile(chainage, z)
    window_m = float(window_m)
    if not (np.isfinite(window_m) and window_m > 0):
        raise ValueError(f"the grade window must be > 0 m, got {window_m!r}")
    runs = _valid_runs(zz)
    longest = max((s[stop - 1] - s[start] for start, stop in runs), default=0.0)
    if longest <= 0:
        return float("nan"), float("nan")
    width = min(window_m, longest)
    tol = 1e-9 * max(1.0, abs(s[-1]))
    starts = s[s + width <= s[-1] + tol]
    ends = s[s - width >= s[0] - tol] - width
    a = np.clip(np.concatenate((starts, ends)), s[0], s[-1] - width)
    grade = _window_grades(s, zz, a, a + width, _nan_count(zz))
    if not np.isfinite(grade).any():
        return float("nan"), float("nan")
    k = int(np.nanargmax(grade))
    return float(grade[k] * 100.0), float(a[k])


def grades(chainage: ArrayLike, z: ArrayLike, window_m: float = 0.0) -> FloatArray:
    """Grade (%) at each sample.

    ``window_m`` = 0: centred differences between the two neighbours,
    (z[i+1] - z[i-1]) / (s[i+1] - s[i-1]), one-sided at the ends and next to a NaN sample.
    ``window_m`` > 0: the mean grade over the window [s - W/2, s + W/2] (cut at the line's
    ends), z interpolated along the chainage; NaN when the window touches a NaN sample.
    NaN samples get NaN.
    """
    s, zz = _profile(chainage, z)
    n = s.size
    out = np.full(n, np.nan)
    if n < 2:
        return out
    window_m = float(window_m)
    if window_m > 0:
        a = np.clip(s - window_m / 2.0, s[0], s[-1])
        b = np.clip(s + window_m / 2.0, s[0], s[-1])
        out = _window_grades(s, zz, a, b, _nan_count(zz)) * 100.0
        out[~np.isfinite(zz)] = np.nan
        return out
    dz = np.diff(zz)
    ds = np.diff(s)
    ok = np.isfinite(dz) & (ds > 0)
    dz = np.where(ok, dz, 0.0)
    ds = np.where(ok, ds, 0.0)
    num = np.zeros(n)
    den = np.zeros(n)
    num[:-1] += dz
    den[:-1] += ds
    num[1:] += dz
    den[1:] += ds
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(den > 0, num / np.where(den > 0, den, 1.0) * 100.0, np.nan)
    out[~np.isfinite(zz)] = np.nan
    return out


@overload
def grade_class(grade_pct: float) -> int: ...


@overload
def grade_class(grade_pct: FloatArray) -> IntArray: ...


def grade_class(grade_pct: Union[float, FloatArray]) -> Union[int, IntArray]:
    """Grade class codes (index into ``GRADE_CLASSES``) by the ABSOLUTE value of the grade:
    0 for |g| < 3 %, 1 for 3-6 %, 2 for 6-10 %, 3 for 10 % and more; ``NODATA_CLASS`` (-1) for
    NaN. Returns an int array (an int for a scalar).
    """
    g = np.abs(np.asarray(grade_pct, dtype=np.float64))
    codes = np.searchsorted(np.asarray(GRADE_BOUNDS_PCT), g, side="right").astype(np.int64)
    codes = np.where(np.isfinite(g), codes, NODATA_CLASS)
    if codes.ndim == 0:
        return int(codes)
    return codes


# --------------------------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------------------------


def strava_score(length_m: float, avg_grade_pct: float) -> float:
    """Strava's climb score: length (m) x average grade (%) (negative for a descent)."""
    return float(length_m) * float(avg_grade_pct)


def strava_category(score: Optional[float]) -> str:
    """Strava's climb category for a score: "HC" from 80,000, "1" from 64,000, "2" from 32,000,
    "3" from 16,000, "4" from 8,000; "" below (not categorised) or for a missing score."""
    if score is None or not np.isfinite(score):
        return ""
    for label, threshold in STRAVA_CATEGORIES:
        if score >= threshold:
            return label
    return ""


def fiets_index(gain_m: float, length_m: float, top_m: float) -> float:
    """FIETS index of a climb (Fiets magazine): H^2 / (10 D) + max(0, (T - 1000) / 1000), with
    H the height climbed (m), D the distance (m), T the altitude of the top (m). NaN for D <= 0.
    """
    gain_m, length_m, top_m = float(gain_m), float(length_m), float(top_m)
    if not length_m > 0:
        return float("nan")
    return gain_m * gain_m / (10.0 * length_m) + max(0.0, (top_m - 1000.0) / 1000.0)


def _opt(value: Optional[float]) -> Optional[float]:
    """A finite float, or None."""
    if value is None:
        return None
    value = float(value)
    return value if np.isfinite(value) else None


def summarise(chainage: ArrayLike, z: ArrayLike, grade_window: float = 100.0,
              hysteresis: float = 0.0) -> Summary:
    """The figures of a profile, as a dict with the keys of ``SUMMARY_KEYS``.

    length_m: chainage span. z_start_m / z_end_m: z at the first / last sample (None on no
    data). z_min_m, z_max_m. gain_m, loss_m: ``gain_loss`` with ``hysteresis``.
    avg_grade_pct: the net grade (z_end - z_start) / length x 100; when an end is on no data,
    between the first and the last valid samples. max_grade_pct, max_grade_at_m: ``max_grade``
    over ``grade_window``. strava_score: net length x avg_grade_pct (the same span), category:
    its Strava category ("" when not categorised). fiets_index: with H the net rise (>= 0) over
    that span and T = z_max_m. nodata_m: length of line on no data (each NaN sample counts half
    the spacing on each side). Undefined values are None (all-NaN profile: every elevation
    figure None, category None, nodata_m = length_m).
    """
    s, zz = _profile(chainage, z)
    length = float(s[-1] - s[0]) if s.size else 0.0
    valid = np.isfinite(zz)
    out: Summary = dict.fromkeys(SUMMARY_KEYS)
    out["length_m"] = length
    if not valid.any():
        out["nodata_m"] = length
        return out
    out["nodata_m"] = float(_cell_lengths(s)[~valid].sum()) if s.size > 1 else 0.0
    first, last = np.flatnonzero(valid)[[0, -1]]
    out["z_start_m"] = _opt(zz[0])
    out["z_end_m"] = _opt(zz[-1])
    z_max = float(zz[valid].max())
    out["z_min_m"] = float(zz[valid].min())
    out["z_max_m"] = z_max
    out["gain_m"], out["loss_m"] = gain_loss(zz, hysteresis)
    span = float(s[last] - s[first])
    rise = float(zz[last] - zz[first])
    if span > 0:
        avg = rise / span * 100.0
        score = strava_score(span, avg)
        out["avg_grade_pct"] = avg
        out["strava_score"] = score
        out["category"] = strava_category(score)
        out["fiets_index"] = _opt(fiets_index(max(rise, 0.0), span, z_max))
        grade, at = max_grade(s, zz, grade_window)
        out["max_grade_pct"], out["max_grade_at_m"] = _opt(grade), _opt(at)
    else:
        out["category"] = ""
    return out


# --------------------------------------------------------------------------------------------
# Climbs
# --------------------------------------------------------------------------------------------


def _first_rise(e: FloatArray, start: int) -> Optional[int]:
    """First k >= start with e[k + 1] > e[k], or None."""
    n = e.size
    size = _BLOCK
    while start < n - 1:
        stop = min(start + size, n - 1)
        rising = e[start + 1:stop + 1] > e[start:stop]
        if rising.any():
            return start + int(np.argmax(rising))
        start = stop
        size *= 2
    return None


def _climb_cores(e: FloatArray, tolerance: float) -> List[Tuple[int, int]]:
    """(start, end) index pairs of the rises of e, merged across drops smaller than tolerance.

    A rise starts where e starts rising; it goes on until e has dropped by ``tolerance`` or
    more below its highest value since the start (by more than 0 if tolerance is 0). The span
    is then trimmed: it ends at its highest e (first occurrence) and starts at its lowest e
    before that (last occurrence).
    """
    spans: List[Tuple[int, int]] = []
    n = e.size
    i = 0
    while i < n - 1:
        k = _first_rise(e, i)
        if k is None:
            break
        j, _ = _drawdown(e, k + 1, float(e[k]), tolerance)
        stop = n if j is None else j
        part = e[k:stop]
        end = int(np.argmax(part))
        start = end - int(np.argmin(part[:end + 1][::-1]))
        if end > start:
            spans.append((k + start, k + end))
        if j is None:
            break
        i = j
    return spans


def _extend_climbs(z: FloatArray, e: FloatArray, ef: FloatArray,
                   cores: List[Tuple[int, int]], tolerance: float) -> List[Tuple[int, int]]:
    """Extend each core over the approach before it and the run-out after it while they climb
    at the flat grade or more (ef rising, with dips below tolerance), keeping the whole climb at
    the minimum grade (e at the end >= e at the start); then trim to the lowest and highest z.
    Climbs do not overlap: an extension stops at the neighbouring climbs.
    """
    n = z.size
    back = -ef[::-1]  # ef read backwards, negated: a rise of ef going back is a drawdown here
    climbs: List[Tuple[int, int]] = []
    previous_end = 0
    for index, (a, b) in enumerate(cores):
        limit = cores[index + 1][0] if index + 1 < len(cores) else n - 1
        j, _ = _drawdown(ef, b + 1, float(ef[b]), tolerance)
        stop = limit if j is None else min(j - 1, limit)
        keep = e[b:stop + 1] >= e[a]
        end = b + int(np.argmax(np.where(keep, ef[b:stop + 1], -np.inf)))
        ra = n - 1 - a
        j, _ = _drawdown(back, ra + 1, float(back[ra]), tolerance)
        low = previous_end if j is None else max(n - j, previous_end)
        keep = e[low:a + 1] <= e[end]
        part = np.where(keep, ef[low:a + 1], np.inf)[::-1]
        start = a - int(np.argmin(part))
        part = z[start:end + 1]
        top = int(np.argmax(part))
        foot = top - int(np.argmin(part[:top + 1][::-1]))
        if top > foot:
            climbs.append((start + foot, start + top))
            previous_end = start + top
    return climbs


def detect_climbs(chainage: ArrayLike, z: ArrayLike, min_grade_pct: float = 3.0,
                  min_length_m: float = 300.0, max_dip_m: float = 10.0,
                  flat_grade_pct: float = 1.0) -> List[Climb]:
    """The climbs of a profile, in order: a list of dicts with the keys of ``CLIMB_KEYS``.

    The rule, in three steps, with g = min_grade_pct / 100 and s the chainage:

    1. Cores. e(s) = z(s) - g s is the elevation in excess of a steady climb at the minimum
       grade: a stretch averages at least g exactly when e is higher at its end than at its
       start. A core is a rise of e that goes on through dips and easings as long as e does not
       fall ``max_dip_m`` metres below its highest value since the core started; a dip losing
       d metres over a length l costs d + g l (at 3 %, a 100 m dip losing 5 m costs 8 m and is
       merged; 500 m of flat road cost 15 m and end the core). A core runs from its lowest to
       its highest value of e.
    2. Approach and run-out. Each core is extended backwards over the approach and forwards
       over the run-out while they still climb at ``flat_grade_pct`` or more (the same rule
       with ``flat_grade_pct`` instead of g), as long as the whole climb still averages
       ``min_grade_pct``. Extensions stop at the neighbouring climbs: climbs never overlap.
    3. Trim. The climb is cut to end at its highest point and to start at its lowest point
       before that (first highest, last lowest: flat tops and bottoms are trimmed off). Climbs
       shorter than ``min_length_m`` are dropped.

    So every climb starts at its lowest and ends at its highest elevation, averages at least
    ``min_grade_pct``, never loses ``max_dip_m`` inside, and the road beyond its ends is
    flatter than ``flat_grade_pct`` (or descends, or is another climb). No climb crosses a
    nodata gap.

    Each climb: start_m, end_m (chainage), length_m, z_start_m (foot), z_end_m (top), gain_m
    (top - foot), avg_grade_pct, max_grade_pct and max_grade_at_m (steepest window of
    min(100 m, length)), strava_score, category (Strava), fiets_index.
    """
    s, zz = _profile(chainage, z)
    g = float(min_grade_pct) / 100.0
    gf = float(flat_grade_pct) / 100.0
    if not (np.isfinite(g) and g >= 0):
        raise ValueError(f"min_grade_pct must be >= 0, got {min_grade_pct!r}")
    if not (np.isfinite(gf) and 0 <= gf <= g):
        raise ValueError(f"flat_grade_pct must be between 0 and min_grade_pct, "
                         f"got {flat_grade_pct!r}")
    tolerance = float(max_dip_m)
    if not (np.isfinite(tolerance) and tolerance >= 0):
        raise ValueError(f"max_dip_m must be >= 0, got {max_dip_m!r}")
    climbs: List[Climb] = []
    for run_start, run_stop in _valid_runs(zz):
        rs = s[run_start:run_stop]
        rz = zz[run_start:run_stop]
        e = rz - g * (rs - rs[0])
        ef = rz - gf * (rs - rs[0])
        cores = _climb_cores(e, tolerance)
        for a, b in _extend_climbs(rz, e, ef, cores, tolerance):
            length = float(rs[b] - rs[a])
            if length >= float(min_length_m) - 1e-9 and length > 0:
                climbs.append(_climb(rs[a:b + 1], rz[a:b + 1]))
    return climbs


def _climb(s: FloatArray, z: FloatArray) -> Climb:
    """The figures of a climb from its foot (first sample) to its top (last sample)."""
    length = float(s[-1] - s[0])
    gain = float(z[-1] - z[0])
    avg = gain / length * 100.0
    steepest, at = max_grade(s, z, min(100.0, length))
    score = strava_score(length, avg)
    return {
        "start_m": float(s[0]), "end_m": float(s[-1]), "length_m": length,
        "z_start_m": float(z[0]), "z_end_m": float(z[-1]), "gain_m": gain,
        "avg_grade_pct": avg, "max_grade_pct": steepest, "max_grade_at_m": at,
        "strava_score": score, "category": strava_category(score),
        "fiets_index": fiets_index(gain, length, float(z[-1])),
    }
