"""Exact clipping of lines by perimeters, against shapely's (GEOS's) intersection, QGIS's Clip
engine; and the network clipped to a perimeter against the network built from clipped lines."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, Point, Polygon, box
from shapely.ops import unary_union

from itinerance.processing.logic.network.perimeter_clip import (
    Perimeter,
    Polylines,
    clip,
    lengths_by_line,
)


def clipped_lengths(lines, polygon):
    return lengths_by_line(clip(Polylines.from_parts(lines), Perimeter(polygon)), len(lines))


def geos_lengths(lines, polygon):
    return np.array([LineString(line).intersection(polygon).length for line in lines])


@st.composite
def star_polygons(draw):
    """Star-shaped polygons (valid by construction), sometimes with a hole, sometimes two
    parts."""
    n = draw(st.integers(3, 12))
    angles = np.sort(np.array(draw(st.lists(st.floats(0, 2 * np.pi - 1e-3), min_size=n,
                                            max_size=n, unique=True))))
    radii = np.array(draw(st.lists(st.floats(20, 100), min_size=n, max_size=n)))
    # on a centimetre grid, like the lines: a vertex is on a boundary exactly or clearly off
    # it, never at 1e-13 m where GEOS and any other engine decide by rounding
    polygon = Polygon(np.round(np.column_stack([radii * np.cos(angles),
                                                radii * np.sin(angles)]), 2))
    if not polygon.is_valid or polygon.area < 1:
        polygon = box(-50, -50, 50, 50)
    if draw(st.booleans()):
        polygon = polygon.difference(Point(0, 0).buffer(10, 2))
    if draw(st.booleans()):
        polygon = unary_union([polygon, box(150, 150, 190, 180)])
    return polygon


@st.composite
def random_lines(draw, count=8):
    lines = []
    for _ in range(draw(st.integers(1, count))):
        k = draw(st.integers(2, 6))
        pts = draw(st.lists(st.tuples(st.integers(-15000, 20000), st.integers(-15000, 20000)),
                            min_size=k, max_size=k))
        line = np.array(pts) / 100.0
        shape = LineString(line)
        # a line running back over itself: GEOS counts the overlap once, a network twice
        if shape.length > 1e-3 and unary_union(shape).length == pytest.approx(shape.length):
            lines.append(line)
    return lines or [np.array([[-150.0, 0.0], [200.0, 10.0]])]


@settings(max_examples=150, deadline=None)
@given(random_lines(), star_polygons())
def test_lengths_inside_equal_geos_intersection(lines, polygon):
    assert clipped_lengths(lines, polygon) == pytest.approx(geos_lengths(lines, polygon),
                                                            abs=1e-6)


@settings(max_examples=100, deadline=None)
@given(random_lines(), st.integers(-14000, 19000))
def test_adjacent_perimeters_share_the_lengths_exactly(lines, cut):
    cut /= 100.0
    west, east = box(-200, -200, cut, 250), box(cut, -200, 250, 250)
    total = np.array([LineString(line).length for line in lines])
    both = clipped_lengths(lines, west) + clipped_lengths(lines, east)
    # only a stretch lying along the shared boundary may count twice
    along = np.array([LineString(line).intersection(LineString([(cut, -200), (cut, 250)]))
                     .length for line in lines])
    assert both == pytest.approx(total + along, abs=1e-6)


def test_a_line_crossing_two_squares_is_cut_at_their_boundary():
    lines = [np.array([[200.0, 500.0], [1800.0, 500.0]])]
    parts = Polylines.from_parts(lines)
    west = clip(parts, Perimeter(box(0, 0, 1000, 1000)))
    east = clip(parts, Perimeter(box(1000, 0, 2000, 1000)))
    assert (west.start.tolist(), west.end.tolist()) == ([0.0], [800.0])
    assert (east.start.tolist(), east.end.tolist()) == ([800.0], [1600.0])
    assert parts.pieces(east)[0].tolist() == [[1000.0, 500.0], [1800.0, 500.0]]


def test_a_line_leaving_and_coming_back_gives_two_parts_and_a_hole_is_outside():
    square_with_hole = box(0, 0, 100, 100).difference(box(40, 40, 60, 60))
    lines = [np.array([[-10.0, 50.0], [110.0, 50.0]])]
    inside = clip(Polylines.from_parts(lines), Perimeter(square_with_hole))
    assert list(zip(inside.start.tolist(), inside.end.tolist())) == \
        [(pytest.approx(10.0), pytest.approx(50.0)), (pytest.approx(70.0), pytest.approx(110.0))]


def test_a_line_along_the_boundary_is_inside_like_geos_keeps_it():
    lines = [np.array([[0.0, 0.0], [50.0, 0.0], [50.0, -20.0]])]
    assert clipped_lengths(lines, box(0, 0, 100, 100)) == pytest.approx([50.0])


def test_points_on_the_boundary_are_covered_and_points_in_a_hole_are_not():
    perimeter = Perimeter(box(0, 0, 100, 100).difference(box(40, 40, 60, 60)))
    xy = np.array([[10, 10], [0, 50], [100, 100], [50, 50], [40, 50], [101, 50]], dtype=float)
    assert perimeter.covers(xy).tolist() == [True, True, True, False, True, False]


def test_an_empty_perimeter_holds_nothing():
    perimeter = Perimeter(Polygon())
    assert perimeter.empty
    assert len(clip(Polylines.from_parts([np.array([[0.0, 0], [1, 1]])]), perimeter)) == 0
    assert not perimeter.covers(np.array([[0.0, 0.0]])).any()


def test_the_pieces_inside_are_geos_intersection_lines():
    lines = [np.array([[0.0, 50.0], [50.0, 50.0], [150.0, 50.0]]),
             np.array([[50.0, -20.0], [50.0, 50.0], [50.0, 150.0], [-30.0, 150.0]])]
    square = box(-10, -10, 100, 100)
    pieces = Polylines.from_parts(lines).pieces(clip(Polylines.from_parts(lines),
                                                     Perimeter(square)))
    expected = [np.asarray(LineString(line).intersection(square).coords) for line in lines]
    assert len(pieces) == 2
    for piece, coords in zip(pieces, expected):
        assert piece == pytest.approx(coords, abs=1e-9)
