"""Synthetic line networks for benchmarks and tests: pure numpy, deterministic by seed.

:func:`grid_lines` draws a planar-ish grid network: jittered grid nodes, a random subset of
the grid's horizontal and vertical links, each a gently wiggling polyline. Links are grouped
into multi-link lines (like OpenStreetMap ways) that share their interior vertices, and lines
also break at every grid node where only two links meet, so that built with
``network.build_network`` the network has exactly ``n_edges`` edges.
:func:`points_along` scatters points (aires, establishments) near those lines.
"""

import math

import numpy as np

LAMBERT93_ORIGIN = (650000.0, 7030000.0)  # south-west corner, near the sample territory
# with the default 200 m spacing, 36.6 vertices per km: like OpenStreetMap cycle routes (the
# EuroVelo 5 across Hauts-de-France has 35.2)
OSM_VERTICES_PER_EDGE = 8


def _grid_shape(n_edges, keep):
    """Rows and columns of a square-ish grid with about n_edges / keep links."""
    side = max(2, math.ceil(math.sqrt(n_edges / (2 * keep))) + 1)
    while 2 * side * (side - 1) < n_edges:
        side += 1
    return side, side


def _links(rows, cols):
    """Grid links as (a, b, direction) with node ids r * cols + c; direction 0 = east, 1 = north."""
    ids = np.arange(rows * cols).reshape(rows, cols)
    east = np.column_stack([ids[:, :-1].ravel(), ids[:, 1:].ravel()])
    north = np.column_stack([ids[:-1, :].ravel(), ids[1:, :].ravel()])
    direction = np.concatenate([np.zeros(len(east), int), np.ones(len(north), int)])
    return np.concatenate([east, north]), direction


def _link_coords(a_xy, b_xy, vertices, rng, wiggle):
    """(L, vertices, 2) polylines from a to b, bent sideways by a half sine wave."""
    frac = np.linspace(0.0, 1.0, vertices)
    chord = b_xy - a_xy
    normal = np.column_stack([-chord[:, 1], chord[:, 0]])
    bend = rng.uniform(-wiggle, wiggle, len(a_xy))[:, None] * np.sin(np.pi * frac)[None, :]
    pts = a_xy[:, None, :] + frac[None, :, None] * chord[:, None, :]
    return pts + bend[:, :, None] * normal[:, None, :]


def grid_lines(n_edges, seed=0, spacing=200.0, vertices_per_edge=5, keep=0.8, jitter=0.2,
               wiggle=0.08, max_links_per_line=4, origin=LAMBERT93_ORIGIN):
    """Lines (a list of (k, 2) float arrays, metres) of a grid-like network of n_edges edges.

    ``spacing`` is the grid step (metres); ``jitter`` and ``wiggle`` are fractions of it (node
    displacement, sideways bend of links); each link has ``vertices_per_edge`` vertices.
    About ``keep`` of the grid's links are used.
    """
    rng = np.random.default_rng(seed)
    rows, cols = _grid_shape(n_edges, keep)
    grid = np.stack(np.meshgrid(np.arange(cols), np.arange(rows)), axis=-1).reshape(-1, 2)
    xy = (grid + rng.uniform(-jitter, jitter, grid.shape)) * spacing + np.asarray(origin)
    links, direction = _links(rows, cols)
    chosen = np.sort(rng.choice(len(links), size=min(n_edges, len(links)), replace=False))
    links, direction = links[chosen], direction[chosen]
    coords = _link_coords(xy[links[:, 0]], xy[links[:, 1]], vertices_per_edge, rng, wiggle)

    # chain links that follow each other along a row or column into lines, breaking at
    # nodes of degree 2, where the lines would otherwise merge two edges into one
    degree = np.bincount(links.ravel(), minlength=len(xy))
    a = links[:, 0]
    along = np.where(direction == 0, a, (a % cols) * rows + a // cols)  # rows, then columns
    order = np.lexsort((along, direction))
    links, direction, coords = links[order], direction[order], coords[order]
    follows = np.zeros(len(links), dtype=bool)  # link i continues the line of link i - 1
    follows[1:] = ((direction[1:] == direction[:-1]) & (links[1:, 0] == links[:-1, 1])
                   & (degree[links[1:, 0]] != 2))
    # random line lengths: a line stops after a link with probability 1 / max_links_per_line
    cut = rng.integers(1, max_links_per_line + 1, len(links)) == 1
    follows &= ~cut
    starts = np.flatnonzero(~follows)
    ends = np.append(starts[1:], len(links))
    lines = []
    for s, e in zip(starts.tolist(), ends.tolist()):
        parts = [coords[s]] + [c[1:] for c in coords[s + 1:e]]
        lines.append(np.concatenate(parts))
    return lines


def points_along(lines, count, seed=0, max_offset=50.0):
    """(count, 2) points at random positions along the lines (uniform by length), moved up to
    ``max_offset`` metres sideways."""
    rng = np.random.default_rng(seed)
    if not lines or count == 0:
        return np.zeros((0, 2))
    xy = np.concatenate(lines)
    counts = np.array([len(line) for line in lines])
    last = np.cumsum(counts) - 1
    seg_ok = np.ones(len(xy) - 1, dtype=bool)
    seg_ok[last[:-1]] = False  # no segment between two lines
    a, b = xy[:-1][seg_ok], xy[1:][seg_ok]
    length = np.hypot(*(b - a).T)
    cum = np.cumsum(length)
    at = rng.uniform(0, cum[-1], count)
    seg = np.minimum(np.searchsorted(cum, at), len(cum) - 1)
    t = np.clip(1.0 - (cum[seg] - at) / np.where(length[seg] > 0, length[seg], 1.0), 0.0, 1.0)
    p = a[seg] + t[:, None] * (b[seg] - a[seg])
    d = (b[seg] - a[seg]) / np.where(length[seg] > 0, length[seg], 1.0)[:, None]
    side = rng.uniform(-max_offset, max_offset, count)
    return p + side[:, None] * np.column_stack([-d[:, 1], d[:, 0]])


def vertices_per_km(lines):
    """Vertex density of lines ((k, 2) arrays, metres): vertices per km of line."""
    vertices = sum(len(xy) for xy in lines)
    km = sum(float(np.hypot(*np.diff(xy, axis=0).T).sum()) for xy in lines if len(xy)) / 1000
    return vertices / km if km > 0 else float("nan")
