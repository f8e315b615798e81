"""Greedy ranking of new sites by the unserved metres of network they bring within reach.

Pure numpy/scipy (no QGIS); distances in metres along the undirected network.

Given the distance d of every node to its nearest site, an edge (u, v) of length L is served
within R of its ends, max(R - d(u), 0) and max(R - d(v), 0) metres, and unserved in between. A
new site at node c replaces d by min(d, d_c): its gain is the unserved length it brings within
R. The greedy picks the largest gain (ties: the lowest candidate index, gains compared to the
micrometre) until ``count`` sites are picked or nothing is left to gain.

Lazy evaluation: gains only decrease as sites are added, so a stale gain or any upper bound
stays an upper bound, and a candidate whose exact gain beats every other bound is the pick. The
cheap bounds are the unserved length within a square of half side R around c (network distance
is at least the straight-line distance), summed over grid cells, then, for the candidates that
rank high, within its disc (a quarter less ground: on a grid of streets, half as many exact
gains to compute as with the squares alone); exact gains come from a Dijkstra
bounded by R from each candidate, in tiles of nearby candidates, on the nodes within reach of
the tile only (``_Local``), so that their cost follows the tile, not the network. A pick
changes the gains of the candidates within 2R (straight line) only.

The work follows the unserved network within reach of the candidates: where most of a region
is unserved, every candidate there whose disc holds more unserved length than the best gain
found needs its exact gain.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, List, NamedTuple, Optional, Tuple

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from ..arrays import ArrayLike, FloatArray, IntArray, SparseMatrix
from .graph import Network, SegmentIndex, fast_tree, ranges, subgraph

GAIN_DECIMALS = 6  # gains compared to the micrometre, so that equal gains tie exactly
TILE_FRACTION = 1.0  # exact gains: candidates grouped in square tiles this fraction of R wide
FIRST_BATCH = 256  # exact gains computed first; the grid bounds only more candidates than this
MAX_BATCH = 32768
ROW_BUDGET = 2_000_000  # distance rows times nodes computed at once (memory)


@dataclass
class Suggestion:
    """A proposed site. ``gain_m``: uncovered metres it brings within reach, given the sites
    ranked before it; ``covered_after_m``/``coverage_after_pct``: network coverage with it."""

    rank: int
    node: int
    candidate: int  # index into candidate_nodes
    x: float
    y: float
    gain_m: float
    covered_after_m: float
    coverage_after_pct: float


def _reach(d: FloatArray, r: float) -> FloatArray:
    """How far beyond a node at distance d from a site its coverage extends along an edge:
    max(R - d, 0), and 0 where d is inf (metres)."""
    if np.isfinite(r):
        out = np.subtract(r, d)  # inf gives -inf, clipped to 0
        return np.maximum(out, 0.0, out=out)
    return np.where(np.isfinite(d), np.inf, 0.0)


def _uncovered(length: FloatArray, du: FloatArray, dv: FloatArray, r: float) -> FloatArray:
    """Uncovered metres of edges whose ends are at du, dv from the nearest site."""
    return np.maximum(length - _reach(du, r) - _reach(dv, r), 0.0)


def _rounded(x: FloatArray) -> FloatArray:
    return np.round(x, GAIN_DECIMALS)


# the distances from one node: (nodes, distances)
_Row = Tuple[IntArray, FloatArray]


class _ChunkGrid(NamedTuple):
    """The uncovered edges' chunks on a grid, for the gains' upper bounds (see ``_grid``)."""

    edges: IntArray
    owner: IntArray
    chunk_lo: FloatArray
    chunk_hi: FloatArray
    cell: IntArray
    chunk_ptr: IntArray
    origin: FloatArray
    size: float
    nx: int
    reach: float


class _Local(NamedTuple):
    """The edges touching the nodes ``sub`` (lengths), with the positions of their ends in
    ``ends``: ``sub`` first, then the fringe nodes beyond it (repeated as often as met)."""

    sub: IntArray
    ends: IntArray
    pu: IntArray
    pv: IntArray
    length: FloatArray


class _Greedy:
    """State of the greedy ranking: node distances to the nearest site, exact gains and
    their bounds."""

    def __init__(self, network: Network, dist: ArrayLike, r: float) -> None:
        self.net = network
        self.r = r
        self.d = np.array(dist, dtype=float)
        self.adj = network.adjacency()
        self.tree = fast_tree(network.node_xy) if network.node_count else None
        self.slot = np.full(network.node_count, -1, dtype=np.int64)  # scratch, -1 between uses

    @cached_property
    def span(self) -> float:
        """The network's largest extent along x or y (metres)."""
        net = self.net
        return float(np.ptp(net.node_xy, axis=0).max()) if net.node_count else 0.0

    # what follows from the distances d, kept until the next site changes them (add_site)
    _FROM_D = ("uncovered_now", "histogram_now")

    @cached_property
    def uncovered_now(self) -> FloatArray:
        """The uncovered metres of every edge (read only)."""
        net = self.net
        return _uncovered(net.edge_length, self.d[net.edge_u], self.d[net.edge_v], self.r)

    # --- local parts of the network ---------------------------------------------------------

    def near(self, centre: FloatArray, radius: float) -> IntArray:
        """Nodes within ``radius`` (straight line) of ``centre``, sorted."""
        assert self.tree is not None
        return np.sort(np.asarray(self.tree.query_ball_point(centre, radius + 1e-6),
                                  dtype=np.int64))

    def local(self, sub: IntArray) -> _Local:
        """The edges touching the nodes ``sub``, in time proportional to them."""
        net, slot = self.net, self.slot
        iptr, iedge = net.incidence
        count = iptr[sub + 1] - iptr[sub]
        node = np.repeat(sub, count)
        edges = iedge[ranges(iptr[sub], count)]
        eu, ev = net.edge_u[edges], net.edge_v[edges]
        slot[sub] = np.arange(len(sub))
        # an edge with both ends in sub is listed at both: kept at its u end
        once = (node == eu) | (slot[eu] < 0)
        edges, eu, ev = edges[once], eu[once], ev[once]
        pu, pv = slot[eu], slot[ev]
        slot[sub] = -1
        beyond_u, beyond_v = np.flatnonzero(pu < 0), np.flatnonzero(pv < 0)
        pu[beyond_u] = len(sub) + np.arange(len(beyond_u))
        pv[beyond_v] = len(sub) + len(beyond_u) + np.arange(len(beyond_v))
        ends = np.concatenate([sub, eu[beyond_u], ev[beyond_v]])
        return _Local(sub, ends, pu, pv, net.edge_length[edges])

    def subgraph(self, sub: IntArray) -> SparseMatrix:
        """The adjacency matrix of the nodes ``sub`` (sorted), in time proportional to them."""
        return subgraph(self.adj, sub, self.slot)

    def gain_rows(self, local: _Local, rows: FloatArray) -> FloatArray:
        """The gains of new sites at the distances ``rows`` (k, len(local.sub)) from the
        nodes of ``local`` (inf: beyond reach); every node within R of each site must be in
        ``local.sub``."""
        r = self.r
        reach_now = _reach(self.d[local.ends], r)
        le, pu, pv = local.length, local.pu, local.pv
        before = np.maximum(le - reach_now[pu] - reach_now[pv], 0.0).sum()
        ns = len(local.sub)
        gains = np.empty(len(rows))
        step = max(1, ROW_BUDGET // max(len(local.ends), len(le), 1))
        for k in range(0, len(rows), step):
            block = rows[k:k + step]
            reach = np.repeat(reach_now[None, :], len(block), axis=0)
            np.maximum(reach[:, :ns], _reach(block, r), out=reach[:, :ns])
            unc = le - reach[:, pu]
            unc -= reach[:, pv]
            np.maximum(unc, 0.0, out=unc)
            gains[k:k + step] = before - unc.sum(axis=1)
        return gains

    # --- exact gains ----------------------------------------------------------------------

    def gains(self, cand: IntArray) -> FloatArray:
        """Exact gains (metres) of candidate nodes."""
        return self._exact(cand, False)[0]

    def add_site(self, node: int) -> float:
        """Make ``node`` a site; returns its exact gain."""
        gain, row = self._exact(np.array([node]), True)
        assert row is not None  # one candidate, keep_row: its row
        sub, dk = row
        self.d[sub] = np.minimum(self.d[sub], dk)
        for name in self._FROM_D:
            self.__dict__.pop(name, None)
        return float(gain[0])

    def _exact(self, cand: IntArray, keep_row: bool) -> Tuple[FloatArray, Optional[_Row]]:
        """Exact gains of candidate nodes; with keep_row, also the distances (within R) from
        the last candidate to the nodes of its tile (else None)."""
        r = self.r
        out = np.zeros(len(cand))
        row = None
        for group, sub in self._tiles(cand):
            local, adjacency = self.local(sub), self.subgraph(sub)
            idx = np.searchsorted(sub, cand[group])
            step = max(1, ROW_BUDGET // max(len(local.ends), len(local.length), 1))
            for k in range(0, len(idx), step):
                dk = csgraph.dijkstra(adjacency, directed=True, indices=idx[k:k + step],
                                      limit=r)
                out[group[k:k + step]] = self.gain_rows(local, dk)
                if keep_row:
                    row = (sub, dk[-1].copy())
        return out, row

    def _tiles(self, cand: IntArray) -> Iterator[Tuple[IntArray, IntArray]]:
        """(candidates' positions, nodes within reach) per square tile of TILE_FRACTION R:
        every path of length <= R from a tile's candidates stays within R (plus half the
        tile's diagonal) of its centre; one tile of every node when R spans the network."""
        net, r = self.net, self.r
        if not np.isfinite(r) or r >= self.span:
            yield np.arange(len(cand)), np.arange(net.node_count)
            return
        tile = max(r * TILE_FRACTION, 1e-9)
        cell = np.floor(net.node_xy[cand] / tile).astype(np.int64)
        for group in _groups(cell):
            yield group, self.near((cell[group[0]] + 0.5) * tile, r + tile * 0.7072)

    # --- which candidates can gain, and the grid bounds ----------------------------------

    def reach_uncovered(self, cand: IntArray) -> IntArray:
        """Candidates that can reach an uncovered point within R (one Dijkstra, stopped at R).

        A super-source is linked to both ends of every edge's uncovered interval, at the
        distance from that end into the interval plus a constant (csgraph ignores zero
        weights).
        """
        net, r = self.net, self.r
        unc = self.uncovered_now
        e = np.flatnonzero(unc > 0)
        if len(e) == 0:
            return cand[:0]
        shift = 1.0
        ends = np.concatenate([net.edge_u[e], net.edge_v[e]])
        w = np.concatenate([_reach(self.d[net.edge_u[e]], r),
                            _reach(self.d[net.edge_v[e]], r)]) + shift
        order = np.lexsort((w, ends))  # the shortest link per node: csr would sum duplicates
        ends, w = ends[order], w[order]
        head = np.ones(len(ends), dtype=bool)
        head[1:] = ends[1:] != ends[:-1]
        graph = _with_source(self.adj, ends[head], w[head])
        limit = r + shift if np.isfinite(r) else np.inf
        g = csgraph.dijkstra(graph, directed=True, indices=net.node_count, limit=limit)
        return cand[g[cand] - shift < r]

    def bounds(self, cand: IntArray, tight: bool = False) -> FloatArray:
        """Upper bounds of the gains of candidates, cheap: the uncovered length of their
        component, and, for more than FIRST_BATCH candidates (fewer cost less to compute
        exactly than the grid), of the network's chunks whose centres lie within R (plus the
        chunks' reach) of them, summed over grid cells (network distance is at least the
        straight-line distance): over a square around each candidate (four lookups), or,
        ``tight``, over the cells that meet its disc (a lookup per column of cells)."""
        net, r = self.net, self.r
        unc = self.uncovered_now
        comp = np.bincount(net.edge_component, weights=unc, minlength=net.component_count)
        ub = comp[net.node_component[cand]]
        grid = self._grid if np.isfinite(r) and len(cand) > FIRST_BATCH else None
        if grid is not None:
            hist = self.histogram_now
            cells = (net.node_xy[cand] - grid.origin) / grid.size  # positions in cells
            within = _disc_sums(hist, cells, grid.reach / grid.size) if tight else \
                _square_sums(hist, cells, grid.reach / grid.size)
            ub = np.minimum(ub, within / 10.0**GAIN_DECIMALS)
        return ub

    def _intervals(self, edges: IntArray) -> Tuple[FloatArray, FloatArray]:
        """The uncovered interval [lo, hi] of ``edges``, offsets in metres (empty: hi <= lo).
        Intervals only shrink as sites are added: d only decreases."""
        net, r = self.net, self.r
        return (_reach(self.d[net.edge_u[edges]], r),
                net.edge_length[edges] - _reach(self.d[net.edge_v[edges]], r))

    @cached_property
    def _grid(self) -> Optional[_ChunkGrid]:
        """What the grid bounds keep from one pick to the next, for the edges uncovered now
        (the only ones that can be later): their chunks (``net.segment_index`` of those edges
        alone; edge ``edges[k]``'s are ``chunk_ptr[k]:chunk_ptr[k + 1]``), each chunk's
        offsets on its edge and grid cell, and the grid's origin, cell size and width. None
        when the network is covered."""
        net, r = self.net, self.r
        lo, hi = self._intervals(np.arange(net.edge_count))
        edges = np.flatnonzero(hi > lo)
        if len(edges) == 0:
            return None
        ptr = net.edge_ptr
        vertices = ranges(ptr[edges], ptr[edges + 1] - ptr[edges])
        index = SegmentIndex(net.edge_xy[vertices],
                             np.concatenate([[0], np.cumsum(ptr[edges + 1] - ptr[edges])]))
        seg = index.chunk_seg
        s0 = net.vertex_chainage[vertices[index.start[seg]]]
        sl = index.length[seg]
        reach = r + index.reach
        lowest = np.minimum(net.node_xy.min(axis=0), index.chunk_xy.min(axis=0))
        highest = np.maximum(net.node_xy.max(axis=0), index.chunk_xy.max(axis=0))
        origin = lowest - reach
        extent = (highest - lowest).max() + 2 * reach
        size = max(reach / 16, extent / 2000)
        nx = int(extent // size) + 2
        cxy = np.floor((index.chunk_xy - origin) / size).astype(np.int64)
        chunk_ptr = np.searchsorted(index.owner[seg], np.arange(len(edges) + 1))
        return _ChunkGrid(edges, index.owner[seg], s0 + index.chunk_lo * sl,
                          s0 + index.chunk_hi * sl, cxy[:, 0] * nx + cxy[:, 1], chunk_ptr,
                          origin, size, nx, reach)

    @cached_property
    def histogram_now(self) -> IntArray:
        """The uncovered micrometres of the grid's chunks in each of its cells, (nx, nx):
        each edge's uncovered interval intersected with its chunks' offsets, rounded up to
        whole micrometres so that sums are exact integers (the grid must exist)."""
        assert self._grid is not None
        edges, owner, c_lo, c_hi, cell, chunk_ptr, _origin, _size, nx, _reach = self._grid
        lo_e, hi_e = self._intervals(edges)
        open_ = np.flatnonzero(hi_e > lo_e)  # only the chunks of edges uncovered still weigh
        ch = ranges(chunk_ptr[open_], chunk_ptr[open_ + 1] - chunk_ptr[open_])
        ce = owner[ch]
        w = np.maximum(np.minimum(hi_e[ce], c_hi[ch]) - np.maximum(lo_e[ce], c_lo[ch]), 0.0)
        hist = np.bincount(cell[ch], weights=np.ceil(w * 10.0**GAIN_DECIMALS),
                           minlength=nx * nx)
        return np.rint(hist).astype(np.int64).reshape(nx, nx)


def _square_sums(hist: IntArray, cells: FloatArray, radius: float) -> IntArray:
    """The sums of ``hist`` over the cells that meet the square of half side ``radius``
    (in cells) around each position ``cells`` (k, 2), from a summed-area table."""
    nx = hist.shape[0]
    sat = np.zeros((nx + 1, nx + 1), dtype=np.int64)
    sat[1:, 1:] = hist.cumsum(axis=0).cumsum(axis=1)
    lo = np.floor(cells - radius).astype(np.int64).clip(0, nx)
    hi = (np.floor(cells + radius).astype(np.int64) + 1).clip(0, nx)
    return (sat[hi[:, 0], hi[:, 1]] - sat[lo[:, 0], hi[:, 1]] - sat[hi[:, 0], lo[:, 1]]
            + sat[lo[:, 0], lo[:, 1]])


DISC_BLOCK = 65536  # positions summed at once by _disc_sums (memory: columns x this)


def _disc_sums(hist: IntArray, cells: FloatArray, radius: float) -> IntArray:
    """The sums of ``hist`` over the cells that meet the disc of ``radius`` (in cells)
    around each position ``cells`` (k, 2): per column of cells, the rows within the disc's
    half chord at the column's nearest abscissa, from the column's running sums."""
    nx = hist.shape[0]
    running = np.zeros((nx, nx + 1), dtype=np.int64)
    running[:, 1:] = hist.cumsum(axis=1)
    flat = running.reshape(-1)
    offsets = np.arange(2 * int(np.ceil(radius)) + 2)
    out = np.zeros(len(cells), dtype=np.int64)
    for k in range(0, len(cells), DISC_BLOCK):
        x, y = cells[k:k + DISC_BLOCK, :1], cells[k:k + DISC_BLOCK, 1:]
        column = np.floor(x - radius).astype(np.int64) + offsets  # (m, columns)
        dx = np.maximum(np.maximum(column - x, x - (column + 1)), 0.0)
        chord = np.sqrt(np.maximum(radius * radius - dx * dx, 0.0))
        lo = np.floor(y - chord).astype(np.int64).clip(0, nx)
        hi = (np.floor(y + chord).astype(np.int64) + 1).clip(0, nx)
        inside = (dx <= radius) & (column >= 0) & (column < nx)
        base = column.clip(0, nx - 1) * (nx + 1)
        out[k:k + DISC_BLOCK] = np.where(inside, flat[base + hi] - flat[base + lo], 0).sum(1)
    return out


def _groups(cell: IntArray) -> Iterator[IntArray]:
    """Positions of the rows of ``cell`` (k, 2), grouped by equal rows."""
    order = np.lexsort((cell[:, 1], cell[:, 0]))
    head = np.ones(len(order), dtype=bool)
    head[1:] = (cell[order][1:] != cell[order][:-1]).any(axis=1)
    bounds = np.concatenate([np.flatnonzero(head), [len(order)]])
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        yield order[lo:hi]


def _with_source(adj: SparseMatrix, targets: IntArray, weights: FloatArray) -> SparseMatrix:
    """``adj`` (csr, n x n) with a node n linked to ``targets`` (sorted, distinct) at
    ``weights``, built from its arrays (no copy of the matrix by scipy's stacking)."""
    n = adj.shape[0]
    indptr = np.concatenate([adj.indptr, [adj.indptr[-1] + len(targets)]])
    indices = np.concatenate([adj.indices, targets])
    data = np.concatenate([adj.data, weights])
    return sparse.csr_matrix((data, indices, indptr), shape=(n + 1, n + 1))


def suggest_sites(network: Network, dist: ArrayLike, max_distance: float,
                  candidate_nodes: ArrayLike, count: int) -> List[Suggestion]:
    """Rank up to ``count`` candidate nodes greedily by the uncovered metres they bring within
    ``max_distance`` of a site, given the existing sources (node distances ``dist``) and the
    sites ranked before. Ties go to the lowest candidate index; stops when no gain is left.

    Lazy greedy (see the module): the best candidate is picked once its fresh exact gain beats
    every other bound. Bounds are tightened (landmarks) or made exact in batches, growing
    while a pick needs more of them; a pick leaves the gains of candidates more than 2R away
    (straight line) unchanged.
    """
    r = float(max_distance)
    n = network.node_count
    cand = np.asarray(candidate_nodes, dtype=np.int64).reshape(-1)
    if count <= 0 or network.edge_count == 0 or not r > 0 or len(cand) == 0:
        return []
    valid = np.flatnonzero((cand >= 0) & (cand < n))
    nodes, first = np.unique(cand[valid], return_index=True)
    index = valid[first]  # candidate index of each distinct node (first occurrence)
    order = np.argsort(index)
    nodes, index = nodes[order], index[order]
    state = _Greedy(network, dist, r)
    keep = np.isin(nodes, state.reach_uncovered(nodes))
    ranking = _Ranking(state, nodes[keep], index[keep])
    result: List[Suggestion] = []
    total = network.total_length
    while len(result) < count:
        top = ranking.best()
        if top is None:
            break
        node = int(ranking.nodes[top])
        gain = state.add_site(node)
        covered = total - float(state.uncovered_now.sum())
        x, y = network.node_xy[node].tolist()
        result.append(Suggestion(
            rank=len(result) + 1, node=node, candidate=int(ranking.index[top]), x=x, y=y,
            gain_m=gain, covered_after_m=covered,
            coverage_after_pct=100.0 * covered / total if total > 0 else 0.0,
        ))
        ranking.picked(top)
    return result


class _Ranking:
    """The candidates still in the running with an upper bound of their gains; ``fresh`` ones
    hold their exact gain, ``coarse`` ones only their square bound."""

    def __init__(self, state: _Greedy, nodes: IntArray, index: IntArray) -> None:
        self.state, self.nodes, self.index = state, nodes, index
        self.bound = _rounded(state.bounds(nodes))
        self.fresh = np.zeros(len(nodes), dtype=bool)
        self.coarse = np.ones(len(nodes), dtype=bool)

    def best(self) -> Optional[int]:
        """The position of the next pick (its gain exact and beating every bound), or None
        when nothing is left to gain. The highest bounds are first tightened to discs, then
        made exact in batches, growing while the pick needs more of them."""
        batch = max(FIRST_BATCH, 1)  # the next pick most often needs only a few exact gains
        while len(self.nodes):
            bound, index = self.bound, self.index
            first = self.highest(np.flatnonzero(self.fresh), 1)  # the best exact gain
            stale = ~self.fresh
            if len(first):  # the candidates ranked above it
                b, i = bound[first[0]], index[first[0]]
                stale &= (bound > b) | ((bound == b) & (index < i))
            head = self.highest(np.flatnonzero(stale), batch)
            top = head[0] if len(head) else first[0]
            if bound[top] <= 0:
                return None
            if not len(head):
                return int(top)
            if self.coarse[head].any():  # a disc costs a few dozen lookups
                self.tighten(self.highest(np.flatnonzero(stale & self.coarse), DISC_BLOCK))
                continue
            self.bound[head] = _rounded(self.state.gains(self.nodes[head]))
            self.fresh[head] = True
            batch = min(batch * 4, MAX_BATCH)
        return None

    def highest(self, which: IntArray, count: int) -> IntArray:
        """The ``count`` positions of ``which`` with the highest bounds (ties: the lowest
        candidate index), best first; a partition first, so that only they are sorted."""
        if len(which) > count:
            cut = np.partition(self.bound[which], len(which) - count)[len(which) - count]
            which = which[self.bound[which] >= cut]  # with every tie at the cut
        order = np.lexsort((self.index[which], -self.bound[which]))
        return which[order[:count]]

    def tighten(self, which: IntArray) -> None:
        """The bounds of candidates ``which`` tightened with the grid's discs."""
        self.bound[which] = np.minimum(
            self.bound[which], _rounded(self.state.bounds(self.nodes[which], tight=True)))
        self.coarse[which] = False

    def picked(self, top: int) -> None:
        """Drop the pick; the candidates within 2R of it are stale again, and theirs are the
        only bounds that the pick can tighten (any older bound stays one: gains only drop)."""
        net, r = self.state.net, self.state.r
        node = self.nodes[top]
        rest = np.arange(len(self.nodes)) != top
        self.nodes, self.index = self.nodes[rest], self.index[rest]
        self.bound, self.fresh = self.bound[rest], self.fresh[rest]
        self.coarse = self.coarse[rest]
        gap = np.hypot(*(net.node_xy[self.nodes] - net.node_xy[node]).T)
        near = gap <= 2 * r * (1 + 1e-9) + 1e-6
        self.fresh &= ~near  # farther ones keep their exact gains
        self.tighten(np.flatnonzero(near))
