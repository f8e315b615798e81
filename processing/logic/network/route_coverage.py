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

import itertools
import math
from dataclasses import dataclass
from typing import Dict, List, NamedTuple, Sequence, Tuple

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

ALL = "all"  # the category of rows and gaps that count every labelled establishment

# Intervals of one establishment closer than this (metres) are one interval: it only absorbs the
# rounding of the quadratic where the circle passes exactly through a vertex.
MERGE_EPSILON = 1e-6

# Vertices closer than this (metres) to the previous one are dropped: a rounding-sized segment
# has no direction and would only add noise to the quadratic.
MIN_SEGMENT = 1e-9

_CHUNK_QUERIES = 512  # establishments (or points) per KD-tree batch: bounds the memory of pairs


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


def _lerp(a, b, t):
    """(1 − t)·a + t·b: unlike a + t·(b − a), it gives exactly a at t = 0 and exactly b at t = 1."""
    return (1.0 - t) * a + t * b


def _clean_part(part):
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

    def __init__(self, pieces, n_parts=None, n_chains=None, n_skipped_parts=0):
        cleaned = [_clean_part(piece) for piece in pieces]
        self.pieces: List[np.ndarray] = [p for p in cleaned if p is not None]
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
        self.vertex_m: List[np.ndarray] = [
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

    def __repr__(self):
        return (
            f"Route(length={self.length:.1f} m, pieces={len(self.pieces)}, "
            f"chains={self.n_chains}, jumps={len(self.jumps)})"
        )

    def _check_chainage(self, chainage):
        """Chainages clipped to [0, length]; values beyond it by more than rounding are errors."""
        values = np.asarray(chainage, dtype=float)
        slack = 1e-9 * max(1.0, self.length)
        if np.any(values < -slack) or np.any(values > self.length + slack):
            raise ValueError(f"chainage outside the route [0, {self.length:.3f}] m")
        return np.clip(values, 0.0, self.length)

    def points_at(self, chainages):
        """(n, 2) points at the given chainages (metres); at a break, the next piece's start."""
        if not self.pieces:
            raise ValueError("the route is empty")
        values = self._check_chainage(chainages).reshape(-1)
        seg = np.searchsorted(self.seg_start_m, values, side="right") - 1
        seg = np.clip(seg, 0, len(self.seg_start_m) - 1)
        m0, m1 = self.seg_start_m[seg], self.seg_end_m[seg]
        t = np.clip((values - m0) / (m1 - m0), 0.0, 1.0)[:, None]
        return _lerp(self.seg_a[seg], self.seg_b[seg], t)

    def point_at(self, chainage):
        """(x, y) of the point at ``chainage`` metres along the route."""
        x, y = self.points_at([chainage])[0]
        return float(x), float(y)

    def sub_line(self, start_m, end_m):
        """The route between two chainages: a list of (k, 2) polylines, one per piece it spans.

        Ends are interpolated exactly; empty list when ``end_m <= start_m``.
        """
        return self.sub_lines([start_m], [end_m])[0]

    def sub_lines(self, starts_m, ends_m):
        """:meth:`sub_line` for many stretches at once (vectorised): a list of lists."""
        starts = self._check_chainage(starts_m).reshape(-1)
        ends = self._check_chainage(ends_m).reshape(-1)
        if len(starts) != len(ends):
            raise ValueError("as many start chainages as end chainages are needed")
        result = [[] for _ in range(len(starts))]
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

        def at(chainage):
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


def _cluster_ends(ends, tolerance):
    """Node id of each end point: ends within ``tolerance`` (transitively) share a node."""
    pairs = cKDTree(ends).query_pairs(max(float(tolerance), 0.0), output_type="ndarray")
    graph = coo_matrix(
        (np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(ends), len(ends))
    )
    return connected_components(graph, directed=False)[1]


def _join(coords_list):
    """Concatenate oriented polylines, dropping a vertex repeated at a junction."""
    out = [coords_list[0]]
    for coords in coords_list[1:]:
        out.append(coords[1:] if np.array_equal(out[-1][-1], coords[0]) else coords)
    return np.vstack(out)


def _chains(parts, node):
    """Merge parts into chains that stop at nodes of degree ≠ 2 (like shapely's linemerge).

    ``node[2i]``, ``node[2i + 1]``: nodes of the start and end of part i. Returns a list of lists of
    (part index, reversed) in walking order.
    """
    n_nodes = int(node.max()) + 1
    incidences = [[] for _ in range(n_nodes)]
    for end_index, n in enumerate(node):
        incidences[n].append(end_index)
    degree = np.array([len(i) for i in incidences])
    used = np.zeros(len(parts), dtype=bool)

    def walk(end_index):
        """Follow parts from the end ``end_index`` through nodes of degree 2."""
        chain = []
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

    chains = []
    for n in range(n_nodes):
        if degree[n] != 2:
            for end_index in incidences[n]:
                if not used[end_index // 2]:
                    chains.append(walk(end_index))
    for part in range(len(parts)):  # what is left are closed cycles through degree-2 nodes
        if not used[part]:
            chains.append(walk(2 * part))
    return chains


def assemble_route(parts, join_tolerance=1.0):
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


def _match_chain_ends(ends, lengths, tolerance):
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

    def find(c):
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

    # Walk the single run from one of its two free ends.
    free = np.flatnonzero(partner < 0)
    e = int(free[0])
    seq, rev = [], []
    while True:
        c = e % m
        seq.append(c)
        rev.append(e >= m)
        out = c if e >= m else c + m  # leave the chain by its other end
        e = int(partner[out])
        if e < 0:
            break
    return np.array(seq), np.array(rev)


def _improve_order(ends, seq, rev):
    """Shorten the total jump length of a chain order by local search (Or-opt and 2-opt).

    Matching can leave stray chains (spurs, split carriageways) at an end of the route, then
    jumping back across it; moving blocks of 1–3 chains to a cheaper place (either way round)
    and reversing runs of chains removes such long jumps. Moves are tried only near each
    chain end's nearest neighbours, so a pass costs O(chains · neighbours). Deterministic.
    ``ends``: (2m, 2) as in :func:`_match_chain_ends`; ``seq``: chains in order; ``rev``:
    whether each is walked backwards.
    """
    m = len(seq)
    if m < 3:
        return seq, rev
    nbr = cKDTree(ends).query(ends, k=min(2 * m, _NEIGHBOURS + 1))[1]

    def dist(p, q):
        return np.hypot(*(p - q).T)

    def state(seq, rev):
        """Ends by which each position's chain is entered and left, their points, positions."""
        entry, leave = seq + m * rev, seq + m * ~rev
        pos = np.empty(m, dtype=int)
        pos[seq] = np.arange(m)
        return entry, leave, ends[entry], ends[leave], pos

    for _ in range(_MAX_PASSES):
        improved = False
        entry, leave, st, en, pos = state(seq, rev)
        for size in (1, 2, 3):
            i = 0
            while i + size <= m and size < m:
                j = i + size - 1
                gain = 0.0
                if i > 0:
                    gain += math.hypot(*(en[i - 1] - st[i]))
                if j + 1 < m:
                    gain += math.hypot(*(en[j] - st[j + 1]))
                if i > 0 and j + 1 < m:
                    gain -= math.hypot(*(en[i - 1] - st[j + 1]))
                if gain <= _IMPROVEMENT:
                    i += 1
                    continue
                # Insertion between p and p + 1, next to a chain with an end near the block's.
                near = pos[nbr[[entry[i], leave[j]]].reshape(-1) % m]
                p = np.unique(np.concatenate([near - 1, near]))
                p = p[(p >= 0) & (p < m - 1) & ((p + 1 < i) | (p > j))]
                head, tail = st[i], en[j]
                base = dist(en[p], st[p + 1])
                options = [
                    (dist(en[p], head) + dist(tail, st[p + 1]) - base, p + 1, False),
                    (dist(en[p], tail) + dist(head, st[p + 1]) - base, p + 1, True),
                ]
                if i > 0:
                    options.append((np.array([dist(tail, st[0])]), np.array([0]), False))
                    options.append((np.array([dist(head, st[0])]), np.array([0]), True))
                if j < m - 1:
                    options.append((np.array([dist(en[-1], head)]), np.array([m]), False))
                    options.append((np.array([dist(en[-1], tail)]), np.array([m]), True))
                cost = np.concatenate([o[0] for o in options])
                if not len(cost) or cost.min() >= gain - _IMPROVEMENT:
                    i += 1
                    continue
                best = int(np.argmin(cost))
                offsets = np.cumsum([0] + [len(o[0]) for o in options])
                which = int(np.searchsorted(offsets, best, side="right")) - 1
                at, flip = int(options[which][1][best - offsets[which]]), options[which][2]
                block_seq, block_rev = seq[i : j + 1], rev[i : j + 1]
                if flip:
                    block_seq, block_rev = block_seq[::-1], ~block_rev[::-1]
                at -= size if at > j else 0  # position in the sequence without the block
                keep = np.ones(m, dtype=bool)
                keep[i : j + 1] = False
                rest_seq, rest_rev = seq[keep], rev[keep]
                seq = np.concatenate([rest_seq[:at], block_seq, rest_seq[at:]])
                rev = np.concatenate([rest_rev[:at], block_rev, rest_rev[at:]])
                entry, leave, st, en, pos = state(seq, rev)
                improved = True

        # 2-opt: walk positions a..b backwards; the new links are en[a-1]–en[b], st[a]–st[b+1].
        for a in range(m):
            cands = [np.array([m - 1])]
            if a > 0:  # b whose leaving end is near en[a - 1]
                e = nbr[leave[a - 1]]
                cands.append(pos[e % m][leave[pos[e % m]] == e])
            e = nbr[entry[a]]  # b + 1 whose entry end is near st[a]
            cands.append(pos[e % m][entry[pos[e % m]] == e] - 1)
            b = np.unique(np.concatenate(cands))
            b = b[(b >= a) & (b < m) & ((a > 0) | (b < m - 1))]
            if not len(b):
                continue
            nxt = np.minimum(b + 1, m - 1)
            has_next = b + 1 < m
            delta = np.where(has_next, dist(st[a], st[nxt]) - dist(en[b], st[nxt]), 0.0)
            if a > 0:
                delta = delta + dist(en[a - 1], en[b]) - math.hypot(*(en[a - 1] - st[a]))
            best = int(np.argmin(delta))
            if delta[best] < -_IMPROVEMENT:
                bb = int(b[best])
                seq = np.concatenate([seq[:a], seq[a : bb + 1][::-1], seq[bb + 1 :]])
                rev = np.concatenate([rev[:a], ~rev[a : bb + 1][::-1], rev[bb + 1 :]])
                entry, leave, st, en, pos = state(seq, rev)
                improved = True
        if not improved:
            break
    return seq, rev


# --- exact circle–segment coverage ------------------------------------------------------------


def _split_segments(a, b, m0, m1, max_len):
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


def _flatten(lists, ids):
    """Pairs (ids[i], j) for every j in lists[i], as two int arrays, in order."""
    counts = np.fromiter(map(len, lists), dtype=np.intp, count=len(lists))
    flat = np.fromiter(itertools.chain.from_iterable(lists), dtype=np.intp, count=counts.sum())
    return np.repeat(ids, counts), flat


def establishment_intervals(route, centres, radius):
    """Chainage intervals of ``route`` within ``radius`` metres of each centre.

    ``centres``: (p, 2) array (metres). Returns arrays ``(centre_index, start_m, end_m)`` sorted by
    centre then chainage; each establishment's intervals are merged (several only where the
    route leaves the circle and comes back). Intervals of zero length (the circle just touching
    the route) are left out: they cover nothing, though such an establishment is at distance R
    exactly and so counts as eligible by :func:`nearest_on_routes`.
    """
    radius = float(radius)
    if not (radius > 0 and math.isfinite(radius)):
        raise ValueError(f"the access distance must be a positive number of metres, got {radius}")
    centres = np.asarray(centres, dtype=float).reshape(-1, 2)
    empty = (np.empty(0, dtype=np.intp), np.empty(0), np.empty(0))
    if not len(centres) or not len(route.seg_a):
        return empty

    # Two levels. Runs of consecutive segments ("blocks", about sqrt(R · segment) metres of
    # route) are tested first against each circle: a block whose bounding circle lies inside is
    # covered whole, one outside is skipped, and only blocks across the circle are solved segment
    # by segment. Pairs to solve drop from ~2R/segment to ~4·sqrt(R/segment) per crossing.
    lengths = np.hypot(*(route.seg_b - route.seg_a).T)
    block_len = max(
        math.sqrt(radius * float(np.median(lengths))), float(np.quantile(lengths, 0.99))
    )
    a, b, m0, m1, src = _split_segments(
        route.seg_a, route.seg_b, route.seg_start_m, route.seg_end_m, block_len
    )
    d = b - a
    seg_len2 = (d * d).sum(axis=1)
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
    reach = (radius + float(rho.max())) * (1 + 1e-9) + 1e-9
    tree = cKDTree(centre)
    r2 = radius * radius

    out_idx, out_start, out_end = [], [], []
    for lo in range(0, len(centres), _CHUNK_QUERIES):
        ids = np.arange(lo, min(lo + _CHUNK_QUERIES, len(centres)))
        lists = tree.query_ball_point(centres[ids], reach, return_sorted=True)
        est, blk = _flatten(lists, ids)  # by centre, then block (= chainage) order
        delta = np.hypot(*(centres[est] - centre[blk]).T)
        inside = delta + rho[blk] <= radius  # the circle is convex: the whole block is in it
        across = ~inside & (delta - rho[blk] <= radius)
        # One row per inside block, one per segment of a block across the circle, in order.
        reps = np.where(inside, 1, np.where(across, end_seg[blk] - first_seg[blk], 0))
        pair = np.repeat(np.arange(len(est)), reps)
        est, inside = est[pair], inside[pair]
        seg = first_seg[blk[pair]] + np.arange(len(pair)) - np.repeat(np.cumsum(reps) - reps, reps)
        start = m0[seg]
        end = np.where(inside, m1[end_seg[blk[pair]] - 1], m1[seg])

        solve = np.flatnonzero(~inside)
        s, c = seg[solve], centres[est[solve]]
        w = a[s] - c
        dd = seg_len2[s]
        tc = -(d[s] * w).sum(axis=1) / dd  # foot of the perpendicular from C
        foot = w + tc[:, None] * d[s]
        h2 = (foot * foot).sum(axis=1)  # squared distance from C to the segment's line
        half = np.sqrt(np.maximum(r2 - h2, 0.0) / dd)
        t1 = np.clip(tc - half, 0.0, 1.0)
        t2 = np.clip(tc + half, 0.0, 1.0)
        start[solve] = _lerp(m0[s], m1[s], t1)
        end[solve] = _lerp(m0[s], m1[s], t2)
        ok = inside.copy()
        ok[solve] = (h2 <= r2) & (t1 < t2)
        est, start, end = est[ok], start[ok], end[ok]
        if not len(est):
            continue
        new = np.ones(len(est), dtype=bool)
        new[1:] = (est[1:] != est[:-1]) | (start[1:] > end[:-1] + MERGE_EPSILON)
        first = np.flatnonzero(new)
        last = np.append(first[1:] - 1, len(est) - 1)
        keep = end[last] > start[first]
        out_idx.append(est[first][keep])
        out_start.append(start[first][keep])
        out_end.append(end[last][keep])
    if not out_idx:
        return empty
    return np.concatenate(out_idx), np.concatenate(out_start), np.concatenate(out_end)


@dataclass
class Stretches:
    """Route stretches with constant counts of labelled establishments within reach.

    Arrays of the same length, in chainage order, tiling [0, route length]: ``start_m``,
    ``end_m``, ``length_m`` (metres), ``n_establishments`` (distinct labelled establishments
    within reach of every point of the stretch), ``n_by_category`` (category -> counts),
    ``covered`` (n_establishments > 0). Adjacent stretches never have all counts equal.
    """

    start_m: np.ndarray
    end_m: np.ndarray
    length_m: np.ndarray
    n_establishments: np.ndarray
    n_by_category: Dict[str, np.ndarray]
    covered: np.ndarray

    def __len__(self):
        return len(self.start_m)


def _interval_categories(idx, categories):
    """Category of the establishment of each interval (None without a category field)."""
    if categories is None:
        return None
    return np.asarray(categories, dtype=object)[idx]


def coverage_stretches(route, intervals, categories, category_names, labelled):
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

    def counts(mask):
        # An establishment's intervals are disjoint, so counting intervals counts establishments.
        delta = np.bincount(first[mask], minlength=n + 1) - np.bincount(last[mask], minlength=n + 1)
        return np.cumsum(delta)[:n]

    table = [counts(np.ones(len(idx), dtype=bool))]
    cats = _interval_categories(idx, categories)
    for name in names:
        table.append(counts(cats == name) if cats is not None else np.zeros(n, dtype=int))
    table = np.array(table, dtype=int).reshape(len(names) + 1, n)
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


def _runs(mask):
    """(first, last) indices of the runs of True in a bool array."""
    padded = np.concatenate([[False], mask, [False]]).astype(np.int8)
    edges = np.diff(padded)
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1) - 1


def gaps(route, stretches, category_names, min_gap_length=0.0):
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


def labelled_counts(intervals, categories, category_names, labelled):
    """Labelled establishments within reach of the route: {``all``: n, category: n, ...}."""
    idx = np.unique(np.asarray(intervals[0], dtype=np.intp))
    idx = idx[np.asarray(labelled, dtype=bool)[idx]] if len(idx) else idx
    result = {ALL: int(len(idx))}
    cats = _interval_categories(idx, categories)
    for name in category_names:
        result[name] = int(np.count_nonzero(cats == name)) if cats is not None else 0
    return result


def summary_rows(route_name, route, stretches, gaps, category_names, n_labelled_by_category):
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


def nearest_on_routes(routes: Sequence[Route], points) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
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

    def project(pt, seg):
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
