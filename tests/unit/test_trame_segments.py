"""The segment geometry the trame modules share (logic/trame/segments.py), against shapely.

Integer coordinates keep the cross products exact, so that touching segments are decided the
same way by both sides.
"""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, Point

from itinerance.processing.logic.network import graph as network
from itinerance.processing.logic.trame.segments import intersections, segment_offset

coordinate = st.integers(-6, 6)
segment = st.tuples(coordinate, coordinate, coordinate, coordinate).filter(
    lambda s: (s[0], s[1]) != (s[2], s[3]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(segment, segment), min_size=1, max_size=20))
def test_intersections_of_non_parallel_segments_are_shapelys(pairs):
    p = np.array([s[:2] for s, _ in pairs], dtype=float)
    p1 = np.array([s[2:] for s, _ in pairs], dtype=float)
    q = np.array([s[:2] for _, s in pairs], dtype=float)
    q1 = np.array([s[2:] for _, s in pairs], dtype=float)
    ok, t, u = intersections(p, p1, q, q1)
    for k, (a, b) in enumerate(pairs):
        first, second = LineString([a[:2], a[2:]]), LineString([b[:2], b[2:]])
        r, s = p1[k] - p[k], q1[k] - q[k]
        parallel = r[0] * s[1] - r[1] * s[0] == 0
        assert ok[k] == (not parallel and first.intersects(second))
        if ok[k]:
            meeting = first.intersection(second)
            assert np.allclose(p[k] + t[k] * r, [meeting.x, meeting.y], atol=1e-9)
            assert np.allclose(q[k] + u[k] * s, [meeting.x, meeting.y], atol=1e-9)


def test_segment_offset_is_the_distance_along_the_edge():
    line = [(0.0, 0.0), (30.0, 40.0), (30.0, 100.0), (90.0, 100.0)]
    net = network.build_network([np.array(line)], 0.0)
    index = net.segment_index
    seg = np.arange(len(index.start))
    t = np.array([0.0, 0.5, 0.25])
    edge, offset = segment_offset(net, seg, t)
    points = index.a * (1 - t)[:, None] + index.b * t[:, None]
    shapely_line = LineString(line)
    assert edge.tolist() == [0, 0, 0]
    assert np.allclose(offset, [shapely_line.project(Point(xy)) for xy in points])
    assert offset.tolist() == [0.0, 80.0, 125.0]  # 50 m, then 30 of 60 m, then 15 of 60 m
