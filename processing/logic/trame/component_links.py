"""Candidate links between components: the shortest straight segment between every pair of
components of the itinerary network closer than a maximum, searched exactly. Metres in one
metric CRS; components are the network's (numbered by decreasing length)."""

from __future__ import annotations

from typing import List, NamedTuple, Optional

import numpy as np

from ..arrays import BoolArray, FloatArray, IntArray
from ..network.graph import Network, SegmentIndex, project
from .segments import intersections, segment_offset

HEAVY_VERTICES = 2000  # components with more vertices are searched against, not through
MAX_HEAVY = 16
PAIR_BUDGET = 2_000_000  # candidate (vertex, segment) pairs of one block of vertices
FIRST_STEP, MIN_STEP, MAX_STEP = 2000, 64, 20000  # vertices of a block


class ComponentLinks(NamedTuple):
    """Shortest straight link between each pair of components closer than the maximum.

    Side a is the component with the lower number (``comp_a < comp_b``); ``edge``/``offset``
    place each end on the network, ``xy`` gives it. Ordered by (comp_a, comp_b).
    """

    comp_a: IntArray
    comp_b: IntArray
    length: FloatArray
    xy_a: FloatArray
    xy_b: FloatArray
    edge_a: IntArray
    offset_a: FloatArray
    edge_b: IntArray
    offset_b: FloatArray

    @property
    def link_count(self) -> int:
        """Number of links."""
        return len(self.comp_a)


class _Group(NamedTuple):
    segs: IntArray  # segments of network.segment_index, ascending
    verts: IntArray  # vertices of edge_xy
    seg_index: Optional[SegmentIndex]  # of the group's segments (numbered 0.. in segs)
    single: bool  # one component only


def _group(net: Network, seg_mask: BoolArray, vert_mask: BoolArray, single: bool) -> _Group:
    segs = np.flatnonzero(seg_mask)
    index = None
    if len(segs):
        si = net.segment_index
        xy = np.empty((2 * len(segs), 2))
        xy[0::2], xy[1::2] = si.a[segs], si.b[segs]
        index = SegmentIndex(xy, np.arange(0, 2 * len(segs) + 1, 2, dtype=np.int64))
    return _Group(segs, np.flatnonzero(vert_mask), index, single)


def _best_per_pair(rows: List[ComponentLinks], n_comp: int) -> ComponentLinks:
    """Keep the shortest link of each component pair (rows: one or more sets of candidate
    links, either side first), sides oriented so that comp_a < comp_b."""
    ca, cb, ln, xa, xb, ea, oa, eb, ob = (np.concatenate(c) for c in zip(*rows))
    swap = ca > cb
    ca, cb = np.where(swap, cb, ca), np.where(swap, ca, cb)
    xa, xb = np.where(swap[:, None], xb, xa), np.where(swap[:, None], xa, xb)
    ea, eb = np.where(swap, eb, ea), np.where(swap, ea, eb)
    oa, ob = np.where(swap, ob, oa), np.where(swap, oa, ob)
    key = ca * n_comp + cb
    order = np.lexsort((ob, eb, oa, ea, ln, key))
    head = np.ones(len(order), dtype=bool)
    head[1:] = key[order][1:] != key[order][:-1]
    k = order[head]
    return ComponentLinks(ca[k], cb[k], ln[k], xa[k], xb[k], ea[k], oa[k], eb[k], ob[k])


def _vertex_rows(net: Network, src: _Group, dst: _Group, max_len: float,
                 n_comp: int) -> List[ComponentLinks]:
    """Vertices of group ``src`` to the segments of group ``dst`` within max_len, other
    components only, reduced to the shortest per component pair."""
    index = dst.seg_index
    tree = index.tree if index is not None else None
    if len(src.verts) == 0 or index is None or tree is None:
        return []
    si = net.segment_index
    seg_comp = net.edge_component[si.owner]
    vcomp = net.edge_component[net.vertex_edge]
    rows: List[ComponentLinks] = []
    # vertices a block at a time, the block sized so that its candidate pairs stay near
    # PAIR_BUDGET (memory): a region's largest component runs along small ones for thousands
    # of vertices, each within max_len of hundreds of their segments
    step, k = MAX_STEP if dst.single else FIRST_STEP, 0
    while k < len(src.verts):
        v = src.verts[k:k + step]
        k += len(v)
        pts = net.edge_xy[v]
        if dst.single:
            d0, _ = tree.query(pts, distance_upper_bound=max_len + index.reach + 1e-6)
            vi = np.flatnonzero(np.isfinite(d0))
            if len(vi) == 0:
                continue
            s, t, xy, dist = index.nearest(pts[vi])
        else:
            vi, s = index.candidates(pts, max_len)
            step = int(np.clip(PAIR_BUDGET * len(v) / max(len(vi), 1), MIN_STEP, MAX_STEP))
            t, xy, dist = project(pts[vi], index.a[s], index.b[s])
        s = dst.segs[s]
        ok = (dist <= max_len) & (vcomp[v[vi]] != seg_comp[s])
        vi, s, t, xy, dist = vi[ok], s[ok], t[ok], xy[ok], dist[ok]
        if len(vi) == 0:
            continue
        eb, ob = segment_offset(net, s, t)
        vv = v[vi]
        rows.append(_best_per_pair([ComponentLinks(
            vcomp[vv], seg_comp[s], dist, net.edge_xy[vv], xy, net.vertex_edge[vv],
            net.vertex_chainage[vv], eb, ob)], n_comp))
    return rows


def _crossing_rows(net: Network, x: _Group, y: _Group) -> List[ComponentLinks]:
    """Crossings between segments of groups x and y in different components (0 m links)."""
    if len(x.segs) > len(y.segs):
        x, y = y, x
    x_index, y_index = x.seg_index, y.seg_index
    if x_index is None or y_index is None:
        return []
    si = net.segment_index
    seg_comp = net.edge_component[si.owner]
    chunk, ys = y_index.candidates(x_index.chunk_xy, x_index.reach * (1 + 1e-9) + 1e-9)
    if len(chunk) == 0:
        return []
    xs = x.segs[x_index.chunk_seg[chunk]]
    ys = y.segs[ys]
    pair = np.unique(np.column_stack([xs, ys]), axis=0)
    xs, ys = pair[:, 0], pair[:, 1]
    keep = seg_comp[xs] != seg_comp[ys]
    xs, ys = xs[keep], ys[keep]
    if len(xs) == 0:
        return []
    origin = si.a[xs]
    ok, t, u = intersections(np.zeros_like(origin), si.b[xs] - origin, si.a[ys] - origin,
                              si.b[ys] - origin)
    xs, ys, t, u = xs[ok], ys[ok], t[ok], u[ok]
    if len(xs) == 0:
        return []
    pxy = si.a[xs] * (1 - t)[:, None] + si.b[xs] * t[:, None]
    ea, oa = segment_offset(net, xs, t)
    eb, ob = segment_offset(net, ys, u)
    return [ComponentLinks(seg_comp[xs], seg_comp[ys], np.zeros(len(xs)), pxy, pxy, ea, oa,
                           eb, ob)]


def component_links(network: Network, max_link_length: float,
                    heavy_vertices: int = HEAVY_VERTICES) -> ComponentLinks:
    """Shortest straight link (metres) between every pair of components at most
    ``max_link_length`` apart, exact: every vertex against every segment of the other
    component (the shortest segment between two polylines that do not cross has a vertex at
    one end) and every crossing (0 m). Spatial queries only (k-d trees), never all pairs.

    The largest components (more than ``heavy_vertices`` vertices, at most 16) are searched by
    their own trees, so that their dense interiors are never compared with themselves.
    """
    net = network
    max_len = float(max_link_length)
    n_comp = int(net.component_count)
    empty = ComponentLinks(*(np.zeros(0, dtype=np.int64),) * 2, np.zeros(0), np.zeros((0, 2)),
                           np.zeros((0, 2)), np.zeros(0, dtype=np.int64), np.zeros(0),
                           np.zeros(0, dtype=np.int64), np.zeros(0))
    if not max_len >= 0 or n_comp < 2:
        return empty
    si = net.segment_index
    seg_comp = net.edge_component[si.owner]
    vcomp = net.edge_component[net.vertex_edge]
    vcount = np.bincount(vcomp, minlength=n_comp)
    by_size = np.argsort(-vcount, kind="stable")[:MAX_HEAVY]
    heavy = [int(c) for c in by_size if vcount[c] > heavy_vertices]
    groups = [_group(net, seg_comp == c, vcomp == c, True) for c in heavy]
    light_seg = ~np.isin(seg_comp, heavy)
    light = _group(net, light_seg, ~np.isin(vcomp, heavy), len(heavy) == n_comp - 1)
    if len(light.segs):
        groups.append(light)
    rows: List[ComponentLinks] = []
    for i, gi in enumerate(groups):
        for j, gj in enumerate(groups):
            if i == j and gi.single:
                continue
            rows += _vertex_rows(net, gi, gj, max_len, n_comp)
            if j >= i:
                rows += _crossing_rows(net, gi, gj)
    return _best_per_pair(rows, n_comp) if rows else empty

