"""Line coordinates read from many WKB geometries at once, against WKB written by hand with
struct and against GEOS (shapely) reading the same bytes."""

import struct

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import wkb as shapely_wkb

from itinerance.processing.logic import wkb

# type codes QGIS writes: ISO (+1000 Z, +2000 M, +3000 ZM) and the 25D flag of older GDAL
DIMS = {0: 2, 1000: 3, 2000: 3, 3000: 4, "25d": 3}


def code(base, dims):
    return base | 0x80000000 if dims == "25d" else base + dims


def linestring(points, dims=0, extra=7.0):
    """Little-endian WKB of a LineString of (x, y) points, padded with ``extra`` for Z or M."""
    width = DIMS[dims]
    values = [c for x, y in points for c in (x, y, *[extra] * (width - 2))]
    return struct.pack(f"<BII{len(values)}d", 1, code(2, dims), len(points), *values)


def multilinestring(parts, dims=0):
    return struct.pack("<BII", 1, code(5, dims), len(parts)) + b"".join(
        linestring(p, dims) for p in parts)


def parts_of(parts):
    """The parts of a Parts result as lists of (x, y) lists, with their owners."""
    return [(int(o), parts.xy[a:b].tolist())
            for o, a, b in zip(parts.owner, parts.ptr[:-1], parts.ptr[1:])]


@pytest.mark.parametrize("dims", [0, 1000, 2000, 3000, "25d"])
def test_single_and_multi_lines_in_every_dimension(dims):
    blobs = [linestring([(0, 0), (1, 2), (3, 4)], dims),
             multilinestring([[(5, 5), (6, 6)], [(7, 7), (8, 9), (10, 11)]], dims),
             linestring([(-1.5, 2.25), (1e6, 7e6)], dims)]
    got = wkb.linestrings(blobs)
    assert got.read.tolist() == [True, True, True]
    assert parts_of(got) == [
        (0, [[0, 0], [1, 2], [3, 4]]), (1, [[5, 5], [6, 6]]), (1, [[7, 7], [8, 9], [10, 11]]),
        (2, [[-1.5, 2.25], [1e6, 7e6]])]
    assert got.xy.dtype == np.float64 and got.xy.flags.writeable


def test_empty_parts_and_no_geometry():
    blobs = [linestring([]), multilinestring([]), multilinestring([[], [(1, 1), (2, 2)]])]
    got = wkb.linestrings(blobs)
    assert got.read.tolist() == [True, True, True]
    assert parts_of(got) == [(0, []), (2, []), (2, [[1, 1], [2, 2]])]
    none = wkb.linestrings([])
    assert len(none.xy) == 0 and none.ptr.tolist() == [0] and len(none.read) == 0


def test_what_it_does_not_read_is_flagged_and_gives_no_part():
    big_endian = struct.pack(">BII4d", 0, 2, 2, 0, 0, 1, 1)
    circular = struct.pack("<BII6d", 1, 8, 3, 0, 0, 1, 1, 2, 0)  # CircularString
    compound_multi = struct.pack("<BII", 1, 5, 1) + circular  # a curve inside a multi
    point = struct.pack("<BI2d", 1, 1, 3, 4)
    truncated = linestring([(0, 0), (1, 1), (2, 2)])[:-8]
    wrong_part_dims = struct.pack("<BII", 1, 1005, 1) + linestring([(0, 0), (1, 1)])
    blobs = [big_endian, linestring([(9, 9), (8, 8)]), circular, compound_multi, point,
             truncated, b"\x01\x02", b"", wrong_part_dims, linestring([(1, 0), (2, 0)], 3000)]
    got = wkb.linestrings(blobs)
    assert got.read.tolist() == [False, True, False, False, False, False, False, False, False,
                                 True]
    assert parts_of(got) == [(1, [[9, 9], [8, 8]]), (9, [[1, 0], [2, 0]])]


def test_a_multi_whose_part_count_overruns_its_bytes_is_not_read():
    liar = struct.pack("<BII", 1, 5, 3) + linestring([(0, 0), (1, 1)])
    got = wkb.linestrings([liar, linestring([(2, 2), (3, 3)])])
    assert got.read.tolist() == [False, True]
    assert parts_of(got) == [(1, [[2, 2], [3, 3]])]


coordinate = st.floats(-1e7, 1e7, allow_nan=False)
part = st.lists(st.tuples(coordinate, coordinate), min_size=2, max_size=12)


@settings(max_examples=60, deadline=None)
@given(geometries=st.lists(st.one_of(
    st.tuples(st.just("single"), part),
    st.tuples(st.just("multi"), st.lists(part, min_size=1, max_size=4))), max_size=30),
    dims=st.sampled_from([0, 1000, "25d"]))
def test_same_coordinates_as_geos(geometries, dims):
    blobs = [linestring(g, dims) if kind == "single" else multilinestring(g, dims)
             for kind, g in geometries]
    got = wkb.linestrings(blobs)
    assert got.read.all()
    expected = []
    for i, blob in enumerate(blobs):
        shape = shapely_wkb.loads(blob)
        for line in getattr(shape, "geoms", [shape]):
            expected.append((i, np.asarray(line.coords)[:, :2].tolist()))
    assert parts_of(got) == expected


@settings(max_examples=30, deadline=None)
@given(lines=st.lists(st.one_of(st.just([]), part), min_size=1, max_size=30))
def test_plain_linestrings_joined_from_their_bytes_read_as_geos_does(lines):
    """Only plain x, y LineStrings (the shortcut that joins their coordinates from the bytes),
    empty ones among them, and the same with one multi (the general path) read alike."""
    blobs = [linestring(line) for line in lines]
    got = wkb.linestrings(blobs)
    assert got.read.all() and got.owner.tolist() == list(range(len(lines)))
    assert parts_of(got) == [(i, [list(p) for p in line]) for i, line in enumerate(lines)]
    assert got.xy.dtype == np.float64 and got.xy.flags.writeable
    general = wkb.linestrings(blobs + [multilinestring([[(0, 0), (1, 1)]])])
    assert parts_of(general)[:len(lines)] == parts_of(got)
