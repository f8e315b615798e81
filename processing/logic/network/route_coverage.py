"""Accueil Vélo straight-line coverage of routes: exact circle–segment geometry, no buffers.

A point of a route is *covered* when a labelled establishment lies within the access distance R
(metres, straight line) of it. For a segment P(t) = A + t·(B − A), t in [0, 1], and a centre C, the
covered parameters are the solutions of |P(t) − C|² ≤ R², a quadratic in t: an interval around
the foot of the perpendicular from C, clipped to [0, 1]. Intervals are mapped to chainage (metres
along the route), merged per establishment, then cut into stretches of constant counts.

Everything is in the metres of a projected CRS. Pure numpy / scipy: no QGIS here.

Typical use (the QGIS glue does this per route)::

    route = assemble_route(parts)                      # parts: list of (k, 2) arrays
    intervals = establishment_intervals(route, xy, radius)
    stretches = coverage_stretches(route, intervals, categories, names, labelled)
    found = gaps(route, stretches, names, min_gap_length)
    lines = route.sub_lines(stretches.start_m, stretches.end_m)  # geometries, per stretch
    rows = summary_rows(name, route, stretches, gaps(route, stretches, names), names,
                        labelled_counts(intervals, categories, names, labelled))
    dist, route_index, chainage = nearest_on_routes(routes, xy)
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Mapping, NamedTuple, Optional, Sequence, Tuple

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from ..arrays import AnyArray, ArrayLike, BoolArray, FloatArray, IntArray

ALL = "all"  # the category of rows and gaps that count every labelled establishment

# Intervals of one establishment closer than this (metres) are one interval: it only absorbs the
# rounding of the quadratic where the circle passes exactly through a vertex.
MERGE_EPSILON = 1e-6

# Vertices closer than this (metres) to the previous one are dropped: a rounding-sized segment
# has no direction and would only add noise to the quadratic.
MIN_SEGMENT = 1e-9

_CHUNK_QUERIES = 512  # establishments (or points) per KD-tree batch: bounds the memory of pairs


# (establishment index, start_m, end_m) arrays, as :func:`establishment_intervals` returns them
Intervals = Tuple[ArrayLike, ArrayLike, ArrayLike]


class Jump(NamedTuple):
    """A break in a route: the straight hop between two pieces, not counted in the length."""

    chainage_m: float  # where the route breaks: end of one piece, start of the next
    length_m: float  # straight distance across the break
    from_xy: Tuple[float, float]
    to_xy: Tuple[float, float]


class Gap(NamedTuple):
    """An uncovered stretch of a route, for every labelled establishment (``all``) or a category."""

    category: str
    start_m: float
    end_m: float
    length_m: float


def _lerp(a: Any, b: Any, t: Any) -> Any:
    """(1 − t)·a + t·b: unlike a + t·(b − a), it gives exactly a at t = 0 and exactly b at t = 1."""
    return (1.0 - t) * a + t * b


def _clean_part(part: ArrayLike) -> Optional[FloatArray]:
    """A part as a (k, 2) float array without repeated consecutive vertices (None if degenerate)."""
    coords = np.asarray(part, dtype=float)
    if coords.ndim != 2 or coords.shape[1] < 2:
        raise ValueError(f"a route part must be a (k, 2) array of coordinates, got {coords.shape}")
    coords = coords[:, :2]
    if not np.isfinite(coords).all():
        raise ValueError("a route part has non-finite coordinates (NaN or infinity)")
    if len(coords) == 0:
        return None
    keep = np.ones(len(coords), dtype=bool)
    keep[1:] = np.hypot(*np.diff(coords, axis=0).T) > MIN_SEGMENT
    coords = coords[keep]
    return coords if len(coords) >= 2 else None


class Route:
    """An ordered, oriented route: pieces joined end to end in chainage, breaks between them.

    ``pieces``: list of (k, 2) arrays, in route order (built as given: :func:`assemble_route`
    orders unordered parts). ``piece_start``, ``piece_end``: chainage (m) at the ends of each
    piece; a piece's end and the next one's start have the same chainage. ``length``: metres,
    the sum of the piece lengths (breaks are not counted). ``jumps``: one :class:`Jump` between
    each pair of consecutive pieces. ``vertex_m``: chainage of every vertex, per piece.
    ``seg_a``, ``seg_b``, ``seg_start_m``, ``seg_end_m``, ``seg_piece``: every segment, its
    chainages and its piece.
    ``n_parts``, ``n_chains``, ``n_skipped_parts``: what :func:`assemble_route` made of its input.
    """

    def __init__(self, pieces: Iterable[ArrayLike], n_parts: Optional[int] = None,
                 n_chains: Optional[int] = None, n_skipped_parts: int = 0) -> None:
        cleaned = [_clean_part(piece) for piece in pieces]
        self.pieces: List[FloatArray] = [p for p in cleaned if p is not None]
        self.n_parts = len(self.pieces) if n_parts is None else n_parts
        self.n_chains = len(self.pieces) if n_chains is None else n_chains
        self.n_skipped_parts = n_skipped_parts + sum(p is None for p in cleaned)

        # One cumulative sum over every segment of every piece, so that the end of a piece and
        # the start of the next share exactly the same chainage value.
        if self.pieces:
            seg_a = np.concatenate([p[:-1] for p in self.pieces])
            seg_b = np.concatenate([p[1:] for p in self.pieces])
        else:
            seg_a = seg_b = np.empty((0, 2))
        seg_len = np.hypot(*(seg_b - seg_a).T)
        cum = np.concatenate([[0.0], np.cumsum(seg_len)])
        counts = np.array([len(p) - 1 for p in self.pieces], dtype=int)
        offsets = np.concatenate([[0], np.cumsum(counts)])
        self.vertex_m: List[FloatArray] = [
            cum[offsets[k] : offsets[k + 1] + 1] for k in range(len(self.pieces))
        ]
        self.piece_start = cum[offsets[:-1]]
        self.piece_end = cum[offsets[1:]]
        self.length = float(cum[-1])
        self.seg_a, self.seg_b = seg_a, seg_b
        self.seg_start_m, self.seg_end_m = cum[:-1], cum[1:]
        self.seg_piece = np.repeat(np.arange(len(self.pieces)), counts)
        # All vertices in route order (a piece's end and the next piece's start both kept).
        self._all_xy = np.concatenate(self.pieces) if self.pieces else np.empty((0, 2))
        self._all_m = np.concatenate(self.vertex_m) if self.pieces else np.empty(0)
        self._vertex_offset = np.concatenate([[0], np.cumsum([len(p) for p in self.pieces])])
        self.jumps: List[Jump] = []
        for k in range(1, len(self.pieces)):
            end, start = self.pieces[k - 1][-1], self.pieces[k][0]
            self.jumps.append(
                Jump(
                    float(self.piece_start[k]),
                    float(math.hypot(*(start - end))),
                    (float(end[0]), float(end[1])),
                    (float(start[0]), float(start[1])),
                )
            )

    def __repr__(self) -> str:
        return (
            f"Route(length={self.length:.1f} m, pieces={len(self.pieces)}, "
            f"chains={self.n_chains}, jumps={len(self.jumps)})"
        )

    def _check_chainage(self, chainage: ArrayLike) -> FloatArray:
        """Chainages clipped to [0, length]; values beyond it by more than rounding are errors."""
        values = np.asarray(chainage, dtype=float)
        slack = 1e-9 * max(1.0, self.length)
        if np.any(values < -slack) or np.any(values > self.length + slack):
            raise ValueError(f"chainage outside the route [0, {self.length:.3f}] m")
        return np.clip(values, 0.0, self.length)

    def points_at(self, chainages: ArrayLike) -> FloatArray:
        """(n, 2) points at the given chainages (metres); at a break, the next piece's start."""
        if not self.pieces:
            raise ValueError("the route is empty")
        values = self._check_chainage(chainages).reshape(-1)
        seg = np.searchsorted(self.seg_start_m, values, side="right") - 1
        seg = np.clip(seg, 0, len(self.seg_start_m) - 1)
        m0, m1 = self.seg_start_m[seg], self.seg_end_m[seg]
        t = np.clip((values - m0) / (m1 - m0), 0.0, 1.0)[:, None]
        return _lerp(self.seg_a[seg], self.seg_b[seg], t)

    def point_at(self, chainage: float) -> Tuple[float, float]:
        """(x, y) of the point at ``chainage`` metres along the route."""
        x, y = self.points_at([chainage])[0]
        return float(x), float(y)

    def sub_line(self, start_m: float, end_m: float) -> List[FloatArray]:
        """The route between two chainages: a list of (k, 2) polylines, one per piece it spans.

        Ends are interpolated exactly; empty list when ``end_m <= start_m``.
        """
        return self.sub_lines([start_m], [end_m])[0]

    def sub_lines(self, starts_m: ArrayLike, ends_m: ArrayLike) -> List[List[FloatArray]]:
        """:meth:`sub_line` for many stretches at once (vectorised): a list of lists."""
        starts = self._check_chainage(starts_m).reshape(-1)
        ends = self._check_chainage(ends_m).reshape(-1)
        if len(starts) != len(ends):
            raise ValueError("as many start chainages as end chainages are needed")
        result: List[List[FloatArray]] = [[] for _ in range(len(starts))]
        if not self.pieces:
            return result
        # Every (stretch, piece) overlap of positive length, in stretch then piece order.
        k0 = np.searchsorted(self.piece_end, starts, side="right")
        k1 = np.searchsorted(self.piece_start, ends, side="left")
        n = np.maximum(k1 - k0, 0)
        which = np.repeat(np.arange(len(starts)), n)
        piece = np.repeat(k0, n) + (np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n))
        a = np.maximum(starts[which], self.piece_start[piece])
        b = np.minimum(ends[which], self.piece_end[piece])
        ok = b > a
        which, piece, a, b = which[ok], piece[ok], a[ok], b[ok]
        if not len(which):
            return result

        # Vertices strictly inside (a, b), and the interpolated ends, gathered in one take.
        vm, first, last = self._all_m, self._vertex_offset[piece], self._vertex_offset[piece + 1]
        lo = np.clip(np.searchsorted(vm, a, side="right"), first, last)
        hi = np.clip(np.searchsorted(vm, b, side="left"), lo, last)

        def at(chainage: FloatArray) -> FloatArray:
            j = np.clip(np.searchsorted(vm, chainage, side="right") - 1, first, last - 2)
            t = np.clip((chainage - vm[j]) / (vm[j + 1] - vm[j]), 0.0, 1.0)[:, None]
            return _lerp(self._all_xy[j], self._all_xy[j + 1], t)

        n_rows = hi - lo + 2
        row_end = np.cumsum(n_rows)
        take = np.arange(row_end[-1]) - np.repeat(row_end - n_rows, n_rows)  # 0.. within a line
        take = take + np.repeat(lo - 1, n_rows)
        coords = self._all_xy[np.clip(take, 0, len(vm) - 1)]
        coords[row_end - n_rows] = at(a)
        coords[row_end - 1] = at(b)
        for i, line in zip(which, np.split(coords, row_end[:-1])):
            result[i].append(line)
        return result


# --- assembling unordered parts into a route --------------------------------------------------


def _cluster_ends(ends: FloatArray, tolerance: float) -> IntArray:
    """Node id of each end point: ends within ``tolerance`` (transitively) share a node."""
    pairs = cKDTree(ends).query_pairs(max(float(tolerance), 0.0), output_type="ndarray")
    graph = coo_matrix(
        (np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(ends), len(ends))
    )
    return connected_components(graph, directed=False)[1]


def _join(coords_list: Sequence[FloatArray]) -> FloatArray:
    """Concatenate oriented polylines, dropping a vertex repeated at a junction."""
    out = [coords_list[0]]
    for coords in coords_list[1:]:
        out.append(coords[1:] if np.array_equal(out[-1][-1], coords[0]) else coords)
    return np.vstack(out)


def _chains(parts: Sequence[FloatArray], node: IntArray) -> List[List[Tuple[int, bool]]]:
    """Merge parts into chains that stop at nodes of degree ≠ 2 (like shapely's linemerge).

    ``node[2i]``, ``node[2i + 1]``: nodes of the start and end of part i. Returns a list of lists of
    (part index, reversed) in walking order.
    """
    n_nodes = int(node.max()) + 1
    incidences: List[List[int]] = [[] for _ in range(n_nodes)]
    for end_index, n in enumerate(node):
        incidences[n].append(end_index)
    degree = np.array([len(i) for i in incidences])
    used = np.zeros(len(parts), dtype=bool)

    def walk(end_index: int) -> List[Tuple[int, bool]]:
        """Follow parts from the end ``end_index`` through nodes of degree 2."""
        chain: List[Tuple[int, bool]] = []
        while True:
            part, reverse = divmod(end_index, 2)
            used[part] = True
            chain.append((part, bool(reverse)))
            far = node[2 * part + (1 - reverse)]
            if degree[far] != 2:
                return chain
            nxt = [e for e in incidences[far] if not used[e // 2]]
            if not nxt:
                return chain
            end_index = nxt[0]

    chains: List[List[Tuple[int, bool]]] = []
    for n in range(n_nodes):
        if degree[n] != 2:
            for end_index in incidences[n]:
                if not used[end_index // 2]:
                    chains.append(walk(end_index))
    for part in range(len(parts)):  # what is left are closed cycles through degree-2 nodes
        if not used[part]:
            chains.append(walk(2 * part))
    return chains


def assemble_route(parts: Iterable[ArrayLike], join_tolerance: float = 1.0) -> Route:
    """Order and orient unordered single-part polylines into one :class:`Route`.

    ``parts``: list of (k, 2) arrays (metres, a projected CRS), in any order and direction.
    Parts whose ends lie within ``join_tolerance`` metres share a node; parts are merged into
    chains that stop at nodes of degree ≠ 2 (junctions, dead ends), like shapely's linemerge.
    Chains are then put in the order that keeps the straight jumps between them short (greedy
    matching of the nearest chain ends, the longest chains first at a junction, then local
    search), and the route runs from its end with the smaller x (then y). Consecutive chains
    closer than ``join_tolerance`` form one piece (the short connector counts in the length);
    farther ones are separated by a :class:`Jump`. The result does not depend on the order or
    direction of the parts.

    Parts with fewer than two distinct vertices are skipped and counted in ``n_skipped_parts``.
    """
    if not join_tolerance >= 0:
        raise ValueError(f"the join tolerance must be 0 or more metres, got {join_tolerance}")
    cleaned = [_clean_part(p) for p in parts]
    kept = [p for p in cleaned if p is not None]
    n_skipped = len(cleaned) - len(kept)
    if not kept:
        return Route([], n_parts=0, n_chains=0, n_skipped_parts=n_skipped)

    # Canonical parts (each from its smaller end, sorted) make the result order-independent.
    canon = [p if p.tolist() <= p[::-1].tolist() else p[::-1].copy() for p in kept]
    canon.sort(key=lambda p: (tuple(p[0]), tuple(p[-1]), len(p), p.tobytes()))
    node = _cluster_ends(np.array([[p[0], p[-1]] for p in canon]).reshape(-1, 2), join_tolerance)
    chains = [
        _join([canon[i][::-1] if rev else canon[i] for i, rev in walk])
        for walk in _chains(canon, node)
    ]
    m = len(chains)
    lengths = np.array([np.hypot(*np.diff(c, axis=0).T).sum() for c in chains])
    ends = np.array([c[0] for c in chains] + [c[-1] for c in chains])  # chain i: i and m + i

    seq, rev = _match_chain_ends(ends, lengths, join_tolerance)
    seq, rev = _improve_order(ends, seq, rev)
    order = [chains[c][::-1] if r else chains[c] for c, r in zip(seq, rev)]
    if tuple(order[-1][-1]) < tuple(order[0][0]):  # run from the smaller (x, y) end
        order = [c[::-1] for c in reversed(order)]
    pieces = [[order[0]]]
    for coords in order[1:]:
        if math.hypot(*(coords[0] - pieces[-1][-1][-1])) <= join_tolerance:
            pieces[-1].append(coords)
        else:
            pieces.append([coords])
    return Route(
        [_join(p) for p in pieces], n_parts=len(kept), n_chains=m, n_skipped_parts=n_skipped
    )


_NEIGHBOURS = 12  # chain ends considered around each end when matching and improving
_MAX_PASSES = 20  # of local search; each pass is about O(chains · neighbours)
_IMPROVEMENT = 1e-6  # metres: smaller changes of the total jump length are rounding


def _match_chain_ends(ends: FloatArray, lengths: FloatArray,
                      tolerance: float) -> Tuple[IntArray, BoolArray]:
    """A first chain order: link the closest pairs of chain ends first (greedy matching).

    ``ends``: (2m, 2), end e belongs to chain e % m (start if e < m). Two ends are linked when
    both are still free and their chains are not already in the same run, closest pairs first;
    pairs at one node (within ``tolerance``) link the longest chains first, so that a spur does
    not cut the main route at a junction. Runs left apart are linked the same way from their
    free ends. Returns (chain order, reversed flags).
    """
    m = len(lengths)
    if m == 1:
        return np.zeros(1, dtype=int), np.zeros(1, dtype=bool)
    chain = np.arange(2 * m) % m
    partner = np.full(2 * m, -1)
    run = np.arange(m)  # union-find over chains: which run each belongs to

    def find(c: int) -> int:
        while run[c] != c:
            run[c] = run[run[c]]
            c = run[c]
        return c

    candidates = np.arange(2 * m)
    links = 0
    while links < m - 1:
        k = min(len(candidates), _NEIGHBOURS + 1)
        nbr = cKDTree(ends[candidates]).query(ends[candidates], k=k)[1]
        e = np.repeat(candidates, k)
        f = candidates[nbr.reshape(-1)]
        ok = chain[e] != chain[f]
        # Neighbourhoods are not symmetric: keep each pair found from either side, once.
        pair = np.unique(np.minimum(e[ok], f[ok]) * (2 * m) + np.maximum(e[ok], f[ok]))
        e, f = pair // (2 * m), pair % (2 * m)
        d = np.hypot(*(ends[e] - ends[f]).T)
        key = np.where(d <= tolerance, 0.0, d)
        for i in np.lexsort((f, e, -(lengths[chain[e]] + lengths[chain[f]]), key)):
            a, b = int(e[i]), int(f[i])
            if partner[a] < 0 and partner[b] < 0:
                ra, rb = find(chain[a]), find(chain[b])
                if ra != rb:
                    run[max(ra, rb)] = min(ra, rb)
                    partner[a], partner[b] = b, a
                    links += 1
        # Next rounds: only the free ends of the runs. Each round links at least the closest
        # two ends of different runs, so this ends.
        candidates = np.flatnonzero(partner < 0)

    return _walk_run(partner)


def _walk_run(partner: IntArray) -> Tuple[IntArray, BoolArray]:
    """The chain order of a single run of linked chain ends (``partner[e]``: the end linked to
    end e, -1 for the run's two free ends), walked from its first free end."""
    m = len(partner) // 2
    end = int(np.flatnonzero(partner < 0)[0])
    seq, rev = [], []
    while True:
        c = end % m
        seq.append(c)
        rev.append(end >= m)
        out = c if end >= m else c + m  # leave the chain by its other end
        end = int(partner[out])
        if end < 0:
            break
    return np.array(seq), np.array(rev)


def _dist(p: FloatArray, q: FloatArray) -> FloatArray:
    return np.hypot(*(p - q).T)


class _ChainOrder:
    """A chain order under improvement: chains in order (``seq``), walked backwards or not
    (``rev``), the ends by which each position's chain is entered and left, their points
    (``st``, ``en``) and each chain's position; ``nbr``: each chain end's nearest ends."""

    def __init__(self, ends: FloatArray, seq: IntArray, rev: BoolArray) -> None:
        self.ends = ends
        self.m = len(seq)
        self.nbr: IntArray = cKDTree(ends).query(ends, k=min(2 * self.m, _NEIGHBOURS + 1))[1]
        self.set(seq, rev)

    def set(self, seq: IntArray, rev: BoolArray) -> None:
        m = self.m
        self.seq, self.rev = seq, rev
        self.entry, self.leave = seq + m * rev, seq + m * ~rev
        self.st, self.en = self.ends[self.entry], self.ends[self.leave]
        self.pos = np.empty(m, dtype=int)
        self.pos[seq] = np.arange(m)


def _improve_order(ends: FloatArray, seq: IntArray,
                   rev: BoolArray) -> Tuple[IntArray, BoolArray]:
    """Shorten the total jump length of a chain order by local search (Or-opt and 2-opt).

    Matching can leave stray chains (spurs, split carriageways) at an end of the route, then
    jumping back across it; moving blocks of 1–3 chains to a cheaper place (either way round)
    and reversing runs of chains removes such long jumps. Moves are tried only near each
    chain end's nearest neighbours, so a pass costs O(chains · neighbours). Deterministic.
    ``ends``: (2m, 2) as in :func:`_match_chain_ends`; ``seq``: chains in order; ``rev``:
    whether each is walked backwards.
    """
    if len(seq) < 3:
        return seq, rev
    order = _ChainOrder(ends, seq, rev)
    for _ in range(_MAX_PASSES):
        improved = _or_opt_pass(order)
        improved = _two_opt_pass(order) or improved
        if not improved:
            break
    return order.seq, order.rev


def _or_opt_pass(order: _ChainOrder) -> bool:
    """Move blocks of 1, 2 then 3 chains wherever that shortens the jumps; True if any moved."""
    improved = False
    for size in (1, 2, 3):
        i = 0
        while i + size <= order.m and size < order.m:
            j = i + size - 1
            gain = _removal_gain(order, i, j)
            if gain > _IMPROVEMENT:
                found = _best_insertion(order, i, j)
                if found is not None and found[0] < gain - _IMPROVEMENT:
                    _move_block(order, i, j, found[1], found[2])
                    improved = True
                    continue  # the block now at i is tried again
            i += 1
    return improved


def _removal_gain(order: _ChainOrder, i: int, j: int) -> float:
    """Jump length saved by taking the chains at positions i..j out and closing the hole."""
    st, en, m = order.st, order.en, order.m
    gain = 0.0
    if i > 0:
        gain += math.hypot(*(en[i - 1] - st[i]))
    if j + 1 < m:
        gain += math.hypot(*(en[j] - st[j + 1]))
    if i > 0 and j + 1 < m:
        gain -= math.hypot(*(en[i - 1] - st[j + 1]))
    return gain


def _best_insertion(order: _ChainOrder, i: int,
                    j: int) -> Optional[Tuple[float, int, bool]]:
    """The cheapest place for the block i..j: (added jump length, insertion position, block
    flipped), among the places next to a chain with an end near the block's and the route's
    two ends; None without any."""
    st, en, m, pos = order.st, order.en, order.m, order.pos
    # insertion between p and p + 1
    near = pos[order.nbr[[order.entry[i], order.leave[j]]].reshape(-1) % m]
    p = np.unique(np.concatenate([near - 1, near]))
    p = p[(p >= 0) & (p < m - 1) & ((p + 1 < i) | (p > j))]
    head, tail = st[i], en[j]
    base = _dist(en[p], st[p + 1])
    options = [
        (_dist(en[p], head) + _dist(tail, st[p + 1]) - base, p + 1, False),
        (_dist(en[p], tail) + _dist(head, st[p + 1]) - base, p + 1, True),
    ]
    if i > 0:
        options.append((np.array([_dist(tail, st[0])]), np.array([0]), False))
        options.append((np.array([_dist(head, st[0])]), np.array([0]), True))
    if j < m - 1:
        options.append((np.array([_dist(en[-1], head)]), np.array([m]), False))
        options.append((np.array([_dist(en[-1], tail)]), np.array([m]), True))
    cost = np.concatenate([o[0] for o in options])
    if not len(cost):
        return None
    best = int(np.argmin(cost))
    offsets = np.cumsum([0] + [len(o[0]) for o in options])
    which = int(np.searchsorted(offsets, best, side="right")) - 1
    at = int(options[which][1][best - offsets[which]])
    return float(cost[best]), at, options[which][2]


def _move_block(order: _ChainOrder, i: int, j: int, at: int, flip: bool) -> None:
    """Move the chains at positions i..j to insertion position ``at``, reversed if ``flip``."""
    seq, rev = order.seq, order.rev
    block_seq, block_rev = seq[i : j + 1], rev[i : j + 1]
    if flip:
        block_seq, block_rev = block_seq[::-1], ~block_rev[::-1]
    at -= j - i + 1 if at > j else 0  # position in the sequence without the block
    keep = np.ones(order.m, dtype=bool)
    keep[i : j + 1] = False
    rest_seq, rest_rev = seq[keep], rev[keep]
    order.set(np.concatenate([rest_seq[:at], block_seq, rest_seq[at:]]),
              np.concatenate([rest_rev[:at], block_rev, rest_rev[at:]]))


def _two_opt_pass(order: _ChainOrder) -> bool:
    """Walk runs of chains backwards where that shortens the jumps (2-opt: the new links are
    en[a-1]–en[b] and st[a]–st[b+1]); True if any was reversed."""
    improved = False
    m = order.m
    for a in range(m):
        b = _two_opt_ends(order, a)
        if not len(b):
            continue
        st, en = order.st, order.en
        nxt = np.minimum(b + 1, m - 1)
        has_next = b + 1 < m
        delta = np.where(has_next, _dist(st[a], st[nxt]) - _dist(en[b], st[nxt]), 0.0)
        if a > 0:
            delta = delta + _dist(en[a - 1], en[b]) - math.hypot(*(en[a - 1] - st[a]))
        best = int(np.argmin(delta))
        if delta[best] < -_IMPROVEMENT:
            bb = int(b[best])
            seq, rev = order.seq, order.rev
            order.set(np.concatenate([seq[:a], seq[a : bb + 1][::-1], seq[bb + 1 :]]),
                      np.concatenate([rev[:a], ~rev[a : bb + 1][::-1], rev[bb + 1 :]]))
            improved = True
    return improved


def _two_opt_ends(order: _ChainOrder, a: int) -> IntArray:
    """Last positions b worth trying for a run starting at a: the route's end, the b whose
    leaving end is near en[a - 1], and those whose next chain's entry end is near st[a]."""
    m, nbr, pos, entry, leave = order.m, order.nbr, order.pos, order.entry, order.leave
    cands = [np.array([m - 1])]
    if a > 0:
        e = nbr[leave[a - 1]]
        cands.append(pos[e % m][leave[pos[e % m]] == e])
    e = nbr[entry[a]]
    cands.append(pos[e % m][entry[pos[e % m]] == e] - 1)
    b = np.unique(np.concatenate(cands))
    return b[(b >= a) & (b < m) & ((a > 0) | (b < m - 1))]


# --- exact circle–segment coverage ------------------------------------------------------------


def _split_segments(a: FloatArray, b: FloatArray, m0: FloatArray, m1: FloatArray,
                    max_len: float) -> Tuple[FloatArray, FloatArray, FloatArray, FloatArray,
                                             IntArray]:
    """Cut segments longer than ``max_len`` into equal sub-segments on the same line.

    Returns (a, b, m0, m1, source index). Sub-segment ends are interpolated with the same
    fractions on both sides of a cut, so consecutive chainages stay exactly equal.
    """
    length = np.hypot(*(b - a).T)
    n = np.maximum(1, np.ceil(length / max_len)).astype(int)  # max_len > 0: no zero segments
    src = np.arange(len(a))
    if (n == 1).all():
        return a, b, m0, m1, src
    src = np.repeat(src, n)
    k = np.arange(len(src)) - np.repeat(np.cumsum(n) - n, n)
    f0, f1 = k / n[src], (k + 1) / n[src]
    return (
        _lerp(a[src], b[src], f0[:, None]),
        _lerp(a[src], b[src], f1[:, None]),
        _lerp(m0[src], m1[src], f0),
        _lerp(m0[src], m1[src], f1),
        src,
    )


def _flatten(lists: Sequence[Sequence[int]], ids: IntArray) -> Tuple[IntArray, IntArray]:
    """Pairs (ids[i], j) for every j in lists[i], as two int arrays, in order."""
    counts = np.fromiter(map(len, lists), dtype=np.intp, count=len(lists))
    flat = np.fromiter(itertools.chain.from_iterable(lists), dtype=np.intp, count=counts.sum())
    return np.repeat(ids, counts), flat


def establishment_intervals(route: Route, centres: ArrayLike,
                            radius: float) -> Tuple[IntArray, FloatArray, FloatArray]:
    """Chainage intervals of ``route`` within ``radius`` metres of each centre.

    ``centres``: (p, 2) array (metres). Returns arrays ``(centre_index, start_m, end_m)`` sorted by
    centre then chainage; each establishment's intervals are merged (several only where the
    route leaves the circle and comes back). Intervals of zero length (the circle just touching
    the route) are left out: they cover nothing, though such an establishment is at distance R
    exactly and so counts as eligible by :func:`nearest_on_routes`.

    Two levels. Runs of consecutive segments ("blocks", about sqrt(R · segment) metres of
    route) are tested first against each circle: a block whose bounding circle lies inside is
    covered whole, one outside is skipped, and only blocks across the circle are solved segment
    by segment. Pairs to solve drop from ~2R/segment to ~4·sqrt(R/segment) per crossing.
    """
    radius = float(radius)
    if not (radius > 0 and math.isfinite(radius)):
        raise ValueError(f"the access distance must be a positive number of metres, got {radius}")
    xy = np.asarray(centres, dtype=float).reshape(-1, 2)
    empty = (np.empty(0, dtype=np.intp), np.empty(0), np.empty(0))
    if not len(xy) or not len(route.seg_a):
        return empty
    blocks = _route_blocks(route, radius)
    reach = (radius + float(blocks.rho.max())) * (1 + 1e-9) + 1e-9
    tree = cKDTree(blocks.centre)
    found = []
    for lo in range(0, len(xy), _CHUNK_QUERIES):
        ids = np.arange(lo, min(lo + _CHUNK_QUERIES, len(xy)))
        lists = tree.query_ball_point(xy[ids], reach, return_sorted=True)
        est, blk = _flatten(lists, ids)  # by centre, then block (= chainage) order
        rows = _block_rows(blocks, xy, est, blk, radius)
        ok = _solve_across(blocks, xy, rows, radius)
        if ok.any():
            found.append(_merged(rows.est[ok], rows.start[ok], rows.end[ok]))
    if not found:
        return empty
    idx, start, end = zip(*found)
    return np.concatenate(idx), np.concatenate(start), np.concatenate(end)


class _Blocks(NamedTuple):
    """The route's segments (cut to at most a block's length: ``a``, ``b``, chainages ``m0``,
    ``m1``) in blocks of consecutive segments: block k holds segments ``first_seg[k]`` to
    ``end_seg[k] - 1``, every vertex within ``rho[k]`` of ``centre[k]``."""

    a: FloatArray
    b: FloatArray
    m0: FloatArray
    m1: FloatArray
    first_seg: IntArray
    end_seg: IntArray
    centre: FloatArray
    rho: FloatArray


def _route_blocks(route: Route, radius: float) -> _Blocks:
    """Blocks of about sqrt(R · segment) metres; a block never spans a break."""
    lengths = np.hypot(*(route.seg_b - route.seg_a).T)
    block_len = max(
        math.sqrt(radius * float(np.median(lengths))), float(np.quantile(lengths, 0.99))
    )
    a, b, m0, m1, src = _split_segments(
        route.seg_a, route.seg_b, route.seg_start_m, route.seg_end_m, block_len
    )
    # A block never spans a break: its segments must be close together.
    window = np.floor(m0 / block_len)
    piece = route.seg_piece[src]
    cut = (window[1:] != window[:-1]) | (piece[1:] != piece[:-1])
    first_seg = np.flatnonzero(np.concatenate([[True], cut]))
    end_seg = np.append(first_seg[1:], len(a))
    lo_xy = np.minimum.reduceat(np.minimum(a, b), first_seg)
    hi_xy = np.maximum.reduceat(np.maximum(a, b), first_seg)
    centre = 0.5 * (lo_xy + hi_xy)
    block = np.repeat(np.arange(len(first_seg)), end_seg - first_seg)
    far = np.maximum(np.hypot(*(a - centre[block]).T), np.hypot(*(b - centre[block]).T))
    rho = np.maximum.reduceat(far, first_seg)  # every vertex of the block is within rho
    return _Blocks(a, b, m0, m1, first_seg, end_seg, centre, rho)


class _Rows(NamedTuple):
    """Intervals to find, in establishment then chainage order: one row per block inside a
    circle (``start``/``end`` already its ends), one per segment of a block across a circle."""

    est: IntArray
    seg: IntArray
    inside: BoolArray
    start: FloatArray
    end: FloatArray


def _block_rows(blocks: _Blocks, centres: FloatArray, est: IntArray, blk: IntArray,
                radius: float) -> _Rows:
    """Rows of the (establishment, block) pairs found near each other."""
    delta = np.hypot(*(centres[est] - blocks.centre[blk]).T)
    inside = delta + blocks.rho[blk] <= radius  # the circle is convex: the whole block is in it
    across = ~inside & (delta - blocks.rho[blk] <= radius)
    first_seg, end_seg = blocks.first_seg, blocks.end_seg
    reps = np.where(inside, 1, np.where(across, end_seg[blk] - first_seg[blk], 0))
    pair = np.repeat(np.arange(len(est)), reps)
    est, inside = est[pair], inside[pair]
    seg = first_seg[blk[pair]] + np.arange(len(pair)) - np.repeat(np.cumsum(reps) - reps, reps)
    start = blocks.m0[seg]
    end = np.where(inside, blocks.m1[end_seg[blk[pair]] - 1], blocks.m1[seg])
    return _Rows(est, seg, inside, start, end)


def _solve_across(blocks: _Blocks, centres: FloatArray, rows: _Rows, radius: float) -> BoolArray:
    """Solve |P(t) − C|² ≤ R² on the segment rows, writing their ``start``/``end``; returns the
    rows that cover something (every block row does)."""
    solve = np.flatnonzero(~rows.inside)
    s, c = rows.seg[solve], centres[rows.est[solve]]
    a, m0, m1 = blocks.a[s], blocks.m0[s], blocks.m1[s]
    d = blocks.b[s] - a
    w = a - c
    dd = (d * d).sum(axis=1)
    tc = -(d * w).sum(axis=1) / dd  # foot of the perpendicular from C
    foot = w + tc[:, None] * d
    h2 = (foot * foot).sum(axis=1)  # squared distance from C to the segment's line
    r2 = radius * radius
    half = np.sqrt(np.maximum(r2 - h2, 0.0) / dd)
    t1 = np.clip(tc - half, 0.0, 1.0)
    t2 = np.clip(tc + half, 0.0, 1.0)
    rows.start[solve] = _lerp(m0, m1, t1)
    rows.end[solve] = _lerp(m0, m1, t2)
    ok = rows.inside.copy()
    ok[solve] = (h2 <= r2) & (t1 < t2)
    return ok


def _merged(est: IntArray, start: FloatArray,
            end: FloatArray) -> Tuple[IntArray, FloatArray, FloatArray]:
    """Each establishment's intervals (in chainage order) merged where they overlap or touch
    (within MERGE_EPSILON); intervals of zero length dropped."""
    new = np.ones(len(est), dtype=bool)
    new[1:] = (est[1:] != est[:-1]) | (start[1:] > end[:-1] + MERGE_EPSILON)
    first = np.flatnonzero(new)
    last = np.append(first[1:] - 1, len(est) - 1)
    keep = end[last] > start[first]
    return est[first][keep], start[first][keep], end[last][keep]


@dataclass
class Stretches:
    """Route stretches with constant counts of labelled establishments within reach.

    Arrays of the same length, in chainage order, tiling [0, route length]: ``start_m``,
    ``end_m``, ``length_m`` (metres), ``n_establishments`` (distinct labelled establishments
    within reach of every point of the stretch), ``n_by_category`` (category -> counts),
    ``covered`` (n_establishments > 0). Adjacent stretches never have all counts equal.
    """

    start_m: FloatArray
    end_m: FloatArray
    length_m: FloatArray
    n_establishments: IntArray
    n_by_category: Dict[str, IntArray]
    covered: BoolArray

    def __len__(self) -> int:
        return len(self.start_m)


def _interval_categories(idx: IntArray,
                         categories: Optional[ArrayLike]) -> Optional[AnyArray]:
    """Category of the establishment of each interval (None without a category field)."""
    if categories is None:
        return None
    return np.asarray(categories, dtype=object)[idx]


def coverage_stretches(route: Route, intervals: Intervals, categories: Optional[ArrayLike],
                       category_names: Iterable[str], labelled: ArrayLike) -> Stretches:
    """Split ``route`` where the count of labelled establishments within reach changes.

    ``intervals``: from :func:`establishment_intervals`. ``categories``: (p,) category of each
    establishment, or None when there is none (then ``category_names`` should be empty).
    ``labelled``: (p,) bool. Labelled establishments of a category not in ``category_names``
    count in ``n_establishments`` only. Returns :class:`Stretches`.
    """
    idx, start, end = (np.asarray(v) for v in intervals)
    lab = np.asarray(labelled, dtype=bool)[idx] if len(idx) else np.zeros(0, dtype=bool)
    idx, start, end = idx[lab], start[lab].astype(float), end[lab].astype(float)
    names = list(category_names)
    if route.length <= 0:
        zero = np.zeros(0, dtype=int)
        return Stretches(
            np.zeros(0),
            np.zeros(0),
            np.zeros(0),
            zero,
            {c: zero for c in names},
            np.zeros(0, dtype=bool),
        )

    bounds = np.unique(np.concatenate([[0.0, route.length], start, end]))
    n = len(bounds) - 1
    first = np.searchsorted(bounds, start)
    last = np.searchsorted(bounds, end)

    def counts(mask: BoolArray) -> IntArray:
        # An establishment's intervals are disjoint, so counting intervals counts establishments.
        delta = np.bincount(first[mask], minlength=n + 1) - np.bincount(last[mask], minlength=n + 1)
        return np.cumsum(delta)[:n]

    rows = [counts(np.ones(len(idx), dtype=bool))]
    cats = _interval_categories(idx, categories)
    for name in names:
        rows.append(counts(cats == name) if cats is not None else np.zeros(n, dtype=int))
    table = np.array(rows, dtype=int).reshape(len(names) + 1, n)
    change = np.ones(n, dtype=bool)
    change[1:] = np.any(table[:, 1:] != table[:, :-1], axis=0)
    keep = np.flatnonzero(change)
    starts = bounds[keep]
    ends = bounds[np.append(keep[1:], n)]
    table = table[:, keep]
    return Stretches(
        start_m=starts,
        end_m=ends,
        length_m=ends - starts,
        n_establishments=table[0],
        n_by_category={name: table[i + 1] for i, name in enumerate(names)},
        covered=table[0] > 0,
    )


def _runs(mask: BoolArray) -> Tuple[IntArray, IntArray]:
    """(first, last) indices of the runs of True in a bool array."""
    padded = np.concatenate([[False], mask, [False]]).astype(np.int8)
    edges = np.diff(padded)
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1) - 1


def gaps(route: Route, stretches: Stretches, category_names: Iterable[str],
         min_gap_length: float = 0.0) -> List[Gap]:
    """Uncovered stretches, merged, at least ``min_gap_length`` metres long.

    Overall (category ``all``: no labelled establishment within reach) first, then per category
    in ``category_names`` order (no labelled establishment of that category), each by chainage.
    A gap may span a break of the route (chainage is continuous across breaks).
    """
    found = []
    columns = [(ALL, stretches.n_establishments)]
    columns += [(name, stretches.n_by_category[name]) for name in category_names]
    for name, count in columns:
        first, last = _runs(np.asarray(count) == 0)
        for i, j in zip(first, last):
            start, end = float(stretches.start_m[i]), float(stretches.end_m[j])
            if end - start >= min_gap_length and end > start:
                found.append(Gap(name, start, end, end - start))
    return found


def labelled_counts(intervals: Intervals, categories: Optional[ArrayLike],
                    category_names: Iterable[str], labelled: ArrayLike) -> Dict[str, int]:
    """Labelled establishments within reach of the route: {``all``: n, category: n, ...}."""
    idx = np.unique(np.asarray(intervals[0], dtype=np.intp))
    idx = idx[np.asarray(labelled, dtype=bool)[idx]] if len(idx) else idx
    result = {ALL: int(len(idx))}
    cats = _interval_categories(idx, categories)
    for name in category_names:
        result[name] = int(np.count_nonzero(cats == name)) if cats is not None else 0
    return result


def summary_rows(route_name: object, route: Route, stretches: Stretches, gaps: Sequence[Gap],
                 category_names: Iterable[str],
                 n_labelled_by_category: Mapping[str, int]) -> List[Dict[str, Any]]:
    """Summary rows for one route: ``all`` then each category.

    Each row: ``route``, ``category``, ``length_km``, ``covered_pct`` (0–100; None for an empty
    route), ``n_labelled`` (from ``n_labelled_by_category``, e.g. :func:`labelled_counts`; 0 when
    missing), ``max_gap_km`` (longest of the given gaps of that category, 0 when none: pass the
    unfiltered gaps for the true longest one).
    """
    rows = []
    columns = [(ALL, stretches.n_establishments)]
    columns += [(name, stretches.n_by_category[name]) for name in category_names]
    for name, count in columns:
        covered = float(np.asarray(stretches.length_m)[np.asarray(count) > 0].sum())
        longest = max((g.length_m for g in gaps if g.category == name), default=0.0)
        rows.append(
            {
                "route": route_name,
                "category": name,
                "length_km": route.length / 1000.0,
                "covered_pct": 100.0 * covered / route.length if route.length > 0 else None,
                "n_labelled": int(n_labelled_by_category.get(name, 0)),
                "max_gap_km": longest / 1000.0,
            }
        )
    return rows


# --- nearest route of each point --------------------------------------------------------------


def nearest_on_routes(routes: Iterable[Route],
                      points: ArrayLike) -> Tuple[FloatArray, IntArray, FloatArray]:
    """Straight-line distance (m) from each point to the nearest route, by exact projection.

    Returns ``(distance, route_index, chainage)``, arrays of length p; chainage of the foot of the
    perpendicular on that route (metres). Ties go to the lower route index, then the lower
    chainage. Without any route segment: distance inf, route_index -1, chainage NaN.
    """
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    p = len(points)
    distance = np.full(p, np.inf)
    route_index = np.full(p, -1, dtype=np.intp)
    chainage = np.full(p, np.nan)
    routes = list(routes)
    if not p or not any(len(r.seg_a) for r in routes):
        return distance, route_index, chainage

    owner = np.concatenate([np.full(len(r.seg_a), i, dtype=np.intp) for i, r in enumerate(routes)])
    a = np.concatenate([r.seg_a for r in routes])
    b = np.concatenate([r.seg_b for r in routes])
    m0 = np.concatenate([r.seg_start_m for r in routes])
    m1 = np.concatenate([r.seg_end_m for r in routes])
    max_len = float(np.quantile(np.hypot(*(b - a).T), 0.99))
    a, b, m0, m1, src = _split_segments(a, b, m0, m1, max_len)
    owner = owner[src]
    d = b - a
    seg_len2 = (d * d).sum(axis=1)
    half = 0.5 * math.sqrt(float(seg_len2.max()))
    tree = cKDTree(0.5 * (a + b))

    def project(pt: IntArray, seg: IntArray) -> Tuple[FloatArray, FloatArray]:
        w = points[pt] - a[seg]
        t = np.clip((w * d[seg]).sum(axis=1) / seg_len2[seg], 0.0, 1.0)
        foot = _lerp(a[seg], b[seg], t[:, None])
        return np.hypot(*(points[pt] - foot).T), t

    for lo in range(0, p, _CHUNK_QUERIES):
        ids = np.arange(lo, min(lo + _CHUNK_QUERIES, p))
        _, nearest_mid = tree.query(points[ids], k=1)
        bound, _ = project(ids, nearest_mid)
        # A segment within `bound` of the point has its midpoint within bound + half a segment.
        reach = (bound + half) * (1 + 1e-9) + 1e-9
        pt, seg = _flatten(tree.query_ball_point(points[ids], reach), ids)
        dist, t = project(pt, seg)
        order = np.lexsort((seg, dist, pt))
        best = order[np.flatnonzero(np.diff(np.concatenate([[-1], pt[order]])) != 0)]
        distance[pt[best]] = dist[best]
        route_index[pt[best]] = owner[seg[best]]
        chainage[pt[best]] = _lerp(m0[seg[best]], m1[seg[best]], t[best])
    return distance, route_index, chainage


__all__ = [
    "ALL",
    "Gap",
    "Jump",
    "Route",
    "Stretches",
    "assemble_route",
    "coverage_stretches",
    "establishment_intervals",
    "gaps",
    "labelled_counts",
    "nearest_on_routes",
    "summary_rows",
]
