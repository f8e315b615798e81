"""Segment geometry shared by the hub attachment and the component links: crossings of
segments and positions on the network's segments. Metres in one metric CRS."""

from __future__ import annotations

from typing import Tuple

import numpy as np

from ..arrays import BoolArray, FloatArray, IntArray
from ..network.graph import Network

BLOCK_CELLS = 4_000_000  # rows x columns of one block of a pairwise computation (memory bound)


def cross(a: FloatArray, b: FloatArray) -> FloatArray:
    """z of the cross product of 2-D vectors (row-wise)."""
    return a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0]


def intersections(p0: FloatArray, p1: FloatArray, q0: FloatArray,
                  q1: FloatArray) -> Tuple[BoolArray, FloatArray, FloatArray]:
    """Proper or touching intersections of segments [p0, p1] and [q0, q1] (row-wise).

    Returns (ok, t, u): the point is p0 + t (p1 - p0) = q0 + u (q1 - q0). Parallel segments are
    never reported (their nearest points are ends, found by the vertex searches).
    """
    r, s, w = p1 - p0, q1 - q0, q0 - p0
    den = cross(r, s)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = cross(w, s) / den
        u = cross(w, r) / den
    ok = (den != 0) & (t >= 0) & (t <= 1) & (u >= 0) & (u <= 1)
    return ok, np.clip(np.nan_to_num(t), 0, 1), np.clip(np.nan_to_num(u), 0, 1)


def segment_offset(net: Network, seg: IntArray, t: FloatArray) -> Tuple[IntArray, FloatArray]:
    """(edge, offset): the edge of segments of ``net.segment_index`` and the offset (metres
    from the edge's u node) of parameter t on them."""
    index = net.segment_index
    edge = index.owner[seg]
    ch = net.vertex_chainage
    start = index.start[seg]
    off = ch[start] + t * (ch[start + 1] - ch[start])
    return edge, np.clip(off, 0.0, net.edge_length[edge])
