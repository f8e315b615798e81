import struct

import numpy as np
import pytest
from qgis.core import QgsGeometry

from itinerance.processing.algorithms.geometry_io import (
    clean_parts,
    line_geometries,
    line_parts,
    point_geometries,
)


def test_clean_parts_drops_duplicates_and_degenerate_parts_in_one_pass():
    parts = [np.array([[0, 0], [0, 0], [1, 0], [1, 0], [2, 0]], float),  # duplicates
             np.array([[5, 5], [5, 5]], float),  # a single distinct vertex
             np.array([[0, 0], [np.nan, 1]], float),  # not finite
             np.zeros((0, 2)),  # no vertex at all
             np.array([[2, 0], [3, 0]], float)]  # starts where the first ends: kept whole
    kept, index = clean_parts(parts)
    assert index == [0, 4]
    assert kept[0].tolist() == [[0, 0], [1, 0], [2, 0]]
    assert kept[1].tolist() == [[2, 0], [3, 0]]
    assert clean_parts([]) == ([], [])


def test_point_geometries_with_and_without_z():
    xy = np.array([[1.5, 2.5], [3.0, 4.0]])
    flat = point_geometries(xy)
    assert [g.asWkt() for g in flat] == ["Point (1.5 2.5)", "Point (3 4)"]
    with_z = point_geometries(xy, np.array([10.0, np.nan]))
    assert with_z[0].constGet().z() == 10.0 and np.isnan(with_z[1].constGet().z())


@pytest.mark.parametrize("wkt, expected", [
    ("LineString (0 0, 1 2, 3 4)", [[[0, 0], [1, 2], [3, 4]]]),
    ("LineStringZ (0 0 9, 1 2 8)", [[[0, 0], [1, 2]]]),
    ("LineStringM (0 0 9, 1 2 8)", [[[0, 0], [1, 2]]]),
    ("LineStringZM (0 0 9 7, 1 2 8 6)", [[[0, 0], [1, 2]]]),
    ("MultiLineString ((0 0, 1 0), (5 5, 6 6, 7 5))", [[[0, 0], [1, 0]], [[5, 5], [6, 6], [7, 5]]]),
    ("MultiLineStringZ ((0 0 1, 1 0 1), (5 5 2, 6 6 2))", [[[0, 0], [1, 0]], [[5, 5], [6, 6]]]),
    ("MultiLineStringZM ((0 0 1 2, 1 0 1 2), (5 5 2 3, 6 6 2 3, 7 7 2 3))",
     [[[0, 0], [1, 0]], [[5, 5], [6, 6], [7, 7]]]),
])
def test_line_parts_reads_x_y_of_every_part_whatever_the_dimensions(wkt, expected):
    parts = line_parts(QgsGeometry.fromWkt(wkt))
    assert [part.tolist() for part in parts] == expected


def test_line_parts_segmentises_curves_and_keeps_25d():
    arc = line_parts(QgsGeometry.fromWkt("CircularString (0 0, 1 1, 2 0)"))
    assert len(arc) == 1 and len(arc[0]) > 10
    assert np.allclose(np.hypot(arc[0][:, 0] - 1, arc[0][:, 1]), 1.0)
    legacy = QgsGeometry()  # LineString25D, type 0x80000002, as older GDAL writes it
    legacy.fromWkb(struct.pack("<BII6d", 1, 0x80000002, 2, 0, 0, 10, 2, 3, 9))
    assert legacy.constGet().is3D()
    assert [p.tolist() for p in line_parts(legacy)] == [[[0, 0], [2, 3]]]


def test_line_geometries_from_flat_arrays():
    xy = np.array([[0, 0], [1, 0], [5, 5], [6, 5], [7, 7]], float)
    geometries = line_geometries(xy, [0, 2, 5])
    assert [g.asWkt() for g in geometries] == [
        "LineString (0 0, 1 0)", "LineString (5 5, 6 5, 7 7)"]
