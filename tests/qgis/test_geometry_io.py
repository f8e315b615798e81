import numpy as np

from itinerance.processing.algorithms.geometry_io import clean_parts, point_geometries


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
